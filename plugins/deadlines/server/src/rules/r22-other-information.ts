// R22: other proactively disclosed information goes public within 20 working days of being
// formed or changed (条例 第二十六条). The clock runs from the latest change when there is one.
import type { WorkingCalendar } from '../calendar/working-calendar';
import { dueAfterWorkingDays, requireDate } from './count';
import { DeadlineRuleError } from './errors';
import type { DueDate } from './types';

export const R22_WORKING_DAYS = 20;

export interface R22Start {
  /** Date the information was formed, with the label shown in the basis (e.g. '成文日期'). */
  formedOn: unknown;
  formedLabel: string;
  formedField: string;
  changedOn?: string | null;
}

export function r22Due(start: R22Start, calendar: WorkingCalendar): DueDate {
  const formedOn = requireDate('R22', start.formedField, start.formedLabel, start.formedOn);
  if (start.changedOn === undefined || start.changedOn === null || start.changedOn === '') {
    return dueAfterWorkingDays(calendar, 'R22', start.formedLabel, formedOn, R22_WORKING_DAYS).due;
  }
  const changedOn = requireDate('R22', 'changedOn', '变更日期', start.changedOn);
  if (changedOn < formedOn) {
    throw new DeadlineRuleError('R22', 'changedOn', `R22：变更日期 ${changedOn} 不能早于${start.formedLabel} ${formedOn}`);
  }
  return dueAfterWorkingDays(calendar, 'R22', '变更日期', changedOn, R22_WORKING_DAYS).due;
}
