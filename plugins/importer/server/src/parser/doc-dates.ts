// Dates of a notice (成文日期, 发布日期, 印发日期; R1): "2018年6月29日", "2018.06.29",
// "2018-06-29", "2018/6/29", "二〇一八年六月二十九日". Results are 'YYYY-MM-DD' strings,
// validated with the shared date helper (no local-time Date objects, see R20–R25).
import { isIsoDate } from '@gongkai/shared';
import { cnToInt, cnYearToInt } from './text';

const pad = (n: number) => String(n).padStart(2, '0');

const CN_DATE = '[零〇○Ｏ一二三四五六七八九]{4}\\s*年\\s*[一二三四五六七八九十]{1,3}\\s*月\\s*[一二三四五六七八九十]{1,3}\\s*日';
const ARABIC_DATE = '\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日';
const DOTTED_DATE = '\\d{4}\\s*[.\\-/．]\\s*\\d{1,2}\\s*[.\\-/．]\\s*\\d{1,2}(?!\\d)';
/** Source for a regex matching one notice date in any of the supported forms. */
export const DATE_PATTERN = `(?:${ARABIC_DATE}|${DOTTED_DATE}|${CN_DATE})`;
const DATE_RE = new RegExp(DATE_PATTERN);
const DATE_ONLY_RE = new RegExp(`^(${DATE_PATTERN})\\s*(印发|发布|签发|制发)?\\s*$`);

/** Parse one date written in any supported form to 'YYYY-MM-DD'; null when absent or not a real date. */
export function parseDocDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const s = m[0].replace(/\s+/g, '');
  let y: number, mo: number, d: number;
  let parts = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(s) ?? /^(\d{4})[.\-/．](\d{1,2})[.\-/．](\d{1,2})$/.exec(s);
  if (parts) {
    [y, mo, d] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  } else {
    parts = /^(.{4})年(.{1,3})月(.{1,3})日$/.exec(s);
    if (!parts) return null;
    [y, mo, d] = [cnYearToInt(parts[1]), cnToInt(parts[2]), cnToInt(parts[3])];
  }
  const iso = `${y}-${pad(mo)}-${pad(d)}`;
  return isIsoDate(iso) ? iso : null;
}

/** A line that is only a date (optionally "…印发"): the date and whether it is a 印发 (printing) date. */
export function dateLine(text: string): { date: string | null; printed: boolean } | null {
  const m = DATE_ONLY_RE.exec(text.trim());
  if (!m) return null;
  return { date: parseDocDate(m[1]), printed: m[2] === '印发' };
}

/** Last day of a month as 'YYYY-MM-DD'. */
export function monthEnd(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(last)}`;
}

/** 'YYYY-MM-DD' from parts, or null when it is not a real date. */
export function isoDate(year: number, month: number, day: number): string | null {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return isIsoDate(iso) ? iso : null;
}
