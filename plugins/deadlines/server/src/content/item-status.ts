// The status of one item against its deadline (R20: show the due date, flag overdue items,
// record on-time or late), from its due date and what is known of its publications.
import type { WorkingCalendar } from '../calendar/working-calendar';
import { deadlineStatus, type DeadlineState } from '../rules/deadline-status';
import type { DueDate, RuleId } from '../rules/types';

/** A publication of the item: a deadline-record, or (before any record) its published version. */
export interface Publication {
  rule: RuleId;
  /** The due date in force when it was published. */
  due: string;
  /** Asia/Shanghai date of the publication. */
  publishedOn: string;
  publishedTime: string | null;
  source: 'record' | 'published-version';
}

export interface ItemStatus {
  rule: RuleId;
  due: string;
  basis: string;
  state: DeadlineState;
  /** Chinese label, e.g. '已逾期 2 个工作日'. */
  label: string;
  /** See DeadlineStatus.workingDays: days left, days late, or days ahead. */
  workingDays: number;
  provisional: boolean;
  missingYears: number[];
  /** The publication that met (or missed) this due date, if any. */
  publication: Publication | null;
  /** Chinese warning when the date is provisional (a year's schedule is not loaded). */
  warning: string | null;
}

/** "Load that year" warning for a provisional date (R20 note: no silent weekends-only guess). */
export function missingYearsWarning(years: number[]): string | null {
  if (!years.length) return null;
  return `${years.join('、')} 年的节假日安排尚未载入，日期按周一至周五推算，仅供参考（暂定）。请管理员在“公开时限”页面载入该年安排。`;
}

/**
 * The due date is met by the first publication made while that due date was in force
 * (same rule and date): later re-publications of a corrected typo do not change it, and a
 * change that moves the due date (a new guide change, a corrected 签发日期) starts a new
 * deadline that is pending until the item is published again.
 */
export function resolveStatus(input: {
  due: DueDate;
  publications: Publication[];
  today: string;
  calendar: WorkingCalendar;
}): ItemStatus {
  const { due, calendar } = input;
  const sameDeadline = (p: Publication) => p.rule === due.rule && p.due === due.due;
  const ordered = [...input.publications].sort((a, b) => (a.publishedTime ?? a.publishedOn).localeCompare(b.publishedTime ?? b.publishedOn));
  const publication =
    ordered.find((p) => p.source === 'record' && sameDeadline(p)) ?? ordered.find((p) => p.source === 'published-version' && sameDeadline(p)) ?? null;
  const status = deadlineStatus({ due, publishedOn: publication?.publishedOn ?? null, today: input.today }, calendar);
  const missingYears = [...new Set([...due.missingYears, ...(status.provisional ? yearsOf(status, calendar, input.today, publication) : [])])].sort((a, b) => a - b);
  return {
    rule: due.rule,
    due: due.due,
    basis: due.basis,
    state: status.state,
    label: status.label,
    workingDays: status.workingDays,
    provisional: status.provisional,
    missingYears,
    publication,
    warning: missingYearsWarning(missingYears),
  };
}

/** Years without a schedule between the due date and the day the status was counted to. */
function yearsOf(status: { due: string }, calendar: WorkingCalendar, today: string, publication: Publication | null): number[] {
  const other = publication?.publishedOn ?? today;
  return calendar.missingYears(status.due, other);
}
