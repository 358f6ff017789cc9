// R12: masking (去标识化). Separators, brackets and full-width characters that
// are kept stay as written; masked digits become "*".
//   ID card     110101********1234    first 6 and last 4 kept (15-digit: 110101*****1234)
//   mobile      138****5678           +86 and grouping kept: +86 138-****-5678
//   landline    0663-****234          area code and last 3 digits of the local number kept
//   bank card   622202*********0123   first 6 and last 4 digits kept
//   e-mail      z***@example.com      first character of the local part and the domain kept
// A masked value never matches a detector again ("*" breaks every digit run
// and is not allowed in e-mail local parts), so masking is idempotent and
// creates no new findings.
import { toHalfWidth } from './normalize';
import type { Finding, FindingKind } from './types';

/**
 * Replace by "*" the code characters (digits, or digits and X for IDs) whose
 * index among the code characters satisfies `hide`; everything else is kept.
 */
function maskCodeChars(
  value: string,
  hide: (index: number, count: number) => boolean,
  codeChar: RegExp = /\d/,
): string {
  const norm = toHalfWidth(value);
  const count = [...norm].filter((c) => codeChar.test(c)).length;
  let k = 0;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    if (codeChar.test(norm[i])) {
      out += hide(k, count) ? '*' : value[i];
      k++;
    } else {
      out += value[i];
    }
  }
  return out;
}

function maskIdCard(value: string): string {
  // The check character X counts; separators of a grouped number stay.
  return maskCodeChars(value, (k, n) => k >= 6 && k < n - 4, /[\dXx]/);
}

function maskMobile(value: string): string {
  // The national number is the last 11 digits; hide its digits 4–7.
  return maskCodeChars(value, (k, n) => {
    const national = k - (n - 11);
    return national >= 3 && national <= 6;
  });
}

function maskLandline(value: string): string {
  const norm = toHalfWidth(value);
  const area = /^\(?\s?(0(?:10|2\d|[3-9]\d{2}))/.exec(norm)?.[1] ?? '';
  return maskCodeChars(value, (k, n) => k >= area.length && k < n - 3);
}

function maskBankCard(value: string): string {
  return maskCodeChars(value, (k, n) => k >= 6 && k < n - 4);
}

function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  return `${value[0]}***${value.slice(at)}`;
}

const MASKERS: Record<FindingKind, (value: string) => string> = {
  'id-card': maskIdCard,
  mobile: maskMobile,
  landline: maskLandline,
  'bank-card': maskBankCard,
  email: maskEmail,
};

/** The masked form of a value of the given kind. */
export function maskValue(kind: FindingKind, value: string): string {
  return MASKERS[kind](value);
}

/** The masked form of a finding (same as finding.masked). */
export function mask(finding: Pick<Finding, 'kind' | 'value'>): string {
  return maskValue(finding.kind, finding.value);
}

/** A replacement of source range [from, to) by `text`. */
export interface Edit {
  from: number;
  to: number;
  text: string;
}

/**
 * Apply non-overlapping edits in one pass (edits overlapping an earlier one
 * are dropped). Linear in the size of the text.
 */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.from - b.from || a.to - b.to);
  const out: string[] = [];
  let pos = 0;
  for (const e of sorted) {
    if (e.from < pos) continue;
    out.push(source.slice(pos, e.from), e.text);
    pos = e.to;
  }
  out.push(source.slice(pos));
  return out.join('');
}

/**
 * Write the masks into the text. Findings whose value no longer matches the
 * text at their position (stale after an edit) or that overlap an earlier one
 * are skipped — rescan and mask again in that case.
 */
export function maskText(text: string, findings: readonly Finding[]): string {
  return applyEdits(
    text,
    findings
      .filter((f) => f.start >= 0 && f.end <= text.length && text.slice(f.start, f.end) === f.value)
      .map((f) => ({ from: f.start, to: f.end, text: maskValue(f.kind, f.value) })),
  );
}
