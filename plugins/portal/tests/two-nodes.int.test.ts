import path from 'path';
import net from 'net';
import { spawn, type ChildProcess } from 'child_process';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../../../tests/helpers/strapi';
import { http } from '../../../tests/helpers/http';
import { gateTokens, publishReviewed, unpublishReviewed } from '../../../tests/helpers/publish';
import { createPortalFixture } from '../../../tests/helpers/fixtures';
import { reviewAndPublish, type GateHttp } from '../../../seeds/gate-client';

// Two Strapi nodes on one PostgreSQL (issue "Two nodes"): node A is this test's Strapi,
// node B a child process (src/scripts/serve.ts) on the same database. Each node caches
// rendered pages in memory; a publish on one must reach the other's pages within 1 s,
// through PostgreSQL LISTEN/NOTIFY (plugins/portal/server/src/invalidation.ts), not a TTL.

const isPg = process.env.DATABASE_CLIENT === 'postgres';
const root = path.resolve(__dirname, '../../..');
const NOTICE = 'api::notice.notice';
const FIXTURE = '/notices/jie-fu-ban-han-2018-40';

(isPg ? describe : describe.skip)(isPg ? 'two nodes on one PostgreSQL' : 'two nodes — PostgreSQL only (LISTEN/NOTIFY); runs in the suite\'s PostgreSQL phase (DATABASE_CLIENT=postgres)', () => {
  let app: Core.Strapi;
  let nodeB: ChildProcess;
  let bUrl = '';
  let bLog = '';

  const onB = async (p: string) => { const r = await fetch(bUrl + p); return { status: r.status, text: await r.text() }; };
  /** Poll until cond holds; returns the time it took from `since`. */
  async function visibleAfter(since: number, get: () => Promise<{ status: number; text: string }>, cond: (r: { status: number; text: string }) => boolean, ms = 5000) {
    for (;;) {
      if (cond(await get())) return Date.now() - since;
      if (Date.now() - since > ms) throw new Error(`not visible after ${ms} ms`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  beforeAll(async () => {
    app = await startStrapi();
    await createPortalFixture(app);
    const port = await new Promise<number>((resolve) => { const s = net.createServer(); s.listen(0, '127.0.0.1', () => { const p = (s.address() as net.AddressInfo).port; s.close(() => resolve(p)); }); });
    nodeB = spawn(process.execPath, [path.join(root, 'dist/src/scripts/serve.js')], {
      cwd: root,
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'error', PORTAL_STATIC_DIR: '' }, // same DATABASE_NAME as node A (set by startStrapi)
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    nodeB.stderr!.on('data', (d) => { bLog += d; });
    await new Promise<void>((resolve, reject) => {
      nodeB.stdout!.on('data', (d) => { bLog += d; if (String(d).includes('GONGKAI_READY')) resolve(); });
      nodeB.once('exit', (code) => reject(new Error(`node B exited (${code}) before listening:\n${bLog}`)));
    });
    bUrl = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    if (nodeB && nodeB.exitCode === null) {
      const exited = new Promise((r) => nodeB.once('exit', r));
      nodeB.kill('SIGTERM');
      await exited;
    }
    await stopStrapi(app);
  });

  it('node A listens on the gongkai_portal channel', () => {
    const inv = (app.plugin('portal').service('static') as any).invalidation();
    expect(inv.enabled).toBe(true);
    expect(inv.isListening()).toBe(true);
  });

  it('node B caches its pages: a change that bypasses the CMS (no event) is not seen', async () => {
    expect((await onB('/notices')).text).toContain('2018年政务公开工作要点分工方案');
    const a = await app.db.query(NOTICE).findOne({ where: { slug: 'jie-fu-ban-han-2018-40', publishedAt: { $notNull: true } } });
    await app.db.query(NOTICE).update({ where: { id: a.id }, data: { title: `${a.title}（库内直改）` } });
    await new Promise((r) => setTimeout(r, 1500));
    expect((await onB('/notices')).text).not.toContain('（库内直改）');
  });

  it('a publish on node A is on node B\'s pages within 1 second', async () => {
    const cat = (await app.documents('api::catalog-category.catalog-category').findFirst({ filters: { slug: 'jingzhun-fupin' } }))!;
    const n = await app.documents(NOTICE).create({ data: { title: '节点A发布的通知', issuer: '揭阳市人民政府办公室', writtenOn: '2018-08-01', body: '<p>正文</p>', category: cat.documentId } as any });
    await new Promise((r) => setTimeout(r, 500)); // the draft's own notifications pass first
    await onB(`/notices/${n.slug}`); // cache B's 404 for it as well
    expect((await onB(`/notices/${n.slug}`)).status).toBe(404);
    await publishReviewed(app, NOTICE, n.documentId);
    const t0 = Date.now();
    const list = await visibleAfter(t0, () => onB('/notices'), (r) => r.text.includes('节点A发布的通知'));
    const page = await visibleAfter(t0, () => onB(`/notices/${n.slug}`), (r) => r.status === 200);
    if (process.env.GK_SHOW_TIMINGS) console.log(`A→B visible after: list ${list} ms, page ${page} ms`);
    expect(list).toBeLessThan(1000);
    expect(page).toBeLessThan(1000);
    // the whole cache was cleared, not just the published item's pages
    expect((await onB('/notices')).text).toContain('（库内直改）');

    await unpublishReviewed(app, NOTICE, n.documentId);
    const t1 = Date.now();
    expect(await visibleAfter(t1, () => onB(`/notices/${n.slug}`), (r) => r.status === 404)).toBeLessThan(1000);
  });

  it('and the other way: a publish through node B\'s review gate is on node A\'s pages within 1 second', async () => {
    const inv = (app.plugin('portal').service('static') as any).invalidation();
    const receivedBefore = inv.received.count;
    const cat = (await app.documents('api::catalog-category.catalog-category').findFirst({ filters: { slug: 'jingzhun-fupin' } }))!;
    const n = await app.documents(NOTICE).create({ data: { title: '节点B发布的通知', issuer: '揭阳市人民政府办公室', writtenOn: '2018-08-02', body: '<p>正文</p>', category: cat.documentId } as any });
    const onA = async (p: string) => { const r = await http(app).get(p); return { status: r.status, text: r.text }; };
    // the draft's own events (after commit, asynchronous) clear A's cache; let them pass, then cache A's 404
    await new Promise((r) => setTimeout(r, 500));
    expect((await onA(`/notices/${n.slug}`)).status).toBe(404);
    const viaB: GateHttp = {
      async post(p, token, body) {
        const r = await fetch(bUrl + p, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body ?? {}) });
        return { status: r.status, body: await r.json().catch(() => null) };
      },
    };
    await reviewAndPublish(viaB, await gateTokens(app), NOTICE, n.documentId);
    const t0 = Date.now();
    expect(await visibleAfter(t0, () => onA(`/notices/${n.slug}`), (r) => r.status === 200 && r.text.includes('节点B发布的通知'))).toBeLessThan(1000);
    expect(inv.received.count).toBeGreaterThan(receivedBefore);
  });
});
