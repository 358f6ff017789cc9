// R12: bank card numbers — 16 to 19 digits, written solid or in groups of four,
// passing the Luhn check, with a plausible issuer prefix:
//   62 / 81 UnionPay, 60 / 65 Discover-UnionPay ranges, 4 Visa,
//   51–55 and 22–27 Mastercard, 35 JCB, 9559 (old Agricultural Bank debit).
// 18-digit runs that are ID numbers, ID-shaped near misses or 统一社会信用代码
// are taken by the ID detector before this one runs.
import { isAmountContext } from './context';
import type { Candidate } from './spans';

const SOLID = /(?<![0-9A-Za-z])\d{16,19}(?![0-9A-Za-z])/g;
// Groups of four with one consistent separator; not part of a longer grouped run.
const GROUPED = /(?<![0-9A-Za-z]|\d[ -])\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?(?![0-9A-Za-z]|[ -]\d)/g;
const IIN = /^(?:62|81|60|65|4|5[1-5]|2[2-7]|35|9559)/;

/** Luhn (mod 10) check over a digit string. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Digit that makes `partial` + digit pass Luhn (for building test data). */
export function luhnCheckDigit(partial: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(partial + d)) return String(d);
  throw new Error('unreachable');
}

export function hasPlausibleIin(digits: string): boolean {
  return IIN.test(digits);
}

/** 16–19 digits, plausible issuer, Luhn-valid. */
export function isValidBankCard(digits: string): boolean {
  return digits.length >= 16 && digits.length <= 19 && hasPlausibleIin(digits) && luhnValid(digits);
}

export function findBankCards(norm: string): Candidate[] {
  const out: Candidate[] = [];
  for (const re of [SOLID, GROUPED]) {
    for (const m of norm.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (!isValidBankCard(m[0].replace(/\D/g, ''))) continue;
      if (isAmountContext(norm, start, end)) continue;
      out.push({ kind: 'bank-card', start, end });
    }
  }
  return out;
}
