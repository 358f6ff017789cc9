// R12: which values of an entry are scanned, found by walking its model.
//   string, text, email      → plain text
//   richtext                 → HTML (reader-visible text plus href/title/alt)
//   component, dynamic zone  → recursively; paths like "materials.0.note"
//   media                    → attachments (their readable text), path = the field name
// Relations are other documents (scanned on their own); numbers, dates, enums and JSON
// hold no free text. Blocks (JSON rich text) are not used by the app and not scanned.
import type { Core } from '@strapi/strapi';

const SYSTEM_FIELDS = new Set([
  'id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'firstPublishedAt',
  'createdBy', 'updatedBy', 'locale', 'localizations',
]);
const PLAIN_TYPES = new Set(['string', 'text', 'email']);

export interface TextValue {
  /** Field path: "body", "materials.0.note". */
  path: string;
  html: boolean;
  value: string;
}

export interface MediaFile {
  id?: number;
  url?: string | null;
  name?: string | null;
  ext?: string | null;
  mime?: string | null;
  hash?: string | null;
  size?: number | null;
}

export interface MediaValue {
  path: string;
  file: MediaFile;
}

type Attributes = Record<string, any>;

export function attributesOf(strapi: Core.Strapi, uid: string): Attributes {
  const model: any = strapi.getModel(uid as any);
  if (!model) throw new Error(`未知的内容类型：${uid}`);
  return Object.fromEntries(Object.entries<any>(model.attributes).filter(([name]) => !SYSTEM_FIELDS.has(name)));
}

/** Every scanned text and every attached file of an entry (or component instance). */
export function collectValues(strapi: Core.Strapi, uid: string, entry: any, prefix = ''): { texts: TextValue[]; media: MediaValue[] } {
  const texts: TextValue[] = [];
  const media: MediaValue[] = [];
  if (!entry || typeof entry !== 'object') return { texts, media };
  const visit = (componentUid: string, value: any, path: string) => {
    const inner = collectValues(strapi, componentUid, value, path);
    texts.push(...inner.texts);
    media.push(...inner.media);
  };
  for (const [name, attr] of Object.entries(attributesOf(strapi, uid))) {
    const value = entry[name];
    const path = prefix ? `${prefix}.${name}` : name;
    if (value === null || value === undefined) continue;
    if (PLAIN_TYPES.has(attr.type) || attr.type === 'richtext') {
      if (typeof value === 'string' && value) texts.push({ path, html: attr.type === 'richtext', value });
    } else if (attr.type === 'component') {
      if (attr.repeatable) (Array.isArray(value) ? value : []).forEach((c, i) => visit(attr.component, c, `${path}.${i}`));
      else visit(attr.component, value, path);
    } else if (attr.type === 'dynamiczone') {
      (Array.isArray(value) ? value : []).forEach((c, i) => c?.__component && visit(c.__component, c, `${path}.${i}`));
    } else if (attr.type === 'media') {
      for (const file of Array.isArray(value) ? value : [value]) if (file && typeof file === 'object') media.push({ path, file });
    }
  }
  return { texts, media };
}

/** Document-service populate that loads everything collectValues reads. */
export function scanPopulate(strapi: Core.Strapi, uid: string): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, attr] of Object.entries(attributesOf(strapi, uid))) {
    if (attr.type === 'media') populate[name] = true;
    else if (attr.type === 'component') {
      const nested = scanPopulate(strapi, attr.component);
      populate[name] = Object.keys(nested).length ? { populate: nested } : true;
    } else if (attr.type === 'dynamiczone') {
      populate[name] = {
        on: Object.fromEntries(
          attr.components.map((c: string) => {
            const nested = scanPopulate(strapi, c);
            return [c, Object.keys(nested).length ? { populate: nested } : true];
          }),
        ),
      };
    }
  }
  return populate;
}
