// Small date helpers on top of @gongkai/shared's day numbers (R20–R25). Every function
// works on 'YYYY-MM-DD' strings or whole-day numbers, so no answer depends on the
// process time zone. Generic enough to move into packages/shared later.
import { fromDayNumber, toDayNumber, weekday } from '@gongkai/shared';

export const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

/** Day number of a real 'YYYY-MM-DD' date; throws a RangeError (Chinese message) otherwise. */
export function dayNumberOf(iso: unknown, label = '日期'): number {
  const day = typeof iso === 'string' ? toDayNumber(iso) : null;
  if (day === null) throw new RangeError(`${label} ${String(iso)} 无效（应为 YYYY-MM-DD 格式的真实日期）`);
  return day;
}

/** 0 = Sunday … 6 = Saturday for any day number (the shared helper, re-exported by name). */
export const dayOfWeek = weekday;

export function isWeekend(day: number): boolean {
  const w = dayOfWeek(day);
  return w === 0 || w === 6;
}

/** Calendar year of a day number (read from the ISO string, never from local time). */
export function yearOfDay(day: number): number {
  return Number(fromDayNumber(day).slice(0, 4));
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month1: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month1 === 2 && leap ? 29 : MONTH_LENGTHS[month1 - 1];
}

/**
 * Add calendar months to an ISO date (R25). The result keeps the day of month; when the
 * target month is shorter it is clamped to that month's last day (01-31 + 1 month =
 * 02-28, or 02-29 in a leap year) — the 民法典 第二百零一条 rule "没有对应日的，月末日为期间的最后一日".
 */
export function addCalendarMonths(iso: string, months: number): string {
  dayNumberOf(iso);
  if (!Number.isInteger(months)) throw new RangeError(`月数 ${months} 必须是整数`);
  const [y, m, d] = iso.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month1 = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month1));
  return `${String(year).padStart(4, '0')}-${String(month1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
