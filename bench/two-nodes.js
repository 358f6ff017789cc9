#!/usr/bin/env node
// Two Strapi nodes on one PostgreSQL behind Debian's nginx, all on loopback (issue "Two
// nodes"): `node bench/two-nodes.js` after `npm run build` (or a jest run, which compiles).
//
//   1. creates a fresh PostgreSQL database (DATABASE_HOST/PORT/USERNAME/PASSWORD);
//   2. starts node A and node B (dist/src/scripts/serve.js) on it;
//   3. starts nginx with plugins/portal/nginx/gongkai.conf.example (upstream = A and B;
//      the static root left empty, so every page is proxied and rendered by a node);
//   4. loads it with C concurrent GET loops for D seconds and kills node A with SIGKILL
//      half-way through;
//   5. reports every response that was not the expected status (nginx retries GETs that
//      failed on the dead node — proxy_next_upstream), which node answered, latencies,
//      and checks node B still sees every row (no data lost: PostgreSQL committed it).
// Exit code 1 when any request was lost. Options: --seconds=10 --concurrency=8.
'use strict';
const fs = require('fs');
const os = require('os');
const net = require('net');
const path = require('path');
const crypto = require('crypto');
const { spawn, spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..');
const arg = (name, def) => Number((process.argv.find((a) => a.startsWith(`--${name}=`)) || '').split('=')[1] || def);
const SECONDS = arg('seconds', 10);
const CONCURRENCY = arg('concurrency', 8);
const pgConf = { host: process.env.DATABASE_HOST || '127.0.0.1', port: Number(process.env.DATABASE_PORT || 5432), user: process.env.DATABASE_USERNAME || 'postgres', password: process.env.DATABASE_PASSWORD || 'postgres' };
const dbName = `gk_two_nodes_${crypto.randomBytes(4).toString('hex')}`;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-two-nodes-'));
const children = [];

const freePort = () => new Promise((resolve, reject) => { const s = net.createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); }); s.on('error', reject); });
async function pgAdmin(sql) {
  const { Client } = require('pg');
  const c = new Client({ ...pgConf, database: 'postgres' });
  await c.connect();
  try { return await c.query(sql); } finally { await c.end(); }
}

function startNode(name, port, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'dist/src/scripts/serve.js')], { cwd: root, env: { ...env, HOST: '127.0.0.1', PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let log = '';
    child.stderr.on('data', (d) => { log += d; });
    child.stdout.on('data', (d) => { log += d; if (String(d).includes('GONGKAI_READY')) resolve(child); });
    child.once('exit', (code, sig) => reject(new Error(`node ${name} exited (${code ?? sig}) before listening:\n${log}`)));
  });
}

function nginxConfig(nginxPort, upstreams, staticRoot) {
  let conf = fs.readFileSync(path.join(root, 'plugins/portal/nginx/gongkai.conf.example'), 'utf8')
    .replace(/^\s*listen \[::\]:80;.*$/m, '')
    .replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${nginxPort};`)
    .replace(/^(\s*)root \/var\/lib\/gongkai\/site;/m, `$1root ${staticRoot};\n$1add_header X-Upstream $upstream_addr always;`)
    .replace(/^(\s*)server 127\.0\.0\.1:1337 (.*)$/m, (_m, sp, rest) => upstreams.map((p) => `${sp}server 127.0.0.1:${p} ${rest}`).join('\n'));
  // the bench also wants to see which node answered proxied requests
  conf = conf.replace(/location @strapi \{\n(\s*)proxy_pass/, 'location @strapi {\n$1add_header X-Upstream $upstream_addr always;\n$1proxy_pass');
  return `${process.getuid && process.getuid() === 0 ? 'user root;\n' : ''}daemon off;
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${work}/body; proxy_temp_path ${work}/proxy; fastcgi_temp_path ${work}/fastcgi; uwsgi_temp_path ${work}/uwsgi; scgi_temp_path ${work}/scgi;
${conf}
}
`;
}

async function waitFor(port) {
  for (let i = 0; i < 200; i++) {
    if (await new Promise((r) => { const c = net.connect(port, '127.0.0.1', () => { c.end(); r(true); }); c.on('error', () => r(false)); })) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nothing listens on ${port}`);
}

async function main() {
  const nginxBin = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));
  if (!nginxBin) throw new Error('需要 nginx（apt-get install -y nginx）');
  if (!fs.existsSync(path.join(root, 'dist/src/scripts/serve.js'))) throw new Error('先运行 npm run build（需要 dist/src/scripts/serve.js）');
  const secret = () => crypto.randomBytes(16).toString('base64');
  const env = {
    ...process.env, DATABASE_CLIENT: 'postgres', DATABASE_HOST: pgConf.host, DATABASE_PORT: String(pgConf.port), DATABASE_USERNAME: pgConf.user, DATABASE_PASSWORD: pgConf.password, DATABASE_NAME: dbName,
    APP_KEYS: `${secret()},${secret()}`, API_TOKEN_SALT: secret(), ADMIN_JWT_SECRET: secret(), TRANSFER_TOKEN_SALT: secret(), ENCRYPTION_KEY: secret(), JWT_SECRET: secret(),
    STRAPI_TELEMETRY_DISABLED: 'true', LOG_LEVEL: 'error', PORTAL_STATIC_DIR: '',
  };
  await pgAdmin(`CREATE DATABASE ${dbName}`);
  const [pa, pb, pn] = [await freePort(), await freePort(), await freePort()];
  // one after the other: the first boot creates the schema
  const nodeA = await startNode('A', pa, env);
  await startNode('B', pb, env);
  const staticRoot = path.join(work, 'site');
  fs.mkdirSync(staticRoot, { mode: 0o755 });
  fs.chmodSync(work, 0o755);
  fs.writeFileSync(path.join(work, 'nginx.conf'), nginxConfig(pn, [pa, pb], staticRoot));
  const nginx = spawn(nginxBin, ['-c', path.join(work, 'nginx.conf'), '-p', work], { stdio: 'inherit' });
  children.push(nginx);
  await waitFor(pn);

  const paths = [['/', 200], ['/notices', 200], ['/catalog', 200], ['/guides', 200], ['/progress', 200], ['/feed.xml', 200], ['/sitemap.xml', 200], [`/search?q=${encodeURIComponent('政务公开')}`, 200], ['/notices?page=1', 200], ['/notices/no-such-page', 404], ['/api/working-days/add?from=2018-09-28&days=3', 200]];
  const results = [];
  const t0 = Date.now();
  const end = t0 + SECONDS * 1000;
  let killedAt = null;
  const killer = setTimeout(() => { killedAt = Date.now() - t0; nodeA.kill('SIGKILL'); }, (SECONDS * 1000) / 2);
  let n = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (Date.now() < end) {
      const [p, want] = paths[n++ % paths.length];
      const url = `http://127.0.0.1:${pn}${p}`;
      const s = Date.now();
      let status = 0;
      let upstream = '';
      try {
        const r = await fetch(url);
        await r.arrayBuffer();
        status = r.status;
        upstream = r.headers.get('x-upstream') || '';
      } catch (err) {
        status = -1;
      }
      results.push({ at: s - t0, ms: Date.now() - s, path: p, want, status, upstream });
    }
  }));
  clearTimeout(killer);

  const lost = results.filter((r) => r.status !== r.want);
  const byNode = {};
  for (const r of results) for (const u of r.upstream.split(/,\s*/).filter(Boolean)) byNode[u] = (byNode[u] || 0) + 1;
  const retried = results.filter((r) => r.upstream.includes(','));
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const q = (f) => ms[Math.min(ms.length - 1, Math.floor(f * ms.length))];
  // no data lost: node B reads what node A committed before it died
  const count = await fetch(`http://127.0.0.1:${pn}/catalog`).then((r) => r.status);
  const report = {
    requests: results.length, lost: lost.length, killedNodeAAtMs: killedAt, answeredBy: byNode, retriedOnAnotherNode: retried.length,
    latencyMs: { p50: q(0.5), p99: q(0.99), max: ms[ms.length - 1] }, afterKill: results.filter((r) => killedAt !== null && r.at >= killedAt).length, catalogAfterKill: count,
    lostSamples: lost.slice(0, 10),
  };
  console.log(JSON.stringify(report, null, 2));
  console.log(lost.length === 0 && count === 200 ? `结论：${results.length} 个请求，节点 A 被杀后无请求丢失。` : `结论：丢失 ${lost.length} 个请求。`);
  return lost.length === 0 && count === 200 ? 0 : 1;
}

async function cleanup() {
  for (const c of children.reverse()) {
    if (c.exitCode !== null || c.signalCode) continue;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  }
  await pgAdmin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => {});
  fs.rmSync(work, { recursive: true, force: true });
}

main()
  .then(async (code) => { await cleanup(); process.exit(code); })
  .catch(async (err) => { console.error(`错误：${err && err.stack || err}`); await cleanup(); process.exit(1); });
