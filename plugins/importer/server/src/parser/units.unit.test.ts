// Unit names in task tables and assignments (R2, R5).
import { splitUnitNames, parseAssignment, matchUnitNames } from './units';

describe('splitUnitNames (R5)', () => {
  it.each([
    ['市扶贫办、市民政局、市食品药品监管局、市环境保护局', ['市扶贫办', '市民政局', '市食品药品监管局', '市环境保护局']],
    ['各县（市、区）人民政府（管委会）', ['各县（市、区）人民政府（管委会）']],
    ['各县(市、区)人民政府(管委会)', ['各县（市、区）人民政府（管委会）']],
    ['各省、自治区、直辖市人民政府，国务院各部委、各直属机构', ['各省、自治区、直辖市人民政府', '国务院各部委', '各直属机构']],
    ['区市场监督管理局 区审改办', ['区市场监督管理局', '区审改办']],
    ['市金融工作 局、市财政局、 市国资委、市 住房城乡建设 局', ['市金融工作局', '市财政局', '市国资委', '市住房城乡建设局']],
    ['市政府办公室、市有关单位（见附件 1，下同），各县（市、区）人民政府（管委会）', ['市政府办公室', '市有关单位', '各县（市、区）人民政府（管委会）']],
    ['市有关单位和各县（市、区）人民政府（管委会）', ['市有关单位', '各县（市、区）人民政府（管委会）']],
    ['市人力资源和社会保障局', ['市人力资源和社会保障局']],
    ['区委办, 区人大办、政协办', ['区委办', '区人大办', '政协办']],
  ])('%s', (text, units) => {
    expect(splitUnitNames(text)).toEqual(units);
  });
});

describe('parseAssignment: who leads, who is responsible (R2)', () => {
  const prose = { defaultRole: 'lead' as const };
  it.each([
    ['（市编办牵头，市各有关部门配合）', prose, ['市编办'], ['市各有关部门']],
    ['（市财政局牵头落实，各县(市、区)政府配合）', prose, ['市财政局'], ['各县（市、区）政府']],
    ['（牵头单位：区发改局、区财政局；责任单位：区政府各部门，各乡镇政府、街道办事处、园区管委会）', prose, ['区发改局', '区财政局'], ['区政府各部门', '各乡镇政府', '街道办事处', '园区管委会']],
    ['(牵头单位：区政府办、区信息化办，责任单位：区政府各部门)', prose, ['区政府办', '区信息化办'], ['区政府各部门']],
    ['（市教育局负责）', prose, ['市教育局'], []],
    ['（责任单位：各县区政府）', prose, [], ['各县区政府']],
    ['市扶贫办、市民政局、市食品药品监管局、市环境保护局分别负责', { defaultRole: 'responsible' as const }, [], ['市扶贫办', '市民政局', '市食品药品监管局', '市环境保护局']],
    ['市法制局牵头，市有关单位、各县（市、区）人民政府（管委会）负责', { defaultRole: 'responsible' as const }, ['市法制局'], ['市有关单位', '各县（市、区）人民政府（管委会）']],
    ['市电子政务办 负责', { defaultRole: 'lead' as const }, ['市电子政务办'], []],
    ['市政管办牵 头，市有关单 位，各县(市、 区)人民政府 (管委会)负 责', { defaultRole: 'lead' as const }, ['市政管办'], ['市有关单位', '各县（市、区）人民政府（管委会）']],
    ['市财政局、市审计局、市发改委', { defaultRole: 'responsible' as const, firstIsLead: true }, ['市财政局'], ['市审计局', '市发改委']],
  ])('%s', (text, options, lead, responsible) => {
    expect(parseAssignment(text, options)).toEqual({ leadUnits: lead, responsibleUnits: responsible });
  });
});

describe('matchUnitNames (R5: full and short names; unknown ones reported)', () => {
  const directory = [
    { id: 1, name: '市机构编制委员会办公室', shortName: '市编办' },
    { id: 2, name: '市财政局', shortName: null },
    { id: 3, name: '各县（市、区）人民政府（管委会）', aliases: ['各县(市、区)政府'] },
  ];
  it('matches by full name, short name and alias; reports the rest', () => {
    const m = matchUnitNames(['市编办', '市财政局', '各县(市、区)政府', '市电子政务办', '市编办'], directory);
    expect(m.matched.map((x) => [x.name, x.unit.id])).toEqual([
      ['市编办', 1],
      ['市财政局', 2],
      ['各县（市、区）政府', 3],
    ]);
    expect(m.unknown).toEqual(['市电子政务办']);
  });
});
