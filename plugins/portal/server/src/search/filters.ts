// R31 with the R30 filters (year, 发文机关, 文件类型, catalog category, 时效性):
// checked once, then applied inside the same SQL query as the text match.
import { SearchQueryError } from './query';
import type { SearchFilters, StoreFilters } from './types';

const MAX_VALUES = 20;
const MAX_VALUE_LENGTH = 200;

function list(value: unknown, label: string): string[] | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const values = Array.isArray(value) ? value : [value];
  if (values.length > MAX_VALUES) throw new SearchQueryError('FILTER_INVALID', `${label}的取值过多。`);
  const out = values.map((v) => {
    if (typeof v !== 'string' || v.trim() === '' || v.length > MAX_VALUE_LENGTH) {
      throw new SearchQueryError('FILTER_INVALID', `${label}格式不正确。`);
    }
    return v.trim();
  });
  return out;
}

function year(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{4}\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1900 || n > 2999) throw new SearchQueryError('FILTER_INVALID', '年份格式不正确。');
  return n;
}

/** Validate visitor filters. The category is returned apart: the engine expands it to its subtree. */
export function parseFilters(filters: SearchFilters | undefined): { store: StoreFilters; category?: string } {
  const f = filters ?? {};
  const category = list(f.categoryDocumentId, '栏目');
  if (category && category.length > 1) throw new SearchQueryError('FILTER_INVALID', '栏目格式不正确。');
  return {
    store: {
      uids: list(f.uid, '信息类别'),
      year: year(f.year),
      issuers: list(f.issuer, '发文机关'),
      documentTypes: list(f.documentType, '文件类型'),
      validities: list(f.validity, '时效性'),
    },
    category: category?.[0],
  };
}

/**
 * `AND …` conditions with their bindings, the same SQL on both engines, on a table
 * (alias `table`) with the filter columns: uid, year, issuer, document_type,
 * category_document_id, validity.
 */
export function filterSql(f: StoreFilters, table = 'i'): { sql: string; bindings: (string | number)[] } {
  const parts: string[] = [];
  const bindings: (string | number)[] = [];
  const inList = (column: string, values: string[] | undefined) => {
    if (!values) return;
    if (values.length === 0) return void parts.push('1 = 0');
    parts.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    bindings.push(...values);
  };
  inList(`${table}.uid`, f.uids);
  if (f.year !== undefined) {
    parts.push(`${table}.year = ?`);
    bindings.push(f.year);
  }
  inList(`${table}.issuer`, f.issuers);
  inList(`${table}.document_type`, f.documentTypes);
  inList(`${table}.category_document_id`, f.categoryIds);
  inList(`${table}.validity`, f.validities);
  return { sql: parts.map((p) => ` AND ${p}`).join(''), bindings };
}
