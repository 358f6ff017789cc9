// Validation of one year's holiday schedule, shared by the JSON and ICS importers and by
// WorkingCalendar for stored overrides (R20 note: administrators load each year's schedule).
import { toDayNumber } from '@gongkai/shared';
import { dayOfWeek, isWeekend, WEEKDAY_NAMES } from '../day-math';
import type { CalendarDay, CalendarYear } from '../types';
import { CalendarImportError, locatedMessage, type SourceLocation } from './errors';

/** Years an administrator may load (and the HTTP calculator accepts). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** An entry as read from an import, before validation. */
export interface RawDayEntry extends SourceLocation {
  date: unknown;
  name?: unknown;
}

export interface ValidatedYear extends CalendarYear {
  year: number;
  /** Non-fatal findings, Chinese, e.g. a make-up day that is not a weekend. */
  warnings: string[];
}

export function validateYearNumber(year: unknown, at: SourceLocation = {}): number {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new CalendarImportError(`年份 ${JSON.stringify(year)} 无效，应为 ${MIN_YEAR}—${MAX_YEAR} 之间的整数`, at);
  }
  return year;
}

function validateList(year: number, list: RawDayEntry[], label: string, warnings: string[]): Array<CalendarDay & SourceLocation> {
  const seen = new Map<string, CalendarDay & SourceLocation>();
  for (const entry of list) {
    const at: SourceLocation = { line: entry.line, field: entry.field };
    if (typeof entry.date !== 'string' || toDayNumber(entry.date) === null) {
      throw new CalendarImportError(`日期 ${String(entry.date)} 无效（应为 YYYY-MM-DD 格式的真实日期）`, at);
    }
    if (Number(entry.date.slice(0, 4)) !== year) {
      throw new CalendarImportError(`日期 ${entry.date} 不在 ${year} 年内（跨年的日期请放入该日期所在年份的条目）`, at);
    }
    if (entry.name !== undefined && entry.name !== null && typeof entry.name !== 'string') {
      throw new CalendarImportError(`名称必须是文字`, at);
    }
    const name = typeof entry.name === 'string' ? entry.name.trim() : '';
    if (seen.has(entry.date)) {
      warnings.push(locatedMessage(`${label}日期 ${entry.date} 重复出现，只保留第一次`, at));
      continue;
    }
    seen.set(entry.date, { date: entry.date, name, line: entry.line, field: entry.field });
  }
  return [...seen.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const strip = ({ date, name }: CalendarDay): CalendarDay => ({ date, name });

/**
 * Check one year: every date real and inside `year`, no date both off and make-up (error);
 * duplicates are dropped and make-up days that are not weekends reported (warnings).
 */
export function validateYearSchedule(
  year: unknown,
  holidays: RawDayEntry[],
  makeupWorkdays: RawDayEntry[],
  yearAt: SourceLocation = {},
): ValidatedYear {
  const y = validateYearNumber(year, yearAt);
  const warnings: string[] = [];
  const off = validateList(y, holidays, '放假', warnings);
  const on = validateList(y, makeupWorkdays, '调休上班', warnings);
  const offByDate = new Map(off.map((d) => [d.date, d]));
  for (const d of on) {
    const clash = offByDate.get(d.date);
    if (clash) {
      const other = clash.line ? `，另见第 ${clash.line} 行` : clash.field ? `，另见 ${clash.field}` : '';
      throw new CalendarImportError(`日期 ${d.date} 不能既是放假日又是调休上班日${other}`, d);
    }
    const day = toDayNumber(d.date)!;
    if (!isWeekend(day)) {
      warnings.push(locatedMessage(`调休上班日 ${d.date} 是${WEEKDAY_NAMES[dayOfWeek(day)]}，本来就是工作日，请核对`, d));
    }
  }
  return { year: y, holidays: off.map(strip), makeupWorkdays: on.map(strip), warnings };
}
