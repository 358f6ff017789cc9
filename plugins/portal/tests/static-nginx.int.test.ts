import fs from 'fs';
import os from 'os';
import net from 'net';
import path from 'path';
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../../../tests/helpers/strapi';
import { createPortalFixture } from '../../../tests/helpers/fixtures';
import { fileFor } from '../server/src/static/paths';

// The shipped nginx example (plugins/portal/nginx/gongkai.conf.example) run by Debian's
// nginx in front of a real Strapi (issue "静态化发布", R35): static pages come from the
// output directory, search and query-string pages are proxied to Strapi.

const example = path.resolve(__dirname, '../nginx/gongkai.conf.example');
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-nginx-site-'));
const nginxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-nginx-'));
process.env.PORTAL_STATIC_DIR = outDir;
process.env.PORTAL_STATIC_BASE_URL = 'http://gongkai.test';

// nginx's ETag is "<mtime hex>-<size hex>" (weak when gzipped); the portal's is W/"<22 base64url chars>" (cache.ts)
const NGINX_ETAG = /^(W\/)?"[0-9a-f]+-[0-9a-f]+"$/;
const STRAPI_ETAG = /^W\/"[A-Za-z0-9_-]{22}"$/;

let app: Core.Strapi;
let nginx: ChildProcess | null = null;
let nginxPort = 0;

function nginxBinary(): string {
  for (const p of [process.env.NGINX_BIN, '/usr/sbin/nginx', '/usr/bin/nginx'].filter(Boolean) as string[]) if (fs.existsSync(p)) return p;
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  throw new Error('找不到 nginx：此测试需要 Debian 的 nginx（apt-get install -y nginx；CI 的 .ci/run 会安装）。nginx not installed — this test does not skip.');
}

const freePort = () => new Promise<number>((resolve, reject) => {
  const s = net.createServer();
  s.listen(0, '127.0.0.1', () => { const { port } = s.address() as net.AddressInfo; s.close(() => resolve(port)); });
  s.on('error', reject);
});

async function waitForPort(port: number, ms = 10000) {
  const t0 = Date.now();
  for (;;) {
    const ok = await new Promise<boolean>((r) => { const c = net.connect(port, '127.0.0.1', () => { c.end(); r(true); }); c.on('error', () => r(false)); });
    if (ok) return;
    if (Date.now() - t0 > ms) throw new Error(`nginx did not listen on ${port}: ${fs.readFileSync(path.join(nginxDir, 'error.log'), 'utf8')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The example with the test's port, root and upstream; the rest exactly as shipped. */
function deriveConfig(strapiPort: number): string {
  const src = fs.readFileSync(example, 'utf8');
  const replaced = src
    .replace(/^\s*listen \[::\]:80;.*$/m, '')
    .replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${nginxPort};`)
    .replace(/^(\s*)root \/var\/lib\/gongkai\/site;/m, `$1root ${outDir};`)
    .replace(/^(\s*)server 127\.0\.0\.1:1337 /m, `$1server 127.0.0.1:${strapiPort} `);
  for (const must of [`listen 127.0.0.1:${nginxPort};`, `root ${outDir};`, `server 127.0.0.1:${strapiPort} `]) {
    if (!replaced.includes(must)) throw new Error(`the example's shape changed; could not set "${must}"`);
  }
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${user}daemon off;
worker_processes 1;
pid ${nginxDir}/nginx.pid;
error_log ${nginxDir}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${nginxDir}/body;
  proxy_temp_path ${nginxDir}/proxy;
  fastcgi_temp_path ${nginxDir}/fastcgi;
  uwsgi_temp_path ${nginxDir}/uwsgi;
  scgi_temp_path ${nginxDir}/scgi;
${replaced}
}
`;
}

const viaNginx = (p: string, init?: RequestInit) => fetch(`http://127.0.0.1:${nginxPort}${p}`, { redirect: 'manual', ...init, headers: { Host: 'gongkai.test', ...(init?.headers ?? {}) } });

beforeAll(async () => {
  const bin = nginxBinary(); // fails the suite clearly when nginx is missing
  app = await startStrapi();
  await createPortalFixture(app);
  const svc: any = app.plugin('portal').service('static');
  await svc.settled();
  await svc.site().fullBuild();
  await svc.settled();
  fs.chmodSync(outDir, 0o755);
  const strapiPort = await freePort();
  await new Promise<void>((r) => app.server.httpServer.listen(strapiPort, '127.0.0.1', () => r()));
  nginxPort = await freePort();
  const conf = path.join(nginxDir, 'nginx.conf');
  fs.writeFileSync(conf, deriveConfig(strapiPort));
  const check = spawnSync(bin, ['-t', '-q', '-c', conf, '-p', nginxDir], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t rejected the config derived from the example:\n${check.stderr}`);
  nginx = spawn(bin, ['-c', conf, '-p', nginxDir], { stdio: ['ignore', 'ignore', 'pipe'] });
  await waitForPort(nginxPort);
});

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx!.once('exit', r));
    nginx.kill('SIGQUIT');
    await exited;
  }
  await stopStrapi(app);
  delete process.env.PORTAL_STATIC_DIR;
  delete process.env.PORTAL_STATIC_BASE_URL;
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.rmSync(nginxDir, { recursive: true, force: true });
});

describe('nginx serving the static site (Debian nginx, shipped example)', () => {
  it('serves a notice page from the output directory: 200, the file\'s exact bytes, nginx\'s ETag, the portal\'s security headers', async () => {
    const p = '/notices/jie-fu-ban-han-2018-40';
    const res = await viaNginx(p);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(fs.readFileSync(path.join(outDir, fileFor(p))))).toBe(true);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('etag')).toMatch(NGINX_ETAG); // a file served by nginx (mtime-size), not a Strapi render
    expect(res.headers.get('content-security-policy')).toContain("script-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('server')).toBe('nginx');
  });

  it('home, feeds and task CSV come from files with their proper types, gzip when asked', async () => {
    const home = await viaNginx('/', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(home.status).toBe(200);
    expect(home.headers.get('etag')).toMatch(NGINX_ETAG);
    expect(home.headers.get('content-encoding')).toBe('gzip');
    const feed = await viaNginx('/feed.xml');
    expect(feed.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(await feed.text()).toBe(fs.readFileSync(path.join(outDir, 'feed.xml'), 'utf8'));
    const csv = await viaNginx('/notices/jie-fu-ban-han-2018-40/tasks.csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('etag')).toMatch(NGINX_ETAG);
  });

  it('search is proxied to Strapi and answers from the live index', async () => {
    expect(fs.existsSync(path.join(outDir, 'search'))).toBe(false);
    const res = await viaNginx(`/search?q=${encodeURIComponent('扶贫')}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toMatch(STRAPI_ETAG); // the portal middleware's ETag: Strapi answered
    const html = await res.text();
    expect(html).toContain('搜索：扶贫');
    expect(html).toContain('href="/notices/jie-fu-ban-han-2018-40"');
  });

  it('query-string pages, unknown pages and the manifest: Strapi answers (real 404), the manifest is not public', async () => {
    const page2 = await viaNginx('/notices?year=2017');
    expect(page2.status).toBe(200);
    expect(page2.headers.get('etag')).toMatch(STRAPI_ETAG);
    expect(await page2.text()).not.toContain('揭府办函〔2018〕40号');
    const missing = await viaNginx('/notices/no-such-notice');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('页面不存在');
    expect((await viaNginx('/manifest.json')).status).toBe(404);
    const admin = await viaNginx('/admin/init');
    expect(admin.status).toBe(200);
    expect((await admin.json()).data).toBeDefined();
  });
});
