// R12: mainland mobile and landline numbers.
//
// Mobile: 1[3-9]X XXXX XXXX, optionally after +86 / 0086 / 86, written solid or
// grouped 3-4-4 with one consistent space or dash; never part of a longer
// digit run, never an amount ("13800000000元").
//
// Landline: area code 010, 02X or 0XXX, then a 7–8 digit local number:
//   (0663)8221234  （0663）8221234  0663-8221234  0663 8221234  010-12345678
//   010-6512 3456  06638221234 (solid: local number must start with 2–9)
//
// Not reported, by construction (they never match the patterns above):
// service hotlines 12345 / 12315 / 12366 / 110 / 120 …, 95xxx / 96xxx short
// numbers, 400- and 800- enterprise numbers (4008208820, 400-820-8820). These
// are organisations' numbers, not personal information. A local hotline with
// an area code ("0663-12345") is too short to be a landline.
import { isAmountContext, officialHint } from './context';
import type { Candidate } from './spans';

const MOBILE = /(?<![0-9A-Za-z+])(?:(?:\+\s?86|0086|86)[ -]?)?(1[3-9]\d)([ -]?)\d{4}\2\d{4}(?![0-9A-Za-z])/g;

const AREA = '0(?:10|2\\d|[3-9]\\d{2})';
const LANDLINE = new RegExp(
  '(?<![0-9A-Za-z])(?:' +
    `\\(\\s?${AREA}\\s?\\)\\s?[1-9]\\d{2,3}[ -]?\\d{4}` + // (0663)8221234, (010) 6512 3456
    `|${AREA}[ -][1-9]\\d{2,3}[ -]?\\d{4}` + // 0663-8221234, 010-6512-3456
    `|${AREA}[2-9]\\d{6,7}` + // 06638221234
    ')(?![0-9A-Za-z])',
  'g',
);

export function findMobiles(norm: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of norm.matchAll(MOBILE)) {
    const start = m.index!;
    const end = start + m[0].length;
    // Part of a dashed serial such as "2018-13800138000-01".
    if (/\d-$/.test(norm.slice(Math.max(0, start - 2), start)) || /^-\d/.test(norm.slice(end, end + 2))) continue;
    if (isAmountContext(norm, start, end)) continue;
    out.push({ kind: 'mobile', start, end, reason: officialHint(norm, start, 'phone') });
  }
  return out;
}

export function findLandlines(norm: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of norm.matchAll(LANDLINE)) {
    const start = m.index!;
    const end = start + m[0].length;
    // Inside a longer run of four-digit groups (a card-like serial that failed Luhn).
    if (/\d{4}[ -]$/.test(norm.slice(Math.max(0, start - 5), start)) && /^[ -]\d{4}/.test(norm.slice(end, end + 5))) continue;
    if (isAmountContext(norm, start, end)) continue;
    out.push({ kind: 'landline', start, end, reason: officialHint(norm, start, 'phone') });
  }
  return out;
}
