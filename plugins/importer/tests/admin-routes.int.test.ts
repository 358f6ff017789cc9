import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../../../tests/helpers/strapi';
import { http, adminLogin } from '../../../tests/helpers/http';
import { seedUnits } from '../../../seeds/demo-data';
import { counts, fixture, seed, NOTICE, TASK } from './helpers';

// The admin API of the 公文导入 page (R41): upload → preview (parse result, units, source
// text), bad files → 400 naming file and line, commit of the edited result (validated
// strictly) → draft notice + task table; editors and super admins only.
let app: Core.Strapi;
let editor: Awaited<ReturnType<typeof adminLogin>>;
let reviewer: Awaited<ReturnType<typeof adminLogin>>;
let superAdmin: Awaited<ReturnType<typeof adminLogin>>;

beforeAll(async () => {
  app = await startStrapi();
  await seedUnits(app);
  editor = await adminLogin(app, ['gk-editor']);
  reviewer = await adminLogin(app, ['gk-first-reviewer']);
  superAdmin = await adminLogin(app, ['strapi-super-admin']);
});
afterAll(() => stopStrapi(app));

const upload = (who: { auth: Record<string, string> }, buf: Buffer, name: string) => http(app).post('/importer/preview').set(who.auth).attach('file', buf, name);

/** A minimal Word document (WordprocessingML in a zip), paragraphs only. */
async function docx(paragraphs: string[]): Promise<Buffer> {
  const JSZip = require('jszip');
  const zip = new JSZip();
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs
      .map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`)
      .join('')}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('who may import', () => {
  it('requires an admin login (401) and the editor or super admin role (403)', async () => {
    expect((await http(app).post('/importer/preview').send({ fileName: 'a.txt', text: '标题' })).status).toBe(401);
    const denied = await http(app).post('/importer/preview').set(reviewer.auth).send({ fileName: 'a.txt', text: '标题' });
    expect(denied.status).toBe(403);
    expect((await http(app).post('/importer/commit').set(reviewer.auth).send({})).status).toBe(403);
    expect((await http(app).get('/importer/categories').set(reviewer.auth)).status).toBe(403);
    const s = seed('001');
    expect((await upload(superAdmin, s.buf, s.name)).status).toBe(200);
  });
});

describe('POST /importer/preview', () => {
  it('parses an uploaded .txt: result, units and the decoded source for the side-by-side view', async () => {
    const s = seed('000');
    const res = await upload(editor, s.buf, s.name);
    expect(res.status).toBe(200);
    const { fileName, source, result, units } = res.body.data;
    expect(fileName).toBe(s.name);
    expect(source).toBe(s.buf.toString('utf8'));
    expect(result.notice.docNumber).toBe('揭府办函〔2018〕40号');
    expect(result.tasks).toHaveLength(34);
    expect(units.matched).toContainEqual(expect.objectContaining({ text: '市编办', name: '揭阳市编办' }));
    expect(units.groups).toContain('市有关单位');
    expect(Object.keys(result).sort()).toEqual(['notice', 'tasks', 'unitLists', 'warnings']);
  });

  it('takes JSON { fileName, text } too', async () => {
    const text = seed('004').buf.toString('utf8');
    const res = await http(app).post('/importer/preview').set(editor.auth).send({ fileName: '游仙.md', text });
    expect(res.status).toBe(200);
    expect(res.body.data.fileName).toBe('游仙.md');
    expect(res.body.data.result.tasks).toHaveLength(18);
  });

  it('reads a .docx through mammoth', async () => {
    const buf = await docx(['揭阳市人民政府办公室关于做好政务公开工作的通知', '揭府办〔2018〕88号', '各县（市、区）人民政府（管委会）：', '一、推进决策公开。全面公开决策草案。（市编办牵头，市有关单位配合）', '揭阳市人民政府办公室', '2018年7月2日']);
    const res = await upload(editor, buf, '通知.docx');
    expect(res.status).toBe(200);
    const { result, units, source } = res.body.data;
    expect(source).toContain('揭府办〔2018〕88号');
    expect(result.notice).toMatchObject({ docNumber: '揭府办〔2018〕88号', issuer: '揭阳市人民政府办公室', date: '2018-07-02' });
    expect(result.tasks.map((t: any) => [t.title, t.leadUnits, t.responsibleUnits])).toEqual([['推进决策公开', ['市编办'], ['市有关单位']]]);
    expect(units).toEqual({ matched: [{ text: '市编办', documentId: expect.any(String), name: '揭阳市编办' }], unknown: [], groups: ['市有关单位'] });
  });

  it.each([
    ['empty.txt', () => Buffer.alloc(0), '文件 empty.txt：文件为空', null],
    ['bild.png', () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), '文件 bild.png：不是文本文件（含有二进制内容）', null],
    ['no-title.txt', () => fixture('no-title.txt'), '文件 no-title.txt 第 1 行：未找到通知的标题或文号', 1],
    ['misaligned-columns.txt', () => fixture('misaligned-columns.txt'), '文件 misaligned-columns.txt 第 17 行：无法对齐任务表的列', 17],
    ['broken.docx', () => Buffer.from('PK\u0003\u0004 not really a zip'), '文件 broken.docx：无法读取 Word 文档', null],
  ])('refuses %s with 400 naming the file and line', async (name, make, message, line) => {
    const before = await counts(app);
    const res = await upload(editor, (make as () => Buffer)(), name as string);
    expect(res.status).toBe(400);
    expect(res.body.error.message.startsWith(message as string)).toBe(true);
    expect(res.body.error.details).toEqual({ file: name, line });
    expect(await counts(app)).toEqual(before);
  });

  it('refuses a request with neither file nor text', async () => {
    const res = await http(app).post('/importer/preview').set(editor.auth).send({ fileName: 'x.txt' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.path).toBe('text');
  });
});

describe('POST /importer/commit', () => {
  let preview: any;
  beforeAll(async () => {
    const s = seed('001');
    preview = (await upload(editor, s.buf, s.name)).body.data;
  });

  const commit = (body: unknown, who = editor) => http(app).post('/importer/commit').set(who.auth).send(body as object);

  it('refuses unknown units until confirmed, then creates the edited draft as the editor', async () => {
    const result = JSON.parse(JSON.stringify(preview.result));
    result.notice.title = '泉港区人民政府办公室关于印发2018年政务公开工作主要任务分解表的通知（编辑校改）';
    result.tasks[0].leadUnits = ['区编办']; // an editor's fix, a unit the preview did not list
    const before = await counts(app);

    const refused = await commit({ result, confirmNewUnits: preview.units.unknown });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toEqual({ code: 'unknown-units', unknown: ['区编办'] });
    expect(refused.body.error.message).toContain('区编办');
    expect(await counts(app)).toEqual(before);

    const res = await commit({ result, confirmNewUnits: [...preview.units.unknown, '区编办'], categorySlug: 'zhengwu-gongkai-gongzuo' });
    expect(res.status).toBe(200);
    const report = res.body.data;
    expect(report.taskCount).toBe(result.tasks.length);
    expect(report.createdUnits.map((u: any) => u.text).sort()).toEqual([...preview.units.unknown, '区编办'].sort());
    const row = await app.db.query(NOTICE as any).findOne({ where: { documentId: report.notice.documentId }, populate: { createdBy: true } });
    expect(row).toMatchObject({ title: result.notice.title, docNumber: '泉港政办〔2018〕118号', publishedAt: null });
    expect(row.createdBy.id).toBe(editor.user.id);
    const first = (await app.documents(TASK).findFirst({ filters: { title: result.tasks[0].title, taskTable: { documentId: report.notice.taskTable } }, populate: ['leadUnits'] } as any)) as any;
    expect(first.leadUnits.map((u: any) => u.name)).toEqual(['泉港区编办']);
  });

  it('refuses a second commit of the same notice', async () => {
    const res = await commit({ result: preview.result, confirmNewUnits: true });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('通知“泉港政办〔2018〕118号”已经存在');
  });

  it.each([
    ['a task deadline that is no date', (r: any) => (r.tasks[2].deadline = '2018-02-30'), 'result.tasks[2].deadline'],
    ['a unit name of the wrong type', (r: any) => (r.tasks[0].leadUnits = [42]), 'result.tasks[0].leadUnits[0]'],
    ['a title longer than the model allows', (r: any) => (r.notice.title = '通'.repeat(301)), 'result.notice.title'],
    ['an empty task title', (r: any) => (r.tasks[1].title = '  '), 'result.tasks[1].title'],
    ['an unknown 公开方式', (r: any) => (r.notice.disclosure = '内部公开'), 'result.notice.disclosure'],
    ['an unknown field', (r: any) => (r.notice.publishedAt = '2018-01-01'), 'result.notice.publishedAt'],
    ['a missing field', (r: any) => delete r.tasks[0].responsibleUnits, 'result.tasks[0].responsibleUnits'],
    ['a forwarded notice of the wrong shape', (r: any) => (r.notice.forwards = [{ title: '转发' }]), 'result.notice.forwards[0].docNumber'],
  ])('rejects %s with the field path', async (_what, edit, path) => {
    const result = JSON.parse(JSON.stringify(preview.result));
    result.notice.docNumber = '泉港政办〔2018〕555号';
    (edit as (r: any) => void)(result);
    const before = await counts(app);
    const res = await commit({ result, confirmNewUnits: true });
    expect(res.status).toBe(400);
    expect(res.body.error.details.path).toBe(path);
    expect(res.body.error.message.startsWith(`${path}：`)).toBe(true);
    expect(await counts(app)).toEqual(before);
  });

  it('rejects a malformed body: unknown keys, confirmNewUnits and categorySlug of the wrong type', async () => {
    expect((await commit({ result: preview.result, confirmNewUnits: 'yes' })).body.error.details.path).toBe('confirmNewUnits');
    expect((await commit({ result: preview.result, categorySlug: '../x' })).body.error.details.path).toBe('categorySlug');
    expect((await commit({ result: preview.result, skipExisting: true })).body.error.details.path).toBe('skipExisting');
    expect((await commit({ confirmNewUnits: true })).body.error.details.path).toBe('result');
    expect((await commit([1, 2])).status).toBe(400);
  });
});

describe('GET /importer/categories', () => {
  it('lists the catalog categories and names the default', async () => {
    const res = await http(app).get('/importer/categories').set(editor.auth);
    expect(res.status).toBe(200);
    expect(res.body.data.default).toBe('zhengwu-gongkai-gongzuo');
    const slugs = res.body.data.categories.map((c: any) => c.slug);
    expect(slugs).toContain('zhengwu-gongkai-gongzuo');
    expect(slugs).toContain('jingzhun-fupin');
    expect(slugs.length).toBe(await app.db.query('api::catalog-category.catalog-category' as any).count());
  });
});
