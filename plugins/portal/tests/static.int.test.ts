import fs from 'fs';
import os from 'os';
import path from 'path';
import crypto from 'crypto';
import { spawn, spawnSync } from 'child_process';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../../../tests/helpers/strapi';
import { http } from '../../../tests/helpers/http';
import { publishReviewed, unpublishReviewed } from '../../../tests/helpers/publish';
import { createPortalFixture } from '../../../tests/helpers/fixtures';
import { verifySite } from '../server/src/static/verify';
import { writeAtomic } from '../server/src/static/atomic';
import { fileFor } from '../server/src/static/paths';

// Static publishing with tamper detection (issue "静态化发布", R33, R35): publish and
// 撤稿 regenerate exactly the affected pages through the live portal handler, each file
// replaced atomically, with a SHA-256 manifest that `site:verify` checks.

const root = path.resolve(__dirname, '../../..');
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-static-'));
process.env.PORTAL_STATIC_DIR = outDir;
process.env.PORTAL_STATIC_BASE_URL = 'http://gongkai.test'; // absolute URLs in feeds and sitemap

let app: Core.Strapi;
let svc: any;
let site: any;
const ids: Record<string, string> = {};
const NOTICE = 'api::notice.notice';
const FIXTURE = '/notices/jie-fu-ban-han-2018-40';

const fileOf = (p: string) => path.join(outDir, fileFor(p));
const read = (p: string) => fs.readFileSync(fileOf(p), 'utf8');
const sha = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex');
const manifest = () => JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8'));
async function until(what: string, cond: () => boolean, ms = 15000) {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  await svc.settled();
}
function walk(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(dir, path.join(rel, e.name)) : [path.join(rel, e.name)]));
}
const siteVerify = (dir: string) => spawnSync(process.execPath, [path.join(root, 'dist/src/scripts/site-verify.js'), dir], { encoding: 'utf8' });

beforeAll(async () => {
  app = await startStrapi();
  Object.assign(ids, await createPortalFixture(app));
  svc = app.plugin('portal').service('static');
  site = svc.site();
  await svc.settled();
  await site.fullBuild();
  await svc.settled();
});
afterAll(async () => {
  await stopStrapi(app);
  delete process.env.PORTAL_STATIC_DIR;
  delete process.env.PORTAL_STATIC_BASE_URL;
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe('full build', () => {
  it('writes every public page as the live portal renders it, and nothing dynamic or unpublished', async () => {
    expect(svc.enabled()).toBe(true);
    const guideSlug = (await app.documents('api::guide.guide').findOne({ documentId: ids.guide, status: 'published' }))!.slug;
    const interpSlug = (await app.documents('api::policy-interpretation.policy-interpretation').findOne({ documentId: ids.interp, status: 'published' }))!.slug;
    const pages = ['/', '/notices', FIXTURE, `${FIXTURE}/tasks.csv`, `${FIXTURE}/tasks.json`, `/interpretations/${interpSlug}`, '/guides', `/guides/${guideSlug}`,
      '/catalog', '/catalog/jingzhun-fupin', '/catalog/jingzhun-fupin/feed.xml', '/guide-to-disclosure', '/progress', '/feed.xml', '/sitemap.xml', '/robots.txt', '/portal-assets/portal.css'];
    for (const p of pages) {
      const live = await http(app).get(p).set('Host', 'gongkai.test').buffer(true).parse((res, cb) => { const chunks: Buffer[] = []; res.on('data', (c: Buffer) => chunks.push(c)); res.on('end', () => cb(null, Buffer.concat(chunks))); });
      expect([p, live.status]).toEqual([p, 200]);
      expect([p, fs.readFileSync(fileOf(p)).equals(live.body)]).toEqual([p, true]);
    }
    expect(read('/sitemap.xml')).toContain('<loc>http://gongkai.test/notices/jie-fu-ban-han-2018-40</loc>');
    expect(fs.existsSync(path.join(outDir, 'notices/draft-only'))).toBe(false);
    expect(fs.existsSync(path.join(outDir, 'search'))).toBe(false);
    const m = manifest();
    expect(Object.keys(m.files).sort()).toEqual(walk(outDir).filter((f) => f !== 'manifest.json').sort());
    expect(m.files['notices/jie-fu-ban-han-2018-40/index.html'].sha256).toBe(sha(fs.readFileSync(fileOf(FIXTURE))));
    expect(verifySite(outDir)).toMatchObject({ ok: true, added: [], changed: [], removed: [] });
  });
});

describe('publish and 撤稿 regenerate exactly the affected pages', () => {
  let slug = '';
  let guidePage = '';
  const title = '关于转发政务公开工作要点分工方案的通知';

  it('publish writes the new notice, its lists, home, feeds, sitemap, and the notice it forwards — and nothing else', async () => {
    const guideSlug = (await app.documents('api::guide.guide').findOne({ documentId: ids.guide, status: 'published' }))!.slug;
    guidePage = `/guides/${guideSlug}`;
    const untouched = ['/guide-to-disclosure', guidePage, '/progress'].map((p) => [p, fs.statSync(fileOf(p)).mtimeMs] as const);
    const cat = (await app.documents('api::catalog-category.catalog-category').findFirst({ filters: { slug: 'jingzhun-fupin' } }))!;
    const n = await app.documents(NOTICE).create({ data: { title, docNumber: '揭府办函〔2018〕41号', issuer: '揭阳市人民政府办公室', writtenOn: '2018-07-02', body: '<p>转发。</p>', category: cat.documentId, forwards: [ids.notice] } as any });
    ids.forwarding = n.documentId;
    slug = n.slug;
    await svc.settled();
    expect(fs.existsSync(fileOf(`/notices/${slug}`))).toBe(false); // a draft is never written
    const batchesBefore = site.stats.batches;

    await publishReviewed(app, NOTICE, n.documentId);
    await until('new notice page written', () => fs.existsSync(fileOf(`/notices/${slug}`)));

    expect(read(`/notices/${slug}`)).toBe((await http(app).get(`/notices/${slug}`).set('Host', 'gongkai.test')).text);
    expect(read(`/notices/${slug}`)).toContain(title);
    for (const p of ['/', '/notices', '/catalog/jingzhun-fupin', '/catalog/shehui-gongyi-shiye', FIXTURE]) expect([p, read(p).includes(title)]).toEqual([p, true]);
    expect(read(FIXTURE)).toContain('转发本文的文件');
    for (const p of ['/feed.xml', '/sitemap.xml', '/catalog/jingzhun-fupin/feed.xml']) expect([p, read(p).includes(`/notices/${slug}`)]).toEqual([p, true]);
    // only the affected pages were rendered; the others were not touched
    expect(site.stats.batches).toBeGreaterThan(batchesBefore);
    const rendered: string[] = site.stats.lastBatch;
    expect(rendered).toEqual(expect.arrayContaining(['/', '/catalog', '/notices', '/feed.xml', '/sitemap.xml', `/notices/${slug}`, FIXTURE, '/catalog/jingzhun-fupin', '/catalog/jingzhun-fupin/feed.xml']));
    for (const [p, mtime] of untouched) {
      expect(rendered).not.toContain(p);
      expect([p, fs.statSync(fileOf(p)).mtimeMs]).toEqual([p, mtime]);
    }
    expect(manifest().files[fileFor(`/notices/${slug}`)].sha256).toBe(sha(fs.readFileSync(fileOf(`/notices/${slug}`))));
    expect(verifySite(outDir).ok).toBe(true);
  });

  it('撤稿 removes the page and its manifest entry and updates lists, feeds, sitemap and the linked notice', async () => {
    await unpublishReviewed(app, NOTICE, ids.forwarding);
    await until('withdrawn notice page removed', () => !fs.existsSync(fileOf(`/notices/${slug}`)));
    expect(fs.existsSync(path.join(outDir, 'notices', slug))).toBe(false);
    for (const p of ['/', '/notices', '/catalog/jingzhun-fupin', FIXTURE, '/feed.xml', '/sitemap.xml']) expect([p, read(p).includes(slug) || read(p).includes(title)]).toEqual([p, false]);
    expect(manifest().files[fileFor(`/notices/${slug}`)]).toBeUndefined();
    expect(verifySite(outDir).ok).toBe(true);
    // nginx falls through to Strapi, which answers the real 404
    expect((await http(app).get(`/notices/${slug}`)).status).toBe(404);
  });

  it('leaves no temporary files behind', () => {
    expect(walk(outDir).filter((f) => path.basename(f).startsWith('.gk-tmp-') || f.startsWith('.gk-lock'))).toEqual([]);
  });
});

describe('atomic writes', () => {
  // A reader in ANOTHER process (as nginx is) reads the file in a tight loop while this
  // process replaces it many times; every read must be one of the complete versions.
  function startReader(file: string, hashesOut: string) {
    const code = `
      const fs = require('fs'), crypto = require('crypto');
      const seen = {}; let reads = 0; const stop = Date.now() + 60000;
      process.stdin.on('data', () => { fs.writeFileSync(${JSON.stringify(hashesOut)}, JSON.stringify({ seen, reads })); process.exit(0); });
      (function loop() {
        for (let i = 0; i < 20; i++) {
          try { const h = crypto.createHash('sha256').update(fs.readFileSync(${JSON.stringify(file)})).digest('hex'); seen[h] = (seen[h] || 0) + 1; reads++; } catch (e) { seen[e.code] = (seen[e.code] || 0) + 1; }
        }
        if (Date.now() < stop) setImmediate(loop);
      })();
      process.stdout.write('ready\\n');`;
    const child = spawn(process.execPath, ['-e', code], { stdio: ['pipe', 'pipe', 'inherit'] });
    return new Promise<any>((ready) => child.stdout.once('data', () => ready(child)));
  }
  async function race(write: (file: string, data: Buffer) => void) {
    const file = path.join(outDir, 'atomic-test', 'index.html');
    const versions = [Buffer.alloc(4 << 20, 'a'), Buffer.alloc(3 << 20, 'b')];
    writeAtomic(file, versions[0]);
    const out = path.join(os.tmpdir(), `gk-reader-${process.pid}-${Date.now()}.json`);
    const child = await startReader(file, out);
    for (let i = 0; i < 150; i++) {
      write(file, versions[i % 2]);
      await new Promise((r) => setImmediate(r));
    }
    const done = new Promise((r) => child.on('exit', r));
    child.stdin.write('stop\n');
    await done;
    const result = JSON.parse(fs.readFileSync(out, 'utf8'));
    fs.rmSync(out, { force: true });
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    return { ...result, valid: versions.map((v) => sha(v)) };
  }

  it('a concurrent reader only ever sees complete versions, and no temp files remain', async () => {
    const { seen, reads, valid } = await race((f, d) => writeAtomic(f, d));
    expect(reads).toBeGreaterThan(100);
    expect(Object.keys(seen).filter((h) => !valid.includes(h))).toEqual([]);
    expect(walk(outDir).filter((f) => path.basename(f).startsWith('.gk-tmp-'))).toEqual([]);
  });

  it('the same reader does catch partial files when writes are NOT atomic (the check has teeth)', async () => {
    const { seen, valid } = await race((f, d) => fs.writeFileSync(f, d));
    expect(Object.keys(seen).filter((h) => !valid.includes(h)).length).toBeGreaterThan(0);
  });
});

describe('site:verify detects tampering (R35 防篡改)', () => {
  it('a changed page', () => {
    const f = fileOf('/notices');
    const orig = fs.readFileSync(f);
    fs.writeFileSync(f, Buffer.concat([orig.subarray(0, 100), Buffer.from('<!-- 篡改 -->'), orig.subarray(100)]));
    expect(verifySite(outDir)).toMatchObject({ ok: false, added: [], changed: ['notices/index.html'], removed: [] });
    fs.writeFileSync(f, orig);
    expect(verifySite(outDir).ok).toBe(true);
  });

  it('a same-size change (hash, not size)', () => {
    const f = fileOf('/feed.xml');
    const orig = fs.readFileSync(f);
    const bad = Buffer.from(orig);
    bad[bad.length - 2] = bad[bad.length - 2] === 0x41 ? 0x42 : 0x41;
    fs.writeFileSync(f, bad);
    expect(verifySite(outDir)).toMatchObject({ ok: false, changed: ['feed.xml'] });
    fs.writeFileSync(f, orig);
  });

  it('an added page', () => {
    const f = path.join(outDir, 'notices', 'fake-notice', 'index.html');
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, '<h1>假通知</h1>');
    expect(verifySite(outDir)).toMatchObject({ ok: false, added: ['notices/fake-notice/index.html'], changed: [], removed: [] });
    fs.rmSync(path.dirname(f), { recursive: true });
    expect(verifySite(outDir).ok).toBe(true);
  });

  it('a removed page', () => {
    const f = fileOf('/sitemap.xml');
    const orig = fs.readFileSync(f);
    fs.rmSync(f);
    expect(verifySite(outDir)).toMatchObject({ ok: false, added: [], changed: [], removed: ['sitemap.xml'] });
    fs.writeFileSync(f, orig);
    expect(verifySite(outDir).ok).toBe(true);
  });

  it('the site:verify command exits 0 when clean and 1 naming each tampered file', () => {
    const clean = siteVerify(outDir);
    expect(clean.stderr).toBe('');
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain('与清单一致');
    const changed = fileOf('/');
    const orig = fs.readFileSync(changed);
    fs.appendFileSync(changed, 'x');
    fs.writeFileSync(path.join(outDir, 'evil.html'), 'x');
    const removed = fileOf('/robots.txt');
    const robots = fs.readFileSync(removed);
    fs.rmSync(removed);
    try {
      const r = siteVerify(outDir);
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/清单之外新增 1 个：\n {2}- evil\.html/);
      expect(r.stdout).toMatch(/内容被改动 1 个：\n {2}- index\.html/);
      expect(r.stdout).toMatch(/被删除 1 个：\n {2}- robots\.txt/);
    } finally {
      fs.writeFileSync(changed, orig);
      fs.rmSync(path.join(outDir, 'evil.html'));
      fs.writeFileSync(removed, robots);
    }
    expect(siteVerify(outDir).status).toBe(0);
  });

  it('a full rebuild restores changed and removed pages (the manifest is the CMS\'s record)', async () => {
    fs.appendFileSync(fileOf('/notices'), 'x');
    fs.rmSync(fileOf('/catalog'));
    expect(verifySite(outDir).ok).toBe(false);
    await site.fullBuild();
    await svc.settled();
    expect(verifySite(outDir)).toMatchObject({ ok: true, added: [], changed: [], removed: [] });
  });
});
