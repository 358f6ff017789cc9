// The working-day calendar (工作日) behind every deadline (R20–R25).
//
// Counting rule (R20 note): the day of the triggering event is not counted; day 1 is the
// next working day. Weekends and the State Council's holidays are off; 调休 make-up
// Saturdays/Sundays are working days.
//
// Data: the bundled snapshot (chinese-days) plus administrator overrides. An override for
// year Y REPLACES the bundled year Y as a whole (it does not patch individual dates):
// a year's schedule is published as one notice, so an administrator states the full year;
// a wrongly bundled holiday is removed simply by leaving it out (a per-date patch would
// need a third "normal day" marker the import formats do not have); and "what the admin
// loaded for Y is exactly what is used for Y" is easy to check. Use `overrideImpact`
// to show the dates an import would add or drop before saving it.
//
// A date in a year with neither bundled nor override data is guessed as Monday–Friday and
// marked `provisional`, with the year listed in `missingYears`, so that no one mistakes a
// weekends-only guess for the real schedule (chinese-days does exactly that silently).
import { fromDayNumber } from '@gongkai/shared';
import { dayNumberOf, isWeekend, yearOfDay } from './day-math';
import { BUNDLED_CALENDAR } from './bundled/snapshot';
import { validateYearSchedule } from './import/validate-year';
import type {
  AddWorkingDaysResult,
  CalendarData,
  CalendarDay,
  CalendarYear,
  DayInfo,
  PauseRange,
  SkippedDay,
  WorkingDaysBetweenResult,
  YearSource,
} from './types';

export interface WorkingCalendarOptions {
  /** Defaults to the bundled chinese-days snapshot. */
  bundled?: CalendarData;
  /** Administrator-loaded years; each replaces the bundled year of the same number. */
  overrides?: CalendarData;
}

export interface AddWorkingDaysOptions {
  /** Date ranges (inclusive) whose working days are not counted, e.g. R24 third-party consultation. */
  pauses?: PauseRange[];
}

export interface OverrideImpact {
  year: number;
  /** What the override would replace. */
  replaces: YearSource | null;
  addedHolidays: string[];
  removedHolidays: string[];
  addedMakeupWorkdays: string[];
  removedMakeupWorkdays: string[];
}

type Special = { kind: 'off' | 'makeup'; name: string };

const dates = (days: CalendarDay[]) => days.map((d) => d.date);
const minus = (a: string[], b: string[]) => a.filter((x) => !b.includes(x));

export class WorkingCalendar {
  private readonly years = new Map<number, { source: YearSource; data: CalendarYear }>();
  private readonly special = new Map<string, Special>();

  constructor(options: WorkingCalendarOptions = {}) {
    const bundled = options.bundled ?? BUNDLED_CALENDAR;
    for (const [y, data] of Object.entries(bundled)) this.years.set(Number(y), { source: 'bundled', data });
    for (const [y, data] of Object.entries(options.overrides ?? {})) {
      // Stored overrides went through the import validation; check again so a bad row cannot
      // corrupt every deadline (throws CalendarImportError).
      const v = validateYearSchedule(Number(y), data.holidays ?? [], data.makeupWorkdays ?? []);
      this.years.set(v.year, { source: 'override', data: { holidays: v.holidays, makeupWorkdays: v.makeupWorkdays } });
    }
    for (const { data } of this.years.values()) {
      for (const d of data.holidays) this.special.set(d.date, { kind: 'off', name: d.name });
      for (const d of data.makeupWorkdays) this.special.set(d.date, { kind: 'makeup', name: d.name });
    }
  }

  /** Years with a schedule (bundled or override), ascending. */
  coveredYears(): number[] {
    return [...this.years.keys()].sort((a, b) => a - b);
  }

  isCovered(year: number): boolean {
    return this.years.has(year);
  }

  /** Years from `from`'s year to `to`'s year (either order) that have no schedule. */
  missingYears(from: string, to: string): number[] {
    const a = yearOfDay(dayNumberOf(from, '起始日期'));
    const b = yearOfDay(dayNumberOf(to, '结束日期'));
    const out: number[] = [];
    for (let y = Math.min(a, b); y <= Math.max(a, b); y++) if (!this.years.has(y)) out.push(y);
    return out;
  }

  /** Where year Y's schedule comes from, or null when it has none. */
  yearSource(year: number): YearSource | null {
    return this.years.get(year)?.source ?? null;
  }

  /** The schedule in effect for year Y (e.g. to prefill the admin form), or null. */
  yearData(year: number): CalendarYear | null {
    const entry = this.years.get(year);
    return entry ? { holidays: [...entry.data.holidays], makeupWorkdays: [...entry.data.makeupWorkdays] } : null;
  }

  /** What loading `entry` as the override for its year would change (override replaces the year). */
  overrideImpact(entry: CalendarYear & { year: number }): OverrideImpact {
    const current = this.years.get(entry.year);
    const oldOff = current ? dates(current.data.holidays) : [];
    const oldOn = current ? dates(current.data.makeupWorkdays) : [];
    const newOff = dates(entry.holidays);
    const newOn = dates(entry.makeupWorkdays);
    return {
      year: entry.year,
      replaces: current?.source ?? null,
      addedHolidays: minus(newOff, oldOff),
      removedHolidays: minus(oldOff, newOff),
      addedMakeupWorkdays: minus(newOn, oldOn),
      removedMakeupWorkdays: minus(oldOn, newOn),
    };
  }

  dayInfo(iso: string): DayInfo {
    return this.infoOf(dayNumberOf(iso));
  }

  isWorkingDay(iso: string): boolean {
    return this.dayInfo(iso).working;
  }

  /**
   * The date `n` working days after `from` (R20 counting: `from` itself is not counted).
   * n = 0 gives `from`. Non-working days passed over are listed in `skipped`, and so are
   * working days inside a pause (with the pause's reason) — they are not counted either.
   */
  addWorkingDays(from: string, n: number, options: AddWorkingDaysOptions = {}): AddWorkingDaysResult {
    const start = dayNumberOf(from, '起始日期');
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`工作日天数 ${n} 无效，必须是非负整数`);
    const pauses = (options.pauses ?? []).map((p) => ({
      from: dayNumberOf(p.from, '暂停起始日期'),
      to: dayNumberOf(p.to, '暂停结束日期'),
      reason: p.reason,
    }));
    for (const p of pauses) {
      if (p.to < p.from) throw new RangeError(`暂停期间 ${fromDayNumber(p.from)} 至 ${fromDayNumber(p.to)} 无效：结束早于开始`);
    }
    const skipped: SkippedDay[] = [];
    const missing = new Set<number>();
    let day = start;
    for (let counted = 0; counted < n; ) {
      day++;
      const info = this.infoOf(day);
      if (info.provisional) missing.add(yearOfDay(day));
      const pause = info.working ? pauses.find((p) => p.from <= day && day <= p.to) : undefined;
      if (!info.working) skipped.push({ date: info.date, reason: info.reason });
      else if (pause) skipped.push({ date: info.date, reason: pause.reason });
      else counted++;
    }
    const missingYears = [...missing].sort((a, b) => a - b);
    return { from, days: n, due: fromDayNumber(day), provisional: missingYears.length > 0, skipped, missingYears };
  }

  /**
   * Working days d with from < d <= to — the same counting as addWorkingDays, so
   * workingDaysBetween(from, addWorkingDays(from, n).due).days === n. When to < from the
   * count is mirrored (negative), e.g. for "days left" turned "days overdue".
   */
  workingDaysBetween(from: string, to: string): WorkingDaysBetweenResult {
    const a = dayNumberOf(from, '起始日期');
    const b = dayNumberOf(to, '结束日期');
    const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
    const missing = new Set<number>();
    let days = 0;
    for (let day = lo + 1; day <= hi; day++) {
      const info = this.infoOf(day);
      if (info.provisional) missing.add(yearOfDay(day));
      if (info.working) days++;
    }
    const missingYears = [...missing].sort((x, y) => x - y);
    return { from, to, days: sign * days, provisional: missingYears.length > 0, missingYears };
  }

  private infoOf(day: number): DayInfo {
    const date = fromDayNumber(day);
    const provisional = !this.years.has(yearOfDay(day));
    const special = this.special.get(date);
    if (special?.kind === 'makeup') return { date, working: true, reason: '调休上班', name: special.name, provisional };
    if (special?.kind === 'off') {
      return { date, working: false, reason: special.name ? `法定节假日：${special.name}` : '法定节假日', name: special.name, provisional };
    }
    return isWeekend(day)
      ? { date, working: false, reason: '周末', provisional }
      : { date, working: true, reason: '工作日', provisional };
  }
}
