// Deadline rules R20–R25 on real dates (schedules as in calendar/working-calendar.unit.test.ts).
import { WorkingCalendar } from '../calendar/working-calendar';
import { dueDateFor } from './due-date-for';
import { DeadlineRuleError } from './errors';
import { r24Due } from './r24-disclosure-request';
import type { DeadlineItem } from './types';

const cal = new WorkingCalendar();

function ruleError(fn: () => unknown): DeadlineRuleError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DeadlineRuleError) return e;
    throw e;
  }
  throw new Error('expected a DeadlineRuleError');
}

describe('R20: 行政规范性文件 / 重大行政决策 public within 3 working days of 签发', () => {
  it('signed on the Friday before 国庆 2018: 09-29, 09-30 (调休), then 10-08', () => {
    expect(dueDateFor({ kind: 'notice', fileType: '行政规范性文件', signedOn: '2018-09-28', writtenOn: '2018-09-27' }, cal)).toEqual({
      rule: 'R20',
      due: '2018-10-08',
      provisional: false,
      missingYears: [],
      basis: '签发日期 2018-09-28 + 3 个工作日',
    });
  });

  it('applies to 重大行政决策 too; a plain weekend in between (2018-06-29 Fri → 07-04)', () => {
    expect(dueDateFor({ kind: 'notice', fileType: '重大行政决策', signedOn: '2018-06-29' }, cal)).toMatchObject({
      rule: 'R20',
      due: '2018-07-04',
      basis: '签发日期 2018-06-29 + 3 个工作日',
    });
  });

  it('needs the 签发日期', () => {
    const e = ruleError(() => dueDateFor({ kind: 'notice', fileType: '行政规范性文件', writtenOn: '2018-09-28' }, cal));
    expect(e).toMatchObject({ rule: 'R20', field: 'signedOn', message: 'R20：缺少签发日期，无法计算期限' });
    expect(ruleError(() => dueDateFor({ kind: 'notice', fileType: '行政规范性文件', signedOn: '2018-02-29' }, cal)).message).toBe(
      'R20：签发日期 2018-02-29 无效（应为 YYYY-MM-DD）',
    );
  });
});

describe('R21: changed 办事指南 public within 1 working day of approval, with its effective date', () => {
  it('approved on Thursday before 春节 2024: due Friday 02-09', () => {
    expect(dueDateFor({ kind: 'guide-change', approvedOn: '2024-02-08', effectiveOn: '2024-03-01' }, cal)).toEqual({
      rule: 'R21',
      due: '2024-02-09',
      provisional: false,
      missingYears: [],
      basis: '变更批准日期 2024-02-08 + 1 个工作日（实施日期 2024-03-01）',
    });
  });

  it('approved on Friday 2018-09-28: the make-up Saturday is the working day', () => {
    expect(dueDateFor({ kind: 'guide-change', approvedOn: '2018-09-28', effectiveOn: '2018-10-08' }, cal)?.due).toBe('2018-09-29');
  });

  it('requires the effective date', () => {
    const e = ruleError(() => dueDateFor({ kind: 'guide-change', approvedOn: '2018-09-28' }, cal));
    expect(e).toMatchObject({ rule: 'R21', field: 'effectiveOn', message: 'R21：缺少具体实施时间（实施日期），无法计算期限' });
    expect(ruleError(() => dueDateFor({ kind: 'guide-change', approvedOn: '', effectiveOn: '2018-10-08' }, cal)).field).toBe('approvedOn');
  });
});

describe('R22: other information within 20 working days of being formed or changed', () => {
  it('formed 2018-09-20: across 中秋 and 国庆 to 10-24', () => {
    expect(dueDateFor({ kind: 'information', formedOn: '2018-09-20' }, cal)).toMatchObject({
      rule: 'R22',
      due: '2018-10-24',
      basis: '形成日期 2018-09-20 + 20 个工作日',
    });
  });

  it('restarts from a change (2018-10-10 → 11-07)', () => {
    expect(dueDateFor({ kind: 'information', formedOn: '2018-09-20', changedOn: '2018-10-10' }, cal)).toMatchObject({
      due: '2018-11-07',
      basis: '变更日期 2018-10-10 + 20 个工作日',
    });
    expect(ruleError(() => dueDateFor({ kind: 'information', formedOn: '2018-09-20', changedOn: '2018-09-01' }, cal)).message).toBe(
      'R22：变更日期 2018-09-01 不能早于形成日期 2018-09-20',
    );
  });

  it('governs notices that are not normative, from the 成文日期 (or the 签发日期 when that is all there is)', () => {
    expect(dueDateFor({ kind: 'notice', fileType: '工作通知', writtenOn: '2018-09-20', signedOn: '2018-09-19' }, cal)).toMatchObject({
      rule: 'R22',
      due: '2018-10-24',
      basis: '成文日期 2018-09-20 + 20 个工作日',
    });
    expect(dueDateFor({ kind: 'notice', fileType: '转发文件', signedOn: '2018-09-20' }, cal)).toMatchObject({ rule: 'R22', due: '2018-10-24' });
    expect(ruleError(() => dueDateFor({ kind: 'notice', fileType: '工作通知' }, cal))).toMatchObject({ rule: 'R22', field: 'writtenOn' });
  });

  it('has no publication deadline for 依申请公开 / 不予公开 items', () => {
    expect(dueDateFor({ kind: 'notice', fileType: '行政规范性文件', signedOn: '2018-09-28', disclosure: '不予公开' }, cal)).toBeNull();
    expect(dueDateFor({ kind: 'information', formedOn: '2018-09-20', disclosure: '依申请公开' }, cal)).toBeNull();
    expect(dueDateFor({ kind: 'information', formedOn: '2018-09-20', disclosure: '主动公开' }, cal)?.rule).toBe('R22');
  });
});

describe('R23: citizen messages', () => {
  it('consultations and suggestions: 2 working days (2019-02-01 → 02-03, a make-up Sunday)', () => {
    expect(dueDateFor({ kind: 'message', messageType: 'consultation', receivedOn: '2019-02-01' }, cal)).toMatchObject({
      rule: 'R23',
      due: '2019-02-03',
      basis: '收到留言 2019-02-01 + 2 个工作日（咨询答复）',
    });
    expect(dueDateFor({ kind: 'message', messageType: 'suggestion', receivedOn: '2019-02-01', stage: 'result' }, cal)?.due).toBe('2019-02-03');
  });

  it('complaints: first answer in 2, result in 5 (across 春节 2019: 02-02, 02-03, 02-11, 02-12, 02-13)', () => {
    expect(dueDateFor({ kind: 'message', messageType: 'complaint', receivedOn: '2019-02-01' }, cal)).toMatchObject({
      due: '2019-02-03',
      basis: '收到留言 2019-02-01 + 2 个工作日（投诉首次答复）',
    });
    expect(dueDateFor({ kind: 'message', messageType: 'complaint', receivedOn: '2019-02-01', stage: 'result' }, cal)).toMatchObject({
      due: '2019-02-13',
      basis: '收到留言 2019-02-01 + 5 个工作日（投诉办理结果）',
    });
  });

  it('rejects an unknown type or stage', () => {
    const bad = { kind: 'message', messageType: 'praise', receivedOn: '2019-02-01' } as unknown as DeadlineItem;
    expect(ruleError(() => dueDateFor(bad, cal))).toMatchObject({ rule: 'R23', field: 'messageType' });
    const badStage = { kind: 'message', messageType: 'complaint', receivedOn: '2019-02-01', stage: 'final' } as unknown as DeadlineItem;
    expect(ruleError(() => dueDateFor(badStage, cal))).toMatchObject({ rule: 'R23', field: 'stage' });
  });
});

describe('R24: 依申请公开 — 20 working days, one extension ≤ 20, third-party consultation not counted', () => {
  it('received 2018-09-20: due 10-24', () => {
    expect(r24Due({ receivedOn: '2018-09-20' }, cal)).toEqual({
      rule: 'R24',
      due: '2018-10-24',
      originalDue: '2018-10-24',
      pausedWorkingDays: 0,
      provisional: false,
      missingYears: [],
      basis: '收到申请 2018-09-20 + 20 个工作日',
    });
  });

  it('an approved 20-day extension: 10-25 … 11-21 are working days 21–40', () => {
    expect(r24Due({ receivedOn: '2018-09-20', extension: { days: 20, approvedOn: '2018-10-15' } }, cal)).toMatchObject({
      due: '2018-11-21',
      originalDue: '2018-10-24',
      basis: '收到申请 2018-09-20 + 40 个工作日，含延长 20 个工作日（2018-10-15 批准）',
    });
  });

  it('does not count the working days of a third-party consultation (10-08 … 10-12 → due 10-31)', () => {
    const r = r24Due({ receivedOn: '2018-09-20', consultations: [{ from: '2018-10-06', to: '2018-10-12' }] }, cal);
    expect(r).toMatchObject({
      due: '2018-10-31',
      originalDue: '2018-10-31',
      pausedWorkingDays: 5,
      basis: '收到申请 2018-09-20 + 20 个工作日，征求第三方意见的 5 个工作日不计入',
    });
    expect(dueDateFor({ kind: 'request', receivedOn: '2018-09-20', consultations: [{ from: '2018-10-06', to: '2018-10-12' }] }, cal)?.due).toBe(
      '2018-10-31',
    );
  });

  it.each([
    [{ receivedOn: '2018-09-20', extension: { days: 21, approvedOn: '2018-10-15' } }, 'extension.days', 'R24：延长期限 21 无效，只能延长 1 至 20 个工作日'],
    [{ receivedOn: '2018-09-20', extension: { days: 0, approvedOn: '2018-10-15' } }, 'extension.days', 'R24：延长期限 0 无效，只能延长 1 至 20 个工作日'],
    [{ receivedOn: '2018-09-20', extension: { days: 10 } }, 'extension.approvedOn', 'R24：缺少延期批准日期，无法计算期限'],
    [
      { receivedOn: '2018-09-20', extension: { days: 10, approvedOn: '2018-10-25' } },
      'extension.approvedOn',
      'R24：延期须在原答复期限内批准（2018-09-20 至 2018-10-24），批准日期 2018-10-25 不在其中',
    ],
    [{ receivedOn: '2018-09-20', consultations: [{ from: '2018-10-12', to: '2018-10-08' }] }, 'consultations[0].to', 'R24：第 1 次征求第三方意见的结束日期 2018-10-08 早于开始日期 2018-10-12'],
    [{ receivedOn: '2018-09-20', consultations: [{ from: '2018-09-10', to: '2018-09-21' }] }, 'consultations[0].from', 'R24：第 1 次征求第三方意见的开始日期 2018-09-10 早于收到申请的日期 2018-09-20'],
    [{ receivedOn: undefined }, 'receivedOn', 'R24：缺少收到申请日期，无法计算期限'],
  ])('rejects %j', (request, field, message) => {
    expect(ruleError(() => r24Due(request as never, cal))).toMatchObject({ rule: 'R24', field, message });
  });
});

describe('R25: implementation plan within 1 calendar month of the work plan; progress by year end', () => {
  it('2018-06-29 + 1 month = 2018-07-29, a Sunday, so the period ends Monday 07-30', () => {
    expect(dueDateFor({ kind: 'implementation-plan', workPlanIssuedOn: '2018-06-29' }, cal)).toEqual({
      rule: 'R25',
      due: '2018-07-30',
      provisional: false,
      missingYears: [],
      basis: '工作方案印发日期 2018-06-29 + 1 个月 = 2018-07-29（星期日），顺延至 2018-07-30',
    });
  });

  it('clamps to the month end (2019-01-31 → 02-28, a Thursday; 2020-01-31 → 02-29, a Saturday → 03-02)', () => {
    expect(dueDateFor({ kind: 'implementation-plan', workPlanIssuedOn: '2019-01-31' }, cal)).toMatchObject({
      due: '2019-02-28',
      basis: '工作方案印发日期 2019-01-31 + 1 个月 = 2019-02-28',
    });
    expect(dueDateFor({ kind: 'implementation-plan', workPlanIssuedOn: '2020-01-31' }, cal)?.due).toBe('2020-03-02');
  });

  it('moves past a holiday (2018-09-01 → 10-01 国庆 → 10-08) and is provisional in an unloaded year', () => {
    expect(dueDateFor({ kind: 'implementation-plan', workPlanIssuedOn: '2018-09-01' }, cal)).toMatchObject({
      due: '2018-10-08',
      basis: '工作方案印发日期 2018-09-01 + 1 个月 = 2018-10-01（法定节假日：国庆节），顺延至 2018-10-08',
    });
    expect(dueDateFor({ kind: 'implementation-plan', workPlanIssuedOn: '2026-12-15' }, cal)).toMatchObject({
      due: '2027-01-15',
      provisional: true,
      missingYears: [2027],
    });
  });

  it('progress reports are due on 12-31 of the year', () => {
    expect(dueDateFor({ kind: 'progress-report', year: 2018 }, cal)).toEqual({
      rule: 'R25',
      due: '2018-12-31',
      provisional: false,
      missingYears: [],
      basis: '2018 年落实情况须在年底前报送并公开',
    });
    expect(ruleError(() => dueDateFor({ kind: 'progress-report', year: 18.5 }, cal)).field).toBe('year');
  });
});

describe('dueDateFor', () => {
  it('marks a due date in a year without data as provisional (R20 across into 2027)', () => {
    expect(dueDateFor({ kind: 'notice', fileType: '行政规范性文件', signedOn: '2026-12-30' }, cal)).toMatchObject({
      due: '2027-01-04',
      provisional: true,
      missingYears: [2027],
    });
    const loaded = new WorkingCalendar({ overrides: { 2027: { holidays: [{ date: '2027-01-01', name: '元旦' }], makeupWorkdays: [] } } });
    expect(dueDateFor({ kind: 'notice', fileType: '行政规范性文件', signedOn: '2026-12-30' }, loaded)).toMatchObject({
      due: '2027-01-05',
      provisional: false,
    });
  });

  it('rejects an unknown kind', () => {
    expect(ruleError(() => dueDateFor({ kind: 'poster' } as unknown as DeadlineItem, cal)).message).toBe('未知的事项类型 poster，无法确定期限规则');
  });
});
