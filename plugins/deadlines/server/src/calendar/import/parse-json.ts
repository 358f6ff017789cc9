// JSON import of holiday schedules (R20 note). Shape, one object or an array of them:
//   { "year": 2027,
//     "holidays":       [{ "date": "2027-01-01", "name": "元旦" }, …],
//     "makeupWorkdays": [{ "date": "2027-02-07", "name": "春节调休" }, …] }
// `makeupWorkdays` may be omitted (a year without 调休); unknown fields are rejected so a
// typo such as "workdays" cannot silently drop a year's make-up days.
import { CalendarImportError, type SourceLocation } from './errors';
import { validateYearSchedule, type RawDayEntry, type ValidatedYear } from './validate-year';

const YEAR_KEYS = ['year', 'holidays', 'makeupWorkdays'];
const DAY_KEYS = ['date', 'name'];

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Lines on which `pattern` matches; JSON.parse forgets positions, so values are found again by text. */
function linesMatching(text: string, pattern: RegExp): number[] {
  const lines: number[] = [];
  for (const m of text.matchAll(new RegExp(pattern.source, 'g'))) lines.push(lineAt(text, m.index ?? 0));
  return lines;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function parseText(text: string): unknown {
  if (!text.trim()) throw new CalendarImportError('导入内容为空');
  try {
    return JSON.parse(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(reason);
    const line = pos ? lineAt(text, Number(pos[1])) : lineAt(text, text.length);
    throw new CalendarImportError(`JSON 格式错误：${reason}`, { line });
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readDays(text: string, value: unknown, list: string, prefix: string): RawDayEntry[] {
  if (!Array.isArray(value)) throw new CalendarImportError(`${list} 必须是数组`, { field: `${prefix}${list}` });
  return value.map((item, i) => {
    const field = `${prefix}${list} 第 ${i + 1} 项`;
    if (!isPlainObject(item)) throw new CalendarImportError('每一项必须是 { "date": "YYYY-MM-DD", "name": "…" } 形式的对象', { field });
    const unknown = Object.keys(item).filter((k) => !DAY_KEYS.includes(k));
    if (unknown.length) throw new CalendarImportError(`未知字段 ${unknown.join('、')}（只允许 date、name）`, { field });
    if (item.date === undefined) throw new CalendarImportError('缺少 date', { field });
    const lines = typeof item.date === 'string' ? linesMatching(text, new RegExp(`"${escapeRegExp(item.date)}"`)) : [];
    const at: SourceLocation = { field: `${field} date`, line: lines.length === 1 ? lines[0] : undefined };
    return { date: item.date, name: item.name, ...at };
  });
}

/** Parse and validate a JSON schedule import; throws CalendarImportError naming the line/field. */
export function parseJsonSchedule(text: string): ValidatedYear[] {
  const root = parseText(text);
  const entries = Array.isArray(root) ? root : [root];
  if (entries.length === 0) throw new CalendarImportError('没有任何年度数据');
  const yearLines = linesMatching(text, /"year"\s*:/);
  const years = new Set<number>();
  return entries.map((entry, i) => {
    const prefix = Array.isArray(root) ? `第 ${i + 1} 条 ` : '';
    const yearAt: SourceLocation = {
      field: `${prefix}year`,
      line: yearLines.length === entries.length ? yearLines[i] : undefined,
    };
    if (!isPlainObject(entry)) {
      throw new CalendarImportError('每条年度数据必须是含 year、holidays、makeupWorkdays 的对象', { field: prefix.trim() || undefined });
    }
    const unknown = Object.keys(entry).filter((k) => !YEAR_KEYS.includes(k));
    if (unknown.length) {
      throw new CalendarImportError(`未知字段 ${unknown.join('、')}（只允许 year、holidays、makeupWorkdays）`, { field: prefix.trim() || undefined, line: yearAt.line });
    }
    if (entry.year === undefined) throw new CalendarImportError('缺少 year', yearAt);
    if (entry.holidays === undefined) throw new CalendarImportError('缺少 holidays（放假日期列表）', yearAt);
    const holidays = readDays(text, entry.holidays, 'holidays', prefix);
    const makeup = entry.makeupWorkdays === undefined ? [] : readDays(text, entry.makeupWorkdays, 'makeupWorkdays', prefix);
    const validated = validateYearSchedule(entry.year, holidays, makeup, yearAt);
    if (years.has(validated.year)) throw new CalendarImportError(`年份 ${validated.year} 重复出现`, yearAt);
    years.add(validated.year);
    return validated;
  });
}
