// R25: a unit's implementation plan goes public within 1 month of the work plan's issue
// (`000` 二); progress reports are due by year end (`000` 三, `001`).
//
// "1 month" is a calendar month, counted as the 民法典 counts periods: the issue day is not
// counted (第二百零一条), the period ends on the same day number of the next month, clamped
// to that month's last day when it has no such day (01-31 → 02-28/29), and when that last
// day is a rest day (weekend or holiday) it moves to the next working day (第二百零三条).
import { fromDayNumber } from '@gongkai/shared';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { addCalendarMonths, dayNumberOf, dayOfWeek, WEEKDAY_NAMES } from '../calendar/day-math';
import { MAX_YEAR, MIN_YEAR } from '../calendar/import/validate-year';
import { requireDate } from './count';
import { DeadlineRuleError } from './errors';
import type { DueDate, ImplementationPlanItem, ProgressReportItem } from './types';

export const R25_MONTHS = 1;

export function r25ImplementationPlanDue(item: Omit<ImplementationPlanItem, 'kind'>, calendar: WorkingCalendar): DueDate {
  const issuedOn = requireDate('R25', 'workPlanIssuedOn', '工作方案印发日期', item.workPlanIssuedOn);
  const nominal = addCalendarMonths(issuedOn, R25_MONTHS);
  // The first working day on or after the nominal end: one working day after the day before it.
  const rolled = calendar.addWorkingDays(fromDayNumber(dayNumberOf(nominal) - 1), 1);
  let basis = `工作方案印发日期 ${issuedOn} + ${R25_MONTHS} 个月 = ${nominal}`;
  if (rolled.due !== nominal) {
    const info = calendar.dayInfo(nominal);
    const why = info.reason === '周末' ? WEEKDAY_NAMES[dayOfWeek(dayNumberOf(nominal))] : info.reason;
    basis += `（${why}），顺延至 ${rolled.due}`;
  }
  return { rule: 'R25', due: rolled.due, provisional: rolled.provisional, missingYears: rolled.missingYears, basis };
}

/** Yearly progress reports: a fixed date (年底前), not a period, so no roll-forward. */
export function r25ProgressReportDue(item: Omit<ProgressReportItem, 'kind'>): DueDate {
  const { year } = item;
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new DeadlineRuleError('R25', 'year', `R25：年度 ${String(year)} 无效`);
  }
  return { rule: 'R25', due: `${year}-12-31`, provisional: false, missingYears: [], basis: `${year} 年落实情况须在年底前报送并公开` };
}
