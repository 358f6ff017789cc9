// Turn the raw data file of the `chinese-days` package (dist/chinese-days.json, documented in
// its README as the data for non-JS users) into our CalendarData (R20 note). Only the data
// is used: the package's date functions have time-zone traps (see tz.unit.test.ts).
//
// Raw shape: { holidays: { 'YYYY-MM-DD': 'English,中文,days' }, workdays: {…}, inLieuDays: {…} }
// - holidays   → our `holidays` (every day off, including weekend days inside the block);
// - workdays   → our `makeupWorkdays` (调休 weekend workdays);
// - inLieuDays → ignored: a subset of `holidays` that only says which days off were
//   obtained by swapping, which does not change whether a day is worked.
import type { CalendarData, CalendarDay, CalendarYear } from '../types';

export interface ChineseDaysRaw {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
  inLieuDays?: Record<string, string>;
}

/** The package's short names → the names used in the State Council notices. */
const OFFICIAL_NAMES: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

export function chineseName(raw: string): string {
  const zh = (raw.split(',')[1] ?? '').trim();
  return OFFICIAL_NAMES[zh] ?? zh;
}

export function extractChineseDays(raw: ChineseDaysRaw): CalendarData {
  const out: CalendarData = {};
  const yearOf = (date: string): CalendarYear => {
    const y = Number(date.slice(0, 4));
    return (out[y] ??= { holidays: [], makeupWorkdays: [] });
  };
  const add = (map: Record<string, string>, pick: (y: CalendarYear) => CalendarDay[]) => {
    for (const date of Object.keys(map).sort()) pick(yearOf(date)).push({ date, name: chineseName(map[date]) });
  };
  add(raw.holidays, (y) => y.holidays);
  add(raw.workdays, (y) => y.makeupWorkdays);
  return out;
}

/** A snapshot file: the data plus where it came from. */
export interface CalendarSnapshot {
  source: string;
  years: CalendarData;
}

/** Stable, diff-friendly JSON: one date per line, years and dates in order. */
export function formatSnapshot(snapshot: CalendarSnapshot): string {
  const day = (d: CalendarDay) => `        ${JSON.stringify({ date: d.date, name: d.name })}`;
  const list = (days: CalendarDay[]) => (days.length ? `[\n${days.map(day).join(',\n')}\n      ]` : '[]');
  const years = Object.keys(snapshot.years)
    .map(Number)
    .sort((a, b) => a - b)
    .map((y) => {
      const data = snapshot.years[y];
      return `    "${y}": {\n      "holidays": ${list(data.holidays)},\n      "makeupWorkdays": ${list(data.makeupWorkdays)}\n    }`;
    });
  return `{\n  "source": ${JSON.stringify(snapshot.source)},\n  "years": {\n${years.join(',\n')}\n  }\n}\n`;
}
