import path from 'path';
import { spawnSync } from 'child_process';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../../../tests/helpers/strapi';
import { apiToken, http } from '../../../tests/helpers/http';
import { cast, editAs, gate, gateApi, listen, newNotice, noticeData, NOTICE, passAllSteps, publishedCount, type Cast, type GateApi } from './helpers';

// R10 "on every path": each way of publishing is refused without a passed 终审 on the
// current version, and allowed after it; then races; then the integrity check
// (gate:verify) after attacks that go around the document service.
let app: Core.Strapi;
let c: Cast;
let api: GateApi;
let token: Record<string, string>;

beforeAll(async () => {
  app = await startStrapi();
  await listen(app);
  c = await cast(app);
  api = gateApi(app);
  token = await apiToken(app);
});
afterAll(() => stopStrapi(app));

const CM = `/content-manager/collection-types/${NOTICE}`;
const stateOf = async (documentId: string) => (await api.status(c.editor, NOTICE, documentId)).body.data;
const noticeCount = (status: 'draft' | 'published') => app.documents(NOTICE).count({ status } as any);

/** A notice that passed 初审 and 复审 and waits for 终审. */
async function awaitingFinal() {
  const n = await newNotice(app, c.editor);
  await api.submit(c.editor, NOTICE, n.documentId);
  expect((await api.decide(c.first, NOTICE, n.documentId, { step: 'first', decision: 'approve' })).status).toBe(200);
  expect((await api.decide(c.second, NOTICE, n.documentId, { step: 'second', decision: 'approve' })).status).toBe(200);
  return n;
}

async function finalApprove(documentId: string, who = c.final) {
  const res = await api.decide(who, NOTICE, documentId, { step: 'final', decision: 'approve', comment: '签发' });
  expect(res.status).toBe(200);
}

describe('every publish path is refused before 终审 on the current version, with the missing step named', () => {
  it('admin panel: the publish button (existing and new document)', async () => {
    const n = await awaitingFinal();
    const res = await http(app).post(`${CM}/${n.documentId}/actions/publish`).set(c.editor.auth).send({});
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('尚未通过终审，不能发布（R10）');
    expect(await publishedCount(app, NOTICE, n.documentId)).toBe(0);

    const before = await noticeCount('draft');
    const created = await http(app).post(`${CM}/actions/publish`).set(c.editor.auth).send(await noticeData(app));
    expect(created.status).toBe(403);
    expect(created.body.error.message).toContain('未通过初审');
    expect(await noticeCount('draft')).toBe(before); // create-and-publish wrote nothing

    await finalApprove(n.documentId);
    const ok = await http(app).post(`${CM}/${n.documentId}/actions/publish`).set(c.editor.auth).send({});
    expect(ok.status).toBe(200);
    expect(await publishedCount(app, NOTICE, n.documentId)).toBe(1);
  });

  it('admin panel: bulk publish refuses the whole batch when one item lacks a step', async () => {
    const ready = await awaitingFinal();
    await finalApprove(ready.documentId);
    const fresh = await newNotice(app, c.editor);
    const res = await http(app).post(`${CM}/actions/bulkPublish`).set(c.editor.auth).send({ documentIds: [ready.documentId, fresh.documentId] });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('未通过初审');
    expect(await publishedCount(app, NOTICE, ready.documentId)).toBe(0);
    expect(await publishedCount(app, NOTICE, fresh.documentId)).toBe(0);

    const other = await awaitingFinal();
    await finalApprove(other.documentId, c.final2);
    const ok = await http(app).post(`${CM}/actions/bulkPublish`).set(c.editor.auth).send({ documentIds: [ready.documentId, other.documentId] });
    expect(ok.status).toBe(200);
    expect(ok.body.count).toBe(2);
    expect(await publishedCount(app, NOTICE, other.documentId)).toBe(1);
  });

  it('REST: POST /api/notices publishes by default, and ?status=published explicitly — both refused, nothing written', async () => {
    const before = await noticeCount('draft');
    for (const url of ['/api/notices', '/api/notices?status=published']) {
      const res = await http(app).post(url).set(token).send({ data: await noticeData(app) });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain('未通过初审');
    }
    expect(await noticeCount('draft')).toBe(before);
    // a draft may still be created over REST
    const draft = await http(app).post('/api/notices?status=draft').set(token).send({ data: await noticeData(app) });
    expect(draft.status).toBe(201);
  });

  it('REST: PUT /api/notices/:documentId (republishes) before 终审, and after an edit of a published document', async () => {
    const n = await awaitingFinal();
    const early = await http(app).put(`/api/notices/${n.documentId}`).set(token).send({ data: { recipients: '各县区' } });
    expect(early.status).toBe(403);
    expect(early.body.error.message).toBe('尚未通过终审，不能发布（R10）');
    expect((await app.documents(NOTICE).findOne({ documentId: n.documentId }))!.recipients ?? null).toBeNull();

    await finalApprove(n.documentId);
    // unchanged content: the PUT republishes the approved version
    const same = await http(app).put(`/api/notices/${n.documentId}`).set(token).send({ data: { title: n.title } });
    expect(same.status).toBe(200);
    expect(await publishedCount(app, NOTICE, n.documentId)).toBe(1);

    // changed content in the PUT itself: refused, and the change is not kept anywhere
    const changed = await http(app).put(`/api/notices/${n.documentId}`).set(token).send({ data: { title: `${n.title}（改）` } });
    expect(changed.status).toBe(403);
    expect(changed.body.error.message).toContain('修改后的内容未经三审');
    expect((await app.documents(NOTICE).findOne({ documentId: n.documentId, status: 'published' } as any))!.title).toBe(n.title);
    expect((await app.documents(NOTICE).findOne({ documentId: n.documentId }))!.title).toBe(n.title);
    expect((await stateOf(n.documentId)).state).toBe('final_approved');

    // an edit saved as draft voids; a later republishing PUT is refused
    expect((await editAs(app, c.editor, NOTICE, n.documentId, { title: `${n.title}（修订稿）` })).status).toBe(200);
    expect((await stateOf(n.documentId)).state).toBe('draft');
    const republish = await http(app).put(`/api/notices/${n.documentId}`).set(token).send({ data: {} });
    expect(republish.status).toBe(403);
    expect(republish.body.error.message).toContain('未通过初审');
    expect((await app.documents(NOTICE).findOne({ documentId: n.documentId, status: 'published' } as any))!.title).toBe(n.title);
  });

  it('document service from plugin code: publish(), create({status}), update({status})', async () => {
    const docs = app.documents(NOTICE);
    const n = await awaitingFinal();
    await expect(docs.publish({ documentId: n.documentId })).rejects.toThrow('尚未通过终审，不能发布（R10）');
    const before = await noticeCount('draft');
    await expect(docs.create({ data: (await noticeData(app)) as any, status: 'published' } as any)).rejects.toThrow(/未通过初审/);
    expect(await noticeCount('draft')).toBe(before);
    await expect(docs.update({ documentId: n.documentId, data: { cc: '抄送' } as any, status: 'published' } as any)).rejects.toThrow(
      '尚未通过终审，不能发布（R10）',
    );
    expect((await docs.findOne({ documentId: n.documentId }))!.cc ?? null).toBeNull();
    expect(await publishedCount(app, NOTICE, n.documentId)).toBe(0);

    await finalApprove(n.documentId);
    await expect(docs.update({ documentId: n.documentId, data: { cc: '抄送' } as any, status: 'published' } as any)).rejects.toThrow(/修改后的内容未经三审/);
    await docs.update({ documentId: n.documentId, data: { title: n.title } as any, status: 'published' } as any);
    expect(await publishedCount(app, NOTICE, n.documentId)).toBe(1);
    await docs.publish({ documentId: n.documentId });
    expect(await publishedCount(app, NOTICE, n.documentId)).toBe(1);
  });

  it("the gate's own publish route follows the same rule", async () => {
    const n = await awaitingFinal();
    const res = await api.publish(c.editor, NOTICE, n.documentId);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('尚未通过终审，不能发布（R10）');
    await finalApprove(n.documentId);
    expect((await api.publish(c.editor, NOTICE, n.documentId)).status).toBe(200);
  });

  it('GraphQL: the plugin is not installed, so there is no such path', async () => {
    expect(app.plugin('graphql')).toBeUndefined();
    const routes = (app.server as any).listRoutes().map((r: any) => r.path);
    expect(routes.some((p: string) => p.startsWith('/review-gate/'))).toBe(true); // the listing is real
    expect(routes.filter((p: string) => p.includes('graphql'))).toEqual([]);
    const res = await http(app).post('/graphql').send({ query: '{ __typename }' });
    expect([404, 405]).toContain(res.status);
    expect(res.body?.data).toBeUndefined();
  });

  it('the review state and audit trail have no content-API routes and refuse document-service writes', async () => {
    expect((await http(app).get('/api/audit-records').set(token)).status).toBe(404);
    expect((await http(app).get('/api/reviews').set(token)).status).toBe(404);
    const any = await app.db.query('plugin::review-gate.audit-record' as any).findOne({});
    expect(any).toBeTruthy();
    await expect(
      app.documents('plugin::review-gate.audit-record' as any).update({ documentId: any.documentId, data: { comment: 'x' } } as any),
    ).rejects.toThrow(/不能修改或删除/);
    await expect(app.documents('plugin::review-gate.audit-record' as any).delete({ documentId: any.documentId } as any)).rejects.toThrow(/不能修改或删除/);
    const cm = await http(app)
      .put(`/content-manager/collection-types/plugin::review-gate.audit-record/${any.documentId}`)
      .set(c.all.auth)
      .send({ comment: 'x' });
    expect(cm.status).toBeGreaterThanOrEqual(400);
    const still = await app.db.query('plugin::review-gate.audit-record' as any).findOne({ where: { id: any.id } });
    expect(still.comment).toBe(any.comment);
  });
});

const isPostgres = () => process.env.DATABASE_CLIENT === 'postgres';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** On PostgreSQL, wait until some other session is blocked on a row lock (our open transaction holds it). */
async function someoneWaitsForALock() {
  if (!isPostgres()) return sleep(300); // SQLite: the other request waits for the single connection
  for (let i = 0; i < 100; i++) {
    const r = await app.db.connection.raw(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
    );
    if (r.rows[0].n > 0) return;
    await sleep(50);
  }
  throw new Error('no session ever waited for the lock');
}

const actorOf = (p: { user: any; email: string }, roles: string[]) => ({
  kind: 'admin',
  key: `admin:${p.user.id}`,
  id: p.user.id,
  email: p.email,
  roles,
  label: p.email,
});

describe('interleavings forced with an open transaction (deterministic)', () => {
  it('an edit arriving while the 终审 approval is uncommitted waits, then voids it', async () => {
    const n = await awaitingFinal();
    let edit!: Promise<any>;
    await app.db.transaction(async () => {
      await gate(app).decide(NOTICE, n.documentId, actorOf(c.final, ['gk-final-reviewer']), { step: 'final', decision: 'approve' });
      edit = editAs(app, c.editor, NOTICE, n.documentId, { title: `${n.title}（终审未提交时修改）` }).then((r) => r);
      await someoneWaitsForALock();
    });
    expect((await edit).status).toBe(200);
    const st = await stateOf(n.documentId);
    expect(st.state).toBe('draft');
    expect(st.lastVoid).toMatchObject({ previousState: 'final_approved', voidedSteps: ['first', 'second', 'final'], fields: ['title'] });
    const trail = (await api.audit(c.editor, NOTICE, n.documentId)).body.data.map((r: any) => `${r.action}:${r.step ?? ''}`);
    expect(trail.slice(-2)).toEqual(['decide:final', 'void:']);
    expect((await api.publish(c.editor, NOTICE, n.documentId)).status).toBe(403);
  });

  it('a 终审 approval arriving while an edit is uncommitted loses (compare-and-set on PostgreSQL)', async () => {
    const n = await awaitingFinal();
    let decide!: Promise<any>;
    await app.db.transaction(async () => {
      await app.documents(NOTICE).update({ documentId: n.documentId, data: { title: `${n.title}（修改未提交）` } as any });
      decide = api.decide(c.final, NOTICE, n.documentId, { step: 'final', decision: 'approve' }).then((r) => r);
      await someoneWaitsForALock();
    });
    const res = await decide;
    expect(res.status).toBe(409);
    // PostgreSQL: the request read the old state, passed every check, and lost at the
    // compare-and-set; SQLite: it ran after the commit and saw the voided review.
    expect(res.body.error.message).toBe(isPostgres() ? '其他人已同时处理了该稿件，您的决定未生效，请刷新后重试（R10）' : '该稿件尚未送审，不能作出终审决定（R10）');
    expect((await stateOf(n.documentId)).state).toBe('draft');
    const decisions = (await api.audit(c.editor, NOTICE, n.documentId)).body.data.filter((r: any) => r.step === 'final');
    expect(decisions).toEqual([]);
  });

  it('two decisions of the same step: the second, arriving while the first is uncommitted, loses', async () => {
    const n = await newNotice(app, c.editor);
    await api.submit(c.editor, NOTICE, n.documentId);
    let other!: Promise<any>;
    await app.db.transaction(async () => {
      await gate(app).decide(NOTICE, n.documentId, actorOf(c.first, ['gk-first-reviewer']), { step: 'first', decision: 'approve' });
      other = api.decide(c.first2, NOTICE, n.documentId, { step: 'first', decision: 'reject', comment: '不同意' }).then((r) => r);
      await someoneWaitsForALock();
    });
    const res = await other;
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe(isPostgres() ? '其他人已同时处理了该稿件，您的决定未生效，请刷新后重试（R10）' : '初审已经完成，当前等待复审（R10）');
    expect((await stateOf(n.documentId)).state).toBe('first_approved');
  });
});

describe('races', () => {
  it('two reviewers deciding the same step at the same moment: exactly one wins', async () => {
    for (let k = 0; k < 4; k++) {
      const n = await newNotice(app, c.editor);
      await api.submit(c.editor, NOTICE, n.documentId);
      const [a, b] = await Promise.all([
        api.decide(c.first, NOTICE, n.documentId, { step: 'first', decision: 'approve', comment: 'A' }),
        api.decide(c.first2, NOTICE, n.documentId, { step: 'first', decision: k % 2 ? 'reject' : 'approve', comment: 'B' }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const loser = a.status === 409 ? a : b;
      expect(loser.body.error.message).toMatch(/初审已经完成|其他人已同时处理|尚未送审/);
      const decisions = (await api.audit(c.editor, NOTICE, n.documentId)).body.data.filter((r: any) => r.action === 'decide');
      expect(decisions).toHaveLength(1);
      const winner = a.status === 200 ? c.first : c.first2;
      expect(decisions[0].userId).toBe(winner.user.id);
    }
  });

  it('an edit racing the final approval: never a releasable version whose content differs from the approved one', async () => {
    const outcomes: string[] = [];
    for (let k = 0; k < 8; k++) {
      const n = await awaitingFinal();
      // stagger the edit a little differently each round so both orders occur
      const edit = () => sleep(k * 4).then(() => editAs(app, c.editor, NOTICE, n.documentId, { title: `${n.title}（竞态修改 ${k}）` }));
      const approve = () => api.decide(c.final, NOTICE, n.documentId, { step: 'final', decision: 'approve' });
      const [d, e] = await Promise.all([approve(), edit()]);
      expect(e.status).toBe(200); // the editor's save always lands
      expect([200, 409]).toContain(d.status);
      const st = await stateOf(n.documentId);
      // the edit happened either before the approval (approval refused) or after it (approval voided)
      expect(st.state).toBe('draft');
      expect(st.publishable).toBe(false);
      outcomes.push(d.status === 200 ? 'approved-then-voided' : 'edit-first-approval-refused');
      const pub = await api.publish(c.editor, NOTICE, n.documentId);
      expect(pub.status).toBe(403);
      expect(await publishedCount(app, NOTICE, n.documentId)).toBe(0);
    }
    // eslint-disable-next-line no-console
    console.info(`edit vs 终审 race outcomes: ${outcomes.join(', ')}`);
  });

  it('an edit racing a release: what goes public is exactly the approved version', async () => {
    for (let k = 0; k < 4; k++) {
      const n = await awaitingFinal();
      await finalApprove(n.documentId);
      const approvedHash = (await stateOf(n.documentId)).contentHash;
      const [p, e] = await Promise.all([
        api.publish(c.editor, NOTICE, n.documentId),
        editAs(app, c.editor, NOTICE, n.documentId, { title: `${n.title}（发布时修改 ${k}）` }),
      ]);
      expect(e.status).toBe(200);
      expect([200, 403]).toContain(p.status);
      const published: any = await app.documents(NOTICE).findOne({ documentId: n.documentId, status: 'published' } as any);
      if (p.status === 200) {
        expect(published.title).toBe(n.title);
        const rec = (await api.audit(c.editor, NOTICE, n.documentId)).body.data.find((r: any) => r.action === 'publish');
        expect(rec.versionHash).toBe(approvedHash);
      } else {
        expect(published).toBeNull();
      }
      expect((await stateOf(n.documentId)).state).toBe('draft'); // the edit voided the approval either way
    }
  });
});

describe('gate:verify after the attacks', () => {
  it('finds nothing wrong after every path above went through the gate', async () => {
    const report = await gate(app).verify();
    expect(report.chain.problems).toEqual([]);
    expect(report.unapproved).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.chain.records).toBeGreaterThan(20);
  });

  it('lists versions published around the document service (db.query) and content changed after release', async () => {
    // 1) a draft row flipped to published directly in the database
    const fresh = await newNotice(app, c.editor);
    const draftRow = await app.db.query(NOTICE).findOne({ where: { documentId: fresh.documentId, publishedAt: null } });
    await app.db.query(NOTICE).update({ where: { id: draftRow.id }, data: { publishedAt: new Date() } });
    // 2) a published row inserted directly
    const inserted = await app.db.query(NOTICE).create({
      data: { documentId: 'forgedpublishedrow000001', title: '伪造的已发布文件', issuer: '某单位', slug: 'forged-row', publishedAt: new Date() },
    });
    // 3) the content of a legitimately released version altered in place
    const legit = await awaitingFinal();
    await finalApprove(legit.documentId);
    expect((await api.publish(c.editor, NOTICE, legit.documentId)).status).toBe(200);
    expect((await gate(app).verify()).unapproved.map((u: any) => u.rowId).sort()).toEqual([draftRow.id, inserted.id].sort());
    const pubRow = await app.db.query(NOTICE).findOne({ where: { documentId: legit.documentId, publishedAt: { $notNull: true } } });
    await app.db.query(NOTICE).update({ where: { id: pubRow.id }, data: { body: '<p>发布后偷偷改的正文</p>' } });

    const report = await gate(app).verify();
    expect(report.ok).toBe(false);
    const byRow = new Map(report.unapproved.map((u: any) => [u.rowId, u]));
    expect(byRow.get(draftRow.id)).toMatchObject({ documentId: fresh.documentId, problem: expect.stringContaining('未经三审发布') });
    expect(byRow.get(inserted.id)).toMatchObject({ title: '伪造的已发布文件', problem: expect.stringContaining('未经三审发布') });
    expect(byRow.get(pubRow.id)).toMatchObject({ documentId: legit.documentId, problem: expect.stringContaining('发布后被直接修改') });
    expect(report.unapproved).toHaveLength(3);
    expect(report.chain.problems).toEqual([]);
  });

  it('detects audit records altered, removed, or cut off the end directly in the database', async () => {
    const q = app.db.query('plugin::review-gate.audit-record' as any);
    const total = await q.count();
    const rec2 = await q.findOne({ where: { seq: 2 } });
    await q.update({ where: { id: rec2.id }, data: { comment: '篡改后的意见' } });
    let chain = (await gate(app).verify()).chain;
    expect(chain.problems).toEqual([expect.objectContaining({ kind: 'altered', seq: 2 })]);

    await q.update({ where: { id: rec2.id }, data: { comment: rec2.comment } });
    expect((await gate(app).verify()).chain.problems).toEqual([]); // restored exactly: the chain holds again

    const rec5 = await q.findOne({ where: { seq: 5 } });
    await q.delete({ where: { id: rec5.id } });
    chain = (await gate(app).verify()).chain;
    expect(chain.problems.map((p: any) => [p.kind, p.seq])).toEqual([
      ['missing', 5],
      ['broken-link', 6],
    ]);
    expect(chain.problems[0].message).toBe('审计记录第 5 条缺失（被删除）');

    const last = await q.findOne({ where: { seq: total } });
    await q.delete({ where: { id: last.id } });
    chain = (await gate(app).verify()).chain;
    expect(chain.problems.map((p: any) => p.kind)).toEqual(['missing', 'broken-link', 'head-mismatch']);
    expect(chain.problems[2].message).toContain(`应为第 ${total} 条`);
  });

  it('npm run gate:verify prints the report in Chinese and exits 1', () => {
    const root = path.resolve(__dirname, '../../..');
    // The script as `npm run gate:verify` runs it: compiled JS from dist/ (the jest
    // globalSetup compiled the app), on this test's database (env set by startStrapi).
    const run = spawnSync(process.execPath, ['dist/src/scripts/gate-verify.js', '--no-compile'], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'error' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.stderr).not.toMatch(/错误：/);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('三审完整性检查');
    expect(run.stdout).toContain('审计记录第 5 条缺失');
    expect(run.stdout).toContain('审计链末端应为第');
    expect(run.stdout).toMatch(/《伪造的已发布文件》：已发布版本没有发布记录：未经三审发布/);
    expect(run.stdout).toContain('结论：发现问题。');
  });
});
