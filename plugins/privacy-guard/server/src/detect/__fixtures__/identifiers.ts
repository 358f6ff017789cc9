// Test-data builders for R12. They compute check characters with formulas
// written independently of the detector modules (different derivations of the
// same standards), so a bug in a detector's check cannot hide behind test data
// produced by the same bug. Anchored by published examples in the unit tests.

/** GB 11643: check = (12 − Σ(aᵢ·2^(17−i) mod 11)) mod 11, 10 → X. */
export function idCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const c = (12 - (sum % 11)) % 11;
  return c === 10 ? 'X' : String(c);
}

/** A valid 18-digit ID: 6-digit region, YYYYMMDD, 3-digit sequence. */
export function makeId(region: string, birth: string, seq: string): string {
  const first17 = region + birth + seq;
  if (!/^\d{17}$/.test(first17)) throw new Error(`bad ID parts ${first17}`);
  return first17 + idCheck(first17);
}

/** The same ID with a wrong check character. */
export function withWrongCheck(id: string): string {
  const right = id[17];
  const wrong = right === '0' ? '1' : right === 'X' ? '0' : String((Number(right) + 1) % 10);
  return id.slice(0, 17) + wrong;
}

/** Luhn check digit, computed by summing doubled digits' decimal digits. */
export function luhnDigit(partial: string): string {
  const digits = partial.split('').reverse().map(Number);
  const sum = digits.reduce((s, d, i) => {
    const v = i % 2 === 0 ? d * 2 : d; // positions counted from the future check digit
    return s + Math.floor(v / 10) + (v % 10);
  }, 0);
  return String((10 - (sum % 10)) % 10);
}

/** A Luhn-valid card number of the given length starting with `prefix`. */
export function makeCard(prefix: string, length: number, fill = '3141592653589793238'): string {
  const body = (prefix + fill).slice(0, length - 1);
  return body + luhnDigit(body);
}

/** The same card with its last digit changed (fails Luhn). */
export function breakLuhn(card: string): string {
  const last = Number(card[card.length - 1]);
  return card.slice(0, -1) + String((last + 5) % 10);
}

/** Group digits in fours separated by `sep`. */
export function groupFours(digits: string, sep = ' '): string {
  return digits.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
}

const CC = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** GB 32100: C18 = 31 − (Σ Cᵢ·3^(i−1) mod 31) mod 31, with 3^(i−1) taken mod 31. */
export function makeCreditCode(first17: string): string {
  let sum = 0;
  let w = 1;
  for (const ch of first17) {
    sum += CC.indexOf(ch) * w;
    w = (w * 3) % 31;
  }
  return first17 + CC[(31 - (sum % 31)) % 31];
}

/** Convert ASCII digits to full-width (as typed in some Chinese documents). */
export function fullWidth(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x30 + 0xff10));
}
