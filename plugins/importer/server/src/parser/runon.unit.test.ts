// Run-on text (`002`) and 文号 in running text (R1, R41).
import { splitRunOn, isRunOnLine } from './runon';
import { findDocNumbers, docNumberLine } from './doc-number';
import { seedFile } from './test-helpers';

describe('findDocNumbers: 文号 inside text without separators (R1)', () => {
  it('keeps only the abbreviation when the 文号 follows a title directly', () => {
    const [d] = findDocNumbers('国务院办公厅关于印发2018年政务公开工作要点的通知国办发〔2018〕23号各省');
    expect([d.text, d.issuerAbbr, d.canonical]).toEqual(['国办发〔2018〕23号', '国办发', '国办发〔2018〕23号']);
  });
  it('finds every number, in order, with variants of brackets', () => {
    const found = findDocNumbers('根据粤府办[2018]19号和国办发（2018）23号，参照揭府办函〔2018〕40号');
    expect(found.map((d) => d.canonical)).toEqual(['粤府办〔2018〕19号', '国办发〔2018〕23号', '揭府办函〔2018〕40号']);
  });
  it('docNumberLine accepts only a line that is a 文号', () => {
    expect(docNumberLine('扬府办发[2018]67号')?.text).toBe('扬府办发[2018]67号');
    expect(docNumberLine('国办发〔2018〕22 号')?.text).toBe('国办发〔2018〕22号');
    expect(docNumberLine('揭府办函〔2018〕40号　签发人：张三')?.text).toBe('揭府办函〔2018〕40号');
    expect(docNumberLine('按照国办发〔2018〕23号要求，做好工作')).toBeNull();
  });
});

describe('splitRunOn (`002`)', () => {
  const line1 = seedFile('002').text.split('\n')[0];

  it('recognises the run-on line and not an ordinary long paragraph', () => {
    expect(isRunOnLine(line1)).toBe(true);
    const paragraph = seedFile('004').text.split('\n')[24];
    expect(paragraph.length).toBeGreaterThan(200);
    expect(isRunOnLine(paragraph)).toBe(false);
  });

  it('cuts title, 发布日期, 文号, rule, 主送 and body apart', () => {
    const pieces = splitRunOn(line1).map((p) => p.text);
    expect(pieces.slice(0, 6)).toEqual([
      '广东省人民政府办公厅转发国务院办公厅2018年政务公开工作要点的通知',
      '发布日期:2018-05-31',
      '粤府办〔2018〕19号',
      '广东省人民政府办公厅转发国务院办公厅2018年政务公开工作要点的通知',
      '各地级以上市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构：',
      '经省人民政府同意，现将《国务院办公厅关于印发2018年政务公开工作要点的通知》（国办发〔2018〕23号）转发给你们，并结合我省实际提出如下意见，请一并贯彻执行。',
    ]);
    expect(pieces.join('')).toBe(line1.replace(/━+/g, ''));
  });

  it('cuts a signature and the title after it, and glued part/section headings', () => {
    const text =
      '切实提高服务效率和质量。中华人民共和国国务院办公厅2018年4月8日2018年政务公开工作要点做好2018年政务公开工作，要全面贯彻党的十九大精神。一、着力加强公开解读回应工作（一）围绕建设法治政府全面推进政务公开。要把公开透明作为政府工作的基本要求。';
    const pieces = splitRunOn(text);
    expect(pieces.map((p) => p.text)).toEqual([
      '切实提高服务效率和质量。',
      '中华人民共和国国务院办公厅',
      '2018年4月8日',
      '2018年政务公开工作要点',
      '做好2018年政务公开工作，要全面贯彻党的十九大精神。',
      '一、着力加强公开解读回应工作',
      '（一）围绕建设法治政府全面推进政务公开。',
      '要把公开透明作为政府工作的基本要求。',
    ]);
    expect(pieces[6].glued).toBe(true);
  });
});
