// Administrator import of holiday schedules (R20 note). See parse-json.ts / parse-ics.ts
// for the accepted shapes and the ICS 休/班 convention.
import { CalendarImportError } from './errors';
import { parseIcsSchedule } from './parse-ics';
import { parseJsonSchedule } from './parse-json';
import type { ValidatedYear } from './validate-year';

export { CalendarImportError } from './errors';
export { validateYearSchedule, MIN_YEAR, MAX_YEAR, type ValidatedYear, type RawDayEntry } from './validate-year';

export type CalendarImportFormat = 'json' | 'ics';

/**
 * Parse an imported schedule into per-year entries `{ year, holidays, makeupWorkdays, warnings }`.
 * Throws CalendarImportError with a Chinese message naming the line/field.
 */
export function parseCalendarImport(text: string, format: CalendarImportFormat): ValidatedYear[] {
  if (typeof text !== 'string') throw new CalendarImportError('导入内容必须是文本');
  if (format === 'json') return parseJsonSchedule(text);
  if (format === 'ics') return parseIcsSchedule(text);
  throw new CalendarImportError(`不支持的格式 ${String(format)}（只支持 json、ics）`);
}
