// R12: shared types of the personal-information detectors.

export type FindingKind = 'id-card' | 'mobile' | 'landline' | 'bank-card' | 'email';

/** The kinds in the order reports list them. */
export const FINDING_KINDS: readonly FindingKind[] = ['id-card', 'mobile', 'landline', 'bank-card', 'email'];

/** User-facing (Chinese) names of the kinds. */
export const KIND_LABELS: Readonly<Record<FindingKind, string>> = Object.freeze({
  'id-card': '身份证号',
  mobile: '手机号',
  landline: '固定电话',
  'bank-card': '银行卡号',
  email: '电子邮箱',
});

export interface Finding {
  kind: FindingKind;
  /** Name of the field the text came from ('' when not given). */
  field: string;
  /** UTF-16 offsets into the scanned text: value === text.slice(start, end). */
  start: number;
  end: number;
  /** The text as written (full-width digits etc. kept). */
  value: string;
  /** What the mask button writes instead, e.g. 110101********1234. */
  masked: string;
  /** Optional hint for the reviewer (Chinese), e.g. why it may be official. */
  reason?: string;
}

export interface ScanOptions {
  /** Field name copied into every finding. */
  field?: string;
  /**
   * Numbers and e-mail addresses the editor has marked as official contact
   * points (单位公开的咨询电话、监督邮箱 …). Compared after normalisation:
   * digits only for phones (+86/0086 dropped), lower case for e-mail.
   */
  officialNumbers?: string[];
  /** "Today" for birth-date plausibility (default: the Asia/Shanghai date now). */
  now?: Date;
}

/** A half-open range of the scanned text. */
export interface Span {
  start: number;
  end: number;
}
