// R12: 居民身份证号 (resident identity card number, GB 11643-1999).
// 18 digits: 6-digit region code, 8-digit birth date, 3-digit sequence, a
// check character (ISO 7064 MOD 11-2: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2,
// remainder → "10X98765432"). The old 15-digit form has a 6-digit YYMMDD birth
// date in 19xx and no check character.
//
// A number counts as an ID only when all three hold: a plausible region
// (a GB/T 2260 province code, 81/82/83 for Hong Kong/Macao/Taiwan residence
// permits, or "9"+province for the 2023 foreigner's permanent residence ID,
// which uses the same check), a real birth date between 1900-01-01 and today
// (Asia/Shanghai), and — for 18 digits — the right check character.
import { shanghaiDate, toDayNumber } from '@gongkai/shared';
import { isValidCreditCode } from './credit-code';
import type { Candidate } from './spans';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

/** GB 11643 check character for the first 17 digits; null when they are not 17 digits. */
export function idCardCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** Region part plausible: province code, or "9" + province code (永居证). */
export function isPlausibleRegion(id: string): boolean {
  if (PROVINCE_CODES.has(id.slice(0, 2))) return true;
  return id[0] === '9' && PROVINCE_CODES.has(id.slice(1, 3)) && id.length === 18;
}

/** A real date from 1900-01-01 up to and including today. */
export function isPlausibleBirthDate(yyyymmdd: string, now: Date = new Date()): boolean {
  if (!/^\d{8}$/.test(yyyymmdd)) return false;
  const iso = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
  const day = toDayNumber(iso);
  if (day === null) return false;
  return iso >= '1900-01-01' && iso <= shanghaiDate(now);
}

function birthDateOf(id: string): string {
  return id.length === 15 ? `19${id.slice(6, 12)}` : id.slice(6, 14);
}

/** Region and birth date plausible, check character not considered. */
export function hasIdCardShape(id: string, now?: Date): boolean {
  const s = id.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s) && !/^\d{15}$/.test(s)) return false;
  return isPlausibleRegion(s) && isPlausibleBirthDate(birthDateOf(s), now);
}

/** A valid 18-digit (with check) or 15-digit resident ID number. */
export function isValidIdCard(id: string, now?: Date): boolean {
  const s = id.toUpperCase();
  if (!hasIdCardShape(s, now)) return false;
  return s.length === 15 || idCardCheckChar(s.slice(0, 17)) === s[17];
}

// Solid 18/15-digit runs, 18 digits grouped 6-8-4 (space or dash) as on some
// forms, and 20-digit 残疾人证号 (the holder's ID number + disability
// category 1–7 + level 1–4), which discloses the ID number.
const ID_SOLID = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;
const ID_GROUPED = /(?<![0-9A-Za-z]|\d[ -])\d{6}([ -])\d{8}\1\d{3}[\dXx](?![0-9A-Za-z]|[ -]\d)/g;
const DISABILITY_CERT = /(?<![0-9A-Za-z])\d{17}[\dXx][1-7][1-4](?![0-9A-Za-z])/g;

/**
 * ID numbers in normalised text. Runs that are 统一社会信用代码 (valid GB 32100
 * check) or ID-shaped but with a wrong check character are taken with kind
 * null: not reported, and not offered to the bank-card detector either. When
 * a run is both a valid ID and a valid credit code, it is reported as an ID
 * unless a label says otherwise (labels are handled in exclusions.ts).
 */
export function findIdCards(norm: string, now?: Date): Candidate[] {
  const out: Candidate[] = [];
  for (const re of [ID_SOLID, ID_GROUPED, DISABILITY_CERT]) {
    for (const m of norm.matchAll(re)) {
      const token = m[0].replace(/[ -]/g, '').toUpperCase().slice(0, 18);
      const span = { start: m.index!, end: m.index! + m[0].length };
      if (isValidIdCard(token, now)) out.push({ kind: 'id-card', ...span });
      else if (isValidCreditCode(token) || hasIdCardShape(token, now)) out.push({ kind: null, ...span });
    }
  }
  return out;
}
