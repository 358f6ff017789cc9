// Deadlines (R2): the text is kept, and a date is parsed where the phrase names one,
// relative to the document's year.
import { parseDeadline, findDeadline } from './deadline';
import { parseDocDate } from './doc-dates';

describe('parseDeadline (R2)', () => {
  it.each([
    ['2018年7月底前', 2018, '2018年7月底前', '2018-07-31'],
    ['年底前', 2018, '年底前', '2018-12-31'],
    ['年底前', 2019, '年底前', '2019-12-31'],
    ['12月底前', 2018, '12月底前', '2018-12-31'],
    ['2月底前', 2020, '2月底前', '2020-02-29'],
    ['6月30日前', 2018, '6月30日前', '2018-06-30'],
    ['2018年7月20日前', 2017, '2018年7月20日前', '2018-07-20'],
    ['9月底前', 2018, '9月底前', '2018-09-30'],
    ['上半年', 2018, '上半年', '2018-06-30'],
    ['下半年完成', 2018, '下半年', '2018-12-31'],
    ['2018 年 12 月底前', 2018, '2018年12月底前', '2018-12-31'],
    ['2018年年底前', 2018, '2018年年底前', '2018-12-31'],
    ['2018年底前', 2018, '2018年底前', '2018-12-31'],
    ['明年3月底前', 2018, '明年3月底前', '2019-03-31'],
    ['十一月底前', 2018, '十一月底前', '2018-11-30'],
    ['9月上旬', 2018, '9月上旬', '2018-09-10'],
    ['第三季度', 2018, '第三季度', '2018-09-30'],
    ['一季度末前', 2018, '一季度末前', '2018-03-31'],
    ['今年内', 2018, '今年内', '2018-12-31'],
    ['每年至少1次', 2018, '每年至少1次', null],
    ['每年至少 1 次', 2018, '每年至少1次', null],
    ['每季度1次', 2018, '每季度1次', null],
    ['每年年底前', 2018, '每年年底前', null],
    ['长期坚持', 2018, '长期坚持', null],
    ['2月30日前', 2018, '2月30日前', null],
  ])('%s (%d) → %s / %s', (text, year, deadlineText, deadline) => {
    expect(parseDeadline(text, year)).toEqual({ deadlineText, deadline });
  });

  it('without a document year keeps the text and gives no date', () => {
    expect(parseDeadline('年底前', null)).toEqual({ deadlineText: '年底前', deadline: null });
    expect(parseDeadline('2018年7月底前', null)).toEqual({ deadlineText: '2018年7月底前', deadline: '2018-07-31' });
  });

  it('long text without a deadline phrase gives nothing', () => {
    expect(parseDeadline('进一步规范依申请公开工作，建立健全接收、登记、办理、答复等流程，依法保障公民获取政府信息。', 2018)).toEqual({
      deadlineText: null,
      deadline: null,
    });
  });
});

describe('findDeadline in task text', () => {
  it('takes the first phrase in the text', () => {
    expect(findDeadline('2018年12月底前编制完成清单，年底前区直各部门要公开本部门清单。', 2018)).toEqual({
      deadlineText: '2018年12月底前',
      deadline: '2018-12-31',
    });
    expect(findDeadline('确保我省8月底前完成试点验收、9月底前向国家报送试点成果。', 2018)).toEqual({ deadlineText: '8月底前', deadline: '2018-08-31' });
  });

  it('does not read durations or dates without 前/底 as deadlines', () => {
    expect(findDeadline('应在完成审批程序后1个工作日内公开变更后的相关信息。', 2018)).toBeNull();
    expect(findDeadline('力争3年内全面完成。', 2018)).toBeNull();
    expect(findDeadline('2018年6月29日印发的方案。', 2018)).toBeNull();
    expect(findDeadline('结合《条例》实施10周年开展宣传。', 2018)).toBeNull();
  });
});

describe('parseDocDate (R1 成文日期)', () => {
  it.each([
    ['2018年6月29日', '2018-06-29'],
    ['2018.06.29', '2018-06-29'],
    ['2018-05-31', '2018-05-31'],
    ['2018/6/9', '2018-06-09'],
    ['二〇一八年六月二十九日', '2018-06-29'],
    ['二○一八年十二月一日', '2018-12-01'],
    ['2018年2月30日', null],
    ['2018年', null],
  ])('%s → %s', (text, iso) => {
    expect(parseDocDate(text)).toBe(iso);
  });
});
