import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../../../tests/helpers/strapi';
import { http } from '../../../tests/helpers/http';
import { makeCreditCode, makeId, withWrongCheck } from '../server/src/detect/__fixtures__/identifiers';
import {
  GUIDE, NOTICE, OFFICIAL, type People,
  categoryId, createAs, gateApi, makeDocx, makePdf, newNotice, people, privacyApi, removeUploads, shape, storedDraft, uniqueTitle, uploadFile,
} from './helpers';

// R12 through the plugin's admin routes on a real Strapi: findings of every text,
// rich-text and component field and of attachments; official contacts not reported;
// the one-click mask edits the draft (and voids the gate's approvals); R35: no raw value
// ever leaves the server, and only the people who may edit may mask.
let app: Core.Strapi;
let p: People;
let api: ReturnType<typeof privacyApi>;
const uploads: any[] = [];

// Invented people. ID check characters come from the test-data builder (a derivation of
// GB 11643 written independently of the detector).
const ID_ZHANG = makeId('445202', '19850312', '271');
const ID_WANG = makeId('350505', '19680101', '552');
const ID_LI_WRONG = withWrongCheck(makeId('445281', '19920707', '134'));
const CREDIT_CODE = makeCreditCode('91445200MA4UQ7K3X');
const OFFICE_PHONE = '0663-8221234';
/** R12's mask formats, written out from the requirement rather than computed by the code under test. */
const maskedId = (id: string) => `${id.slice(0, 6)}********${id.slice(14)}`;

const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

const lowIncomeBody = (id: string) =>
  '<h2>关于2024年第二季度城乡最低生活保障新增对象的公示</h2>' +
  '<p>根据《社会救助暂行办法》，经入户调查、民主评议，现将新增对象公示如下：</p>' +
  '<table><tr><th>姓名</th><th>身份证号</th><th>联系电话</th></tr>' +
  `<tr><td>张某某</td><td>${id}</td><td>13812345678</td></tr></table>` +
  `<p>登记有误、已作废的身份证号：${ID_LI_WRONG}（校验位错误）。</p>` +
  `<p>承办单位统一社会信用代码：${CREDIT_CODE}。</p>` +
  `<p>公示期间如有异议，请拨打咨询电话：${OFFICE_PHONE}，或发送邮件至举报邮箱 zhangsan@163.com。</p>`;

beforeAll(async () => {
  app = await startStrapi();
  p = await people(app);
  api = privacyApi(app);
  // The editor's office number, marked official in the admin (官方联系方式).
  await createAs(app, p.admin, OFFICIAL, { value: OFFICE_PHONE, label: '低保咨询电话', unit: '揭阳市民政局' });
});
afterAll(async () => {
  if (app) await removeUploads(app, uploads);
  await stopStrapi(app);
});

describe('R12 scan route: GET /privacy-guard/scan/:uid/:documentId', () => {
  let notice: any;

  beforeAll(async () => {
    const docx = await uploadFile(app, '低保对象名单.docx', await makeDocx(['新增低保对象名单', `王某某 ${ID_WANG} 榕城区`]),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const txt = await uploadFile(app, '联系人.txt', Buffer.from('村委会联系人手机：15912345678\n', 'utf8'), 'text/plain');
    const png = await uploadFile(app, '现场照片.png', PNG_1X1, 'image/png');
    // PDFs are read in a worker thread by pdfjs-dist: this also proves that path works in the bundled plugin.
    const pdf = await uploadFile(app, '回执.pdf', makePdf(['Receipt', 'Applicant: Zhao, mobile 18600001234']), 'application/pdf');
    const scan = await uploadFile(app, '扫描件.pdf', makePdf([]), 'application/pdf');
    uploads.push(docx, txt, png, pdf, scan);
    notice = await newNotice(app, p.editor, { body: lowIncomeBody(ID_ZHANG), attachments: [docx.id, txt.id, png.id, pdf.id, scan.id] });
  });

  it('reports every identifier with a right check digit, in the body and in .docx/.txt/.pdf attachments, each with field, position, kind and a masked preview', async () => {
    const res = await api.scan(p.second, NOTICE, notice.documentId);
    expect(res.status).toBe(200);
    const r = res.body.data;
    expect(shape(r.findings)).toEqual(shape([
      { field: 'body', kind: 'id-card', masked: maskedId(ID_ZHANG) },
      { field: 'body', kind: 'mobile', masked: '138****5678' },
      { field: 'body', kind: 'email', masked: 'z***@163.com' },
      { field: 'attachments', kind: 'id-card', masked: maskedId(ID_WANG), file: '低保对象名单.docx' },
      { field: 'attachments', kind: 'mobile', masked: '159****5678', file: '联系人.txt' },
      { field: 'attachments', kind: 'mobile', masked: '186****1234', file: '回执.pdf' },
    ]));
    for (const f of r.findings) {
      expect(Number.isInteger(f.start) && f.end > f.start).toBe(true);
      // Digit masks keep the length of the value, so the span is exactly the masked text's length.
      if (f.kind !== 'email') expect(f.end - f.start).toBe(f.masked.length);
    }
    expect(r.findings.map((f: any) => f.label).sort()).toEqual(['手机号', '手机号', '手机号', '电子邮箱', '身份证号', '身份证号']);
    expect(r.summary).toBe('发现 6 处个人信息：身份证号 2 处，手机号 3 处，电子邮箱 1 处');
    // The office number marked official is counted, not reported; the image is listed for the eye.
    expect(r.officialExcluded).toBe(1);
    expect(r.unreadable).toEqual([
      { field: 'attachments', file: '现场照片.png', reason: expect.stringContaining('无法自动读取') },
      { field: 'attachments', file: '扫描件.pdf', reason: expect.stringContaining('未读到文字') },
    ]);
    expect(r.errors).toEqual([]);
  });

  it('never sends a raw value (R35): only masked previews leave the server', async () => {
    const text = JSON.stringify((await api.scan(p.editor, NOTICE, notice.documentId)).body);
    for (const raw of [ID_ZHANG, ID_WANG, '13812345678', '15912345678', '18600001234', 'zhangsan@163.com']) expect(text).not.toContain(raw);
    expect(text).toContain(maskedId(ID_ZHANG));
  });

  it('scans component fields by path and treats a guide\'s own contact field as official', async () => {
    const guide = await createAs(app, p.editor, GUIDE, {
      title: uniqueTitle('临时救助申请'),
      category: await categoryId(app),
      phone: '0663-8229999',
      conditions: '<p>办理窗口电话 0663-8229999。</p>',
      materials: [
        { name: '户口簿', legalBasis: '《社会救助暂行办法》第十一条' },
        { name: '委托书', legalBasis: '《社会救助暂行办法》第十一条', note: '由代办人填写，代办人手机 13900001111' },
      ],
    });
    const r = (await api.scan(p.editor, GUIDE, guide.documentId)).body.data;
    expect(shape(r.findings)).toEqual([['materials.1.note', 'mobile', '139****1111', null]]);
    expect(r.officialExcluded).toBe(2); // the phone field itself and the same number in 办理条件
  });

  it('a number becomes official when an editor registers it, and stops being so when removed', async () => {
    const n = await newNotice(app, p.editor, { body: '<p>值班电话：0663-8667777</p>' });
    expect(shape((await api.scan(p.editor, NOTICE, n.documentId)).body.data.findings)).toEqual([['body', 'landline', '0663-****777', null]]);
    const contact = await createAs(app, p.admin, OFFICIAL, { value: '（0663）8667777', label: '值班电话' });
    expect((await api.scan(p.editor, NOTICE, n.documentId)).body.data.findings).toEqual([]);
    await http(app).delete(`/content-manager/collection-types/${OFFICIAL}/${contact.documentId}`).set(p.admin.auth).expect(200);
    expect((await api.scan(p.editor, NOTICE, n.documentId)).body.data.findings).toHaveLength(1);
  });

  it('refuses anonymous callers, unknown types and values that are not contacts', async () => {
    expect((await api.scan(null, NOTICE, notice.documentId)).status).toBe(401);
    expect((await api.scan(p.editor, 'admin::user', '1')).status).toBe(404);
    expect((await api.scan(p.editor, NOTICE, 'no-such-document')).status).toBe(404);
    const bad = await http(app).post(`/content-manager/collection-types/${OFFICIAL}`).set(p.admin.auth).send({ value: '全体工作人员' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('电话号码');
    // The official list is an admin matter: no content-API route exposes it (R35).
    expect((await http(app).get('/api/official-contacts')).status).toBe(404);
  });
});

describe('R12 one-click mask: POST /privacy-guard/mask/:uid/:documentId', () => {
  it('masks every text finding in the draft and keeps everything else; a rescan is clean', async () => {
    const n = await newNotice(app, p.editor, {
      body: lowIncomeBody(ID_ZHANG),
      cc: `市社会救助服务中心（联系人：陈某，13512340000）`,
    });
    const res = await api.mask(p.editor, NOTICE, n.documentId);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ masked: 4, findings: [], summary: '未发现个人信息' });
    expect(res.body.data.fields.sort()).toEqual(['body', 'cc']);

    const stored = await storedDraft(app, NOTICE, n.documentId);
    expect(stored.body).toContain(`<td>${maskedId(ID_ZHANG)}</td><td>138****5678</td>`);
    expect(stored.body).toContain('举报邮箱 z***@163.com');
    expect(stored.body).toContain(`咨询电话：${OFFICE_PHONE}`); // official: untouched
    expect(stored.body).toContain(ID_LI_WRONG); // wrong check digit: not personal information, untouched
    expect(stored.body).toContain(CREDIT_CODE);
    expect(stored.body).not.toContain(ID_ZHANG);
    expect(stored.cc).toBe('市社会救助服务中心（联系人：陈某，135****0000）');
    expect(stored.title).toBe(n.title);
    expect((await api.scan(p.editor, NOTICE, n.documentId)).body.data.findings).toEqual([]);
    // Masking again has nothing left to do.
    expect((await api.mask(p.editor, NOTICE, n.documentId)).body.data).toMatchObject({ masked: 0, fields: [] });
  });

  it('masks inside components without losing the other instances', async () => {
    const guide = await createAs(app, p.editor, GUIDE, {
      title: uniqueTitle('特困人员认定'),
      category: await categoryId(app),
      materials: [
        { name: '身份证明', legalBasis: '《特困人员认定办法》第九条', note: `样例：${ID_ZHANG}` },
        { name: '收入证明', legalBasis: '《特困人员认定办法》第十条', copies: '1份' },
      ],
    });
    const res = await api.mask(p.editor, GUIDE, guide.documentId);
    expect(res.body.data).toMatchObject({ masked: 1, fields: ['materials.0.note'], findings: [] });
    const after: any = await app.documents(GUIDE as any).findOne({ documentId: guide.documentId, status: 'draft', populate: ['materials'] } as any);
    expect(after.materials.map((m: any) => [m.name, m.note ?? null, m.copies ?? null])).toEqual([
      ['身份证明', `样例：${maskedId(ID_ZHANG)}`, null],
      ['收入证明', null, '1份'],
    ]);
  });

  it('leaves attachment findings in place (the file must be replaced) and keeps the attachments', async () => {
    const txt = await uploadFile(app, '名单.txt', Buffer.from(`王某某 ${ID_WANG}`, 'utf8'), 'text/plain');
    uploads.push(txt);
    const n = await newNotice(app, p.editor, { body: '<p>手机 13812345678</p>', attachments: [txt.id] });
    const r = (await api.mask(p.editor, NOTICE, n.documentId)).body.data;
    expect(r.masked).toBe(1);
    expect(shape(r.findings)).toEqual([['attachments', 'id-card', maskedId(ID_WANG), '名单.txt']]);
    const after: any = await app.documents(NOTICE as any).findOne({ documentId: n.documentId, status: 'draft', populate: ['attachments', 'category'] } as any);
    expect(after.attachments.map((f: any) => f.id)).toEqual([txt.id]);
    expect(after.category).not.toBeNull();
  });

  it('is for the people who may edit: reviewers get 403, anonymous 401, and nothing changes', async () => {
    const n = await newNotice(app, p.editor, { body: '<p>手机 13812345678</p>' });
    const denied = await api.mask(p.second, NOTICE, n.documentId);
    expect(denied.status).toBe(403);
    expect(denied.body.error.message).toContain('没有编辑');
    expect((await api.mask(null, NOTICE, n.documentId)).status).toBe(401);
    expect((await storedDraft(app, NOTICE, n.documentId)).body).toContain('13812345678');
    expect((await api.mask(p.admin, NOTICE, n.documentId)).status).toBe(200);
    expect((await storedDraft(app, NOTICE, n.documentId)).body).toContain('138****5678');
  });

  it('is an edit like any other: the review gate voids approvals given before it (R10)', async () => {
    const gate = gateApi(app);
    const n = await newNotice(app, p.editor, { body: `<p>申请人身份证号：${ID_ZHANG}</p>` });
    expect((await gate.submit(p.editor, NOTICE, n.documentId)).status).toBe(200);
    expect((await gate.decide(p.first, NOTICE, n.documentId, { step: 'first', decision: 'approve', comment: '文字无误' })).status).toBe(200);
    expect((await gate.status(p.editor, NOTICE, n.documentId)).body.data.state).toBe('first_approved');

    expect((await api.mask(p.editor, NOTICE, n.documentId)).status).toBe(200);
    const st = (await gate.status(p.editor, NOTICE, n.documentId)).body.data;
    expect(st.state).toBe('draft');
    expect(st.lastVoid).toMatchObject({ fields: ['body'], voidedSteps: ['first'], by: { email: p.editor.email } });
    const audit = (await gate.audit(p.editor, NOTICE, n.documentId)).body.data;
    expect(audit.map((a: any) => a.action)).toEqual(['submit', 'decide', 'void']);
  });
});
