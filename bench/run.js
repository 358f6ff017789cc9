#!/usr/bin/env node
// The benchmark harness (`npm run bench`, bench issue; portal targets R30–R35).
//
// For each database size N (quick: 1k; full: 1k, 10k, 100k) it
//   1. fills a fresh database with N notices (task tables, interpretations, guides): the
//      first --gated through the app's services and the review gate, the rest bulk-loaded
//      (see bench/README.md) — dist/src/scripts/bench-generate.js, a child;
//   2. boots the app on it — dist/src/scripts/bench-server.js, a child on 127.0.0.1;
//   3. loads it over loopback with Debian's `wrk` (one thread, C connections, fixed
//      duration after a warm-up of the same URLs): nginx serving the saved notice page (the
//      physical limit), Strapi's REST `GET /api/notices/:documentId?populate=*` (the peer
//      baseline), the notice page and the notice list (from the page cache, and freshly
//      rendered), search with 2- and 4-character queries (always freshly run);
//   4. samples the server's RSS during the load, then times publishing through the review
//      gate over HTTP (editor submits, three reviewers decide, publish);
// and writes bench/results/<timestamp>.{md,json}, printing the Markdown. Timings are
// reported, never asserted (CI runs `npm run bench -- --quick`).
//
// Usage: node bench/run.js [--quick] [--sizes 1000,10000] [--duration 5] [--warmup 2]
//          [--connections 50] [--gated 1000] [--keep-db] [--no-build] [--out bench/results]
//   --keep-db  keep the databases in .tmp/bench/ (SQLite) or gk_bench_<N> (PostgreSQL) and
//              reuse them next time; generation resumes where it stopped (for 100k).
//   --no-build skip building stale packages/plugins/app (as the tests do) before the run.
// DATABASE_CLIENT=postgres with DATABASE_HOST/PORT/USERNAME/PASSWORD benchmarks PostgreSQL.
//
// Bounded: every child has a time limit; all children are stopped and temporary databases
// removed on exit, error, Ctrl+C or SIGTERM. Loopback only.
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const net = require('net');
const crypto = require('crypto');

const ROOT = path.resolve(__dirname, '..');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : dflt;
};
const QUICK = flag('--quick');
const SIZES = opt('--sizes', QUICK ? '1000' : '1000,10000,100000').split(',').map((s) => Number(s.trim())).filter((n) => n > 0);
const DURATION = Number(opt('--duration', 5));
const WARMUP = Number(opt('--warmup', 2));
const CONNECTIONS = Number(opt('--connections', 50));
const KEEP_DB = flag('--keep-db');
const OUT_DIR = path.resolve(opt('--out', path.join(ROOT, 'bench', 'results')));
const DRAFTS = Number(opt('--drafts', QUICK ? 10 : 20));
const GATED = Number(opt('--gated', 1000)); // notices released through the review gate; the rest bulk-loaded
const PG = process.env.DATABASE_CLIENT === 'postgres';

const log = (...a) => console.error('[bench]', ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ───────────────────────── cleanup: children and temporary databases ─────────────────────────
const children = new Set();
const cleanups = [];
let tmpDir = null;
function killAll() {
  for (const c of children) {
    try { if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM'); } catch { /* gone */ }
  }
}
function cleanupSync() {
  killAll();
  for (const f of cleanups.splice(0).reverse()) { try { f(); } catch { /* best effort */ } }
}
process.on('exit', cleanupSync);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => { log(`${sig}: stopping`); process.exit(130); });

/** Spawn a child we own: tracked, killed at exit, and killed after `limitMs`. */
function own(cmd, args, options, limitMs) {
  const child = spawn(cmd, args, options);
  children.add(child);
  const timer = limitMs ? setTimeout(() => { log(`${path.basename(cmd)} exceeded ${Math.round(limitMs / 1000)} s, stopping it`); child.kill('SIGKILL'); }, limitMs) : null;
  child.on('exit', () => { children.delete(child); if (timer) clearTimeout(timer); });
  return child;
}
const exited = (child) => new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));

// ───────────────────────── small helpers ─────────────────────────
function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}
function procStatus(pid) {
  try {
    const txt = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k) => Number((txt.match(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm')) || [])[1] || 0);
    return { rss: kb('VmRSS') * 1024, hwm: kb('VmHWM') * 1024 };
  } catch { return null; }
}
/** Sample a process's RSS every 100 ms; `take()` returns and resets the max since last take. */
function rssSampler(pid) {
  let max = 0, overall = 0, hwm = 0;
  const t = setInterval(() => {
    const s = procStatus(pid);
    if (s) { max = Math.max(max, s.rss); overall = Math.max(overall, s.rss); hwm = Math.max(hwm, s.hwm); }
  }, 100);
  return { take() { const m = max; max = 0; return m; }, stop() { clearInterval(t); return { overall, hwm }; } };
}
const which = (cmd) => {
  for (const dir of (process.env.PATH || '').split(':').concat(['/usr/sbin', '/sbin'])) {
    const p = path.join(dir, cmd);
    try { fs.accessSync(p, fs.constants.X_OK); return p; } catch { /* next */ }
  }
  return null;
};
const pct = (xs, p) => { if (!xs.length) return null; const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };
const mb = (b) => (b == null ? '—' : `${(b / 1024 / 1024).toFixed(0)} MB`);
const fmtMs = (x) => (x == null ? '—' : x < 10 ? `${x.toFixed(2)} ms` : `${x.toFixed(1)} ms`);
const fmtRps = (x) => (x == null ? '—' : x >= 100 ? x.toFixed(0) : x.toFixed(1));

// ───────────────────────── build ─────────────────────────
/**
 * The bench entries run compiled from dist/ (Strapi does not boot under tsx). Build what
 * is stale exactly as the test suite does (tests/setup/global-setup.js: workspace
 * packages and plugins, then the app's TypeScript) unless --no-build.
 */
async function ensureCompiled() {
  const entries = ['bench-server', 'bench-generate'].map((n) => path.join(ROOT, 'dist/src/scripts', `${n}.js`));
  if (!flag('--no-build')) {
    log('building what is stale (tests/setup/global-setup.js)');
    await require(path.join(ROOT, 'tests', 'setup', 'global-setup.js'))();
  }
  const missing = entries.filter((f) => !fs.existsSync(f));
  if (missing.length) throw new Error(`missing ${missing.map((f) => path.relative(ROOT, f)).join(', ')}: run without --no-build, or \`npm run build\``);
}

// ───────────────────────── environment ─────────────────────────
let envCache = null;
function baseEnv() {
  if (envCache) return { ...envCache };
  const env = (envCache = { ...process.env });
  const secret = () => crypto.randomBytes(16).toString('base64');
  // one set of secrets per run, shared by generator and server (API tokens are salted)
  env.APP_KEYS ||= [secret(), secret()].join(',');
  for (const k of ['API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY', 'JWT_SECRET']) env[k] ||= secret();
  Object.assign(env, { STRAPI_TELEMETRY_DISABLED: 'true', STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true', BROWSER: 'none', LOG_LEVEL: 'error', NODE_ENV: 'production' });
  return { ...env };
}

async function pgAdmin(fn) {
  const { Client } = require('pg');
  const client = new Client({
    host: process.env.DATABASE_HOST || '127.0.0.1', port: Number(process.env.DATABASE_PORT || 5432),
    user: process.env.DATABASE_USERNAME || 'postgres', password: process.env.DATABASE_PASSWORD || '', database: process.env.DATABASE_ADMIN_DB || 'postgres',
  });
  await client.connect();
  try { return await fn(client); } finally { await client.end(); }
}

/** A database for size N: env for the children, and whether it is temporary. */
async function databaseFor(n) {
  if (PG) {
    const name = KEEP_DB ? `gk_bench_${n}` : `gk_bench_${n}_${crypto.randomBytes(4).toString('hex')}`;
    const exists = await pgAdmin(async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount > 0);
    if (!exists) await pgAdmin((c) => c.query(`CREATE DATABASE ${name}`));
    if (!KEEP_DB) {
      // dropped at the end even on failure (synchronously, via psql-less pg in a child)
      cleanups.push(() => spawnSync(process.execPath, ['-e', `const {Client}=require('pg');const c=new Client(${JSON.stringify({
        host: process.env.DATABASE_HOST || '127.0.0.1', port: Number(process.env.DATABASE_PORT || 5432), user: process.env.DATABASE_USERNAME || 'postgres', password: process.env.DATABASE_PASSWORD || '', database: 'postgres',
      })});c.connect().then(()=>c.query('DROP DATABASE IF EXISTS ${name} WITH (FORCE)')).finally(()=>c.end())`], { cwd: ROOT, stdio: 'ignore', timeout: 30_000 }));
    }
    return { env: { DATABASE_CLIENT: 'postgres', DATABASE_NAME: name }, label: `PostgreSQL ${name}` };
  }
  const dir = KEEP_DB ? path.join(ROOT, '.tmp', 'bench') : tmpDir;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `notices-${n}.db`);
  return { env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file }, label: `SQLite ${path.relative(ROOT, file)}`, file };
}

// ───────────────────────── generator and server ─────────────────────────
async function generate(n, db, outDir) {
  const t0 = Date.now();
  const child = own(process.execPath, [path.join(ROOT, 'dist/src/scripts/bench-generate.js'), '--docs', String(n), '--drafts', String(DRAFTS), '--gated', String(GATED), '--out', outDir],
    { cwd: ROOT, env: { ...baseEnv(), ...db.env }, stdio: ['ignore', 'pipe', 'pipe'] }, (120 + n * 0.5) * 1000);
  const rss = rssSampler(child.pid);
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { for (const line of String(d).split('\n')) if (/bench-generate|Error|错误|失败/.test(line) && !/\[deadlines\]/.test(line)) log(line.trim()); });
  const code = await exited(child);
  const mem = rss.stop();
  const line = out.split('\n').find((l) => l.startsWith('BENCH_GENERATE '));
  if (code !== 0 || !line) throw new Error(`generator failed (exit ${code})`);
  const summary = JSON.parse(fs.readFileSync(JSON.parse(line.slice('BENCH_GENERATE '.length)).file, 'utf8'));
  return { ...summary, wallMs: Date.now() - t0, peakRss: Math.max(mem.overall, mem.hwm) };
}

async function startServer(db) {
  const port = await freePort();
  const limit = (QUICK ? 600 : 3600) * 1000;
  const child = own(process.execPath, [path.join(ROOT, 'dist/src/scripts/bench-server.js')],
    { cwd: ROOT, env: { ...baseEnv(), ...db.env, HOST: '127.0.0.1', PORT: String(port), BENCH_SERVER_MAX_SECONDS: String(limit / 1000) }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] }, limit + 10_000);
  let errText = '';
  child.stderr.on('data', (d) => { errText = (errText + d).slice(-4000); });
  child.stdout.resume();
  const t0 = Date.now();
  const base = `http://127.0.0.1:${port}`;
  while (Date.now() - t0 < 180_000) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${errText}`);
    try { const r = await fetch(`${base}/_health`); if (r.status < 500) break; } catch { /* not yet */ }
    await sleep(250);
  }
  if (Date.now() - t0 >= 180_000) throw new Error('server did not become ready in 180 s');
  return { child, base, port, bootMs: Date.now() - t0 };
}

async function stopChild(child, ms = 15_000) {
  if (!child || child.exitCode !== null) return;
  child.kill('SIGTERM');
  const t = setTimeout(() => child.kill('SIGKILL'), ms);
  await exited(child);
  clearTimeout(t);
}

// ───────────────────────── nginx: the physical limit anchor ─────────────────────────
async function startNginx(dir, html) {
  const bin = which('nginx');
  if (!bin) return null;
  const port = await freePort();
  const root = path.join(dir, 'nginx');
  fs.mkdirSync(path.join(root, 'html'), { recursive: true });
  fs.writeFileSync(path.join(root, 'html', 'notice.html'), html);
  // nginx's worker runs as an unprivileged user when started by root: let it read the page
  for (const d of [dir, root, path.join(root, 'html')]) fs.chmodSync(d, 0o755);
  fs.chmodSync(path.join(root, 'html', 'notice.html'), 0o644);
  // one worker: the Node server has one thread too; keep-alive as wrk uses it
  fs.writeFileSync(path.join(root, 'nginx.conf'), `daemon off;
worker_processes 1;
pid ${root}/nginx.pid;
error_log ${root}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${root}/tmp-body; proxy_temp_path ${root}/tmp-proxy; fastcgi_temp_path ${root}/tmp-fcgi; uwsgi_temp_path ${root}/tmp-uwsgi; scgi_temp_path ${root}/tmp-scgi;
  types { text/html html; }
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:${port};
    root ${root}/html;
    location / { etag on; }
  }
}
`);
  const child = own(bin, ['-c', path.join(root, 'nginx.conf'), '-p', root], { stdio: ['ignore', 'ignore', 'pipe'] }, 3600_000);
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  let last = null;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null || child.signalCode !== null) { log(`nginx did not start (${child.exitCode ?? child.signalCode}): ${err.trim()}`); return null; }
    try {
      const r = await fetch(`http://127.0.0.1:${port}/notice.html`);
      await r.arrayBuffer();
      if (r.status === 200) return { child, base: `http://127.0.0.1:${port}`, bin };
      last = `status ${r.status}`;
    } catch (e) { last = e?.cause?.code || e?.message; }
    await sleep(100);
  }
  log(`nginx did not answer in 10 s (${last}): ${err.trim()}`);
  await stopChild(child);
  return null;
}

// ───────────────────────── load: wrk ─────────────────────────
const LUA = `-- rotate over the paths in WRK_PATHS, starting at WRK_START (bench/run.js)
local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do paths[#paths + 1] = line end
local i = tonumber(os.getenv("WRK_START") or "1") - 1
request = function()
  i = i + 1
  if i > #paths then i = 1 end
  return wrk.format("GET", paths[i])
end
`;

function parseDuration(s) {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(s);
  if (!m) return null;
  return Number(m[1]) * { us: 0.001, ms: 1, s: 1000, m: 60000 }[m[2]];
}
function parseWrk(text) {
  const lat = {};
  for (const m of text.matchAll(/^\s+(50|75|90|99)%\s+([\d.]+(?:us|ms|s|m))\s*$/gm)) lat[m[1]] = parseDuration(m[2]);
  const rps = Number((/Requests\/sec:\s+([\d.]+)/.exec(text) || [])[1]);
  const requests = Number((/(\d+) requests in/.exec(text) || [])[1]);
  const non2xx = Number((/Non-2xx or 3xx responses:\s+(\d+)/.exec(text) || [0, 0])[1]);
  const sock = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text);
  return { rps, requests, p50: lat['50'] ?? null, p75: lat['75'] ?? null, p90: lat['90'] ?? null, p99: lat['99'] ?? null, non2xx, socketErrors: sock ? sock.slice(1).reduce((s, x) => s + Number(x), 0) : 0 };
}

async function wrkRun(base, pathsFile, start, seconds, headers, conns = CONNECTIONS) {
  const args = ['-t1', `-c${conns}`, `-d${seconds}s`, '--latency', '--timeout', '10s', '-s', path.join(tmpDir, 'rotate.lua')];
  for (const [k, v] of Object.entries(headers || {})) args.push('-H', `${k}: ${v}`);
  args.push(base);
  const child = own(which('wrk'), args, { env: { ...process.env, WRK_PATHS: pathsFile, WRK_START: String(start) }, stdio: ['ignore', 'pipe', 'pipe'] }, (seconds + 30) * 1000);
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { out += d; });
  const code = await exited(child);
  if (code !== 0) throw new Error(`wrk failed (${code}): ${out}`);
  return parseWrk(out);
}

/**
 * One endpoint: check that its first URL answers 200, warm up on the first half of the
 * rotation, measure on the second half (so "fresh render" rotations do not meet the
 * URLs the warm-up put in the page cache).
 */
async function measure(name, base, paths, headers, sampler, { conns = CONNECTIONS, part = 0 } = {}) {
  const file = path.join(tmpDir, `paths-${name.replace(/\W+/g, '_')}.txt`);
  fs.writeFileSync(file, paths.join('\n') + '\n');
  const probe = await fetch(base + paths[0], { headers });
  const bytes = (await probe.arrayBuffer()).byteLength;
  if (probe.status !== 200) throw new Error(`${name}: ${paths[0]} → ${probe.status}`);
  // part 0: warm up from the start, measure from the middle; part 1 (a second run over
  // the same rotation): warm up from 60 %, measure from 80 % — never a URL seen before
  const [w, m] = part === 0 ? [1, Math.floor(paths.length / 2) + 1] : [Math.floor(paths.length * 0.6) + 1, Math.floor(paths.length * 0.8) + 1];
  if (WARMUP > 0) await wrkRun(base, file, w, WARMUP, headers, conns);
  sampler?.take();
  const r = await wrkRun(base, file, m, DURATION, headers, conns);
  const rss = sampler ? sampler.take() : null;
  log(`${name.padEnd(40)} ${fmtRps(r.rps).padStart(7)} req/s  p50 ${fmtMs(r.p50)}  p99 ${fmtMs(r.p99)}${r.non2xx ? `  non-2xx ${r.non2xx}` : ''}`);
  return { name, connections: conns, url: paths[0], distinctUrls: paths.length, bytes, ...r, rss };
}

// ───────────────────────── workload definitions ─────────────────────────
function seedGrams(len, count, seed) {
  const dir = path.join(ROOT, 'seeds', 'notices');
  const text = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
  const grams = new Set();
  const runs = text.match(/\p{sc=Han}+/gu) || [];
  for (const r of runs) for (let i = 0; i + len <= r.length; i++) grams.add(r.slice(i, i + len));
  // deterministic shuffle
  const arr = [...grams];
  let a = seed >>> 0;
  for (let i = arr.length - 1; i > 0; i--) { a = (Math.imul(a ^ (a >>> 15), 2246822507) + 0x9e3779b9) >>> 0; const j = a % (i + 1); [arr[i], arr[j]] = [arr[j], arr[i]]; }
  return arr.slice(0, count);
}

/**
 * Distinct URLs with identical meaning: an empty query string and empty `&` pairs are
 * ignored by the portal's parameter check but are part of the page-cache key (the raw
 * URL), so each variant is a fresh render — a cache miss by construction.
 */
function freshVariants(paths, total) {
  const out = [];
  const perPath = Math.max(1, Math.ceil(total / paths.length));
  for (let v = 0; v < perPath && out.length < total; v++) {
    for (const p of paths) {
      if (out.length >= total) break;
      out.push(v === 0 ? p : `${p}${p.includes('?') ? '' : '?'}${'&'.repeat(v)}`);
    }
  }
  return out;
}

async function runSize(n, results) {
  const db = await databaseFor(n);
  log(`== ${n} notices (${db.label})`);
  const outDir = path.join(tmpDir, `gen-${n}`);
  fs.mkdirSync(outDir, { recursive: true });
  if (KEEP_DB && fs.existsSync(path.join(ROOT, '.tmp', 'bench', `accounts-${n}.json`))) fs.copyFileSync(path.join(ROOT, '.tmp', 'bench', `accounts-${n}.json`), path.join(outDir, 'bench-accounts.json'));
  const gen = await generate(n, db, outDir);
  if (KEEP_DB) fs.copyFileSync(path.join(outDir, 'bench-accounts.json'), path.join(ROOT, '.tmp', 'bench', `accounts-${n}.json`));
  log(`generated: +${gen.added} notices in ${(gen.generateMs / 1000).toFixed(0)} s (${gen.msPer1k ? (gen.msPer1k / 1000).toFixed(0) + ' s per 1k' : 'reused'}), ${gen.publishedNotices} published`);

  const server = await startServer(db);
  const sampler = rssSampler(server.child.pid);
  const res = { docs: n, database: db.label, generate: { added: gen.added, publishedNotices: gen.publishedNotices, counts: gen.counts, generateMs: gen.generateMs, msPer1k: gen.msPer1k, gated: gen.gated, bulk: gen.bulk, wallMs: gen.wallMs, peakRss: gen.peakRss, imports: gen.imports }, bootMs: server.bootMs, endpoints: [] };
  results.push(res);
  let nginx = null;
  try {
    const slug0 = gen.slugs[0];
    const doc0 = gen.documentIds[0];
    const auth = { Authorization: `Bearer ${gen.apiToken}` };
    const pageHtml = await (await fetch(`${server.base}/notices/${slug0}`)).text();
    // the bigger of the request budgets below: rotations must not wrap during a run
    const budget = 2 * (WARMUP + DURATION) * 4000;

    nginx = await startNginx(tmpDir, pageHtml);
    if (nginx) res.endpoints.push({ ...(await measure('nginx: saved notice page', nginx.base, ['/notice.html'], {}, null)), baseline: 'nginx' });
    else log(`nginx ${which('nginx') ? 'unavailable' : 'not installed'}: the physical-limit anchor is skipped (apt-get install nginx-light)`);
    await stopChild(nginx?.child);

    res.endpoints.push({ ...(await measure('REST /api/notices/:id?populate=*', server.base, [`/api/notices/${doc0}?populate=*`], auth, sampler)), baseline: 'rest' });
    res.endpoints.push(await measure('notice page (cached)', server.base, [`/notices/${slug0}`], {}, sampler));
    const slugs = gen.slugs.slice(0, 20000).map((s) => `/notices/${s}`);
    res.endpoints.push(await measure('notice page (fresh render)', server.base, freshVariants(slugs, Math.min(budget, 40000)), {}, sampler));
    res.endpoints.push(await measure('notice list (cached)', server.base, ['/notices'], {}, sampler));
    const pages = Math.max(1, Math.min(50, Math.ceil(gen.publishedNotices / 20)));
    const listPaths = Array.from({ length: pages }, (_, i) => `/notices?page=${i + 1}`);
    res.endpoints.push(await measure('notice list (fresh render)', server.base, freshVariants(listPaths, Math.min(budget, 40000)), {}, sampler));
    const q2 = seedGrams(2, 2000, 2).map((q) => `/search?q=${encodeURIComponent(q)}`);
    res.endpoints.push({ ...(await measure('search, 2 characters', server.base, freshVariants(q2, 40000), {}, sampler)), queries: q2.length });
    const q4 = seedGrams(4, 2000, 4).map((q) => `/search?q=${encodeURIComponent(q)}`);
    res.endpoints.push({ ...(await measure('search, 4 characters', server.base, freshVariants(q4, 40000), {}, sampler)), queries: q4.length });
    // service time without queueing: one connection (the search targets name no concurrency)
    res.endpoints.push(await measure('notice page (fresh render), 1 connection', server.base, freshVariants(slugs, Math.min(budget, 40000)), {}, sampler, { conns: 1, part: 1 }));
    res.endpoints.push({ ...(await measure('search, 2 characters, 1 connection', server.base, freshVariants(q2, 40000), {}, sampler, { conns: 1, part: 1 })), queries: q2.length });
    res.endpoints.push({ ...(await measure('search, 4 characters, 1 connection', server.base, freshVariants(q4, 40000), {}, sampler, { conns: 1, part: 1 })), queries: q4.length });

    res.publish = await publishThroughGate(server.base, path.join(outDir, 'bench-accounts.json'), gen.drafts, auth);
    const mem = sampler.stop();
    res.serverRss = { peakUnderLoad: mem.overall, vmHwm: (procStatus(server.child.pid) || {}).hwm || mem.hwm };
  } finally {
    sampler.stop();
    await stopChild(nginx?.child);
    await stopChild(server.child);
  }
  if (!KEEP_DB && db.file) for (const s of ['', '-wal', '-shm', '-journal']) fs.rmSync(db.file + s, { force: true });
  return res;
}

/** Publish latency through the review gate over HTTP, as people do it (R10). */
async function publishThroughGate(base, accountsFile, drafts, auth) {
  const accounts = JSON.parse(fs.readFileSync(accountsFile, 'utf8'));
  const tokens = {};
  for (const a of accounts) {
    const r = await fetch(`${base}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: a.email, password: a.password }) });
    const j = await r.json();
    if (r.status !== 200) throw new Error(`login ${a.email}: ${r.status}`);
    tokens[a.key] = j.data.token;
  }
  const NOTICE = encodeURIComponent('api::notice.notice');
  const post = async (action, id, token, body) => {
    const t = performance.now();
    const r = await fetch(`${base}/review-gate/${action}/${NOTICE}/${id}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
    const ms = performance.now() - t;
    if (r.status !== 200) throw new Error(`gate ${action} ${id}: ${r.status} ${await r.text()}`);
    await r.arrayBuffer().catch(() => null);
    return ms;
  };
  const total = [], publish = [], visible = [];
  for (const id of drafts) {
    const t0 = performance.now();
    await post('submit', id, tokens.editor, { comment: '请审核' });
    await post('decide', id, tokens.first, { step: 'first', decision: 'approve', comment: '核对无误' });
    await post('decide', id, tokens.second, { step: 'second', decision: 'approve', comment: '同意公开' });
    await post('decide', id, tokens.final, { step: 'final', decision: 'approve', comment: '同意发布' });
    publish.push(await post('publish', id, tokens.final, {}));
    total.push(performance.now() - t0);
    // the public page answers 200 right after (the cache is cleared on publish)
    const rest = await (await fetch(`${base}/api/notices/${id}?fields[0]=slug`, { headers: auth })).json();
    const page = await fetch(`${base}/notices/${rest.data.slug}`);
    await page.arrayBuffer();
    if (page.status === 200) visible.push(id);
  }
  log(`gate: ${drafts.length} notices, submit→published p50 ${fmtMs(pct(total, 50))}, publish call p50 ${fmtMs(pct(publish, 50))}`);
  return { count: drafts.length, totalP50: pct(total, 50), totalMax: Math.max(...total), publishP50: pct(publish, 50), publishMax: Math.max(...publish), visibleAfterPublish: visible.length };
}

// ───────────────────────── report ─────────────────────────
function markdown(run) {
  const L = [];
  L.push(`# Gongkai benchmark — ${run.startedAt}`);
  L.push('');
  L.push(`${run.mode} mode · ${run.machine.cpus} CPU (${run.machine.cpuModel}) · ${run.machine.memGb} GB · Node ${run.machine.node} · ${run.machine.wrk} · ${run.machine.nginx || 'no nginx'} · ${run.database}`);
  L.push(`Load: wrk, 1 thread, ${CONNECTIONS} connections (1 where marked), ${DURATION} s per endpoint after ${WARMUP} s warm-up, loopback (127.0.0.1). Latencies are wrk's (p50/p99 per request).`);
  L.push('');
  for (const r of run.sizes) {
    const rest = r.endpoints.find((e) => e.baseline === 'rest');
    const ngx = r.endpoints.find((e) => e.baseline === 'nginx');
    L.push(`## ${r.docs.toLocaleString('en')} notices`);
    L.push('');
    L.push('| endpoint | req/s | p50 | p99 | × REST | % of nginx | non-2xx | bytes | distinct URLs |');
    L.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const e of r.endpoints) {
      L.push(`| ${e.name} | ${fmtRps(e.rps)} | ${fmtMs(e.p50)} | ${fmtMs(e.p99)} | ${rest && e.connections === rest.connections ? (e.rps / rest.rps).toFixed(2) + '×' : '—'} | ${ngx && e.connections === ngx.connections ? ((e.rps / ngx.rps) * 100).toFixed(1) + ' %' : '—'} | ${e.non2xx + e.socketErrors} | ${e.bytes} | ${e.distinctUrls} |`);
    }
    L.push('');
    const g = r.generate;
    L.push('| other figure | value |');
    L.push('|---|---|');
    const split = g.gated && g.bulk && g.added ? `: ${g.gated.notices} through the document service + review gate in ${(g.gated.ms / 1000).toFixed(1)} s${g.gated.notices ? ` (${(g.gated.ms / g.gated.notices).toFixed(0)} ms each)` : ''}, ${g.bulk.notices} bulk-loaded in ${(g.bulk.ms / 1000).toFixed(1)} s${g.bulk.notices ? ` (${(g.bulk.ms / g.bulk.notices).toFixed(2)} ms each) + search reindex ${(g.bulk.indexMs / 1000).toFixed(1)} s` : ''}` : '';
    L.push(`| generation (notices added) | ${g.added} in ${(g.generateMs / 1000).toFixed(1)} s${split}; ${g.counts.taskTables} task tables, ${g.counts.tasks} tasks, ${g.counts.interpretations} interpretations, ${g.counts.guides} guides; generator peak RSS ${mb(g.peakRss)} |`);
    if (g.imports?.length) L.push(`| import of the 4 seed work plans (importer service) | ${g.imports.map((i) => `${i.file.slice(0, 3)}: parse ${i.parseMs} ms${i.writeMs != null ? ` + write ${i.writeMs} ms` : ''} (${(i.bytes / 1024).toFixed(0)} KB, ${i.tasks} tasks)`).join('; ')} |`);
    if (r.publish) L.push(`| publish through the review gate over HTTP (submit + 初审 + 复审 + 终审 + publish) | ${r.publish.count} notices: p50 ${fmtMs(r.publish.totalP50)}, max ${fmtMs(r.publish.totalMax)}; the publish call alone p50 ${fmtMs(r.publish.publishP50)}, max ${fmtMs(r.publish.publishMax)}; public page 200 after publish: ${r.publish.visibleAfterPublish}/${r.publish.count} |`);
    L.push(`| server boot to /_health | ${(r.bootMs / 1000).toFixed(1)} s |`);
    if (r.serverRss) L.push(`| Strapi server RSS: peak while under load / VmHWM | ${mb(r.serverRss.peakUnderLoad)} / ${mb(r.serverRss.vmHwm)} |`);
    L.push('');
  }
  if (run.sizes.length > 1) {
    const first = run.sizes[0];
    L.push(`## Growth with the number of documents`);
    L.push('');
    L.push(`| endpoint | ${run.sizes.map((s) => `${s.docs / 1000}k req/s · p50 · p99`).join(' | ')} | req/s ${run.sizes.at(-1).docs / 1000}k ÷ ${first.docs / 1000}k |`);
    L.push(`|---|${run.sizes.map(() => '---:').join('|')}|---:|`);
    for (const e of first.endpoints) {
      const row = run.sizes.map((s) => s.endpoints.find((x) => x.name === e.name));
      const last = row.at(-1);
      L.push(`| ${e.name} | ${row.map((x) => (x ? `${fmtRps(x.rps)} · ${fmtMs(x.p50)} · ${fmtMs(x.p99)}` : '—')).join(' | ')} | ${last ? (last.rps / e.rps).toFixed(2) : '—'} |`);
    }
    L.push(`| generation, s per 1k | ${run.sizes.map((s) => (s.generate.msPer1k ? (s.generate.msPer1k / 1000).toFixed(1) : 'reused')).join(' | ')} | |`);
    L.push(`| server RSS under load | ${run.sizes.map((s) => mb(s.serverRss?.peakUnderLoad)).join(' | ')} | |`);
    L.push(`| gate publish p50 | ${run.sizes.map((s) => fmtMs(s.publish?.totalP50)).join(' | ')} | |`);
    L.push('');
  }
  // Targets: printed, not asserted (timings depend on the machine).
  const big = run.sizes.at(-1);
  const get = (s, name) => s && s.endpoints.find((e) => e.name === name);
  const dp = get(big, 'notice page (cached)'), rest = big && big.endpoints.find((e) => e.baseline === 'rest');
  const s2 = get(big, 'search, 2 characters');
  const ok = (b) => (b ? 'met' : '**not met**');
  L.push(`## Targets (at ${big.docs.toLocaleString('en')} notices — the issue's figures are for 100,000)`);
  L.push('');
  L.push('| target | measured | |');
  L.push('|---|---|---|');
  if (dp && rest) L.push(`| notice page ≥ 5× REST throughput | ${(dp.rps / rest.rps).toFixed(1)}× (cached); ${(get(big, 'notice page (fresh render)').rps / rest.rps).toFixed(1)}× (fresh render) | ${ok(dp.rps / rest.rps >= 5)} |`);
  if (dp) L.push(`| notice page p50 < 5 ms (portal issue) | ${fmtMs(dp.p50)} cached, ${fmtMs(get(big, 'notice page (fresh render)').p50)} fresh | ${ok(dp.p50 < 5)} |`);
  if (dp) L.push(`| notice page p99 < 25 ms at ${CONNECTIONS} connections | ${fmtMs(dp.p99)} cached, ${fmtMs(get(big, 'notice page (fresh render)').p99)} fresh | ${ok(dp.p99 < 25)} |`);
  if (run.sizes.length > 1) {
    const a = get(run.sizes[0], 'notice page (cached)'), f1 = get(run.sizes[0], 'notice page (fresh render)'), f2 = get(big, 'notice page (fresh render)');
    L.push(`| notice page flat (±20 %) from ${run.sizes[0].docs / 1000}k to ${big.docs / 1000}k | cached ${((dp.rps / a.rps - 1) * 100).toFixed(0)} %, fresh ${((f2.rps / f1.rps - 1) * 100).toFixed(0)} % | ${ok(Math.abs(dp.rps / a.rps - 1) <= 0.2 && Math.abs(f2.rps / f1.rps - 1) <= 0.2)} |`);
  }
  const s21 = get(big, 'search, 2 characters, 1 connection');
  if (s2) L.push(`| search 2-char p50 < 20 ms, p99 < 60 ms | ${fmtMs(s2.p50)} / ${fmtMs(s2.p99)} at ${CONNECTIONS} connections${s21 ? `; ${fmtMs(s21.p50)} / ${fmtMs(s21.p99)} at 1 connection` : ''} | ${ok(s2.p50 < 20 && s2.p99 < 60)}${s21 ? ` at ${CONNECTIONS}, ${ok(s21.p50 < 20 && s21.p99 < 60)} at 1` : ''} |`);
  if (big.serverRss) L.push(`| Strapi RSS under load < 600 MB | ${mb(big.serverRss.peakUnderLoad)} (VmHWM ${mb(big.serverRss.vmHwm)}) | ${ok(big.serverRss.peakUnderLoad < 600 * 1024 * 1024)} |`);
  const gen = [...run.sizes].reverse().find((s) => s.generate.msPer1k);
  if (gen) {
    const est = gen.docs >= 100_000 ? gen.generate.generateMs : (gen.generate.msPer1k * 100);
    L.push(`| generation "minutes not hours" for 100k | ${(gen.generate.generateMs / 60000).toFixed(1)} min for ${gen.generate.added.toLocaleString('en')} at ${gen.docs / 1000}k${gen.docs >= 100_000 ? '' : ` → ~${(est / 60000).toFixed(0)} min for 100k if linear`} | ${ok(est < 30 * 60000)} |`);
  }
  L.push('');
  return L.join('\n');
}

async function main() {
  const started = new Date();
  if (!which('wrk')) throw new Error('wrk not found: apt-get install -y wrk (Debian)');
  await ensureCompiled();
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-bench-'));
  cleanups.push(() => fs.rmSync(tmpDir, { recursive: true, force: true }));
  fs.writeFileSync(path.join(tmpDir, 'rotate.lua'), LUA);
  const ngxBin = which('nginx');
  const run = {
    startedAt: started.toISOString(), mode: QUICK ? 'quick' : 'full', database: PG ? 'PostgreSQL' : 'SQLite',
    options: { sizes: SIZES, duration: DURATION, warmup: WARMUP, connections: CONNECTIONS, keepDb: KEEP_DB },
    machine: {
      cpus: os.cpus().length, cpuModel: (os.cpus()[0] || {}).model, memGb: Math.round(os.totalmem() / 2 ** 30), node: process.version,
      wrk: (spawnSync(which('wrk'), ['--version'], { encoding: 'utf8' }).stdout || '').split('\n')[0].split(' Copyright')[0].trim(),
      nginx: ngxBin ? (spawnSync(ngxBin, ['-v'], { encoding: 'utf8' }).stderr || '').trim().replace('nginx version: ', '') : null,
    },
    sizes: [],
  };
  for (const n of SIZES) await runSize(n, run.sizes);
  run.finishedAt = new Date().toISOString();
  run.elapsedS = Math.round((Date.now() - started.getTime()) / 1000);
  const md = markdown(run) + `\nTotal ${run.elapsedS} s.\n`;
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const stamp = started.toISOString().replace(/[:.]/g, '-');
  fs.writeFileSync(path.join(OUT_DIR, `${stamp}.md`), md);
  fs.writeFileSync(path.join(OUT_DIR, `${stamp}.json`), JSON.stringify(run, null, 2) + '\n');
  console.log(md);
  log(`written: ${path.relative(ROOT, path.join(OUT_DIR, stamp))}.{md,json}`);
}

main().then(() => process.exit(0), (err) => { console.error(`[bench] failed: ${err?.stack ?? err}`); process.exit(1); });
