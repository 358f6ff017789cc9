// From a parse result to the rows the importer writes (R1, R2), and the strict check of
// the admin's commit body (R41).
import { parseNoticeText } from '../parser';
import { seedFile } from '../parser/test-helpers';
import { noticeFields, noticeYear, paragraphsToHtml, taskTableTitle } from './notice-fields';
import { splitHeading, taskRows, unitsText } from './task-tree';
import { CommitValidationError, validateCommitBody } from './validate-commit';

const parseSeed = (prefix: string) => {
  const { name, text } = seedFile(prefix);
  return parseNoticeText(text, name);
};

describe('taskRows: part → section → task (R2)', () => {
  const r = parseSeed('000');
  const rows = taskRows(r.tasks);

  it('has one row per task and per distinct heading, in document order', () => {
    expect(rows.filter((x) => x.level === 'task')).toHaveLength(r.tasks.length);
    const headings = new Set(r.tasks.flatMap((t) => t.path.map((_, i) => JSON.stringify(t.path.slice(0, i + 1)))));
    expect(rows.filter((x) => x.level !== 'task')).toHaveLength(headings.size);
    expect(rows.map((x) => x.order)).toEqual(rows.map((_, i) => i + 1));
    rows.forEach((row, i) => {
      if (row.parent !== null) expect(row.parent).toBeLessThan(i); // parents come first
    });
  });

  it('hangs tasks under their section and sections under their part', () => {
    const t = rows.find((x) => x.title.startsWith('结合政府机构改革和职能优化'))!;
    expect(t).toMatchObject({ level: 'task', label: '3.', leadUnits: ['市编办'] });
    const section = rows[t.parent!];
    expect(section).toMatchObject({ level: 'section', label: '（一）', title: '围绕建设法治政府全面推进行政政务公开', requirement: null });
    expect(rows[section.parent!]).toMatchObject({ level: 'part', label: '一、', title: '着力加强公开解读回应工作', parent: null });
  });

  it('puts a task directly under a part when the text has no section (000 （九）)', () => {
    const t = rows.find((x) => x.title.startsWith('用好“两微一端”新平台'))!;
    expect(t.label).toBe('（九）');
    expect(rows[t.parent!]).toMatchObject({ level: 'part', title: '着力推进政务公开平台建设' });
  });

  it('keeps tasks without headings at the top', () => {
    const flat = taskRows([{ path: [], number: null, title: '推进公开', requirement: '', leadUnits: [], responsibleUnits: [], deadlineText: null, deadline: null, line: 3 }]);
    expect(flat).toEqual([expect.objectContaining({ parent: null, level: 'task', label: null, requirement: null, unitsText: null, order: 1 })]);
  });
});

describe('splitHeading and unitsText', () => {
  it('splits the number from the heading text', () => {
    expect(splitHeading('一、着力加强公开解读回应工作')).toEqual({ label: '一、', title: '着力加强公开解读回应工作' });
    expect(splitHeading('（十二）加强政府信息公开审查工作')).toEqual({ label: '（十二）', title: '加强政府信息公开审查工作' });
    expect(splitHeading('总体要求')).toEqual({ label: null, title: '总体要求' });
  });
  it('writes the assignment as one line, groups included', () => {
    expect(unitsText(['市编办'], ['市有关单位', '各县（市、区）人民政府（管委会）'])).toBe('牵头单位：市编办；责任单位：市有关单位、各县（市、区）人民政府（管委会）');
    expect(unitsText([], ['区政府各部门'])).toBe('责任单位：区政府各部门');
    expect(unitsText([], [])).toBeNull();
  });
});

describe('noticeFields (R1)', () => {
  it('maps the 000 notice', () => {
    const r = parseSeed('000');
    const f = noticeFields(r.notice);
    expect(f).toMatchObject({
      title: r.notice.title,
      docNumber: '揭府办函〔2018〕40号',
      issuer: '揭阳市人民政府办公室',
      writtenOn: '2018-06-29',
      releasedOn: null,
      recipients: '各县（市、区）人民政府（管委会）、市直及中央、省驻揭有关单位',
      disclosureMode: 'proactive',
      documentType: 'work_notice',
      validity: 'in_force',
    });
    expect(f).not.toHaveProperty('indexNumber');
    expect(taskTableTitle(r.notice)).toBe('揭阳市2018年政务公开工作要点分工方案');
    expect(noticeYear(r.notice)).toBe(2018);
  });

  it('maps a 转发 with 发布日期 (002)', () => {
    const f = noticeFields(parseSeed('002').notice);
    expect(f).toMatchObject({ documentType: 'forwarded', releasedOn: '2018-05-31', writtenOn: '2018-05-24' });
  });

  it('maps the Chinese labels to the ASCII enumerations, unsaid or unknown to the defaults', () => {
    const n = { ...parseSeed('001').notice, disclosure: '依申请公开', docTypeHint: '行政规范性文件', validity: '废止', indexNumber: ' 11445200-2018-00012 ' };
    expect(noticeFields(n)).toMatchObject({ disclosureMode: 'on_request', documentType: 'normative', validity: 'repealed', indexNumber: '11445200-2018-00012' });
    expect(noticeFields({ ...n, disclosure: null, docTypeHint: '无此类型', validity: null })).toMatchObject({ disclosureMode: 'proactive', documentType: 'work_notice', validity: 'in_force' });
  });

  it('escapes the body into paragraphs', () => {
    expect(paragraphsToHtml('甲 < 乙 & "丙"\n第二行\n\n第二段')).toBe('<p>甲 &lt; 乙 &amp; &quot;丙&quot;<br>第二行</p><p>第二段</p>');
    expect(paragraphsToHtml(' \n\n ')).toBeNull();
  });
});

describe('validateCommitBody (R41: the edited result is user input)', () => {
  const base = () => ({ result: JSON.parse(JSON.stringify(parseSeed('002'))), confirmNewUnits: true, categorySlug: 'zhengwu-gongkai-gongzuo' });
  const pathOf = (body: unknown) => {
    try {
      validateCommitBody(body);
    } catch (e) {
      expect(e).toBeInstanceOf(CommitValidationError);
      return (e as CommitValidationError).path;
    }
    return null;
  };

  it('accepts a parse result as the parser made it (main and forwarded notices)', () => {
    expect(pathOf(base())).toBeNull();
    expect(pathOf({ result: base().result })).toBeNull();
    expect(validateCommitBody({ result: base().result }).confirmNewUnits).toBe(false);
  });

  it.each([
    ['body', (b: any) => ({ replaceBody: [b] }), '请求体'],
    ['forwarded task deadline', (b: any) => (b.result.notice.forwards[0].tasks[0].deadline = '2018-4-8'), 'result.notice.forwards[0].tasks[0].deadline'],
    ['forwarded notice title', (b: any) => (b.result.notice.forwards[0].title = ''), 'result.notice.forwards[0].title'],
    ['main notice with tasks of its own', (b: any) => (b.result.notice.tasks = []), 'result.notice.tasks'],
    ['recipients', (b: any) => (b.result.notice.recipients = '各地级以上市人民政府'), 'result.notice.recipients'],
    ['validity label', (b: any) => (b.result.notice.validity = 'in_force'), 'result.notice.validity'],
    ['meta value', (b: any) => (b.result.notice.meta = { 索引号: 7 }), 'result.notice.meta.索引号'],
    ['line', (b: any) => (b.result.notice.line = -1), 'result.notice.line'],
    ['warnings', (b: any) => (b.result.warnings = [{}]), 'result.warnings[0]'],
    ['unknown top-level key', (b: any) => (b.dryRun = true), 'dryRun'],
    ['confirmed unit too long', (b: any) => (b.confirmNewUnits = ['单'.repeat(101)]), 'confirmNewUnits[0]'],
    ['category slug', (b: any) => (b.categorySlug = 'Zheng Wu'), 'categorySlug'],
  ])('rejects a bad %s with its path', (_what, edit, path) => {
    const b = base();
    const replaced = (edit as (b: any) => any)(b);
    expect(pathOf(replaced?.replaceBody ?? b)).toBe(path);
  });

  it('rejects too many forwarding levels', () => {
    const b = base();
    const f = b.result.notice.forwards[0];
    f.forwards = [{ ...f, forwards: [{ ...f, forwards: [{ ...f, forwards: [] }] }] }];
    expect(pathOf(b)).toBe('result.notice.forwards[0].forwards[0].forwards[0].forwards[0]');
  });
});
