// Status of an item against its due date (R20: show the due date, flag overdue items,
// record on-time or late). Lateness and time left are counted in working days with the
// same rule as the due date (the due day itself is the last on-time day).
import { isIsoDate } from '@gongkai/shared';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { DueDate } from './types';

export type DeadlineState = 'on-time' | 'due-today' | 'overdue' | 'published-on-time' | 'published-late';

export interface DeadlineStatus {
  state: DeadlineState;
  due: string;
  /**
   * on-time: working days left after today up to the due day; due-today: 0;
   * overdue / published-late: working days after the due day up to today / the publication;
   * published-on-time: working days the publication was ahead of the due day.
   */
  workingDays: number;
  label: string;
  /** True when the due date or the count depends on a year without a loaded schedule. */
  provisional: boolean;
}

export interface DeadlineStatusInput {
  due: string | DueDate;
  /** Publication (or answer) date; absent while not yet published. */
  publishedOn?: string | null;
  /** Today's date in Asia/Shanghai (use shanghaiDate() from @gongkai/shared). */
  today: string;
}

function checkDate(label: string, value: unknown): string {
  if (!isIsoDate(value)) throw new RangeError(`${label} ${String(value)} 无效（应为 YYYY-MM-DD）`);
  return value;
}

export function deadlineStatus(input: DeadlineStatusInput, calendar: WorkingCalendar): DeadlineStatus {
  const due = checkDate('截止日期', typeof input.due === 'string' ? input.due : input.due?.due);
  const dueProvisional = typeof input.due === 'string' ? false : input.due.provisional;
  const status = (state: DeadlineState, span: { days: number; provisional: boolean }, label: string): DeadlineStatus => ({
    state,
    due,
    workingDays: span.days,
    label,
    provisional: dueProvisional || span.provisional,
  });

  if (input.publishedOn !== undefined && input.publishedOn !== null && input.publishedOn !== '') {
    const published = checkDate('公开日期', input.publishedOn);
    if (published <= due) {
      const ahead = calendar.workingDaysBetween(published, due);
      return status('published-on-time', ahead, '按时公开');
    }
    const late = calendar.workingDaysBetween(due, published);
    // Published on a rest day right after the due day: late, but by less than a working day.
    return status('published-late', late, late.days > 0 ? `逾期 ${late.days} 个工作日公开` : '逾期公开（不足 1 个工作日）');
  }

  const today = checkDate('当前日期', input.today);
  if (today === due) return status('due-today', { days: 0, provisional: false }, '今日到期');
  if (today < due) {
    const left = calendar.workingDaysBetween(today, due);
    return status('on-time', left, `未到期，还剩 ${left.days} 个工作日（${due} 截止）`);
  }
  const over = calendar.workingDaysBetween(due, today);
  return status('overdue', over, over.days > 0 ? `已逾期 ${over.days} 个工作日` : '已逾期（不足 1 个工作日）');
}
