import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { http, apiToken } from '../helpers/http';

// Content model R1–R6 through the real REST API and document service.
let app: Core.Strapi;
let auth: Record<string, string>;

beforeAll(async () => {
  app = await startStrapi();
  auth = await apiToken(app);
});
afterAll(() => stopStrapi(app));

const NOTICE = 'api::notice.notice';

async function aCategory() {
  return (await app.documents('api::catalog-category.catalog-category').findFirst({ filters: { slug: 'zhengwu-gongkai-gongzuo' } }))!;
}

describe('catalog (R6)', () => {
  it('is seeded with the key areas as a tree', async () => {
    const fupin = await app.documents('api::catalog-category.catalog-category').findFirst({
      filters: { name: '精准扶贫' }, populate: { parent: { populate: ['parent'] } },
    } as any);
    expect(fupin).toBeTruthy();
    expect((fupin as any).keyArea).toBe(true);
    expect((fupin as any).parent.name).toBe('社会公益事业建设');
    expect((fupin as any).parent.parent.name).toBe('重点领域信息公开');
    for (const name of ['财政预决算', '重大建设项目批准和实施', '公共资源配置', '权责清单', '双随机一公开', '建议提案办理结果', '政策解读', '办事指南']) {
      expect(await app.documents('api::catalog-category.catalog-category').count({ filters: { name } })).toBe(1);
    }
  });
});

describe('notice (R1)', () => {
  it('parses the 文号, keeps the original, and derives a pinyin slug and an index number', async () => {
    const res = await http(app).post('/api/notices?status=draft').set(auth).send({
      data: { title: '揭阳市人民政府办公室印发揭阳市2018年政务公开工作要点分工方案的通知', docNumber: '揭府办函〔2018〕40号', issuer: '揭阳市人民政府办公室' },
    });
    expect(res.status).toBe(201);
    const n = res.body.data;
    expect(n).toMatchObject({ docNumber: '揭府办函〔2018〕40号', docIssuerAbbr: '揭府办函', docYear: 2018, docSerial: 40, slug: 'jie-fu-ban-han-2018-40' });
    expect(n.indexNumber).toMatch(/^GK-2018-\d{5}$/);
    expect(n.disclosureMode).toBe('proactive');
    expect(n.publishedAt).toBeNull(); // drafts by default
  });

  it('numbers generated 索引号 after the newest of the year and skips one an editor typed (R1)', async () => {
    const make = (docNumber: string, extra: Record<string, unknown> = {}) =>
      http(app).post('/api/notices?status=draft').set(auth).send({ data: { title: `索引号测试${docNumber}`, docNumber, issuer: '揭阳市财政局', ...extra } });
    const a = await make('揭财〔2016〕1号');
    expect(a.status).toBe(201);
    const serialA = Number(a.body.data.indexNumber.slice('GK-2016-'.length));
    // an editor takes the next number by hand
    const typed = `GK-2016-${String(serialA + 1).padStart(5, '0')}`;
    const b = await make('揭财〔2016〕2号', { indexNumber: typed });
    expect(b.status).toBe(201);
    expect(b.body.data.indexNumber).toBe(typed);
    const c = await make('揭财〔2016〕3号');
    expect(c.status).toBe(201);
    expect(c.body.data.indexNumber).toBe(`GK-2016-${String(serialA + 2).padStart(5, '0')}`);
    // other years count on their own
    const d = await make('揭财〔2017〕1号');
    expect(d.body.data.indexNumber).toBe('GK-2017-00001');
  });

  it('accepts square-bracket 文号 and keeps it as typed', async () => {
    const res = await http(app).post('/api/notices?status=draft').set(auth).send({ data: { title: '扬州通知', docNumber: '扬府办发[2018]67号', issuer: '扬州市人民政府办公室' } });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ docNumber: '扬府办发[2018]67号', docYear: 2018, docSerial: 67, slug: 'yang-fu-ban-fa-2018-67' });
  });

  it('gives a second notice with the same slug base a distinct slug', async () => {
    const a = await http(app).post('/api/notices?status=draft').set(auth).send({ data: { title: '关于做好政务公开工作的通知', issuer: '某市政府办公室' } });
    const b = await http(app).post('/api/notices?status=draft').set(auth).send({ data: { title: '关于做好政务公开工作的通知', issuer: '某市政府办公室' } });
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(a.body.data.slug).toBe('guan-yu-zuo-hao-zheng-wu-gong-kai-gong-zuo-de-tong-zhi');
    expect(b.body.data.slug).toBe('guan-yu-zuo-hao-zheng-wu-gong-kai-gong-zuo-de-tong-zhi-2');
  });

  it('rejects a malformed 文号 with 400 naming the field, and writes nothing', async () => {
    const before = await app.documents(NOTICE).count({});
    const res = await http(app).post('/api/notices?status=draft').set(auth).send({ data: { title: '坏文号', docNumber: '揭府办函2018-40', issuer: 'x' } });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error)).toContain('docNumber');
    expect(res.body.error.message).toContain('文号');
    expect(await app.documents(NOTICE).count({})).toBe(before);
  });

  it('rejects publishing without a required field (发文机关) with 400 naming it, and writes nothing', async () => {
    const before = await app.documents(NOTICE).count({});
    const cat = await aCategory();
    // POST publishes by default in Strapi 5's REST API; drafts may be incomplete.
    const res = await http(app).post('/api/notices').set(auth).send({ data: { title: '缺少发文机关', category: cat.documentId } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path.join('.'))).toContain('issuer');
    expect(await app.documents(NOTICE).count({})).toBe(before);
  });

  it('rejects an unknown enumeration value', async () => {
    const res = await http(app).post('/api/notices?status=draft').set(auth).send({ data: { title: 't', issuer: 'x', validity: '永久有效' } });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error)).toContain('validity');
  });

  it('rejects a duplicate 索引号 (unique)', async () => {
    const a = await http(app).post('/api/notices?status=draft').set(auth).send({ data: { title: 'a', issuer: 'x', indexNumber: 'TEST-2018-00001' } });
    expect(a.status).toBe(201);
    const b = await http(app).post('/api/notices?status=draft').set(auth).send({ data: { title: 'b', issuer: 'x', indexNumber: 'TEST-2018-00001' } });
    expect(b.status).toBe(400);
    expect(JSON.stringify(b.body.error)).toContain('indexNumber');
    expect(b.body.error.message).toContain('索引号');
    // editing another document to take the same 索引号 is refused too
    const c = await http(app).post('/api/notices?status=draft').set(auth).send({ data: { title: 'c', issuer: 'x' } });
    const d = await http(app).put(`/api/notices/${c.body.data.documentId}?status=draft`).set(auth).send({ data: { indexNumber: 'TEST-2018-00001' } });
    expect(d.status).toBe(400);
    // ...while re-saving the owner with its own 索引号 is fine
    const e = await http(app).put(`/api/notices/${a.body.data.documentId}?status=draft`).set(auth).send({ data: { indexNumber: 'TEST-2018-00001', title: 'a2' } });
    expect(e.status).toBe(200);
  });

  it('refuses an explicit slug another document already uses', async () => {
    const a = await http(app).post('/api/notices?status=draft').set(auth).send({ data: { title: 's1', issuer: 'x', slug: 'my-notice' } });
    expect(a.status).toBe(201);
    const b = await http(app).post('/api/notices?status=draft').set(auth).send({ data: { title: 's2', issuer: 'x', slug: 'my-notice' } });
    expect(b.status).toBe(400);
    expect(b.body.error.details.errors[0].path).toEqual(['slug']);
  });

  it('links a forwarding notice to the notice it forwards (R1)', async () => {
    const gb = await app.documents(NOTICE).create({ data: { title: '国务院办公厅关于印发2018年政务公开工作要点的通知', docNumber: '国办发〔2018〕23号', issuer: '国务院办公厅' } as any });
    const gd = await app.documents(NOTICE).create({ data: { title: '广东省转发', docNumber: '粤府办〔2018〕19号', issuer: '广东省人民政府办公厅', documentType: 'forwarded', forwards: [gb.documentId] } as any });
    const again = await app.documents(NOTICE).findOne({ documentId: gd.documentId, populate: ['forwards'] } as any);
    expect((again as any).forwards.map((f: any) => f.docNumber)).toEqual(['国办发〔2018〕23号']);
  });

  it('refuses to publish a notice without a catalog category (R6)', async () => {
    const n = await app.documents(NOTICE).create({ data: { title: '无栏目', issuer: 'x' } as any });
    await expect(app.documents(NOTICE).publish({ documentId: n.documentId })).rejects.toThrow(/公开目录栏目/);
    expect(await app.documents(NOTICE).count({ status: 'published', filters: { documentId: n.documentId } } as any)).toBe(0);
  });
});

describe('safe rich text on save (R13)', () => {
  it('strips script, event handlers and javascript: URLs from rich text before it is stored', async () => {
    const res = await http(app).post('/api/notices?status=draft').set(auth).send({ data: {
      title: '带正文的通知', issuer: 'x',
      body: '<p onclick="steal()">正文<script>alert(1)</script></p><a href="javascript:alert(1)">链接</a><table><tr><td colspan="2">表格</td></tr></table>',
    } });
    expect(res.status).toBe(201);
    const stored: any = await app.db.query(NOTICE).findOne({ where: { documentId: res.body.data.documentId } });
    expect(stored.body).toContain('正文');
    expect(stored.body).toContain('colspan="2"');
    expect(stored.body).not.toMatch(/<script|onclick|javascript:/i);
  });
});

describe('task table, tasks and progress (R2, R5)', () => {
  it('keeps a part → section → task tree with unit relations and a deadline', async () => {
    const units = app.documents('api::unit.unit');
    const lead = await units.create({ data: { name: '揭阳市编办', shortName: '市编办' } as any });
    const resp = await units.create({ data: { name: '揭阳市财政局', shortName: '市财政局' } as any });
    const table = await app.documents('api::task-table.task-table').create({ data: { title: '分工方案', year: 2018 } as any });
    const tasks = app.documents('api::task.task');
    const part = await tasks.create({ data: { taskTable: table.documentId, level: 'part', label: '一、', title: '着力加强公开解读回应工作', order: 1 } as any });
    const section = await tasks.create({ data: { taskTable: table.documentId, parent: part.documentId, level: 'section', label: '（一）', title: '围绕建设法治政府', order: 2 } as any });
    const task = await tasks.create({
      data: { taskTable: table.documentId, parent: section.documentId, level: 'task', label: '1.', title: '公开权责清单', leadUnits: [lead.documentId], responsibleUnits: [resp.documentId], deadlineText: '2018年7月底前', deadline: '2018-07-31', order: 3 } as any,
    });
    const report = await app.documents('api::progress-report.progress-report').create({
      data: { task: task.documentId, unit: lead.documentId, state: 'in_progress', text: '已完成初稿', reportedOn: '2018-07-10' } as any,
    });
    const loaded: any = await tasks.findOne({ documentId: task.documentId, populate: ['leadUnits', 'responsibleUnits', 'parent', 'progressReports', 'taskTable'] } as any);
    expect(loaded.leadUnits.map((u: any) => u.shortName)).toEqual(['市编办']);
    expect(loaded.responsibleUnits.map((u: any) => u.name)).toEqual(['揭阳市财政局']);
    expect(loaded.parent.label).toBe('（一）');
    expect(loaded.deadline).toBe('2018-07-31');
    expect(loaded.taskTable.title).toBe('分工方案');
    expect(loaded.progressReports.map((r: any) => r.documentId)).toEqual([report.documentId]);
  });

  it('rejects a progress report with an unknown state and writes nothing', async () => {
    const before = await app.documents('api::progress-report.progress-report').count({});
    const res = await http(app).post('/api/progress-reports?status=draft').set(auth).send({ data: { text: 'x', reportedOn: '2018-07-10', state: 'maybe' } });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error)).toContain('state');
    expect(await app.documents('api::progress-report.progress-report').count({})).toBe(before);
  });
});

describe('interpretation (R3) and guide (R4)', () => {
  it('cannot publish an interpretation that interprets no notice', async () => {
    const cat = await aCategory();
    const i = await app.documents('api::policy-interpretation.policy-interpretation').create({ data: { title: '一图读懂', form: 'graphic', category: cat.documentId } as any });
    await expect(app.documents('api::policy-interpretation.policy-interpretation').publish({ documentId: i.documentId })).rejects.toThrow(/至少一个/);
  });

  it('keeps Q&A pairs and links both ways with the notice', async () => {
    const n = await app.documents(NOTICE).create({ data: { title: '被解读的文件', issuer: 'x' } as any });
    const i = await app.documents('api::policy-interpretation.policy-interpretation').create({
      data: { title: '政策简明问答', form: 'qa', interpreter: '张局长', notices: [n.documentId], qa: [{ question: '适用范围？', answer: '全市。' }] } as any,
    });
    const back: any = await app.documents(NOTICE).findOne({ documentId: n.documentId, populate: ['interpretations'] } as any);
    expect(back.interpretations.map((x: any) => x.documentId)).toEqual([i.documentId]);
    const again: any = await app.documents('api::policy-interpretation.policy-interpretation').findOne({ documentId: i.documentId, populate: ['qa'] } as any);
    expect(again.qa).toEqual([expect.objectContaining({ question: '适用范围？', answer: '全市。' })]);
  });

  it('requires a legal basis for every application material (R4, 000 (七)2)', async () => {
    const cat = await aCategory();
    const before = await app.documents('api::guide.guide').count({});
    const res = await http(app).post('/api/guides').set(auth).send({ data: { title: '户籍迁移', category: cat.documentId, materials: [{ name: '身份证' }] } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path.join('.'))).toContain('materials.0.legalBasis');
    expect(await app.documents('api::guide.guide').count({})).toBe(before);
  });
});
