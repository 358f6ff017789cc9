import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../../../tests/helpers/strapi';
import { adminLogin, http } from '../../../tests/helpers/http';
import {
  cast,
  editAs,
  gate,
  gateApi,
  listen,
  GUIDE,
  INTERP,
  newInterpretation,
  newNotice,
  NOTICE,
  passAllSteps,
  publishedCount,
  type Cast,
  type GateApi,
} from './helpers';

// R10 三审 rules, R11 三同步 and the R12 hook, through the gate's admin API on a real Strapi.
let app: Core.Strapi;
let c: Cast;
let api: GateApi;

beforeAll(async () => {
  app = await startStrapi();
  await listen(app);
  c = await cast(app);
  api = gateApi(app);
});
afterAll(() => stopStrapi(app));

const auditOf = async (uid: string, documentId: string) => (await api.audit(c.editor, uid, documentId)).body.data as any[];

describe('R10: 初审 → 复审 → 终审 by three different reviewers', () => {
  it('walks the happy path, records every step, and publishes the approved version', async () => {
    const n = await newNotice(app, c.editor);
    let st = (await api.status(c.editor, NOTICE, n.documentId)).body.data;
    expect(st).toMatchObject({ state: 'draft', publishable: false, missingStep: 'first' });
    expect(st.reasons[0]).toContain('初审');
    expect(st.creator.email).toBe(c.editor.email);

    const sub = await api.submit(c.editor, NOTICE, n.documentId, { comment: '请审核' });
    expect(sub.status).toBe(200);
    st = (await api.status(c.editor, NOTICE, n.documentId)).body.data;
    expect(st).toMatchObject({ state: 'submitted', waitingFor: 'first', reviewedHash: st.contentHash });
    expect(st.steps.map((s: any) => s.state)).toEqual(['waiting', 'pending', 'pending']);

    const expected: Array<[keyof Cast, string, string]> = [
      ['first', 'first', 'first_approved'],
      ['second', 'second', 'second_approved'],
      ['final', 'final', 'final_approved'],
    ];
    for (const [who, step, state] of expected) {
      const res = await api.decide(c[who], NOTICE, n.documentId, { step, decision: 'approve', comment: `${step} 同意` });
      expect(res.status).toBe(200);
      expect(res.body.data.state).toBe(state);
    }
    st = (await api.status(c.editor, NOTICE, n.documentId)).body.data;
    expect(st.publishable).toBe(true);
    expect(st.reasons).toEqual([]);
    expect(st.steps.map((s: any) => [s.state, s.by.email, s.comment])).toEqual([
      ['approved', c.first.email, 'first 同意'],
      ['approved', c.second.email, 'second 同意'],
      ['approved', c.final.email, 'final 同意'],
    ]);
    expect(st.steps.every((s: any) => typeof s.at === 'string')).toBe(true);

    const pub = await api.publish(c.editor, NOTICE, n.documentId);
    expect(pub.status).toBe(200);
    expect(await publishedCount(app, NOTICE, n.documentId)).toBe(1);
    expect(pub.body.data.published).toMatchObject({ hash: st.contentHash, current: true });

    const audit = await auditOf(NOTICE, n.documentId);
    expect(audit.map((r) => [r.action, r.step, r.decision])).toEqual([
      ['submit', null, null],
      ['decide', 'first', 'approve'],
      ['decide', 'second', 'approve'],
      ['decide', 'final', 'approve'],
      ['publish', null, null],
    ]);
    expect(audit.every((r) => r.versionHash === st.contentHash)).toBe(true);
    expect(audit[0]).toMatchObject({ userId: c.editor.user.id, comment: '请审核' });
    expect(audit[1]).toMatchObject({ userId: c.first.user.id, userEmail: c.first.email, roleCode: 'gk-first-reviewer', comment: 'first 同意' });
    expect(audit[3]).toMatchObject({ userId: c.final.user.id, roleCode: 'gk-final-reviewer' });
    for (const r of audit) expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('enforces the order: 终审 or 复审 before 初审 is a 409 naming the missing steps', async () => {
    const n = await newNotice(app, c.editor);
    await api.submit(c.editor, NOTICE, n.documentId);
    const fin = await api.decide(c.final, NOTICE, n.documentId, { step: 'final', decision: 'approve', comment: 'x' });
    expect(fin.status).toBe(409);
    expect(fin.body.error.message).toContain('尚未通过初审、复审');
    const sec = await api.decide(c.second, NOTICE, n.documentId, { step: 'second', decision: 'approve' });
    expect(sec.status).toBe(409);
    expect(sec.body.error.message).toContain('尚未通过初审');
    expect((await api.decide(c.first, NOTICE, n.documentId, { step: 'first', decision: 'approve' })).status).toBe(200);
    const again = await api.decide(c.first2, NOTICE, n.documentId, { step: 'first', decision: 'approve' });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('初审已经完成');
    const fin2 = await api.decide(c.final, NOTICE, n.documentId, { step: 'final', decision: 'approve' });
    expect(fin2.status).toBe(409);
    expect(fin2.body.error.message).toContain('尚未通过复审');
    // nothing decided out of order reached the trail
    expect((await auditOf(NOTICE, n.documentId)).filter((r) => r.action === 'decide').map((r) => r.step)).toEqual(['first']);
  });

  it('refuses a decision by someone without the step role (403), super admins included', async () => {
    const n = await newNotice(app, c.editor);
    await api.submit(c.editor, NOTICE, n.documentId);
    const wrong = await api.decide(c.second, NOTICE, n.documentId, { step: 'first', decision: 'approve' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.message).toContain('初审角色');
    const editor = await api.decide(c.editor2, NOTICE, n.documentId, { step: 'first', decision: 'approve' });
    expect(editor.status).toBe(403);
    const bareSuper = await adminLogin(app, ['strapi-super-admin']);
    const sup = await api.decide(bareSuper, NOTICE, n.documentId, { step: 'first', decision: 'approve' });
    expect(sup.status).toBe(403);
    expect((await api.status(c.editor, NOTICE, n.documentId)).body.data.state).toBe('submitted');
  });

  it('refuses an unauthenticated call (401) and an unknown step (400)', async () => {
    const n = await newNotice(app, c.editor);
    const anon = await http(app).post(`/review-gate/decide/${NOTICE}/${n.documentId}`).send({ step: 'first', decision: 'approve' });
    expect(anon.status).toBe(401);
    const bad = await api.decide(c.first, NOTICE, n.documentId, { step: 'third', decision: 'approve' });
    expect(bad.status).toBe(400);
  });
});

describe('R10: the content hash', () => {
  it('is the SHA-256 of the canonical JSON of the draft — the same text on SQLite and PostgreSQL', async () => {
    const guide = await app.documents(GUIDE).create({
      data: {
        title: 'Hash 固定样例',
        slug: 'hash-fixed-sample',
        promisedDays: 20,
        statutoryDays: 0,
        fees: '不收费',
        changeApprovedOn: '2018-07-31',
        effectiveOn: '2018-08-01',
        materials: [{ name: '户口簿', legalBasis: '《社会救助暂行办法》第十一条', copies: '1' }],
        steps: [{ title: '申请', description: '到窗口提交' }, { title: '受理' }],
      } as any,
    });
    // keys sorted; no ids, timestamps or authorship; components in order; relations as documentIds
    // (`versions` is owned by guide-version, mappedBy here, so not part of the guide's content)
    const canonical = {
      category: null,
      changeApprovedOn: '2018-07-31',
      changeSummary: null,
      conditions: null,
      effectiveOn: '2018-08-01',
      fees: '不收费',
      handlingUnit: null,
      hours: null,
      legalBasis: null,
      materials: [{ copies: '1', form: null, legalBasis: '《社会救助暂行办法》第十一条', name: '户口簿', note: null }],
      onlineUrl: null,
      phone: null,
      place: null,
      promisedDays: 20,
      slug: 'hash-fixed-sample',
      statutoryDays: 0,
      steps: [
        { description: '到窗口提交', title: '申请' },
        { description: null, title: '受理' },
      ],
      title: 'Hash 固定样例',
    };
    const expected = createHash('sha256').update(JSON.stringify(canonical), 'utf8').digest('hex');
    expect((await api.status(c.editor, GUIDE, guide.documentId)).body.data.contentHash).toBe(expected);
  });
});

describe('R10: separation of duties', () => {
  it('the creator may not decide any step, even holding the role', async () => {
    const authorReviewer = await adminLogin(app, ['gk-editor', 'gk-first-reviewer']);
    const n = await newNotice(app, authorReviewer);
    expect((await api.submit(authorReviewer, NOTICE, n.documentId)).status).toBe(200);
    const res = await api.decide(authorReviewer, NOTICE, n.documentId, { step: 'first', decision: 'approve' });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('作者不能审核自己的稿件');
    expect((await api.status(c.editor, NOTICE, n.documentId)).body.data.state).toBe('submitted');
  });

  it('a later editor of the version may not decide either', async () => {
    const editingReviewer = await adminLogin(app, ['gk-editor', 'gk-second-reviewer']);
    const n = await newNotice(app, c.editor);
    expect((await editAs(app, editingReviewer, NOTICE, n.documentId, { body: '<p>改了一个字</p>' })).status).toBe(200);
    await api.submit(c.editor, NOTICE, n.documentId);
    expect((await api.decide(c.first, NOTICE, n.documentId, { step: 'first', decision: 'approve' })).status).toBe(200);
    const res = await api.decide(editingReviewer, NOTICE, n.documentId, { step: 'second', decision: 'approve' });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('编辑过该版本');
    // …while a reviewer who never touched it may
    expect((await api.decide(c.second, NOTICE, n.documentId, { step: 'second', decision: 'approve' })).status).toBe(200);
  });

  it('one person may not decide two steps of the same version — a super admin holding all roles included', async () => {
    const n = await newNotice(app, c.editor);
    await api.submit(c.editor, NOTICE, n.documentId);
    expect((await api.decide(c.all, NOTICE, n.documentId, { step: 'first', decision: 'approve', comment: '初审通过' })).status).toBe(200);
    const second = await api.decide(c.all, NOTICE, n.documentId, { step: 'second', decision: 'approve' });
    expect(second.status).toBe(403);
    expect(second.body.error.message).toContain('同一人不能审核同一版本的两个步骤');
    expect((await api.decide(c.second, NOTICE, n.documentId, { step: 'second', decision: 'approve' })).status).toBe(200);
    const fin = await api.decide(c.all, NOTICE, n.documentId, { step: 'final', decision: 'approve' });
    expect(fin.status).toBe(403);
    expect((await api.status(c.editor, NOTICE, n.documentId)).body.data.state).toBe('second_approved');
  });

  it('the rule holds across rounds of the same content (rejected, resubmitted unchanged)', async () => {
    const n = await newNotice(app, c.editor);
    await api.submit(c.editor, NOTICE, n.documentId);
    expect((await api.decide(c.all, NOTICE, n.documentId, { step: 'first', decision: 'approve' })).status).toBe(200);
    expect((await api.decide(c.second, NOTICE, n.documentId, { step: 'second', decision: 'reject', comment: '公开方式不当' })).status).toBe(200);
    expect((await api.submit(c.editor, NOTICE, n.documentId)).status).toBe(200);
    expect((await api.decide(c.first, NOTICE, n.documentId, { step: 'first', decision: 'approve' })).status).toBe(200);
    const res = await api.decide(c.all, NOTICE, n.documentId, { step: 'second', decision: 'approve' });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('您已对该版本作出初审决定');
  });
});

describe('R10: rejection', () => {
  it('needs a comment, returns the item to draft and clears the steps', async () => {
    const n = await newNotice(app, c.editor);
    await api.submit(c.editor, NOTICE, n.documentId);
    await api.decide(c.first, NOTICE, n.documentId, { step: 'first', decision: 'approve' });
    const bare = await api.decide(c.second, NOTICE, n.documentId, { step: 'second', decision: 'reject', comment: '   ' });
    expect(bare.status).toBe(400);
    expect(bare.body.error.message).toContain('驳回必须填写意见');
    expect((await api.status(c.editor, NOTICE, n.documentId)).body.data.state).toBe('first_approved');

    const res = await api.decide(c.second, NOTICE, n.documentId, { step: 'second', decision: 'reject', comment: '涉及未公开信息，退回修改' });
    expect(res.status).toBe(200);
    const st = (await api.status(c.editor, NOTICE, n.documentId)).body.data;
    expect(st.state).toBe('draft');
    expect(st.steps.map((s: any) => [s.state, s.by])).toEqual([
      ['pending', null],
      ['pending', null],
      ['pending', null],
    ]);
    expect(st.lastRejection).toMatchObject({ step: 'second', comment: '涉及未公开信息，退回修改', userEmail: c.second.email });
    expect(st.reasons[0]).toContain('初审');
    const last = (await auditOf(NOTICE, n.documentId)).at(-1);
    expect(last).toMatchObject({ action: 'decide', step: 'second', decision: 'reject', comment: '涉及未公开信息，退回修改' });
    // the draft state means: a 终审 is now impossible until resubmission
    expect((await api.decide(c.final, NOTICE, n.documentId, { step: 'final', decision: 'approve' })).status).toBe(409);
  });
});

describe('R10: an edit after an approval voids the approvals', () => {
  it('voids, and the status says which edit (fields and who)', async () => {
    const n = await newNotice(app, c.editor);
    await api.submit(c.editor, NOTICE, n.documentId);
    await api.decide(c.first, NOTICE, n.documentId, { step: 'first', decision: 'approve' });
    await api.decide(c.second, NOTICE, n.documentId, { step: 'second', decision: 'approve' });
    const before = (await api.status(c.editor, NOTICE, n.documentId)).body.data;

    // saving without a change is not an edit
    expect((await editAs(app, c.editor2, NOTICE, n.documentId, { title: n.title })).status).toBe(200);
    expect((await api.status(c.editor, NOTICE, n.documentId)).body.data.state).toBe('second_approved');

    const editingReviewer = await adminLogin(app, ['gk-editor', 'gk-first-reviewer']);
    expect((await editAs(app, editingReviewer, NOTICE, n.documentId, { title: `${n.title}（修订）`, recipients: '各县区人民政府' })).status).toBe(200);
    const st = (await api.status(c.editor, NOTICE, n.documentId)).body.data;
    expect(st.state).toBe('draft');
    expect(st.contentHash).not.toBe(before.contentHash);
    expect(st.lastVoid).toMatchObject({
      fields: ['recipients', 'title'],
      previousState: 'second_approved',
      voidedSteps: ['first', 'second'],
      reviewedHash: before.contentHash,
      newHash: st.contentHash,
    });
    expect(st.lastVoid.by.email).toBe(editingReviewer.email);
    expect(st.lastVoid.message).toContain('recipients、title');
    expect(st.lastVoid.message).toContain('初审、复审作废');
    expect(st.editors.map((e: any) => e.email)).toContain(editingReviewer.email);
    const voids = (await auditOf(NOTICE, n.documentId)).filter((r) => r.action === 'void');
    expect(voids).toHaveLength(1);
    expect(voids[0]).toMatchObject({ versionHash: before.contentHash, userId: editingReviewer.user.id });
    expect(voids[0].details.fields).toEqual(['recipients', 'title']);

    const fin = await api.decide(c.final, NOTICE, n.documentId, { step: 'final', decision: 'approve' });
    expect(fin.status).toBe(409);
    // whoever made the voiding edit is now an author of the new version
    await api.submit(c.editor, NOTICE, n.documentId);
    const asAuthor = await api.decide(editingReviewer, NOTICE, n.documentId, { step: 'first', decision: 'approve' });
    expect(asAuthor.status).toBe(403);
    expect((await api.decide(c.first, NOTICE, n.documentId, { step: 'first', decision: 'approve' })).status).toBe(200);
  });

  it('changes of components and relations count as edits too', async () => {
    const unit = await app.documents('api::unit.unit').create({ data: { name: `测试单位 ${Date.now()}`, shortName: '测试' } as any });
    const n = await newNotice(app, c.editor);
    await passAllSteps(api, c, NOTICE, n.documentId);
    expect((await editAs(app, c.editor, NOTICE, n.documentId, { issuingUnit: unit.documentId })).status).toBe(200);
    const st = (await api.status(c.editor, NOTICE, n.documentId)).body.data;
    expect(st.state).toBe('draft');
    expect(st.lastVoid.fields).toEqual(['issuingUnit']);

    const i = await newInterpretation(app, c.editor, n.documentId, { qa: [{ question: '问：适用范围？', answer: '答：全市。' }] });
    await passAllSteps(api, c, INTERP, i.documentId);
    await app.documents(INTERP).update({ documentId: i.documentId, data: { qa: [{ question: '问：适用范围？', answer: '答：全省。' }] } as any });
    const ist = (await api.status(c.editor, INTERP, i.documentId)).body.data;
    expect(ist.state).toBe('draft');
    expect(ist.lastVoid.fields).toEqual(['qa']);
  });
});

describe('R12 hook at 复审', () => {
  afterEach(() => jest.restoreAllMocks());

  /** Make `strapi.plugin('privacy-guard')` return `replacement` (undefined: not installed). */
  const privacyGuardIs = (replacement: unknown) => {
    const original = app.plugin.bind(app);
    jest.spyOn(app, 'plugin').mockImplementation(((name: string) => (name === 'privacy-guard' ? replacement : original(name))) as any);
  };

  it('is a no-op when the privacy-guard plugin or its scanner service is absent', async () => {
    privacyGuardIs(undefined);
    expect(gate(app).privacyScanner()).toBeNull();
    const n = await newNotice(app, c.editor, { body: '<p>联系人电话 13800138000</p>' });
    await api.submit(c.editor, NOTICE, n.documentId);
    await api.decide(c.first, NOTICE, n.documentId, { step: 'first', decision: 'approve' });
    expect((await api.decide(c.second, NOTICE, n.documentId, { step: 'second', decision: 'approve' })).status).toBe(200);
    jest.restoreAllMocks();
    privacyGuardIs({ service: () => undefined });
    expect(gate(app).privacyScanner()).toBeNull();
  });

  it("asks privacy-guard's `scanner` service: scanDocument finds, reviewVerdict judges", async () => {
    const scanDocument = jest.fn(async () => ({ findings: [{ kind: 'id-card' }, { kind: 'email' }] }));
    const reviewVerdict = jest.fn((findings: any[], exemption: any) =>
      exemption ? { blocked: false, message: 'ok', summary: `共 ${findings.length} 处`, exemption } : { blocked: true, message: `发现 ${findings.length} 处个人信息（隐私插件的裁决）`, summary: 'x' },
    );
    const scanner = { scanDocument, reviewVerdict };
    privacyGuardIs({ service: (name: string) => (name === 'scanner' ? scanner : undefined) });
    expect(gate(app).privacyScanner()).toBe(scanner);
    const n = await newNotice(app, c.editor);
    await api.submit(c.editor, NOTICE, n.documentId);
    await api.decide(c.first, NOTICE, n.documentId, { step: 'first', decision: 'approve' });
    const blocked = await api.decide(c.second, NOTICE, n.documentId, { step: 'second', decision: 'approve' });
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.message).toBe('发现 2 处个人信息（隐私插件的裁决）');
    expect(reviewVerdict).toHaveBeenLastCalledWith([{ kind: 'id-card' }, { kind: 'email' }], null);
    const ok = await api.decide(c.second, NOTICE, n.documentId, { step: 'second', decision: 'approve', exemption: { basis: '强制性信息披露', reason: '依法披露' } });
    expect(ok.status).toBe(200);
    expect(reviewVerdict).toHaveBeenLastCalledWith(expect.any(Array), { basis: '强制性信息披露', reason: '依法披露' });
  });

  const realVerdict = () => {
    const real = app.plugin('privacy-guard').service('scanner') as any;
    return (findings: any[], exemption: any) => real.reviewVerdict(findings, exemption);
  };

  it('blocks 复审 on findings unless an exemption with a reason is recorded', async () => {
    const scanDocument = jest.fn(async () => [{ kind: 'mobile', label: '手机号', field: 'body', value: '13800138000' }]);
    // the findings are stubbed; the rule that judges them is privacy-guard's own
    jest.spyOn(gate(app), 'privacyScanner').mockReturnValue({ scanDocument, reviewVerdict: realVerdict() });
    const n = await newNotice(app, c.editor, { body: '<p>联系人电话 13800138000</p>' });
    await api.submit(c.editor, NOTICE, n.documentId);
    expect((await api.decide(c.first, NOTICE, n.documentId, { step: 'first', decision: 'approve' })).status).toBe(200);
    expect(scanDocument).not.toHaveBeenCalled(); // only at 复审

    const blocked = await api.decide(c.second, NOTICE, n.documentId, { step: 'second', decision: 'approve' });
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.message).toContain('个人信息');
    expect(blocked.body.error.details).toMatchObject({ rule: 'R12' });
    expect(scanDocument).toHaveBeenCalledWith(NOTICE, expect.objectContaining({ documentId: n.documentId, body: '<p>联系人电话 13800138000</p>' }));

    const noReason = await api.decide(c.second, NOTICE, n.documentId, { step: 'second', decision: 'approve', exemption: { kind: '惩戒性公示', reason: ' ' } });
    expect(noReason.status).toBe(409);
    const wrongKind = await api.decide(c.second, NOTICE, n.documentId, { step: 'second', decision: 'approve', exemption: { kind: '领导同意', reason: '领导同意公开' } });
    expect(wrongKind.status).toBe(409);
    expect((await api.status(c.editor, NOTICE, n.documentId)).body.data.state).toBe('first_approved');

    const ok = await api.decide(c.second, NOTICE, n.documentId, {
      step: 'second',
      decision: 'approve',
      comment: '依法公示',
      exemption: { kind: '惩戒性公示', reason: '失信被执行人名单依法公示' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.data.steps[1].exemption).toEqual({ basis: '惩戒性公示', reason: '失信被执行人名单依法公示' });
    const rec = (await auditOf(NOTICE, n.documentId)).at(-1);
    expect(rec).toMatchObject({ action: 'decide', step: 'second', decision: 'approve' });
    expect(rec.details.privacy).toMatchObject({ checked: true, findings: 1, exemption: { basis: '惩戒性公示', reason: '失信被执行人名单依法公示' } });
  });

  it('lets 复审 pass when the scanner finds nothing, and a rejection is never scanned', async () => {
    const scanDocument = jest.fn(async () => []);
    jest.spyOn(gate(app), 'privacyScanner').mockReturnValue({ scanDocument, reviewVerdict: realVerdict() });
    const n = await newNotice(app, c.editor);
    await api.submit(c.editor, NOTICE, n.documentId);
    await api.decide(c.first, NOTICE, n.documentId, { step: 'first', decision: 'approve' });
    expect((await api.decide(c.second, NOTICE, n.documentId, { step: 'second', decision: 'reject', comment: '时机不当' })).status).toBe(200);
    expect(scanDocument).not.toHaveBeenCalled();
    await api.submit(c.editor, NOTICE, n.documentId);
    await api.decide(c.first2, NOTICE, n.documentId, { step: 'first', decision: 'approve' });
    expect((await api.decide(c.second, NOTICE, n.documentId, { step: 'second', decision: 'approve' })).status).toBe(200);
    expect(scanDocument).toHaveBeenCalledTimes(1);
  });
});

describe('R11 三同步: a 行政规范性文件 and its interpretations', () => {
  it('are submitted together, and the document cannot go out before its interpretation passed 终审', async () => {
    const n = await newNotice(app, c.editor, { documentType: 'normative' });
    const i = await newInterpretation(app, c.editor, n.documentId);
    const sub = await api.submit(c.editor, NOTICE, n.documentId);
    expect(sub.status).toBe(200);
    expect(sub.body.data.submitted.map((s: any) => s.documentId)).toEqual([n.documentId, i.documentId]);
    expect((await api.status(c.editor, INTERP, i.documentId)).body.data.state).toBe('submitted');
    const iAudit = await auditOf(INTERP, i.documentId);
    expect(iAudit[0]).toMatchObject({ action: 'submit', details: { coReviewOf: n.documentId, rule: 'R11' } });

    for (const [who, step] of [['first', 'first'], ['second', 'second'], ['final', 'final']] as const) {
      expect((await api.decide(c[who], NOTICE, n.documentId, { step, decision: 'approve' })).status).toBe(200);
    }
    // the notice alone passed; its interpretation waits at 初审
    const st = (await api.status(c.editor, NOTICE, n.documentId)).body.data;
    expect(st.publishable).toBe(false);
    expect(st.reasons.join()).toContain('政策解读');
    const refused = await api.publish(c.editor, NOTICE, n.documentId);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain(`政策解读《${i.title}》尚未通过初审`);
    expect(refused.body.error.message).toContain('R11');
    await expect(app.documents(NOTICE).publish({ documentId: n.documentId })).rejects.toThrow(/R11/);
    expect(await publishedCount(app, NOTICE, n.documentId)).toBe(0);

    for (const [who, step] of [['first2', 'first'], ['second', 'second'], ['final2', 'final']] as const) {
      expect((await api.decide(c[who], INTERP, i.documentId, { step, decision: 'approve' })).status).toBe(200);
    }
    // the interpretation may not go out before its normative document
    const alone = await api.publish(c.editor, INTERP, i.documentId);
    expect(alone.status).toBe(403);
    expect(alone.body.error.message).toContain('一并发布');
    expect(await publishedCount(app, INTERP, i.documentId)).toBe(0);

    // publishing the document publishes the interpretation with it
    const pub = await api.publish(c.editor, NOTICE, n.documentId);
    expect(pub.status).toBe(200);
    expect(await publishedCount(app, NOTICE, n.documentId)).toBe(1);
    expect(await publishedCount(app, INTERP, i.documentId)).toBe(1);
    const iPub = (await auditOf(INTERP, i.documentId)).filter((r) => r.action === 'publish');
    expect(iPub).toHaveLength(1);
    expect(iPub[0].details).toMatchObject({ coPublished: true });
    const nPub = (await auditOf(NOTICE, n.documentId)).filter((r) => r.action === 'publish');
    expect(iPub[0].seq).toBeGreaterThan(nPub[0].seq);
  });

  it('publish the pair in one transaction: if the interpretation fails, the document is not published either', async () => {
    const n = await newNotice(app, c.editor, { documentType: 'normative' });
    // no category: the interpretation passes review but fails the R6 content rule at release
    const i = await newInterpretation(app, c.editor, n.documentId, { category: null });
    await passAllSteps(api, c, NOTICE, n.documentId);
    for (const [who, step] of [['first2', 'first'], ['second', 'second'], ['final2', 'final']] as const) {
      expect((await api.decide(c[who], INTERP, i.documentId, { step, decision: 'approve' })).status).toBe(200);
    }
    expect((await api.status(c.editor, NOTICE, n.documentId)).body.data.publishable).toBe(true);
    const res = await api.publish(c.editor, NOTICE, n.documentId);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('公开目录栏目');
    expect(await publishedCount(app, NOTICE, n.documentId)).toBe(0);
    expect(await publishedCount(app, INTERP, i.documentId)).toBe(0);
    expect((await auditOf(NOTICE, n.documentId)).some((r) => r.action === 'publish')).toBe(false);
  });

  it('a work notice (not normative) is not held back by its interpretation', async () => {
    const n = await newNotice(app, c.editor, { documentType: 'work_notice' });
    const i = await newInterpretation(app, c.editor, n.documentId);
    const sub = await api.submit(c.editor, NOTICE, n.documentId);
    expect(sub.body.data.submitted.map((s: any) => s.documentId)).toEqual([n.documentId]);
    await api.decide(c.first, NOTICE, n.documentId, { step: 'first', decision: 'approve' });
    await api.decide(c.second, NOTICE, n.documentId, { step: 'second', decision: 'approve' });
    await api.decide(c.final, NOTICE, n.documentId, { step: 'final', decision: 'approve' });
    expect((await api.publish(c.editor, NOTICE, n.documentId)).status).toBe(200);
    expect(await publishedCount(app, INTERP, i.documentId)).toBe(0);
  });
});

describe('撤稿 (unpublish) needs a reason and is recorded', () => {
  it('refuses without a reason, unpublishes and records with one', async () => {
    const n = await newNotice(app, c.editor);
    await passAllSteps(api, c, NOTICE, n.documentId);
    expect((await api.publish(c.final, NOTICE, n.documentId)).status).toBe(200);
    const noReason = await api.unpublish(c.editor, NOTICE, n.documentId, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toContain('撤稿必须填写理由');
    expect(await publishedCount(app, NOTICE, n.documentId)).toBe(1);
    const reviewerOnly = await api.unpublish(c.first, NOTICE, n.documentId, { reason: '信息有误' });
    expect(reviewerOnly.status).toBe(403); // no publish permission
    const res = await api.unpublish(c.editor, NOTICE, n.documentId, { reason: '文件已废止，撤下' });
    expect(res.status).toBe(200);
    expect(await publishedCount(app, NOTICE, n.documentId)).toBe(0);
    const rec = (await auditOf(NOTICE, n.documentId)).at(-1);
    expect(rec).toMatchObject({ action: 'unpublish', comment: '文件已废止，撤下', userId: c.editor.user.id, userEmail: c.editor.email });
    expect(rec.versionHash).toBe(res.body.data.contentHash);
    const again = await api.unpublish(c.editor, NOTICE, n.documentId, { reason: '再撤一次' });
    expect(again.status).toBe(409);
  });

  it('refuses unpublishing or deleting a public document around the gate', async () => {
    const n = await newNotice(app, c.editor);
    await passAllSteps(api, c, NOTICE, n.documentId);
    expect((await api.publish(c.editor, NOTICE, n.documentId)).status).toBe(200);
    const cm = await http(app).post(`/content-manager/collection-types/${NOTICE}/${n.documentId}/actions/unpublish`).set(c.editor.auth).send({});
    expect(cm.status).toBe(403);
    expect(cm.body.error.message).toContain('撤稿须通过三审面板填写理由');
    const bulk = await http(app).post(`/content-manager/collection-types/${NOTICE}/actions/bulkUnpublish`).set(c.editor.auth).send({ documentIds: [n.documentId] });
    expect(bulk.status).toBe(403);
    await expect(app.documents(NOTICE).unpublish({ documentId: n.documentId })).rejects.toThrow(/撤稿须通过三审面板/);
    const del = await http(app).delete(`/content-manager/collection-types/${NOTICE}/${n.documentId}`).set(c.editor.auth);
    expect(del.status).toBe(403);
    expect(del.body.error.message).toContain('已发布的文档不能直接删除');
    expect(await publishedCount(app, NOTICE, n.documentId)).toBe(1);

    // withdrawn through the gate, it may be deleted; its review goes, its audit trail stays
    expect((await api.unpublish(c.editor, NOTICE, n.documentId, { reason: '重复发布' })).status).toBe(200);
    const trail = await auditOf(NOTICE, n.documentId);
    expect((await http(app).delete(`/content-manager/collection-types/${NOTICE}/${n.documentId}`).set(c.editor.auth)).status).toBe(200);
    expect(await app.db.query('plugin::review-gate.review' as any).count({ where: { contentDocumentId: n.documentId } })).toBe(0);
    expect(await app.db.query('plugin::review-gate.audit-record' as any).count({ where: { contentDocumentId: n.documentId } })).toBe(trail.length);
  });
});

describe('待我审核 queue, stuckAt and isPublishable', () => {
  it('lists items waiting for a step the person may decide, oldest first, without their own items', async () => {
    const a = await newNotice(app, c.editor);
    const b = await newNotice(app, c.editor);
    await api.submit(c.editor, NOTICE, a.documentId);
    await api.submit(c.editor, NOTICE, b.documentId);
    const firstQueue = (await api.queue(c.first2)).body.data;
    const ids = firstQueue.items.map((i: any) => i.documentId);
    expect(ids.indexOf(a.documentId)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(a.documentId)).toBeLessThan(ids.indexOf(b.documentId));
    const item = firstQueue.items.find((i: any) => i.documentId === a.documentId);
    expect(item).toMatchObject({ uid: NOTICE, title: a.title, step: 'first', stepLabel: '初审', waitingDays: 0 });
    expect(Date.parse(item.waitingSince)).toBeLessThanOrEqual(Date.now());
    const sorted = [...firstQueue.items].sort((x: any, y: any) => x.waitingSince.localeCompare(y.waitingSince));
    expect(firstQueue.items).toEqual(sorted);
    // working days come from the deadlines plugin when it is there (it is enabled in this app)
    if (app.plugin('deadlines')) expect(typeof item.waitingWorkingDays).toBe('number');
    else expect(item.waitingWorkingDays).toBeNull();

    const secondQueue = (await api.queue(c.second)).body.data.items.map((i: any) => i.documentId);
    expect(secondQueue).not.toContain(a.documentId);
    await api.decide(c.first2, NOTICE, a.documentId, { step: 'first', decision: 'approve' });
    expect((await api.queue(c.first2)).body.data.items.map((i: any) => i.documentId)).not.toContain(a.documentId);
    expect((await api.queue(c.second)).body.data.items.map((i: any) => i.documentId)).toContain(a.documentId);
    // a super admin holding all roles who decided 初审 does not see it for 复审
    const mine = await newNotice(app, c.editor);
    await api.submit(c.editor, NOTICE, mine.documentId);
    await api.decide(c.all, NOTICE, mine.documentId, { step: 'first', decision: 'approve' });
    expect((await api.queue(c.all)).body.data.items.map((i: any) => i.documentId)).not.toContain(mine.documentId);
    // an author never sees their own item
    const authorReviewer = await adminLogin(app, ['gk-editor', 'gk-first-reviewer']);
    const own = await newNotice(app, authorReviewer);
    await api.submit(authorReviewer, NOTICE, own.documentId);
    expect((await api.queue(authorReviewer)).body.data.items.map((i: any) => i.documentId)).not.toContain(own.documentId);
    expect((await api.queue(c.first)).body.data.items.map((i: any) => i.documentId)).toContain(own.documentId);
  });

  it('stuckAt and isPublishable tell other plugins where an item stands', async () => {
    const g = gate(app);
    const n = await newNotice(app, c.editor);
    expect(await g.stuckAt(NOTICE, n.documentId)).toMatchObject({ state: 'draft', waitingFor: 'submit' });
    await api.submit(c.editor, NOTICE, n.documentId);
    expect(await g.stuckAt(NOTICE, n.documentId)).toMatchObject({ state: 'submitted', waitingFor: 'first' });
    await api.decide(c.first, NOTICE, n.documentId, { step: 'first', decision: 'approve' });
    expect(await g.stuckAt(NOTICE, n.documentId)).toMatchObject({ waitingFor: 'second' });
    expect(await g.isPublishable(NOTICE, n.documentId)).toMatchObject({ publishable: false, missingStep: 'second' });
    await api.decide(c.second, NOTICE, n.documentId, { step: 'second', decision: 'approve' });
    await api.decide(c.final, NOTICE, n.documentId, { step: 'final', decision: 'approve' });
    expect(await g.stuckAt(NOTICE, n.documentId)).toMatchObject({ waitingFor: 'publish' });
    expect(await g.isPublishable(NOTICE, n.documentId)).toEqual({ publishable: true, missingStep: null, reasons: [] });
    await api.publish(c.editor, NOTICE, n.documentId);
    expect(await g.stuckAt(NOTICE, n.documentId)).toMatchObject({ state: 'final_approved', waitingFor: null });
    expect(await g.stuckAt('api::unit.unit', 'x')).toBeNull();
  });
});
