// Mapping our content model onto the deadline rules (R20–R22, R25).
import { WorkingCalendar } from '../calendar/working-calendar';
import { dueDateFor } from '../rules/due-date-for';
import { DeadlineRuleError } from '../rules/errors';
import { deadlineItemFor, titleOf, unitOf } from './deadline-item';
import { GUIDE, INTERPRETATION, NOTICE, PROGRESS_REPORT } from './tracked-types';

const cal = new WorkingCalendar();
const dueOf = (uid: Parameters<typeof deadlineItemFor>[0], doc: Record<string, unknown>) => {
  const { item } = deadlineItemFor(uid, doc);
  return item ? dueDateFor(item, cal) : null;
};

describe('notices', () => {
  it('R20 for 行政规范性文件 and 重大行政决策, from 签发日期', () => {
    expect(deadlineItemFor(NOTICE, { documentType: 'normative', signedOn: '2018-09-28', disclosureMode: 'proactive' }).item).toEqual({
      kind: 'notice',
      fileType: '行政规范性文件',
      signedOn: '2018-09-28',
      writtenOn: null,
      disclosure: '主动公开',
    });
    expect(dueOf(NOTICE, { documentType: 'normative', signedOn: '2018-09-28' })).toMatchObject({ rule: 'R20', due: '2018-10-08' });
    expect(dueOf(NOTICE, { documentType: 'major_decision', signedOn: '2018-09-28' })).toMatchObject({ rule: 'R20', due: '2018-10-08' });
  });

  it('R22 for other notices, from 成文日期 or else 签发日期', () => {
    const written = dueOf(NOTICE, { documentType: 'work_notice', writtenOn: '2018-09-28', signedOn: '2018-09-20' });
    expect(written).toMatchObject({ rule: 'R22', due: cal.addWorkingDays('2018-09-28', 20).due });
    const signed = dueOf(NOTICE, { documentType: 'forwarded', signedOn: '2018-09-20' });
    expect(signed).toMatchObject({ rule: 'R22', due: cal.addWorkingDays('2018-09-20', 20).due });
  });

  it('no deadline unless 主动公开', () => {
    expect(dueOf(NOTICE, { documentType: 'normative', signedOn: '2018-09-28', disclosureMode: 'on_request' })).toBeNull();
    expect(dueOf(NOTICE, { documentType: 'work_notice', writtenOn: '2018-09-28', disclosureMode: 'not_public' })).toBeNull();
    expect(deadlineItemFor(NOTICE, { documentType: 'implementation_plan', writtenOn: '2018-06-01', disclosureMode: 'on_request' }).item).toBeNull();
  });

  it('R25 for an implementation plan: the earliest issue date of the linked work plans', () => {
    const doc = {
      documentType: 'implementation_plan',
      writtenOn: '2018-07-01',
      forwards: [{ writtenOn: '2018-06-15' }, { releasedOn: '2018-05-31' }, { title: 'no dates' }],
    };
    const mapped = deadlineItemFor(NOTICE, doc);
    expect(mapped.item).toEqual({ kind: 'implementation-plan', workPlanIssuedOn: '2018-05-31' });
    expect(mapped.note).toContain('成文日期');
    // 成文日期 wins over 发布日期 for the same plan.
    expect(deadlineItemFor(NOTICE, { documentType: 'implementation_plan', forwards: [{ writtenOn: '2018-06-15', releasedOn: '2018-05-01' }] }).item).toEqual({
      kind: 'implementation-plan',
      workPlanIssuedOn: '2018-06-15',
    });
  });

  it('R25 without a linked work plan: the plan’s own 成文日期, with a note; nothing at all is an error naming the field', () => {
    const mapped = deadlineItemFor(NOTICE, { documentType: 'implementation_plan', writtenOn: '2018-06-20', forwards: [] });
    expect(mapped.item).toEqual({ kind: 'implementation-plan', workPlanIssuedOn: '2018-06-20' });
    expect(mapped.note).toContain('未关联工作方案');
    try {
      dueOf(NOTICE, { documentType: 'implementation_plan' });
      throw new Error('expected a DeadlineRuleError');
    } catch (e) {
      expect(e).toBeInstanceOf(DeadlineRuleError);
      expect((e as DeadlineRuleError).field).toBe('workPlanIssuedOn');
    }
  });
});

describe('guides, interpretations and progress reports', () => {
  it('R21 for a guide change; a new guide is R22 from the day it was drafted (Asia/Shanghai)', () => {
    expect(dueOf(GUIDE, { changeApprovedOn: '2024-02-08', effectiveOn: '2024-03-01' })).toMatchObject({ rule: 'R21', due: '2024-02-09' });
    expect(() => dueOf(GUIDE, { changeApprovedOn: '2024-02-08' })).toThrow(DeadlineRuleError);
    // 2024-02-07 17:00 UTC is 02-08 01:00 in Shanghai.
    const mapped = deadlineItemFor(GUIDE, { createdAt: '2024-02-07T17:00:00.000Z' });
    expect(mapped.item).toEqual({ kind: 'information', formedOn: '2024-02-08' });
    expect(mapped.note).toContain('R22');
  });

  it('R22 for an interpretation, from its 发布日期 or the day it was drafted', () => {
    expect(deadlineItemFor(INTERPRETATION, { releasedOn: '2018-09-28', createdAt: '2018-01-01T00:00:00Z' }).item).toEqual({ kind: 'information', formedOn: '2018-09-28' });
    expect(deadlineItemFor(INTERPRETATION, { createdAt: '2018-09-27T16:30:00Z' }).item).toEqual({ kind: 'information', formedOn: '2018-09-28' });
  });

  it('R25 for a progress report: year end of the year it was reported in', () => {
    expect(dueOf(PROGRESS_REPORT, { reportedOn: '2018-06-01' })).toMatchObject({ rule: 'R25', due: '2018-12-31' });
    expect(() => deadlineItemFor(PROGRESS_REPORT, {})).toThrow('报送日期');
  });
});

describe('unitOf and titleOf', () => {
  it('takes the unit record, else the issuer text; an interpretation takes its first notice’s', () => {
    expect(unitOf(NOTICE, { issuingUnit: { documentId: 'u1', name: '司法局' }, issuer: '市政府办' })).toEqual({ documentId: 'u1', name: '司法局' });
    expect(unitOf(NOTICE, { issuingUnit: null, issuer: '市政府办' })).toEqual({ documentId: null, name: '市政府办' });
    expect(unitOf(GUIDE, { handlingUnit: { documentId: 'u2', name: '政务服务中心' } })).toEqual({ documentId: 'u2', name: '政务服务中心' });
    expect(unitOf(GUIDE, {})).toBeNull();
    expect(unitOf(PROGRESS_REPORT, { unit: { documentId: 'u3', name: '财政局' } })).toEqual({ documentId: 'u3', name: '财政局' });
    expect(unitOf(INTERPRETATION, { notices: [{ issuer: '市政府办' }, { issuer: '其他' }] })).toEqual({ documentId: null, name: '市政府办' });
    expect(unitOf(INTERPRETATION, { notices: [] })).toBeNull();
  });

  it('uses the title, or the text of a progress report, shortened', () => {
    expect(titleOf({ title: '通知' })).toBe('通知');
    expect(titleOf({ text: '落实情况' })).toBe('落实情况');
    const long = titleOf({ text: '字'.repeat(300) });
    expect(long).toHaveLength(200);
    expect(long.endsWith('…')).toBe(true);
  });
});
