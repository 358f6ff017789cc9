// Hand-written documents in the same families as the seeds, in the variants the
// "Importer" issue lists (R41): 【发文字号】 header blocks, 扬府办发[2018]67号, a title over
// two lines, 2018.06.29 dates, "（市编办牵头，市各有关部门配合）", markdown pipe tables,
// 韶府办（2018）19号, a forwarded notice in line mode, page debris.
import { readFileSync } from 'fs';
import * as path from 'path';
import { parseNoticeText, decodeInput, decodeInputAsync, readInputFile } from './index';
import { fixture, FIXTURES_DIR, seedFile, taskTitled } from './test-helpers';

describe('【】 metadata block, [] brackets, title over two lines, prose assignments (扬州)', () => {
  const r = parseNoticeText(fixture('yangzhou-pkulaw.txt'), 'yangzhou-pkulaw.txt');

  it('reads header, metadata and signature dated 2018.06.29 (R1)', () => {
    expect(r.notice.docNumber).toBe('扬府办发[2018]67号');
    expect(r.notice.docNumberCanonical).toBe('扬府办发〔2018〕67号');
    expect(r.notice.title).toBe('扬州市人民政府办公室关于印发扬州市2018年政务公开工作要点的通知');
    expect(r.notice.issuer).toBe('扬州市人民政府办公室');
    expect(r.notice.date).toBe('2018-06-29');
    expect(r.notice.publishDate).toBe('2018-06-29');
    expect(r.notice.validity).toBe('现行有效');
    expect(r.notice.meta['效力级别']).toBe('地方规范性文件');
    expect(r.notice.recipients[0]).toBe('各县（市、区）人民政府');
    expect(r.notice.recipients[r.notice.recipients.length - 1]).toBe('市各有关部门和单位');
    expect(r.notice.cc).toEqual(['市委各部门', '市人大常委会办公室', '市政协办公室', '市法院', '市检察院']);
    expect(r.notice.disclosure).toBe('主动公开');
    expect(r.notice.body).toBe('现将《扬州市2018年政务公开工作要点》印发给你们，请认真贯彻执行。');
  });

  it('reads numbered tasks under 一、/（一） with "X牵头，Y配合" (R2)', () => {
    expect(r.tasks.map((t) => t.number)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.']);
    const t1 = taskTitled(r.tasks, '推进权责清单公开');
    expect(t1.path).toEqual(['一、着力加强公开解读回应工作', '（一）围绕建设法治政府全面推进政务公开']);
    expect(t1.leadUnits).toEqual(['市编办']);
    expect(t1.responsibleUnits).toEqual(['市各有关部门']);
    expect(t1.requirement).not.toContain('牵头');
    const t3 = taskTitled(r.tasks, '推进财政预决算公开');
    expect(t3.leadUnits).toEqual(['市财政局']);
    expect(t3.responsibleUnits).toEqual(['各县（市、区）政府']);
    expect(taskTitled(r.tasks, '推进重大建设项目信息公开').leadUnits).toEqual(['市发改委', '市国土局']);
    expect(taskTitled(r.tasks, '落实“第一解读人”职责').responsibleUnits).toEqual(['市各有关部门']);
  });

  it('parses the deadlines relative to the document year', () => {
    expect(r.tasks.map((t) => [t.deadlineText, t.deadline])).toEqual([
      ['2018年7月底前', '2018-07-31'],
      ['年底前', '2018-12-31'],
      [null, null],
      ['12月底前', '2018-12-31'],
      ['上半年', '2018-06-30'],
      ['每年至少1次', null],
    ]);
  });

  it('ignores the page debris after the document (相关文档, 最新文档)', () => {
    expect(r.warnings).toEqual(['第 39 行起（至第 43 行）为网页尾部的无关内容（“相关文档”等），已忽略']);
    expect(JSON.stringify(r)).not.toContain('扬府发[2018]50号');
    expect(r.notice.forwards).toEqual([]);
  });
});

describe('markdown: letterhead, （） brackets, Chinese-numeral date, pipe table (韶关)', () => {
  const r = parseNoticeText(fixture('shaoguan-markdown.md'), 'shaoguan-markdown.md');

  it('reads the notice (R1)', () => {
    expect(r.notice.docNumber).toBe('韶府办（2018）19号');
    expect(r.notice.docNumberCanonical).toBe('韶府办〔2018〕19号');
    expect(r.notice.bannerIssuer).toBe('韶关市人民政府办公室');
    expect(r.notice.date).toBe('2018-07-05');
    expect(r.notice.disclosure).toBe('主动公开');
    expect(r.notice.attachments).toEqual([{ label: '附件', title: '韶关市2018年政务公开工作任务分工' }]);
    expect(r.notice.body).not.toContain('附件');
  });

  it('reads the pipe table with 序号, 配合单位 and 完成时限 columns (R2)', () => {
    expect(r.tasks.map((t) => [t.path[0], t.number, t.title, t.leadUnits, t.responsibleUnits, t.deadlineText, t.deadline])).toEqual([
      ['一、着力加强公开解读回应工作', '1', '推进权责清单公开', ['市编办'], ['市各有关单位'], '2018年9月底前', '2018-09-30'],
      ['一、着力加强公开解读回应工作', '2', '推进“双随机、一公开”监管', ['市工商局', '市质监局'], ['各县（市、区）人民政府'], '长期坚持', null],
      ['二、着力提升政务服务工作实效', '3', '公开网上办事服务事项清单', ['市政务服务中心'], ['市各有关单位'], '6月30日前', '2018-06-30'],
      ['二、着力提升政务服务工作实效', '4', '整合政务热线', ['市12345热线管理中心'], ['各县（市、区）人民政府'], '第三季度', '2018-09-30'],
    ]);
    expect(r.tasks[0].requirement).toBe('做好政府部门权责清单调整和网上公开工作。');
  });
});

describe('a forwarded notice printed after the signature, in ordinary lines', () => {
  const r = parseNoticeText(fixture('forwarding-lines.txt'), 'forwarding-lines.txt');
  const fwd = r.notice.forwards[0];

  it('imports the forwarded notice as its own notice, linked by forwards (R1)', () => {
    expect(r.notice.docNumber).toBe('清府办函〔2018〕88号');
    expect(r.notice.date).toBe('2018-08-03');
    expect(r.notice.forwards).toHaveLength(1);
    expect(fwd.docNumber).toBe('粤府办〔2018〕30号');
    expect(fwd.issuer).toBe('广东省人民政府办公厅');
    expect(fwd.date).toBe('2018-07-20');
    expect(r.tasks).toEqual([]);
  });

  it('gives the forwarded notice the tasks its body assigns', () => {
    expect(fwd.tasks!.map((t) => [t.number, t.title, t.leadUnits, t.responsibleUnits, t.deadline])).toEqual([
      ['一、', '推进决策公开', ['省发展改革委'], ['省有关部门'], '2018-09-30'],
      ['二、', '推进结果公开', ['省政府办公厅'], ['各地级以上市人民政府'], '2018-12-31'],
    ]);
  });

  it('records a stub when the forwarded text is not included', () => {
    const text = fixture('forwarding-lines.txt').split('广东省人民政府办公厅关于做好2018年政务公开工作的通知\n\n粤府办')[0];
    const stub = parseNoticeText(text, 'stub.txt');
    expect(stub.notice.forwards.map((f) => [f.title, f.docNumber, f.date])).toEqual([
      ['广东省人民政府办公厅关于做好2018年政务公开工作的通知', '粤府办〔2018〕30号', null],
    ]);
    expect(stub.warnings.some((w) => w.includes('未附全文'))).toBe(true);
  });
});

describe('encodings and Word files', () => {
  it('decodes GB18030 text when it is not valid UTF-8', () => {
    const buf = readFileSync(path.join(FIXTURES_DIR, 'gb18030-notice.txt'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(buf)).toThrow();
    const r = parseNoticeText(decodeInput(buf, 'gb18030-notice.txt'), 'gb18030-notice.txt');
    expect(r.notice.docNumber).toBe('南政办〔2018〕33号');
    expect(r.tasks.map((t) => [t.title, t.leadUnits, t.deadline])).toEqual([['推进财政预决算公开', ['市财政局'], '2018-12-31']]);
  });

  it('strips a UTF-8 BOM', () => {
    const { text } = seedFile('001');
    const decoded = decodeInput(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'bom.txt');
    expect(decoded.charCodeAt(0)).not.toBe(0xfeff);
    expect(parseNoticeText(decoded, 'bom.txt').notice.docNumber).toBe('泉港政办〔2018〕118号');
  });

  it('reads a Word table as a task table, merged (rowspan) cells included', async () => {
    const text = await readInputFile(path.join(FIXTURES_DIR, 'putian-table.docx'));
    const r = parseNoticeText(text, 'putian-table.docx');
    expect([r.notice.docNumber, r.notice.date, r.notice.cc]).toEqual(['莆政办〔2018〕66号', '2018-07-12', ['市委办', '市人大办']]);
    expect(r.tasks.map((t) => [t.path, t.number, t.title, t.leadUnits, t.responsibleUnits, t.deadline])).toEqual([
      [['（一）推进决策公开'], '1.', '重大决策预公开', ['市法制局'], ['市有关单位'], null],
      [['（一）推进决策公开'], '2.', '公开征求意见', [], ['市政府办'], null],
      [['（一）推进决策公开'], '3.', '公开决策结果，9月底前完成', [], ['市政府办'], '2018-09-30'],
      [['（二）推进执行公开'], '1.', '公开重大政策执行情况', [], ['市督查室'], null],
    ]);
  });

  it('reads .docx through mammoth', async () => {
    const buf = readFileSync(path.join(FIXTURES_DIR, 'nanping-notice.docx'));
    const text = await decodeInputAsync(buf, 'nanping-notice.docx');
    const r = parseNoticeText(text, 'nanping-notice.docx');
    expect(r.notice.title).toBe('南平市人民政府办公室关于印发南平市2018年政务公开工作要点的通知');
    expect(r.notice.date).toBe('2018-06-15');
    expect(r.tasks).toHaveLength(1);
    expect(r.tasks[0].path).toEqual(['一、推进重点领域信息公开']);
  });
});

describe('debris after a seed', () => {
  it('a page footer with links, 文号 and units changes nothing but adds a warning', () => {
    const { text } = seedFile('001');
    const footer = '\n相关文档\n· 泉港区人民政府办公室关于印发2017年政务公开工作要点的通知 泉港政办〔2017〕50号\n区审改办\n最新文档\n· 泉州市人民政府办公室通知\n【打印本页】【关闭窗口】\n';
    const plain = parseNoticeText(text, 'a.txt');
    const withFooter = parseNoticeText(text + footer, 'a.txt');
    expect(withFooter.tasks).toEqual(plain.tasks);
    expect(withFooter.notice).toEqual(plain.notice);
    expect(withFooter.warnings).toHaveLength(1);
    expect(withFooter.warnings[0]).toMatch(/^第 10[5-6] 行起（至第 11\d 行）为网页尾部的无关内容（“相关文档”等），已忽略$/);
  });
});

describe('a government site page: metadata table, tab table with 序号 and 完成时限 (深圳)', () => {
  const r = parseNoticeText(fixture('shenzhen-site-table.txt'), 'shenzhen-site-table.txt');

  it('reads the metadata cells (索引号, 发布日期) and the notice (R1)', () => {
    expect(r.notice.indexNumber).toBe('11440300-2018-00123');
    expect(r.notice.publishDate).toBe('2018-07-10');
    expect(r.notice.date).toBe('2018-07-03');
    expect(r.notice.docNumber).toBe('深府办函〔2018〕120号');
    expect(r.notice.disclosure).toBe('主动公开');
  });

  it('reads heading rows and task rows (R2)', () => {
    expect(r.tasks.map((t) => [t.path, t.number, t.title, t.leadUnits, t.responsibleUnits, t.deadline])).toEqual([
      [['一、着力加强公开解读回应工作'], '1', '推进决策公开', ['市法制办'], ['各区政府'], '2018-07-31'],
      [['一、着力加强公开解读回应工作'], '2', '推进执行公开', ['市政府督查室'], ['市直各单位'], null],
      [['二、着力提升政务服务工作实效'], '3', '推进服务公开', ['市政务服务办'], ['各区政府', '市直各单位'], '2018-12-31'],
    ]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^第 25 行起.*网页尾部的无关内容/);
  });
});

describe('prose: 责任单位 on its own line, two assignments in one item (珠海)', () => {
  const r = parseNoticeText(fixture('zhuhai-prose.txt'), 'zhuhai-prose.txt');

  it('attaches a 责任单位 line to the item above', () => {
    const t = taskTitled(r.tasks, '推进权责清单公开');
    expect([t.leadUnits, t.responsibleUnits]).toEqual([[], ['市编办', '各区政府（管委会）']]);
  });

  it('splits an item with two unit parentheticals into two tasks, each up to its sentence end', () => {
    const a = taskTitled(r.tasks, '推进“双随机、一公开”');
    const b = taskTitled(r.tasks, '推进行政执法公示');
    expect(a.path[a.path.length - 1]).toBe('2.推进“双随机、一公开”');
    expect([a.leadUnits, a.requirement, a.deadline]).toEqual([['市工商局'], '全面实施“双随机、一公开”监管，9月底前公开抽查事项清单；', '2018-09-30']);
    expect([b.leadUnits, b.responsibleUnits]).toEqual([['市法制局'], ['市各行政执法部门']]);
    expect(r.warnings).toContain('第 12 行：“2.推进“双随机、一公开””含 2 组单位分工，已拆为 2 项任务，请核对');
  });

  it('keeps a section without units as a task and says so', () => {
    expect(r.tasks).toHaveLength(5);
    expect(taskTitled(r.tasks, '加强组织保障').path).toEqual([]);
    expect(r.warnings).toContain('第 15 行：任务“加强组织保障”未写明牵头或责任单位，请核对');
  });
});

describe('国务院 style: date under the title, no signature', () => {
  const r = parseNoticeText(fixture('guoban-title-date.txt'), 'guoban-title-date.txt');

  it('takes the date under the title and the issuer from the title (R1)', () => {
    expect([r.notice.docNumber, r.notice.date, r.notice.issuer, r.notice.signatureIssuer]).toEqual(['国办发〔2018〕23号', '2018-04-08', '国务院办公厅', null]);
    expect(r.notice.body).toBe('《2018年政务公开工作要点》已经国务院同意，现印发给你们，请结合实际认真贯彻落实。');
    expect(r.warnings).toEqual([]);
  });

  it('reads the sections of the 要点 as tasks', () => {
    expect(r.tasks.map((t) => [t.path[0], t.number, t.title, t.deadline])).toEqual([
      ['一、着力加强公开解读回应工作', '（一）', '围绕建设法治政府全面推进政务公开', null],
      ['一、着力加强公开解读回应工作', '（二）', '围绕重点领域加大主动公开力度', '2018-12-31'],
      ['二、着力提升政务服务工作实效', '（三）', '推进网上办事服务公开', null],
    ]);
  });
});
