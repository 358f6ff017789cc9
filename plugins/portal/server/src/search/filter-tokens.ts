// R31 with the R30 filters on SQLite: an item's filter values are extra tokens of its
// gram set (portal_search_grams), so a filtered one- or two-character query is one
// FTS5 expression — `"扶贫" AND "_y…" AND ("_c…" OR "_c…")` — instead of a join
// that looks up every match's row. A value is written as hex of its UTF-8 bytes
// behind a prefix naming the field: exact (no hashing, no collisions), ASCII only,
// and never equal to a gram (grams hold no `_`).
import type { SearchRecord, StoreFilters } from './types';

const hex = (v: string | number) => Buffer.from(String(v), 'utf8').toString('hex');

const FIELDS = [
  ['_u', 'uid', 'uids'],
  ['_y', 'year', 'year'],
  ['_i', 'issuer', 'issuers'],
  ['_t', 'documentType', 'documentTypes'],
  ['_c', 'categoryDocumentId', 'categoryIds'],
  ['_v', 'validity', 'validities'],
] as const;

/** The filter tokens of an item (a field without a value has none). */
export function filterTokens(r: SearchRecord): string[] {
  const out: string[] = [];
  for (const [prefix, field] of FIELDS) {
    const v = r[field];
    if (v !== null && v !== undefined && v !== '') out.push(prefix + hex(v));
  }
  return out;
}

/**
 * The FTS5 expression of the filters, to AND with the query; '' without filters and
 * null when they cannot match (an empty list, as filterSql's `1 = 0`).
 */
export function filterExpression(f: StoreFilters): string | null {
  const parts: string[] = [];
  for (const [prefix, , key] of FIELDS) {
    const v = f[key];
    if (v === undefined) continue;
    const values = Array.isArray(v) ? v : [v];
    if (values.length === 0) return null;
    parts.push(`(${values.map((x) => `"${prefix}${hex(x)}"`).join(' OR ')})`);
  }
  return parts.join(' AND ');
}
