// Plugin configuration (config/plugins.ts → 'privacy-guard'.config). Defaults live here.
// Arrays and maps have no default values in `default` on purpose: Strapi merges plugin
// config with defaultsDeep, which would merge a user list into a default list index by
// index; the fallbacks are applied in code (see the accessors below).
import { contactKey } from './detect';

export interface PrivacyGuardConfig {
  /**
   * R12: numbers and e-mail addresses published on purpose (单位公开的咨询电话、监督邮箱).
   * Editors add more in the admin (官方联系方式, plugin::privacy-guard.official-contact).
   */
  officialNumbers?: string[];
  /**
   * R12: fields that hold an office's published contact by definition (办事指南的咨询电话).
   * Their values count as official contacts for the document they belong to.
   * uid → attribute names. Default: { 'api::guide.guide': ['phone'] }.
   */
  officialFields?: Record<string, string[]>;
  /** Attachments larger than this are not read (reported as unreadable). Default 50 MB. */
  maxAttachmentBytes?: number;
  /** Milliseconds allowed for reading one PDF. Default 60 000. */
  pdfTimeoutMs?: number;
}

export const DEFAULT_OFFICIAL_FIELDS: Record<string, string[]> = { 'api::guide.guide': ['phone'] };
export const DEFAULT_MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

export const officialFieldsOf = (c: PrivacyGuardConfig) => c.officialFields ?? DEFAULT_OFFICIAL_FIELDS;
export const maxAttachmentBytesOf = (c: PrivacyGuardConfig) => c.maxAttachmentBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES;

/** A value that can be an official contact: an e-mail address or a number of 5+ digits. */
export function isContactValue(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const key = contactKey(value);
  return key.includes('@') ? /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(key) : /^\d{5,}$/.test(key);
}

export default {
  default: { officialNumbers: [] } as PrivacyGuardConfig,
  validator(config: PrivacyGuardConfig) {
    const list = config.officialNumbers ?? [];
    if (!Array.isArray(list)) throw new Error('privacy-guard: officialNumbers 必须是号码或邮箱的数组');
    for (const v of list) {
      if (!isContactValue(v)) throw new Error(`privacy-guard: officialNumbers 中的“${String(v)}”不是电话号码或电子邮箱`);
    }
    const fields = config.officialFields;
    if (fields !== undefined) {
      const ok = fields && typeof fields === 'object' && Object.values(fields).every((v) => Array.isArray(v) && v.every((f) => typeof f === 'string'));
      if (!ok) throw new Error('privacy-guard: officialFields 必须形如 { "api::guide.guide": ["phone"] }');
    }
    for (const key of ['maxAttachmentBytes', 'pdfTimeoutMs'] as const) {
      const v = config[key];
      if (v !== undefined && !(typeof v === 'number' && v > 0)) throw new Error(`privacy-guard: ${key} 必须是正数`);
    }
  },
};
