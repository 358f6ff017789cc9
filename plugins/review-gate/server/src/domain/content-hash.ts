import type { Core } from '@strapi/strapi';
import { canonicalJson, sha256 } from './canonical-json';

// R10: an approval binds to the exact content reviewed. The content of a version is
// its fields, relations (as sorted documentIds), components (recursively, without ids)
// and media (file hash and url) — never timestamps, ids, authorship or publication
// fields. Equal content gives the same SHA-256 on SQLite and PostgreSQL.
//
// Relations the document does not own (`mappedBy`, e.g. notice.interpretations) are the
// other document's content: linking an interpretation to a notice changes the
// interpretation's hash, not the notice's (R11 checks the pair at release).

const SYSTEM_FIELDS = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'firstPublishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
]);

export type Canonical = Record<string, unknown>;

interface Options {
  /** false for the relation-free fingerprint of a published row (see verify). */
  relations: boolean;
}

function contentAttributes(strapi: Core.Strapi, uid: string): Array<[string, any]> {
  const model: any = strapi.getModel(uid as any);
  if (!model) throw new Error(`未知的内容类型：${uid}`);
  return Object.entries(model.attributes as Record<string, any>)
    .filter(([name, attr]) => !SYSTEM_FIELDS.has(name) && !attr.private && !(attr.type === 'relation' && attr.mappedBy))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** db.query populate loading exactly what the hash needs. */
export function contentPopulate(strapi: Core.Strapi, uid: string, opts: Options = { relations: true }): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, attr] of contentAttributes(strapi, uid)) {
    if (attr.type === 'relation') {
      if (opts.relations) populate[name] = { select: ['documentId'] };
    } else if (attr.type === 'media') {
      populate[name] = { select: ['hash', 'url'] };
    } else if (attr.type === 'component') {
      const nested = contentPopulate(strapi, attr.component, opts);
      populate[name] = Object.keys(nested).length ? { populate: nested } : true;
    } else if (attr.type === 'dynamiczone') {
      populate[name] = { on: Object.fromEntries(attr.components.map((c: string) => [c, { populate: contentPopulate(strapi, c, opts) }])) };
    }
  }
  return populate;
}

function scalar(type: string, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'date':
      return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
    case 'datetime':
    case 'timestamp': {
      const d = value instanceof Date ? value : new Date(value as any);
      return Number.isNaN(d.getTime()) ? String(value) : d.toISOString();
    }
    case 'time':
      return String(value).slice(0, 8);
    case 'boolean':
      return value === true || value === 1 || value === '1' || value === 'true';
    case 'integer':
    case 'float':
    case 'decimal':
      return Number(value);
    case 'biginteger':
      return String(value);
    case 'json':
    case 'blocks':
      return typeof value === 'string' ? safeParse(value) : value;
    default:
      return String(value);
  }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const docId = (v: any) => (v && typeof v === 'object' ? v.documentId ?? null : null);
const file = (f: any) => (f ? { hash: f.hash ?? null, url: f.url ?? null } : null);

/** The canonical content of one entry (a document version or a component instance). */
export function canonicalize(strapi: Core.Strapi, uid: string, entry: any, opts: Options = { relations: true }): Canonical {
  const out: Canonical = {};
  for (const [name, attr] of contentAttributes(strapi, uid)) {
    const value = entry?.[name];
    switch (attr.type) {
      case 'relation': {
        if (!opts.relations) break;
        if (Array.isArray(value)) out[name] = value.map(docId).filter(Boolean).sort();
        else out[name] = docId(value);
        break;
      }
      case 'media':
        out[name] = attr.multiple ? (Array.isArray(value) ? value.map(file) : []) : file(value);
        break;
      case 'component':
        if (attr.repeatable) out[name] = Array.isArray(value) ? value.map((c) => canonicalize(strapi, attr.component, c, opts)) : [];
        else out[name] = value ? canonicalize(strapi, attr.component, value, opts) : null;
        break;
      case 'dynamiczone':
        out[name] = Array.isArray(value)
          ? value.map((c: any) => ({ __component: c.__component, ...canonicalize(strapi, c.__component, c, opts) }))
          : [];
        break;
      default:
        out[name] = scalar(attr.type, value);
    }
  }
  return out;
}

export function hashOf(canonical: Canonical): string {
  return sha256(canonicalJson(canonical));
}

/** The draft version of a document, loaded with what its hash needs (null when absent). */
export async function loadDraft(strapi: Core.Strapi, uid: string, documentId: string): Promise<any | null> {
  return strapi.db.query(uid as any).findOne({
    where: { documentId, publishedAt: null },
    populate: contentPopulate(strapi, uid),
  });
}

export interface DraftVersion {
  entry: any;
  canonical: Canonical;
  hash: string;
}

export async function draftVersion(strapi: Core.Strapi, uid: string, documentId: string): Promise<DraftVersion | null> {
  const entry = await loadDraft(strapi, uid, documentId);
  if (!entry) return null;
  const canonical = canonicalize(strapi, uid, entry);
  return { entry, canonical, hash: hashOf(canonical) };
}

/** Relation-free fingerprint of a published row: what verify() compares (see README). */
export async function publishedFingerprints(strapi: Core.Strapi, uid: string, where: Record<string, unknown>) {
  const opts = { relations: false };
  const rows = await strapi.db.query(uid as any).findMany({
    where: { ...where, publishedAt: { $notNull: true } },
    populate: contentPopulate(strapi, uid, opts),
  });
  return rows.map((row: any) => ({
    id: row.id as number,
    documentId: row.documentId as string,
    title: (row.title ?? null) as string | null,
    fingerprint: hashOf(canonicalize(strapi, uid, row, opts)),
  }));
}

/** Top-level fields whose canonical content differs (for "which edit voided the approvals"). */
export function changedFields(before: Canonical | null | undefined, after: Canonical): string[] {
  if (!before) return Object.keys(after);
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => canonicalJson(before[k] ?? null) !== canonicalJson(after[k] ?? null)).sort();
}
