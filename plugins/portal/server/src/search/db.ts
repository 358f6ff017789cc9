// R31: the little the two stores need from knex (Strapi's `strapi.db.connection`
// is a knex instance; the benchmark passes its own).
import type { Knex } from 'knex';
import type { StoredRow } from './types';

export type Dialect = 'sqlite' | 'postgres';

/** The engine behind a knex instance; only SQLite and PostgreSQL are supported. */
export function dialectOf(knex: Knex): Dialect {
  const name = String((knex.client as any)?.dialect ?? (knex.client as any)?.config?.client ?? '');
  if (/sqlite/.test(name)) return 'sqlite';
  if (/^(pg|postgres|postgresql)$/.test(name)) return 'postgres';
  throw new Error(`search index: unsupported database "${name}" (SQLite or PostgreSQL only)`);
}

/** Rows of a knex.raw result: an array on SQLite, `{ rows }` on PostgreSQL. */
export function rowsOf<T = any>(result: any): T[] {
  return Array.isArray(result) ? result : (result?.rows ?? []);
}

export async function query<T = any>(knex: Knex | Knex.Transaction, sql: string, bindings: readonly any[] = []): Promise<T[]> {
  return rowsOf<T>(await knex.raw(sql, bindings as any[]));
}

/** `(?, ?, ?)` for n bindings. */
export const placeholders = (n: number) => `(${new Array(n).fill('?').join(', ')})`;


/** A row of portal_search_items (+ body_text) as the engine reads it; the same columns on both engines. */
export function toStoredRow(r: any): StoredRow {
  return {
    id: Number(r.id),
    key: r.key,
    uid: r.uid,
    documentId: r.document_id,
    title: r.title,
    docNumber: r.doc_number ?? null,
    slug: r.slug ?? null,
    bodyText: r.body_text ?? '',
    year: r.year === null || r.year === undefined ? null : Number(r.year),
    issuer: r.issuer ?? null,
    documentType: r.document_type ?? null,
    categoryDocumentId: r.category_document_id ?? null,
    validity: r.validity ?? null,
    publishedAt: r.published_at === null || r.published_at === undefined ? null : Number(r.published_at),
  };
}

/** Stored rows with their plain text, by id — the same SQL on SQLite and PostgreSQL. */
export async function rowsById(knex: Knex | Knex.Transaction, ids: readonly number[]): Promise<StoredRow[]> {
  if (ids.length === 0) return [];
  const rows = await query(
    knex,
    `SELECT i.*, t.body_text FROM portal_search_items i LEFT JOIN portal_search_texts t ON t.item_id = i.id
     WHERE i.id IN ${placeholders(ids.length)}`,
    ids,
  );
  return rows.map(toStoredRow);
}
