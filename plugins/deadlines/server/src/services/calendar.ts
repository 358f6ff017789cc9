// The working calendar in use: the bundled State Council schedules plus the years an
// administrator loaded or corrected (R20–R25 note: "the holiday data must be updatable by
// an administrator"). An override replaces the bundled year as a whole (see WorkingCalendar).
//
// Caching across processes: every process keeps one WorkingCalendar. Writes through this
// service invalidate it at once; otherwise the stored overrides' version — the ids and
// updatedAt of the calendar-year rows, one per loaded year, so a tiny query — is re-read at
// most every `calendarRecheckSeconds`, and the calendar is rebuilt when it changed. So a
// year imported on another server process sharing the PostgreSQL database is used here
// within that delay, without a query per deadline.
import type { Core } from '@strapi/strapi';
import { shanghaiDate } from '@gongkai/shared';
import { WorkingCalendar, type OverrideImpact } from '../calendar/working-calendar';
import { BUNDLED_CALENDAR, BUNDLED_SOURCE } from '../calendar/bundled/snapshot';
import { parseCalendarImport, type CalendarImportFormat } from '../calendar/import';
import { validateYearSchedule } from '../calendar/import/validate-year';
import type { AddWorkingDaysResult, CalendarData, DayInfo, WorkingDaysBetweenResult } from '../calendar/types';
import { CALENDAR_YEAR } from '../content-types';
import { DEFAULT_CONFIG } from '../config';
import { missingYearsWarning } from '../content/item-status';

export interface ImportedYear {
  year: number;
  holidays: number;
  makeupWorkdays: number;
  warnings: string[];
  impact: OverrideImpact;
}

export interface ImportResult {
  saved: boolean;
  years: ImportedYear[];
}

export interface OverrideSummary {
  year: number;
  holidays: number;
  makeupWorkdays: number;
  format: string | null;
  importedBy: string | null;
  importedAt: string | null;
  /** False when the stored row fails validation and is ignored (the bundled year, if any, is used). */
  valid: boolean;
  error?: string;
}

export interface Coverage {
  today: string;
  bundled: { source: string; years: number[] };
  overrides: OverrideSummary[];
  coveredYears: number[];
  currentYearCovered: boolean;
  nextYear: number;
  nextYearCovered: boolean;
  warnings: string[];
}

export interface ImportUser {
  id?: number | string;
  email?: string;
  firstname?: string;
  lastname?: string;
}

interface Cached {
  calendar: WorkingCalendar;
  version: string;
  checkedAt: number;
  invalid: Array<{ year: number; error: string }>;
}

const userLabel = (user?: ImportUser | null): string | null => {
  if (!user) return null;
  const name = [user.firstname, user.lastname].filter(Boolean).join(' ');
  return [name, user.email ? `<${user.email}>` : ''].filter(Boolean).join(' ') || (user.id !== undefined ? `#${user.id}` : null);
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let cached: Cached | null = null;
  let building: Promise<Cached> | null = null;

  const recheckMs = () => {
    const s = strapi.config.get('plugin::deadlines.calendarRecheckSeconds', DEFAULT_CONFIG.calendarRecheckSeconds) as number;
    return Math.max(0, Number(s)) * 1000;
  };

  async function storedVersion(): Promise<string> {
    const rows = await strapi.db.query(CALENDAR_YEAR as any).findMany({ select: ['id', 'updatedAt'], orderBy: { id: 'asc' } });
    return rows.map((r: any) => `${r.id}@${new Date(r.updatedAt).getTime()}`).join(',');
  }

  async function build(version: string): Promise<Cached> {
    const rows = await strapi.db.query(CALENDAR_YEAR as any).findMany({ orderBy: { year: 'asc' } });
    const overrides: CalendarData = {};
    const invalid: Cached['invalid'] = [];
    for (const row of rows as any[]) {
      // Each stored year is checked on its own: one bad row must not take every deadline down.
      try {
        const v = validateYearSchedule(row.year, row.holidays ?? [], row.makeupWorkdays ?? []);
        overrides[v.year] = { holidays: v.holidays, makeupWorkdays: v.makeupWorkdays };
      } catch (e: any) {
        invalid.push({ year: row.year, error: e?.message ?? String(e) });
        strapi.log.error(`[deadlines] 已载入的 ${row.year} 年节假日安排无效，已忽略：${e?.message ?? e}`);
      }
    }
    return { calendar: new WorkingCalendar({ bundled: BUNDLED_CALENDAR, overrides }), version, checkedAt: Date.now(), invalid };
  }

  async function current(): Promise<Cached> {
    if (cached && Date.now() - cached.checkedAt < recheckMs()) return cached;
    if (building) return building;
    building = (async () => {
      try {
        const version = await storedVersion();
        if (cached && cached.version === version) {
          cached.checkedAt = Date.now();
          return cached;
        }
        cached = await build(version);
        return cached;
      } finally {
        building = null;
      }
    })();
    return building;
  }

  function invalidate() {
    cached = null;
  }

  const service = {
    /** The WorkingCalendar in use (bundled + overrides). */
    async calendar(): Promise<WorkingCalendar> {
      return (await current()).calendar;
    },

    invalidate,

    async addWorkingDays(from: string, days: number): Promise<AddWorkingDaysResult> {
      return (await service.calendar()).addWorkingDays(from, days);
    },

    async workingDaysBetween(from: string, to: string): Promise<WorkingDaysBetweenResult> {
      return (await service.calendar()).workingDaysBetween(from, to);
    },

    async dayInfo(date: string): Promise<DayInfo> {
      return (await service.calendar()).dayInfo(date);
    },

    /** Years between the two dates without a loaded schedule. */
    async missingYears(from: string, to: string): Promise<number[]> {
      return (await service.calendar()).missingYears(from, to);
    },

    /**
     * Parse an import (JSON or ICS) and, unless `dryRun`, store each year it contains as the
     * override of that year, all in one transaction. Returns what each year changes compared
     * with the calendar in use. Throws CalendarImportError (Chinese, naming the line).
     */
    async importYear(text: string, format: CalendarImportFormat, user?: ImportUser | null, options: { dryRun?: boolean } = {}): Promise<ImportResult> {
      const parsed = parseCalendarImport(text, format);
      const calendar = await service.calendar();
      const years: ImportedYear[] = parsed.map((y) => ({
        year: y.year,
        holidays: y.holidays.length,
        makeupWorkdays: y.makeupWorkdays.length,
        warnings: y.warnings,
        impact: calendar.overrideImpact(y),
      }));
      if (options.dryRun) return { saved: false, years };
      const importedBy = userLabel(user);
      const importedAt = new Date().toISOString();
      try {
        await strapi.db.transaction(async () => {
          for (const y of parsed) {
            const data = { year: y.year, holidays: y.holidays, makeupWorkdays: y.makeupWorkdays, warnings: y.warnings, format, source: text, importedBy, importedAt };
            const existing = await strapi.db.query(CALENDAR_YEAR as any).findOne({ where: { year: y.year }, select: ['id', 'documentId'] });
            if (existing) await strapi.documents(CALENDAR_YEAR as any).update({ documentId: existing.documentId, data } as any);
            else await strapi.documents(CALENDAR_YEAR as any).create({ data } as any);
          }
        });
      } finally {
        invalidate();
      }
      strapi.log.info(`[deadlines] ${importedBy ?? '系统'} 载入了 ${parsed.map((y) => y.year).join('、')} 年节假日安排`);
      return { saved: true, years };
    },

    /** Remove the override of `year` (the bundled year, if any, applies again). False when there was none. */
    async deleteOverride(year: number): Promise<boolean> {
      const existing = await strapi.db.query(CALENDAR_YEAR as any).findOne({ where: { year }, select: ['id', 'documentId'] });
      if (!existing) return false;
      try {
        await strapi.documents(CALENDAR_YEAR as any).delete({ documentId: existing.documentId } as any);
      } finally {
        invalidate();
      }
      return true;
    },

    /** Years covered, the stored overrides, and a warning when this or next year has no schedule. */
    async coverage(today: string = shanghaiDate()): Promise<Coverage> {
      const state = await current();
      const rows = (await strapi.db.query(CALENDAR_YEAR as any).findMany({ orderBy: { year: 'asc' } })) as any[];
      const invalid = new Map(state.invalid.map((i) => [i.year, i.error]));
      const overrides: OverrideSummary[] = rows.map((r) => ({
        year: r.year,
        holidays: Array.isArray(r.holidays) ? r.holidays.length : 0,
        makeupWorkdays: Array.isArray(r.makeupWorkdays) ? r.makeupWorkdays.length : 0,
        format: r.format ?? null,
        importedBy: r.importedBy ?? null,
        importedAt: r.importedAt ? new Date(r.importedAt).toISOString() : null,
        valid: !invalid.has(r.year),
        ...(invalid.has(r.year) ? { error: invalid.get(r.year) } : {}),
      }));
      const thisYear = Number(today.slice(0, 4));
      const calendar = state.calendar;
      const missing = [thisYear, thisYear + 1].filter((y) => !calendar.isCovered(y));
      const warnings = [...(missing.length ? [missingYearsWarning(missing)!] : []), ...state.invalid.map((i) => `已载入的 ${i.year} 年安排无效，已忽略：${i.error}`)];
      return {
        today,
        bundled: { source: BUNDLED_SOURCE, years: Object.keys(BUNDLED_CALENDAR).map(Number).sort((a, b) => a - b) },
        overrides,
        coveredYears: calendar.coveredYears(),
        currentYearCovered: calendar.isCovered(thisYear),
        nextYear: thisYear + 1,
        nextYearCovered: calendar.isCovered(thisYear + 1),
        warnings,
      };
    },

    /** The schedule in effect for a year (prefills the admin form), with where it comes from. */
    async yearSchedule(year: number) {
      const calendar = await service.calendar();
      return { year, source: calendar.yearSource(year), schedule: calendar.yearData(year) };
    },
  };
  return service;
};
