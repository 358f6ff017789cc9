// Runs once before the integration and browser suites: builds what is stale
// (workspace packages and local plugins) and compiles the app's TypeScript, so
// every test file boots a real Strapi from dist/ without compiling again.
const path = require('path');
const fs = require('fs');
const { execSync } = require('child_process');

const root = path.resolve(__dirname, '../..');

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', 'dist', '__fixtures__'].includes(entry.name)) continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

function staleWorkspaces() {
  const stale = [];
  for (const group of ['packages', 'plugins']) {
    const base = path.join(root, group);
    if (!fs.existsSync(base)) continue;
    for (const name of fs.readdirSync(base)) {
      const dir = path.join(base, name);
      const pkgFile = path.join(dir, 'package.json');
      if (!fs.existsSync(pkgFile) || !JSON.parse(fs.readFileSync(pkgFile, 'utf8')).scripts?.build) continue;
      const built = fs.existsSync(path.join(dir, 'dist')) ? newestMtime(path.join(dir, 'dist')) : 0;
      const src = Math.max(newestMtime(path.join(dir, 'src')), newestMtime(path.join(dir, 'server')), newestMtime(path.join(dir, 'admin')), fs.statSync(pkgFile).mtimeMs);
      if (!built || src > built) stale.push(`${group}/${name}`);
    }
  }
  return stale;
}

/** The admin panel bundle is stale when missing or older than any plugin's admin build. */
function adminStale() {
  const index = path.join(root, 'dist', 'build', 'index.html');
  if (!fs.existsSync(index)) return true;
  const built = fs.statSync(index).mtimeMs;
  const plugins = path.join(root, 'plugins');
  const newestAdmin = Math.max(
    newestMtime(path.join(root, 'src', 'admin')),
    ...fs.readdirSync(plugins).map((p) => newestMtime(path.join(plugins, p, 'admin'))),
  );
  return newestAdmin > built;
}

async function compileOnce() {
  if (globalThis.__gongkaiCompiled) return;
  // packages first (plugins bundle them), the order staleWorkspaces returns
  for (const ws of staleWorkspaces()) execSync(`npm run build --workspace=${ws}`, { cwd: root, stdio: 'inherit' });
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir: root, ignoreDiagnostics: false });
  globalThis.__gongkaiCompiled = true;
}

/** Browser tests drive the real admin panel: build it when its sources changed. */
async function buildAdminOnce() {
  await compileOnce();
  if (globalThis.__gongkaiAdminBuilt) return;
  if (adminStale()) execSync('npx strapi build', { cwd: root, stdio: 'inherit' });
  globalThis.__gongkaiAdminBuilt = true;
}

// Jest runs each distinct globalSetup file once, so the browser project has its own
// file (tests/setup/global-setup-browser.js) that calls buildAdminOnce.
module.exports = compileOnce;
module.exports.buildAdminOnce = buildAdminOnce;
