// The one "start date + N working days" step every working-day rule uses (R20–R24).
import { isIsoDate } from '@gongkai/shared';
import type { AddWorkingDaysOptions, WorkingCalendar } from '../calendar/working-calendar';
import type { AddWorkingDaysResult } from '../calendar/types';
import { DeadlineRuleError } from './errors';
import type { DueDate, RuleId } from './types';

/** The value as a real ISO date, or a DeadlineRuleError naming the field (Chinese). */
export function requireDate(rule: RuleId, field: string, label: string, value: unknown): string {
  if (value === undefined || value === null || value === '') {
    throw new DeadlineRuleError(rule, field, `${rule}：缺少${label}，无法计算期限`);
  }
  if (!isIsoDate(value)) throw new DeadlineRuleError(rule, field, `${rule}：${label} ${String(value)} 无效（应为 YYYY-MM-DD）`);
  return value;
}

export interface WorkingDayDue {
  due: DueDate;
  count: AddWorkingDaysResult;
}

/** `label start + n 个工作日` → DueDate; `note` is appended to the basis. */
export function dueAfterWorkingDays(
  calendar: WorkingCalendar,
  rule: RuleId,
  label: string,
  start: string,
  n: number,
  note = '',
  options: AddWorkingDaysOptions = {},
): WorkingDayDue {
  const count = calendar.addWorkingDays(start, n, options);
  return {
    count,
    due: {
      rule,
      due: count.due,
      provisional: count.provisional,
      missingYears: count.missingYears,
      basis: `${label} ${start} + ${n} 个工作日${note}`,
    },
  };
}
