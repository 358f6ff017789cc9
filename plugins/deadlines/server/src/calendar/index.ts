// Working-day calendar (R20–R25): bundled State Council schedules + admin overrides.
export * from './types';
export { WorkingCalendar, type WorkingCalendarOptions, type AddWorkingDaysOptions, type OverrideImpact } from './working-calendar';
export { BUNDLED_CALENDAR, BUNDLED_SOURCE } from './bundled/snapshot';
export { extractChineseDays, formatSnapshot, type ChineseDaysRaw, type CalendarSnapshot } from './bundled/extract';
export { parseCalendarImport, CalendarImportError, validateYearSchedule, MIN_YEAR, MAX_YEAR } from './import';
export type { CalendarImportFormat, ValidatedYear, RawDayEntry } from './import';
export { validateAddQuery, validateBetweenQuery, MAX_CALCULATOR_DAYS, type QueryValidation } from './http-query';
export { addCalendarMonths, dayNumberOf, dayOfWeek, isWeekend, WEEKDAY_NAMES } from './day-math';
