// Calendar dates are handled as 'YYYY-MM-DD' strings and whole-day numbers, never as
// local-time Date objects, so results do not depend on the server's TZ (R20-R25).

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse 'YYYY-MM-DD' into days since 1970-01-01; null when it is not a real date. */
export function toDayNumber(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

/** Days since 1970-01-01 back to 'YYYY-MM-DD'. */
export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, for a day number. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; safe before 1970 too
}

/** The calendar date in Asia/Shanghai (UTC+8, no DST) of an instant. */
export function shanghaiDate(instant: Date | number | string = Date.now()): string {
  const ms = new Date(instant).getTime();
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Is this string a real calendar date in 'YYYY-MM-DD' form? */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && toDayNumber(value) !== null;
}
