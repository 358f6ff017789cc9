// Shapes of the working-day calendar (R20–R25). Dates are always 'YYYY-MM-DD' strings
// read as Asia/Shanghai calendar dates; nothing here is a Date object.

/** One dated entry of a year's schedule: an off day or a 调休 make-up workday. */
export interface CalendarDay {
  date: string;
  /** Holiday name, e.g. '国庆节'; may be '' when the source gave none. */
  name: string;
}

/** One year of the State Council schedule (国务院办公厅关于某年部分节假日安排的通知). */
export interface CalendarYear {
  /** Days off: statutory holidays and the days swapped into them (incl. weekend days inside the block). */
  holidays: CalendarDay[];
  /** 调休 make-up days: weekend days that are working days. */
  makeupWorkdays: CalendarDay[];
}

/** Schedules keyed by calendar year; every date of year Y's entry lies in Y. */
export type CalendarData = Record<number, CalendarYear>;

export type DayReason = '周末' | '法定节假日' | `法定节假日：${string}` | '调休上班' | '工作日';

export interface DayInfo {
  date: string;
  working: boolean;
  reason: DayReason;
  /** Holiday name for holidays and make-up days, e.g. '国庆节'. */
  name?: string;
  /** True when the year has no schedule loaded: the answer is a Monday–Friday guess. */
  provisional: boolean;
}

export interface SkippedDay {
  date: string;
  reason: string;
}

/** A range of dates (inclusive) whose working days are not counted, e.g. third-party consultation (R24). */
export interface PauseRange {
  from: string;
  to: string;
  /** Shown as the skip reason of the paused working days, e.g. '征求第三方意见（不计入期限）'. */
  reason: string;
}

export interface AddWorkingDaysResult {
  from: string;
  days: number;
  due: string;
  provisional: boolean;
  /** Non-working (and paused) days passed over between `from` (exclusive) and `due`. */
  skipped: SkippedDay[];
  /** Years without a loaded schedule that the count passed through (empty unless provisional). */
  missingYears: number[];
}

export interface WorkingDaysBetweenResult {
  from: string;
  to: string;
  /** Working days d with from < d <= to; negative (mirrored) when to < from. */
  days: number;
  provisional: boolean;
  missingYears: number[];
}

export type YearSource = 'override' | 'bundled';
