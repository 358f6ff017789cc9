// The four seed documents through the parser (R41, R1, R2, R5), with expectations
// counted by hand from the files in <repo>/../shared/seeds.
import { parseNoticeText } from './index';
import type { ParseResult } from './types';
import { seedFile, taskTitled, countBySection } from './test-helpers';

const parseSeed = (prefix: string): ParseResult => {
  const { name, text } = seedFile(prefix);
  return parseNoticeText(text, name);
};

describe('seed 000 — 揭阳 分工方案: tab-separated table with <p> cells (R41)', () => {
  const r = parseSeed('000');

  it('reads the notice header, signature and closing lines (R1)', () => {
    expect(r.notice.docNumber).toBe('揭府办函〔2018〕40号');
    expect(r.notice.title).toBe('揭阳市人民政府办公室印发揭阳市2018年政务公开工作要点分工方案的通知');
    expect(r.notice.issuer).toBe('揭阳市人民政府办公室');
    expect(r.notice.bannerIssuer).toBe('揭阳市人民政府办公室');
    expect(r.notice.date).toBe('2018-06-29');
    expect(r.notice.recipients).toEqual(['各县（市、区）人民政府（管委会）', '市直及中央、省驻揭有关单位']);
    expect(r.notice.cc).toEqual(['市委各部委办', '市人大常委会办公室', '市政协办公室', '市纪委办公室', '市法院', '检察院', '揭阳军分区']);
    expect(r.notice.disclosure).toBe('主动公开');
    expect(r.notice.forwards).toEqual([]);
  });

  it('keeps the body between 主送 and the signature, joining the paragraph cut by the page break', () => {
    expect(r.notice.body.startsWith('为贯彻落实《广东省人民政府办公厅转发')).toBe(true);
    expect(r.notice.body).toContain('把政府信息公开工作做得更加科学规范');
    expect(r.notice.body.endsWith('市政府办公室将适时开展专项检查。')).toBe(true);
    expect(r.notice.body).not.toContain('工作任务');
  });

  // Counted by hand: part 一 (一) 1–2 on line 40 + 3,4,5 = 5; (二) 1–3 + 4–6 = 6; (三) 1, 2, 3, 4
  // and the stray "3." on line 58 whose heading (四) was lost in the export = 5; part 二 (五) 4,
  // (六) 3, (七) 3; part 三 (八) 3 and (九)(十)(十一) one each; part 四 (十二)(十三) one each = 34.
  it('finds 34 tasks, per section as counted by hand (R2)', () => {
    expect(r.tasks).toHaveLength(34);
    expect(countBySection(r.tasks)).toEqual({
      '（一）围绕建设法治政府全面推进行政政务公开': 5,
      '（二）围绕重大领域加开力度': 6,
      '（三）围绕稳增长、强政策、加读': 5,
      '（五）推进网上办事服务公开': 4,
      '（六）提升实体政务服务能力': 3,
      '（七）优化审批办事服务': 3,
      '（八）强化政府网站建设管理': 3,
      '三、着力推进政务公开平台建设': 3,
      '四、着力推进政务公开制度化规范化': 2,
    });
  });

  it('splits 牵头 and 负责 in unit cells (R2, R5)', () => {
    const t3 = taskTitled(r.tasks, '结合政府机构改革和职能优化');
    expect(t3.path).toEqual(['一、着力加强公开解读回应工作', '（一）围绕建设法治政府全面推进行政政务公开']);
    expect(t3.number).toBe('3.');
    expect(t3.leadUnits).toEqual(['市编办']);
    expect(t3.responsibleUnits).toEqual(['市电子政务办', '市有关单位', '各县（市、区）人民政府（管委会）']);

    expect(taskTitled(r.tasks, '制定出台涉及公共利益').leadUnits).toEqual(['市法制局']);
    // "市扶贫办、市民政局、市食品药品监管局、市环境保护局分别负责" in the 责任单位 column.
    const t5 = taskTitled(r.tasks, '进一步推进精准扶贫精准脱贫');
    expect(t5.leadUnits).toEqual([]);
    expect(t5.responsibleUnits).toEqual(['市扶贫办', '市民政局', '市食品药品监管局', '市环境保护局']);
    expect(taskTitled(r.tasks, '开展办事服务信息专项检查').leadUnits).toEqual(['市编办', '市政管办', '市发改局']);
  });

  it('uses the column role when a cell only says 负责 (牵头落实单位 → lead)', () => {
    const t = taskTitled(r.tasks, '用好“两微一端”新平台');
    expect(t.path).toEqual(['三、着力推进政务公开平台建设']);
    expect(t.number).toBe('（九）');
    expect(t.leadUnits).toEqual(['有关单位', '各县（市、区）人民政府（管委会）']);
    expect(t.requirement.startsWith('充分发挥政务微博')).toBe(true);
  });

  it('aligns rows whose unit cell comes first (lines 52–54) and says so', () => {
    const t = taskTitled(r.tasks, '重点抓好防范化解重大风险');
    expect(t.responsibleUnits).toEqual(['市金融工作局', '市财政局', '市国资委', '市住房城乡建设局', '市扶贫办', '市环境保护局']);
    expect(r.warnings).toContain('第 52 行：任务表的列顺序与表头不一致，已按内容对齐，请核对');
  });

  it('carries units down a merged cell (lines 71–72) with a warning', () => {
    const t = taskTitled(r.tasks, '加强实体政务大厅软硬件设施配备');
    expect(t.leadUnits).toEqual(['市政管办']);
    expect(t.responsibleUnits).toEqual(['市有关单位', '各县（市、区）人民政府（管委会）']);
    expect(r.warnings.some((w) => w.startsWith('第 71 行：未写明单位'))).toBe(true);
  });

  it('parses the one deadline of the table ("今年内") relative to 2018', () => {
    const withDeadline = r.tasks.filter((t) => t.deadlineText !== null);
    expect(withDeadline.map((t) => [t.deadlineText, t.deadline])).toEqual([['今年内', '2018-12-31']]);
    expect(withDeadline[0].title).toBe('市、县(市、区)二级政府及其部门必须在今年内全面公开财政预算决算信息');
  });

  it('reports the repeated "3." left where a heading was lost', () => {
    expect(r.warnings.some((w) => w.startsWith('第 58 行：编号“3.”'))).toBe(true);
  });

  it('reads the unit directories of 附件1 (51 names in this export) and 附件2 (22) for R5', () => {
    expect(r.unitLists.map((l) => [l.heading, l.units.length])).toEqual([
      ['市有关单位', 51],
      ['重点领域有关单位', 22],
    ]);
    expect(r.unitLists[0].units.slice(0, 3)).toEqual(['市发展改革局', '市经济信息化局', '市教育局']);
    expect(r.unitLists[0].units).toContain('大南海工业区管委会');
    expect(r.unitLists[0].units[50]).toBe('市电子政务办');
    expect(r.unitLists[1].units[21]).toBe('揭阳学院');
    expect(r.notice.attachments).toEqual([
      { label: null, title: '揭阳市2018年政务公开工作要点分工方案' },
      { label: '附件1', title: '市有关单位' },
      { label: '附件2', title: '重点领域有关单位' },
    ]);
  });
});

describe('seed 001 — 泉港 任务分解表: numbered rows with 牵头单位 / 责任单位 columns', () => {
  const r = parseSeed('001');

  it('reads the notice (R1)', () => {
    expect(r.notice.docNumber).toBe('泉港政办〔2018〕118号');
    expect(r.notice.title).toBe('泉港区人民政府办公室关于印发2018年政务公开工作主要任务分解表的通知');
    expect(r.notice.issuer).toBe('泉港区人民政府办公室');
    expect(r.notice.date).toBe('2018-06-28');
    expect(r.notice.recipients).toEqual(['石化工业园区', '各镇人民政府', '山腰街道办事处', '区政府各部门', '各直属机构', '区属各国有企业']);
    expect(r.notice.cc).toEqual(['区委办', '区人大办', '政协办']);
    expect(r.notice.disclosure).toBeNull();
    expect(r.notice.printedBy).toBe('泉港区人民政府办公室');
    expect(r.notice.printDate).toBe('2018-06-28');
  });

  // The table numbers its tasks 1.–40. in order; every numbered row is one task.
  it('finds the 40 numbered tasks in order (R2)', () => {
    expect(r.tasks).toHaveLength(40);
    expect(r.tasks.map((t) => t.number)).toEqual(Array.from({ length: 40 }, (_, i) => `${i + 1}.`));
    expect(r.warnings).toEqual([]);
  });

  it('reads lead and responsible columns, including space-separated leads', () => {
    const t1 = taskTitled(r.tasks, '政府工作要做到公开透明');
    expect(t1.path).toEqual(['一、着力加强公开解读回应工作', '（一）围绕建设法治政府全面推进政务公开']);
    expect(t1.leadUnits).toEqual([]);
    expect(t1.responsibleUnits).toEqual(['各镇（街道）', '区政府各部门', '各直属机构', '区属各国有企业']);
    expect(taskTitled(r.tasks, '推动全面实施“双随机、一公开”监管').leadUnits).toEqual(['区市场监督管理局', '区审改办']);
    expect(taskTitled(r.tasks, '推动信息同源管理').leadUnits).toEqual(['区审改办', '区经信局', '区行政服务中心管委会']);
    expect(taskTitled(r.tasks, '全面清理整合政务热线电话').leadUnits).toEqual(['区信访局']);
  });

  it('nests tasks under headings written outside the table (lines 82, 84)', () => {
    expect(taskTitled(r.tasks, '组织开展条例宣传活动').path).toEqual(['四、着力推进政务公开制度化规范化', '（十一）贯彻落实政府信息公开条例']);
  });

  it('keeps and parses deadlines', () => {
    const t11 = taskTitled(r.tasks, '落实主要领导“第一解读人”职责');
    expect([t11.deadlineText, t11.deadline]).toEqual(['每年至少1次', null]);
    const t38 = taskTitled(r.tasks, '编制完成《泉港区重点领域政务公开清单》');
    expect([t38.deadlineText, t38.deadline]).toEqual(['2018年12月底前', '2018-12-31']);
    expect(r.tasks.filter((t) => t.deadlineText).length).toBe(2);
  });
});

describe('seed 002 — 粤府办〔2018〕19号: run-on text with repeats and a forwarded notice', () => {
  const r = parseSeed('002');
  const fwd = r.notice.forwards[0];

  it('reads the forwarding notice (R1)', () => {
    expect(r.notice.docNumber).toBe('粤府办〔2018〕19号');
    expect(r.notice.title).toBe('广东省人民政府办公厅转发国务院办公厅2018年政务公开工作要点的通知');
    expect(r.notice.issuer).toBe('广东省人民政府办公厅');
    expect(r.notice.date).toBe('2018-05-24');
    expect(r.notice.publishDate).toBe('2018-05-31');
    expect(r.notice.recipients).toEqual(['各地级以上市人民政府', '各县（市、区）人民政府', '省政府各部门', '各直属机构']);
    expect(r.notice.docTypeHint).toBe('转发文件');
    expect(r.tasks).toEqual([]);
  });

  it('finds 国办发〔2018〕23号 and links it by forwards (R1)', () => {
    expect(r.notice.forwards).toHaveLength(1);
    expect(fwd.docNumber).toBe('国办发〔2018〕23号');
    expect(fwd.title).toBe('国务院办公厅关于印发2018年政务公开工作要点的通知');
    expect(fwd.issuer).toBe('中华人民共和国国务院办公厅');
    expect(fwd.date).toBe('2018-04-08');
    expect(fwd.recipients).toEqual(['各省、自治区、直辖市人民政府', '国务院各部委', '各直属机构']);
    expect(fwd.body).toBe('《2018年政务公开工作要点》已经国务院同意，现印发给你们，请结合实际认真贯彻落实。');
    expect(fwd.attachments).toEqual([{ label: null, title: '2018年政务公开工作要点' }]);
  });

  // The 要点 numbers its sections (一)…(十六) across its parts; the run-on text holds 11 of
  // them: (一)(二)(三)(四)(八)(九)(十)(十二)(十四)(十五)(十六) — (二) twice, as an exact repeat.
  it('imports the forwarded 要点 sections as its own tasks, nested by their numbers', () => {
    const tasks = fwd.tasks!;
    expect(tasks.map((t) => t.number)).toEqual(['（一）', '（二）', '（三）', '（四）', '（八）', '（九）', '（十）', '（十二）', '（十四）', '（十五）', '（十六）']);
    expect(taskTitled(tasks, '围绕社会重大关切加强舆情回应').path).toEqual(['一、着力加强公开解读回应工作']);
    expect(taskTitled(tasks, '用好“两微一端”新平台').path).toEqual(['三、着力推进政务公开平台建设']);
    expect(taskTitled(tasks, '建立健全公共企事业单位信息公开制度').path).toEqual(['四、着力推进政务公开制度化规范化']);
    const hotline = taskTitled(tasks, '整合各类政务热线电话');
    expect([hotline.deadlineText, hotline.deadline]).toEqual(['年底前', '2018-12-31']);
    expect(tasks.every((t) => t.leadUnits.length === 0 && t.responsibleUnits.length === 0)).toBe(true);
  });

  it('drops exact repeats: no sentence is imported twice', () => {
    const texts = [r.notice.body, fwd.body, ...fwd.tasks!.flatMap((t) => [t.title, t.requirement])].join('\n');
    const sentences = texts.split(/[。\n]/).map((s) => s.trim()).filter((s) => s.length >= 10);
    const repeated = sentences.filter((s, i) => sentences.indexOf(s) !== i);
    expect(repeated).toEqual([]);
    expect(r.notice.body.split('经省人民政府同意').length - 1).toBe(1);
    expect(r.warnings.some((w) => /^已忽略 \d+ 处与前文完全相同的重复段落/.test(w))).toBe(true);
  });

  it('keeps the 转发 notice’s own opinions in its body, not in the forwarded one', () => {
    expect(r.notice.body).toContain('一、围绕重点领域加大主动公开力度。');
    expect(fwd.body).not.toContain('省直各部门');
    expect(r.notice.body).not.toContain('发布日期');
    expect(r.notice.body).not.toContain('━');
  });
});

describe('seed 004 — 游仙 要点: prose with "（牵头单位：…；责任单位：…）"', () => {
  const r = parseSeed('004');

  it('reads the notice (R1)', () => {
    expect(r.notice.docNumber).toBe('绵游府办发〔2018〕45号');
    expect(r.notice.title).toBe('绵阳市游仙区人民政府办公室关于印发《2018年政务公开工作要点》的通知');
    expect(r.notice.issuer).toBe('绵阳市游仙区人民政府办公室');
    expect(r.notice.bannerIssuer).toBe('绵阳市游仙区人民政府办公室');
    expect(r.notice.date).toBe('2018-07-30');
    expect(r.notice.disclosure).toBe('主动公开');
    expect(r.notice.recipients).toEqual(['经济开发区管委会', '各乡镇（街道）人民政府（办事处）', '区政府各部门', '直属事业单位', '市区共管部门']);
    expect(r.notice.body).toBe('《2018年政务公开工作要点》已经区人民政府同意，现印发你们，请结合实际认真贯彻落实。');
  });

  // Items （一）…（十八）, each ending with its unit parenthetical, under parts 一 to 四.
  it('finds the 18 items as tasks under their parts (R2)', () => {
    expect(r.tasks).toHaveLength(18);
    expect(r.tasks[0].number).toBe('（一）');
    expect(r.tasks[17].number).toBe('（十八）');
    expect(countBySection(r.tasks)).toEqual({
      '一、深化公开内容，加大主动公开力度': 5,
      '二、完善公开程序，促进政务公开全流程规范操作': 3,
      '三、丰富公开方式，构建多渠道立体化信息供给体系': 5,
      '四、强化示范引领，着力提升政务公开制度化规范化水平': 5,
    });
  });

  it('reads titles (bold runs) and requirements without the unit parenthetical', () => {
    const t = taskTitled(r.tasks, '围绕群众关切事项');
    expect(t.title).toBe('围绕群众关切事项，加大重点领域信息公开力度');
    expect(t.requirement.startsWith('切实推进重大建设项目批准和实施')).toBe(true);
    // The paragraph was cut by a page break after "积极" and is joined again.
    expect(t.requirement).toContain('积极融入以全国公共资源交易数据共享平台体系');
    expect(t.requirement.endsWith('推进信息公开工作。')).toBe(true);
    expect(t.leadUnits).toEqual(['区发改局', '区财政局', '区政务服务中心']);
    expect(t.responsibleUnits).toEqual(['区政府各部门', '各乡镇政府', '街道办事处', '园区管委会']);
  });

  it('reads parentheticals split over lines, with half-width brackets or a comma', () => {
    const t17 = taskTitled(r.tasks, '建立健全公共企事业单位信息公开制度');
    expect(t17.leadUnits).toEqual(['区教体局', '区民政局', '区环保局', '区住建局', '区文广新旅局', '区卫计局']);
    expect(t17.responsibleUnits).toEqual(['各乡镇政府', '街道办事处', '园区管委会']);
    const t18 = taskTitled(r.tasks, '加强政务公开工作平台信息更新建设');
    expect(t18.leadUnits).toEqual(['区政府办', '区信息化办']);
    expect(t18.responsibleUnits).toEqual(['区政府各部门', '各乡镇政府', '街道办事处', '园区管委会']);
    const t2 = taskTitled(r.tasks, '围绕高质量发展');
    expect(t2.leadUnits).toEqual(['区发改局', '区工信局', '区科知局', '区食药工商质监局', '区招商局']);
  });

  it('parses the deadlines in the text relative to 2018', () => {
    const got = r.tasks.filter((t) => t.deadlineText).map((t) => [t.number, t.deadlineText, t.deadline]);
    expect(got).toEqual([
      ['（三）', '2018年年底前', '2018-12-31'],
      ['（五）', '年底', '2018-12-31'],
      ['（九）', '2018年12月底', '2018-12-31'],
      ['（十二）', '2018年12月底前', '2018-12-31'],
    ]);
  });
});
