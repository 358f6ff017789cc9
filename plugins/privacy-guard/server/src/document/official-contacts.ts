// R12 "no false alarms on phone numbers the editor marks as official contact numbers".
// The official contacts of one document are:
//   1. the site-wide list in the config (officialNumbers),
//   2. the site-wide list editors keep in the admin (官方联系方式),
//   3. the values of the document's own contact fields (officialFields, e.g. 办事指南的咨询电话).
import type { Core } from '@strapi/strapi';
import { type PrivacyGuardConfig, officialFieldsOf } from '../config';
import { OFFICIAL_CONTACT_UID } from '../content-types/official-contact';
import { scanText } from '../detect';

/** Numbers and addresses the editors marked official, site-wide (config + admin list). */
export async function siteOfficialContacts(strapi: Core.Strapi, cfg: PrivacyGuardConfig): Promise<string[]> {
  const rows: Array<{ value: string | null }> = await strapi.db.query(OFFICIAL_CONTACT_UID as any).findMany({ select: ['value'] });
  return [...(cfg.officialNumbers ?? []), ...rows.map((r) => r.value ?? '').filter(Boolean)];
}

/** Contact points written in the document's official contact fields (several may share one field). */
export function documentOfficialContacts(cfg: PrivacyGuardConfig, uid: string, entry: any): string[] {
  const fields = officialFieldsOf(cfg)[uid] ?? [];
  const out: string[] = [];
  for (const field of fields) {
    const value = entry?.[field];
    if (typeof value === 'string' && value) out.push(...scanText(value).map((f) => f.value));
  }
  return out;
}
