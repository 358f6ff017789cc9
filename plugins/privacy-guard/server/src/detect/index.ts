// R12 personal-information detection: the public face of detect/.
export type { Finding, FindingKind, ScanOptions, Span } from './types';
export { FINDING_KINDS, KIND_LABELS } from './types';
export { scanText, maskAll } from './scan';
export { scanHtml, maskHtml, htmlToScanText, type ScanTextMap } from './html-text';
export { scanFields, type FieldScanOptions } from './fields';
export { mask, maskValue, maskText } from './mask';
export { summarize } from './summary';
export {
  privacyReviewVerdict, EXEMPTION_BASES, MIN_REASON_LENGTH,
  type ExemptionBasis, type ExemptionRequest, type PrivacyExemption, type PrivacyVerdict,
} from './review-verdict';
export { extractAttachmentText, decodeText, AttachmentReadError, type ExtractOptions } from './attachment-text';
export { idCardCheckChar, isValidIdCard, hasIdCardShape, isPlausibleBirthDate, PROVINCE_CODES } from './id-card';
export { creditCodeCheckChar, isValidCreditCode, CREDIT_CODE_CHARS } from './credit-code';
export { luhnValid, luhnCheckDigit, isValidBankCard, hasPlausibleIin } from './bank-card';
export { contactKey, officialMatcher } from './official';
export { toHalfWidth } from './normalize';
