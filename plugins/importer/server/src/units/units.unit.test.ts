// Unit matching of imported notices (R5): region-relative short names, group names,
// fields of new units.
import { regionOf, qualifyUnitName, relativeLevel, relativeForms } from './region';
import { isGroupName } from './groups';
import { matchNames, newUnitFields, reportUnits, unitKindOf } from './directory';
import { parseNoticeText } from '../parser';

describe('regionOf: the places of the issuer', () => {
  it.each([
    ['揭阳市人民政府办公室', { province: null, city: '揭阳市', county: null }],
    ['绵阳市游仙区人民政府办公室', { province: null, city: '绵阳市', county: '游仙区' }],
    ['泉港区人民政府办公室', { province: null, city: null, county: '泉港区' }],
    ['广东省人民政府办公厅', { province: '广东省', city: null, county: null }],
    ['中华人民共和国国务院办公厅', { province: null, city: null, county: null }],
    ['国务院办公厅', { province: null, city: null, county: null }],
    [null, { province: null, city: null, county: null }],
  ])('%s', (issuer, region) => {
    expect(regionOf(issuer)).toEqual(region);
  });
});

describe('relative names', () => {
  it('knows which level a name is relative to', () => {
    expect(relativeLevel('市编办')).toBe('city');
    expect(relativeLevel('区发改局')).toBe('county');
    expect(relativeLevel('县教育局')).toBe('county');
    expect(relativeLevel('市区共管部门')).toBeNull();
    expect(relativeLevel('揭阳市财政局')).toBeNull();
    expect(relativeLevel('各直属机构')).toBeNull();
  });
  it('qualifies them with the issuer’s places', () => {
    expect(qualifyUnitName('区发改局', regionOf('绵阳市游仙区人民政府办公室'))).toBe('绵阳市游仙区发改局');
    expect(qualifyUnitName('市法制办', regionOf('绵阳市游仙区人民政府办公室'))).toBe('绵阳市法制办');
    expect(qualifyUnitName('区审改办', regionOf('泉港区人民政府办公室'))).toBe('泉港区审改办');
    expect(qualifyUnitName('市编办', regionOf('泉港区人民政府办公室'))).toBe('市编办'); // the city is not named
    expect(qualifyUnitName('大南海工业区管委会', regionOf('揭阳市人民政府办公室'))).toBe('大南海工业区管委会');
  });
  it('writes units of the region relatively', () => {
    expect(relativeForms('揭阳市人民政府', regionOf('揭阳市人民政府办公室'))).toEqual(['市人民政府']);
    expect(relativeForms('绵阳市游仙区发改局', regionOf('绵阳市游仙区人民政府办公室'))).toEqual(['区发改局']);
    expect(relativeForms('游仙区发改局', regionOf('绵阳市游仙区人民政府办公室'))).toEqual(['区发改局']);
    expect(relativeForms('泉港区发改局', regionOf('绵阳市游仙区人民政府办公室'))).toEqual([]);
  });
});

describe('isGroupName: sets of units are text, not units (R5)', () => {
  it.each(['各县（市、区）人民政府（管委会）', '市有关单位', '市直各单位', '区政府各部门', '各直属机构', '区属国有企业', '重点领域相关单位', '各镇（街道）', '街道办事处', '园区管委会', '市各有关部门'])(
    '%s is a group',
    (name) => expect(isGroupName(name)).toBe(true),
  );
  it.each(['市编办', '区发改局', '揭阳市人民政府办公室', '大南海工业区管委会', '市政务服务中心', '区行政服务中心管委会', '揭阳学院'])('%s is a unit', (name) =>
    expect(isGroupName(name)).toBe(false),
  );
});

describe('matchNames in the issuer’s region', () => {
  const directory = [
    { documentId: 'jy-bian', name: '揭阳市编办', shortName: '市编办' },
    { documentId: 'jy-gov', name: '揭阳市人民政府', shortName: '市政府' },
    { documentId: 'qg-fgj', name: '泉港区发改局', shortName: '区发改局' },
    { documentId: 'dnh', name: '大南海工业区管委会', shortName: '大南海工业区管委会' },
  ];
  it('matches short names and relative full names of the same region only', () => {
    const m = matchNames(['市编办', '市人民政府', '大南海工业区管委会', '区发改局', '市有关单位'], directory, '揭阳市人民政府办公室');
    expect(m.matched.map((x) => [x.text, x.unit.documentId])).toEqual([
      ['市编办', 'jy-bian'],
      ['市人民政府', 'jy-gov'],
      ['大南海工业区管委会', 'dnh'],
    ]);
    expect(m.unknown).toEqual(['区发改局']); // 揭阳市 names no district; 泉港区's 区发改局 is not this one
    expect(m.groups).toEqual(['市有关单位']);
  });
  it('does not lend one district’s short name to another district', () => {
    expect(matchNames(['区发改局'], directory, '泉港区人民政府办公室').matched.map((x) => x.unit.documentId)).toEqual(['qg-fgj']);
    expect(matchNames(['区发改局'], directory, '绵阳市游仙区人民政府办公室').unknown).toEqual(['区发改局']);
  });
  it('falls back to plain short names when the issuer names no place', () => {
    expect(matchNames(['市编办'], directory, null).matched.map((x) => x.unit.documentId)).toEqual(['jy-bian']);
  });
});

describe('new units', () => {
  it('get a qualified name, the written name as short name, and a kind', () => {
    expect(newUnitFields('区发改局', '绵阳市游仙区人民政府办公室')).toEqual({ name: '绵阳市游仙区发改局', shortName: '区发改局', kind: 'department' });
    expect(newUnitFields('石化工业园区', '泉港区人民政府办公室')).toEqual({ name: '石化工业园区', shortName: null, kind: 'other' });
    expect(unitKindOf('泉港区行政服务中心管委会')).toBe('department');
    expect(unitKindOf('揭阳学院')).toBe('other');
    expect(unitKindOf('揭阳军分区')).toBe('other');
  });
});

describe('reportUnits over a whole result (main and forwarded notices)', () => {
  it('reads each notice’s tasks in its own issuer’s region', () => {
    const text = [
      '揭阳市人民政府办公室关于做好公开工作的通知',
      '揭府办〔2018〕2号',
      '',
      '一、推进公开。全面公开。（市编办牵头，市有关单位、区发改局配合）',
    ].join('\n');
    const r = parseNoticeText(text, 't.txt');
    r.notice.issuer = '揭阳市人民政府办公室';
    const report = reportUnits(r, [{ documentId: 'jy-bian', name: '揭阳市编办', shortName: '市编办' }]);
    expect(report).toEqual({ matched: [{ text: '市编办', documentId: 'jy-bian', name: '揭阳市编办' }], unknown: ['区发改局'], groups: ['市有关单位'] });
  });
});
