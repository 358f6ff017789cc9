import type { Core } from '@strapi/strapi';
import { shanghaiDate, toDayNumber, fromDayNumber } from '@gongkai/shared';
import { startStrapi, stopStrapi } from '../../../tests/helpers/strapi';
import { http, adminLogin } from '../../../tests/helpers/http';

// Deadlines on content (R20–R22, R25): due date and status in the admin, the dashboard, and
// the append-only publication records (feed R40).
let app: Core.Strapi;
let editor: Record<string, string>;

const NOTICE = 'api::notice.notice';
const GUIDE = 'api::guide.guide';
const REPORT = 'api::progress-report.progress-report';
const RECORD = 'plugin::deadlines.deadline-record';

beforeAll(async () => {
  app = await startStrapi();
  editor = (await adminLogin(app, ['gk-editor'])).auth;
});
afterAll(() => stopStrapi(app));

const deadlines = () => app.plugin('deadlines').service('deadlines');
const calendar = () => app.plugin('deadlines').service('calendar');
const recordsOf = (documentId: string) =>
  app.db.query(RECORD as any).findMany({ where: { targetDocumentId: documentId }, orderBy: [{ publishedTime: 'asc' }, { id: 'asc' }] });
const status = (uid: string, documentId: string) => http(app).get(`/deadlines/status/${uid}/${documentId}`).set(editor);

async function unit(name: string) {
  return app.documents('api::unit.unit').create({ data: { name, kind: 'department' } as any });
}

async function notice(data: Record<string, unknown>) {
  return app.documents(NOTICE).create({ data: { title: '测试通知', issuer: '揭阳市人民政府办公室', ...data } as any });
}

/** `entry.publish` listeners run after the commit, asynchronously: wait for the record. */
async function waitForRecords(documentId: string, count: number) {
  for (let i = 0; i < 100; i++) {
    const rows = await recordsOf(documentId);
    if (rows.length >= count) return rows;
    await new Promise((r) => setTimeout(r, 50));
  }
  return recordsOf(documentId);
}

describe('a normative notice signed 2018-09-28 (R20)', () => {
  let documentId: string;
  beforeAll(async () => {
    const u = await unit('揭阳市司法局');
    documentId = (await notice({ title: '关于印发某规范性文件的通知', documentType: 'normative', signedOn: '2018-09-28', issuingUnit: u.documentId })).documentId;
  });

  it('shows due 2018-10-08 (签发 + 3 working days over National Day) and, unpublished, overdue', async () => {
    const res = await status(NOTICE, documentId);
    expect(res.status).toBe(200);
    const d = res.body.data;
    expect(d).toMatchObject({ kind: 'status', published: false, unit: { name: '揭阳市司法局' } });
    expect(d.status).toMatchObject({ rule: 'R20', due: '2018-10-08', state: 'overdue', publication: null });
    expect(d.status.basis).toBe('签发日期 2018-09-28 + 3 个工作日');
    const today = shanghaiDate();
    const over = await calendar().workingDaysBetween('2018-10-08', today);
    expect(d.status.workingDays).toBe(over.days);
    expect(d.status.label).toBe(`已逾期 ${over.days} 个工作日`);
  });

  it('records a publication after the due date as late, by the working days after it (Shanghai date)', async () => {
    // 2018-10-09 01:30 in Shanghai (still 10-08 in UTC): one working day late.
    const late = await deadlines().recordPublication(NOTICE, documentId, '2018-10-08T17:30:00.000Z');
    expect(late).toMatchObject({ rule: 'R20', due: '2018-10-08', publishedOn: '2018-10-09', state: 'published-late', lateWorkingDays: 1, provisional: false });
    expect(late).toMatchObject({ unitName: '揭阳市司法局', title: '关于印发某规范性文件的通知', targetUid: NOTICE, targetDocumentId: documentId });
    expect(new Date(late.publishedTime).toISOString()).toBe('2018-10-08T17:30:00.000Z');
    // The same publication recorded twice (e.g. a replayed event) is one record.
    await deadlines().recordPublication(NOTICE, documentId, '2018-10-08T17:30:00.000Z');
    expect(await recordsOf(documentId)).toHaveLength(1);

    const res = await status(NOTICE, documentId);
    expect(res.body.data.status).toMatchObject({ state: 'published-late', workingDays: 1, label: '逾期 1 个工作日公开' });
    expect(res.body.data.status.publication).toMatchObject({ source: 'record', publishedOn: '2018-10-09' });
  });

  it('counts lateness across a weekend in working days', async () => {
    const other = await notice({ documentType: 'major_decision', signedOn: '2018-09-28' });
    // Fri 2018-10-12 in Shanghai: 10-09, 10-10, 10-11, 10-12 after the due day.
    const rec = await deadlines().recordPublication(NOTICE, other.documentId, '2018-10-12T09:00:00+08:00');
    expect(rec).toMatchObject({ state: 'published-late', lateWorkingDays: 4, due: '2018-10-08' });
    const onTime = await notice({ documentType: 'normative', signedOn: '2018-09-28' });
    const rec2 = await deadlines().recordPublication(NOTICE, onTime.documentId, '2018-10-08T23:59:00+08:00');
    expect(rec2).toMatchObject({ state: 'published-on-time', lateWorkingDays: 0, publishedOn: '2018-10-08' });
  });

  it('keeps the records when the content changes; a new due date is pending until published again', async () => {
    const before = await recordsOf(documentId);
    await app.documents(NOTICE).update({ documentId, data: { title: '关于印发某规范性文件的通知（修订）' } as any });
    // A title change does not move the due date: still published late under it.
    expect((await status(NOTICE, documentId)).body.data.status.state).toBe('published-late');
    // A corrected 签发日期 moves the due date: the old record stays, the new deadline is open.
    await app.documents(NOTICE).update({ documentId, data: { signedOn: '2018-10-10' } as any });
    const st = (await status(NOTICE, documentId)).body.data.status;
    expect(st).toMatchObject({ due: '2018-10-15', state: 'overdue', publication: null });
    const after = await recordsOf(documentId);
    expect(after).toEqual(before);
    expect(after[0].title).toBe('关于印发某规范性文件的通知');

    const again = await deadlines().recordPublication(NOTICE, documentId, '2018-10-12T10:00:00+08:00');
    expect(again).toMatchObject({ due: '2018-10-15', state: 'published-on-time', title: '关于印发某规范性文件的通知（修订）' });
    expect(await recordsOf(documentId)).toHaveLength(2);
    expect((await status(NOTICE, documentId)).body.data.status).toMatchObject({ state: 'published-on-time', due: '2018-10-15' });
  });
});

describe('a normative notice published through the real publish path', () => {
  it('records the publication (entry.publish) as late by the working days since its due date', async () => {
    const gate: any = (() => {
      try {
        return (app.plugin('review-gate') as any)?.service('gate');
      } catch {
        return undefined;
      }
    })();
    const category = (await app.documents('api::catalog-category.catalog-category').findFirst({}))!.documentId;
    const author = await adminLogin(app, ['gk-editor']);
    // Created through the content-manager as an editor (the gate needs the author).
    const created = await http(app)
      .post(`/content-manager/collection-types/${NOTICE}`)
      .set(author.auth)
      .send({ title: '经三审发布的规范性文件', issuer: '揭阳市人民政府办公室', category, documentType: 'normative', signedOn: '2018-09-28' });
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId;
    if (typeof gate?.submit === 'function') {
      // R10: the review gate is installed, so the notice goes public only after 初审 → 复审 → 终审.
      expect((await http(app).post(`/review-gate/submit/${NOTICE}/${documentId}`).set(author.auth).send({})).status).toBe(200);
      for (const [role, step] of [['gk-first-reviewer', 'first'], ['gk-second-reviewer', 'second'], ['gk-final-reviewer', 'final']]) {
        const reviewer = await adminLogin(app, [role]);
        const res = await http(app).post(`/review-gate/decide/${NOTICE}/${documentId}`).set(reviewer.auth).send({ step, decision: 'approve', comment: '同意' });
        expect(res.status).toBe(200);
      }
      const published = await http(app).post(`/review-gate/publish/${NOTICE}/${documentId}`).set(author.auth).send({});
      expect(published.status).toBe(200);
    } else {
      await app.documents(NOTICE).publish({ documentId } as any);
    }
    const [rec] = await waitForRecords(documentId, 1);
    expect(rec).toBeTruthy();
    const row = await app.documents(NOTICE).findOne({ documentId, status: 'published' } as any);
    expect(rec.publishedOn).toBe(shanghaiDate((row as any).publishedAt));
    const late = await calendar().workingDaysBetween('2018-10-08', rec.publishedOn);
    expect(rec).toMatchObject({ rule: 'R20', due: '2018-10-08', state: 'published-late', lateWorkingDays: late.days, title: '经三审发布的规范性文件' });
    const st = (await status(NOTICE, documentId)).body.data;
    expect(st).toMatchObject({ published: true, status: { state: 'published-late', workingDays: late.days } });
  });
});

describe('due dates of the other rules', () => {
  it('R22: a work notice is due 20 working days after its 成文日期', async () => {
    const n = await notice({ documentType: 'work_notice', writtenOn: '2018-09-28' });
    const { due } = await deadlines().dueFor(NOTICE, await app.documents(NOTICE).findOne({ documentId: n.documentId }));
    const expected = await calendar().addWorkingDays('2018-09-28', 20);
    expect(due).toMatchObject({ rule: 'R22', due: expected.due });
    // 20 working days from 09-28 pass over the 7 days of National Day: later than 4 calendar weeks.
    expect(expected.due > '2018-10-26').toBe(true);
  });

  it('no deadline for 依申请公开, and a missing 签发日期 is reported, naming the field', async () => {
    const onRequest = await notice({ documentType: 'normative', signedOn: '2018-09-28', disclosureMode: 'on_request' });
    expect((await status(NOTICE, onRequest.documentId)).body.data).toMatchObject({ kind: 'none', status: null });
    const unsigned = await notice({ documentType: 'normative' });
    const d = (await status(NOTICE, unsigned.documentId)).body.data;
    expect(d).toMatchObject({ kind: 'error', error: { rule: 'R20', field: 'signedOn' } });
    expect(d.error.message).toContain('签发日期');
    await expect(deadlines().recordPublication(NOTICE, unsigned.documentId, new Date())).rejects.toThrow('签发日期');
  });

  it('R25: an implementation plan is due 1 month after the issue of the work plan it implements', async () => {
    const plan = await notice({ title: '揭阳市2018年政务公开工作要点分工方案', documentType: 'work_notice', writtenOn: '2018-05-31' });
    const impl = await notice({ title: '某局实施方案', documentType: 'implementation_plan', writtenOn: '2018-06-20', forwards: [plan.documentId] });
    const d = (await status(NOTICE, impl.documentId)).body.data;
    // 05-31 + 1 month = 06-30 (Saturday) → next working day Monday 07-02.
    expect(d.status).toMatchObject({ rule: 'R25', due: '2018-07-02' });
    expect(d.note).toContain('成文日期');
    const alone = await notice({ documentType: 'implementation_plan', writtenOn: '2018-06-20' });
    expect((await status(NOTICE, alone.documentId)).body.data).toMatchObject({ status: { rule: 'R25', due: '2018-07-20' } });
  });

  it('R21: a guide change is due 1 working day after approval and needs its effective date', async () => {
    const g = await app.documents(GUIDE).create({ data: { title: '某事项办事指南', changeApprovedOn: '2024-02-08' } as any });
    const missing = (await status(GUIDE, g.documentId)).body.data;
    expect(missing).toMatchObject({ kind: 'error', error: { rule: 'R21', field: 'effectiveOn' } });
    await app.documents(GUIDE).update({ documentId: g.documentId, data: { effectiveOn: '2024-03-01' } as any });
    // Approved Thu 02-08: due Fri 02-09, the last working day before 春节.
    expect((await status(GUIDE, g.documentId)).body.data.status).toMatchObject({ rule: 'R21', due: '2024-02-09' });
  });

  it('returns 400 for a type without deadlines and 404 for an unknown document; needs an admin', async () => {
    expect((await http(app).get('/deadlines/status/api::unit.unit/x').set(editor)).status).toBe(400);
    expect((await status(NOTICE, 'no-such-document')).status).toBe(404);
    expect((await http(app).get(`/deadlines/status/${NOTICE}/x`)).status).toBe(401);
  });
});

describe('publication through the real entry.publish event (progress reports, R25: by year end)', () => {
  it('records the publication of a non-gated type when it is published through the document service', async () => {
    const u = await unit('揭阳市财政局');
    const thisYear = shanghaiDate().slice(0, 4);
    const onTime = await app.documents(REPORT).create({ data: { text: '已完成', reportedOn: `${thisYear}-01-15`, unit: u.documentId } as any });
    const published = await app.documents(REPORT).publish({ documentId: onTime.documentId } as any);
    const publishedAt = (published as any).entries[0].publishedAt;
    const [rec] = await waitForRecords(onTime.documentId, 1);
    expect(rec).toMatchObject({ rule: 'R25', due: `${thisYear}-12-31`, state: 'published-on-time', unitName: '揭阳市财政局', publishedOn: shanghaiDate(publishedAt) });
    expect(new Date(rec.publishedTime).getTime()).toBe(new Date(publishedAt).getTime());

    // A 2018 report published now is late by the working days since 2018-12-31.
    const late = await app.documents(REPORT).create({ data: { text: '补报', reportedOn: '2018-06-01' } as any, status: 'published' } as any);
    const [lateRec] = await waitForRecords(late.documentId, 1);
    const expected = await calendar().workingDaysBetween('2018-12-31', lateRec.publishedOn);
    expect(lateRec).toMatchObject({ due: '2018-12-31', state: 'published-late', lateWorkingDays: expected.days });
    expect(expected.days).toBeGreaterThan(1000);

    // Publishing again makes a new record and keeps the first (append-only).
    await app.documents(REPORT).update({ documentId: onTime.documentId, data: { text: '已完成（更新）' } as any });
    await app.documents(REPORT).publish({ documentId: onTime.documentId } as any);
    const both = await waitForRecords(onTime.documentId, 2);
    expect(both).toHaveLength(2);
    expect(both[0].id).toBe(rec.id);
    expect(both[0].publishedTime).toEqual(rec.publishedTime);
  });

  it('logs a failure to record and never fails the publication', async () => {
    const svc = deadlines();
    const original = svc.recordPublication;
    const errors: string[] = [];
    const originalError = app.log.error;
    svc.recordPublication = async () => {
      throw new Error('模拟的记录失败');
    };
    (app.log as any).error = (msg: string) => errors.push(String(msg));
    try {
      const r = await app.documents(REPORT).create({ data: { text: 'x', reportedOn: '2026-01-02' } as any });
      await expect(app.documents(REPORT).publish({ documentId: r.documentId } as any)).resolves.toBeTruthy();
      for (let i = 0; i < 100 && !errors.length; i++) await new Promise((res) => setTimeout(res, 50));
      expect(errors.join('\n')).toContain('模拟的记录失败');
      expect(await app.documents(REPORT).findOne({ documentId: r.documentId, status: 'published' } as any)).toBeTruthy();
    } finally {
      svc.recordPublication = original;
      (app.log as any).error = originalError;
    }
  });
});

describe('dashboard', () => {
  it('lists what is due or overdue by unit, sortable, with the review step (or a note without the gate)', async () => {
    const a = await unit('测试甲局');
    const b = await unit('测试乙局');
    const today = shanghaiDate();
    // Signed today: due in 3 working days (pending, on time); signed 2018: overdue.
    const fresh = await notice({ title: '甲局新文件', documentType: 'normative', signedOn: today, issuingUnit: a.documentId });
    const old = await notice({ title: '乙局旧文件', documentType: 'normative', signedOn: '2018-09-28', issuingUnit: b.documentId });
    const res = await http(app).get('/deadlines/dashboard').set(editor);
    expect(res.status).toBe(200);
    const data = res.body.data;
    const ids = data.items.map((i: any) => i.documentId);
    expect(ids).toContain(fresh.documentId);
    expect(ids).toContain(old.documentId);
    const dues = data.items.filter((i: any) => i.status).map((i: any) => i.status.due);
    expect(dues).toEqual([...dues].sort());
    expect(data.items.find((i: any) => i.documentId === old.documentId)).toMatchObject({ typeLabel: '通知文件', unit: { name: '测试乙局' }, status: { state: 'overdue' } });
    expect(data.items.find((i: any) => i.documentId === fresh.documentId).status.state).toMatch(/^(on-time|due-today)$/);
    expect(data.units.map((u: any) => u.name)).toEqual(expect.arrayContaining(['测试甲局', '测试乙局']));
    // Items published long ago (the 2018 records above) are not listed; 依申请公开 neither.
    const since = fromDayNumber(toDayNumber(data.today)! - data.recentDays);
    expect(data.items.some((i: any) => i.status?.publication)).toBe(true);
    for (const i of data.items) if (i.status?.publication) expect(i.status.publication.publishedOn >= since).toBe(true);
    const longAgo = await app.db.query(RECORD as any).findMany({ where: { publishedOn: { $lt: since } } });
    expect(longAgo.length).toBeGreaterThan(0);
    for (const r of longAgo) expect(ids).not.toContain(r.targetDocumentId);

    const desc = (await http(app).get('/deadlines/dashboard').query({ sort: '-due' }).set(editor)).body.data;
    const descDues = desc.items.filter((i: any) => i.status).map((i: any) => i.status.due);
    expect(descDues).toEqual([...descDues].sort().reverse());

    const onlyA = (await http(app).get('/deadlines/dashboard').query({ unit: a.documentId }).set(editor)).body.data;
    expect(onlyA.items.map((i: any) => i.documentId)).toEqual([fresh.documentId]);

    const gate = (() => {
      try {
        return (app.plugin('review-gate') as any)?.service('gate');
      } catch {
        return undefined;
      }
    })();
    if (typeof gate?.stuckAt === 'function') {
      expect(data.gate).toBeNull();
      // A draft never submitted waits for submission (the gate's answer is passed through).
      expect(data.items.find((i: any) => i.documentId === fresh.documentId).stuckAt).toEqual(await gate.stuckAt(NOTICE, fresh.documentId));
      expect(data.items.find((i: any) => i.documentId === fresh.documentId).stuckAt).not.toBeNull();
    }
    else {
      expect(data.gate).toContain('三审');
      for (const i of data.items) expect(i.stuckAt).toBeNull();
    }
  });

  it('gives the list view the statuses of a page of documents at once', async () => {
    const n1 = await notice({ documentType: 'normative', signedOn: '2018-09-28' });
    const n2 = await notice({ documentType: 'work_notice', writtenOn: '2018-09-28' });
    const res = await http(app).get(`/deadlines/statuses/${NOTICE}`).query({ documentIds: `${n1.documentId},${n2.documentId}` }).set(editor);
    expect(res.status).toBe(200);
    expect(res.body.data[n1.documentId].status).toMatchObject({ rule: 'R20', due: '2018-10-08' });
    expect(res.body.data[n2.documentId].status.rule).toBe('R22');
  });
});
