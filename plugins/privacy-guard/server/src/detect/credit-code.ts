// R12 no-false-alarm support: 统一社会信用代码 (unified social credit code of an
// organisation, GB 32100-2015). These are not personal information; an
// 18-character code that passes its check must not be reported as an ID card
// or a bank card.

/** The 31 code characters (I, O, Z, S, V are never used). */
export const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** GB 32100 check character for the first 17 characters; null if any is not a code character. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CODE_CHARS.indexOf(first17[i]);
    if (v < 0) return null;
    sum += v * WEIGHTS[i];
  }
  return CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31];
}

/**
 * True for an 18-character unified social credit code with the right check
 * character: 2 characters of registering authority and kind, a 6-digit
 * region code, 9 characters of organisation code, 1 check character.
 * Upper case only, as printed on licences.
 */
export function isValidCreditCode(code: string): boolean {
  if (!SHAPE.test(code)) return false;
  return creditCodeCheckChar(code.slice(0, 17)) === code[17];
}
