// ICS (iCalendar, RFC 5545) import of holiday schedules (R20 note).
//
// Convention, per VEVENT:
// - DTSTART;VALUE=DATE:YYYYMMDD is required (all-day events only; a DATE-TIME would make
//   the day depend on a time zone, so it is rejected).
// - DTEND;VALUE=DATE is exclusive, as RFC 5545 says: 20261001 → 20261008 covers
//   10-01 … 10-07. DURATION:PnD / PnW is accepted instead; with neither, one day.
// - The kind comes from SUMMARY, or from CATEGORIES when SUMMARY has no marker:
//   text containing 班 (上班, 补班, "(班)") is a 调休 make-up workday; otherwise text
//   containing 休 or 假 (放假, 休息, "(休)", 假期) is a day off. 班 is checked first because
//   "调休上班" contains 休. Anything else is an error naming the line.
// - The holiday name is SUMMARY without those markers: "春节(班)" → "春节".
// This matches the calendars published by chinese-days ("国庆节(休)", "国庆节(班)") and
// the usual Chinese holiday subscriptions. Dates are grouped by their calendar year.
import { fromDayNumber, toDayNumber } from '@gongkai/shared';
import { CalendarImportError } from './errors';
import { validateYearSchedule, type RawDayEntry, type ValidatedYear } from './validate-year';

interface ContentLine {
  name: string;
  params: Record<string, string>;
  value: string;
  line: number;
}

type Kind = 'off' | 'makeup';

const MAX_EVENT_DAYS = 31;

/** Unfold RFC 5545 continuation lines (leading space/tab), remembering each logical line's first physical line. */
function unfold(text: string): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && out.length) out[out.length - 1].text += raw.slice(1);
    else if (raw.trim() !== '') out.push({ text: raw, line: i + 1 });
  });
  return out;
}

function parseContentLine(text: string, line: number): ContentLine {
  let colon = -1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon < 0) throw new CalendarImportError(`无法识别的内容“${text.slice(0, 40)}”（应为 名称:值）`, { line });
  const [name, ...paramParts] = text.slice(0, colon).split(';');
  const params: Record<string, string> = {};
  for (const p of paramParts) {
    const eq = p.indexOf('=');
    if (eq > 0) params[p.slice(0, eq).toUpperCase()] = p.slice(eq + 1).replace(/^"|"$/g, '');
  }
  const value = text
    .slice(colon + 1)
    .replace(/\\[nN]/g, '\n')
    .replace(/\\([,;\\])/g, '$1');
  return { name: name.toUpperCase(), params, value, line };
}

function parseIcsDate(prop: ContentLine): number {
  const valueType = (prop.params.VALUE ?? 'DATE').toUpperCase();
  if (valueType !== 'DATE' || /T/i.test(prop.value)) {
    throw new CalendarImportError(`${prop.name} 必须是全天日期（${prop.name};VALUE=DATE:YYYYMMDD），不支持带时间的事件`, { line: prop.line });
  }
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(prop.value.trim());
  const day = m ? toDayNumber(`${m[1]}-${m[2]}-${m[3]}`) : null;
  if (day === null) throw new CalendarImportError(`日期 ${prop.value} 无效（应为 YYYYMMDD）`, { line: prop.line });
  return day;
}

function kindOf(text: string | undefined): Kind | null {
  if (!text) return null;
  if (text.includes('班')) return 'makeup';
  if (/[休假]/.test(text)) return 'off';
  return null;
}

function holidayName(summary: string | undefined): string {
  return (summary ?? '')
    .replace(/[（(]\s*[休班假]\s*[)）]/g, '')
    .replace(/调休上班|放假调休|补班|上班|放假|休假|休息|假期|调休|[休班]$/g, '')
    .replace(/^[\s,，、:：-]+|[\s,，、:：-]+$/g, '');
}

interface EventDays {
  kind: Kind;
  name: string;
  days: number[];
  line: number;
}

function readEvent(props: ContentLine[], beginLine: number): EventDays {
  const get = (name: string) => props.find((p) => p.name === name);
  const start = get('DTSTART');
  if (!start) throw new CalendarImportError('VEVENT 缺少 DTSTART', { line: beginLine });
  const first = parseIcsDate(start);
  let count = 1;
  const end = get('DTEND');
  const duration = get('DURATION');
  if (end && duration) throw new CalendarImportError('DTEND 和 DURATION 不能同时出现', { line: duration.line });
  if (end) {
    count = parseIcsDate(end) - first; // DTEND is exclusive (RFC 5545)
    if (count < 1) throw new CalendarImportError(`DTEND 必须晚于 DTSTART（DTEND 不含当天）`, { line: end.line });
  } else if (duration) {
    const m = /^P(\d+)([DW])$/i.exec(duration.value.trim());
    if (!m) throw new CalendarImportError(`DURATION ${duration.value} 无法识别（只支持 PnD 或 PnW）`, { line: duration.line });
    count = Number(m[1]) * (m[2].toUpperCase() === 'W' ? 7 : 1);
    if (count < 1) throw new CalendarImportError('DURATION 不能为 0', { line: duration.line });
  }
  if (count > MAX_EVENT_DAYS) throw new CalendarImportError(`事件跨度 ${count} 天，超过 ${MAX_EVENT_DAYS} 天，请核对`, { line: start.line });
  const summary = get('SUMMARY');
  const categories = get('CATEGORIES');
  const kind = kindOf(summary?.value) ?? kindOf(categories?.value);
  if (!kind) {
    throw new CalendarImportError('无法判断是放假还是上班：SUMMARY 或 CATEGORIES 应含“休”“假”（放假）或“班”（调休上班）', {
      line: summary?.line ?? categories?.line ?? beginLine,
    });
  }
  return { kind, name: holidayName(summary?.value), days: Array.from({ length: count }, (_, i) => first + i), line: start.line };
}

/** Parse and validate an ICS schedule import; one entry per calendar year found. */
export function parseIcsSchedule(text: string): ValidatedYear[] {
  if (!text.trim()) throw new CalendarImportError('导入内容为空');
  const events: EventDays[] = [];
  let current: ContentLine[] | null = null;
  let beginLine = 0;
  let nested = 0; // components inside a VEVENT (e.g. VALARM) are skipped
  for (const { text: raw, line } of unfold(text)) {
    const prop = parseContentLine(raw, line);
    const component = prop.value.trim().toUpperCase();
    if (prop.name === 'BEGIN' && component === 'VEVENT') {
      if (current) throw new CalendarImportError('上一个 VEVENT 尚未结束（缺少 END:VEVENT）', { line });
      current = [];
      beginLine = line;
    } else if (prop.name === 'END' && component === 'VEVENT') {
      if (!current) throw new CalendarImportError('END:VEVENT 没有对应的 BEGIN:VEVENT', { line });
      events.push(readEvent(current, beginLine));
      current = null;
    } else if (current && prop.name === 'BEGIN') nested++;
    else if (current && prop.name === 'END') nested--;
    else if (current && nested === 0) current.push(prop);
  }
  if (current) throw new CalendarImportError('VEVENT 缺少 END:VEVENT', { line: beginLine });
  if (!events.length) throw new CalendarImportError('没有找到任何 VEVENT 事件');

  const byYear = new Map<number, { holidays: RawDayEntry[]; makeup: RawDayEntry[] }>();
  for (const ev of events) {
    for (const day of ev.days) {
      const date = fromDayNumber(day);
      const year = Number(date.slice(0, 4));
      if (!byYear.has(year)) byYear.set(year, { holidays: [], makeup: [] });
      const bucket = byYear.get(year)!;
      (ev.kind === 'off' ? bucket.holidays : bucket.makeup).push({ date, name: ev.name, line: ev.line });
    }
  }
  return [...byYear.keys()]
    .sort((a, b) => a - b)
    .map((year) => validateYearSchedule(year, byYear.get(year)!.holidays, byYear.get(year)!.makeup));
}
