// R21: a changed 办事指南 goes public within 1 working day after the change is approved,
// together with its effective date (具体实施时间) (`000` (七)2, `001` 26, `004` (四)).
import type { WorkingCalendar } from '../calendar/working-calendar';
import { dueAfterWorkingDays, requireDate } from './count';
import type { DueDate, GuideChangeItem } from './types';

export const R21_WORKING_DAYS = 1;

export function r21Due(change: Omit<GuideChangeItem, 'kind'>, calendar: WorkingCalendar): DueDate {
  const approvedOn = requireDate('R21', 'approvedOn', '变更批准日期', change.approvedOn);
  // The effective date is published with the change, so a change without one is incomplete.
  const effectiveOn = requireDate('R21', 'effectiveOn', '具体实施时间（实施日期）', change.effectiveOn);
  return dueAfterWorkingDays(calendar, 'R21', '变更批准日期', approvedOn, R21_WORKING_DAYS, `（实施日期 ${effectiveOn}）`).due;
}
