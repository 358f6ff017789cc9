// R31 on SQLite: an FTS5 index with one token per character and phrase queries.
//
// - The text is normalised in JS (normalize.ts) and written as space-separated
//   tokens; a punctuation boundary is the token SENTINEL_TOKEN. The `ascii`
//   tokenizer is used on purpose: it only splits on ASCII non-alphanumerics (our
//   spaces) and takes every non-ASCII code point as a token character, so what is
//   indexed is exactly what we wrote — no Unicode-category or diacritic rules of
//   its own that could differ from normalize.ts.
// - A query is the FTS5 phrase of its tokens, so it matches exactly where the
//   normalised query is a substring of a normalised field (title, 文号, body) —
//   also for one- and two-character queries, which `trigram` cannot do.
// - The FTS table is contentless (the tokens are not stored twice); the plain body
//   for snippets lives in portal_search_texts, filters and sort keys in
//   portal_search_items, whose id is the FTS rowid.
// - A second, small FTS5 table (detail=none) holds each item's set of adjacent
//   character pairs. A two-character query — the common case — is one token there,
//   so its exact count is one posting-list scan instead of a phrase merge of two
//   very common characters (≈10× faster on the seed-built corpus).
// - Row ids follow publication time (publishedAt ms × 1024 + a slot), so "the most
//   recent matches" is a streamed `ORDER BY rowid DESC LIMIT n` inside FTS5: the
//   relevance score and the joins run only for the ranking window (engine.ts).
// - Relevance (score.ts) counts the normalised query in the stored plain body, not
//   with FTS5's bm25(): bm25 first counts all matches for its IDF, a pass that grows
//   with the corpus. Counting in the original text undercounts where it differs from
//   its normal form (full-width letters, a 文号's brackets — such hits then rank by
//   date); a normalised copy of every body would make it exact for ≈ 40 % more disk.
//   Matching itself is always exact.
import type { Knex } from 'knex';
import { query, placeholders, rowsById } from './db';
import { filterSql } from './filters';
import { averageBodyLength, occurrencesSql, scoreSql } from './score';
import { NORMALIZER_VERSION, SENTINEL } from './normalize';
import type { RankedRow, SearchRecord, SearchStore } from './types';

/** A boundary in the FTS token stream: two characters, so never a real (one-code-point) token. */
export const SENTINEL_TOKEN = 'x0';
const SCHEMA = `sqlite-fts5-5/normalize-${NORMALIZER_VERSION}`;

/** The FTS5 token stream of a normalised string. */
export function ftsTokens(normalized: string): string {
  return Array.from(normalized, (c) => (c === SENTINEL ? SENTINEL_TOKEN : c)).join(' ');
}

/**
 * The FTS5 MATCH expression for a normalised query: one phrase. Tokens are single
 * letters/digits (or the sentinel), so nothing in a query can be FTS5 syntax.
 */
export function ftsPhrase(normalized: string): string {
  return `"${ftsTokens(normalized).replace(/"/g, '""')}"`;
}

/** The distinct adjacent character pairs of the fields (never across a boundary or a field). */
export function pairTokens(...fields: string[]): string {
  const pairs = new Set<string>();
  for (const f of fields) {
    const cps = Array.from(f);
    for (let k = 0; k + 1 < cps.length; k++) if (cps[k] !== SENTINEL && cps[k + 1] !== SENTINEL) pairs.add(cps[k] + cps[k + 1]);
  }
  return [...pairs].join(' ');
}

const ITEM_COLUMNS = [
  'key', 'uid', 'document_id', 'title', 'doc_number', 'slug', 'norm_title', 'norm_doc_number', 'body_len',
  'year', 'issuer', 'document_type', 'category_document_id', 'validity', 'published_at',
];

const itemValues = (r: SearchRecord) => [
  r.key, r.uid, r.documentId, r.title, r.docNumber, r.slug, r.normTitle, r.normDocNumber, Array.from(r.normBody).length,
  r.year, r.issuer, r.documentType, r.categoryDocumentId, r.validity, r.publishedAt,
];

/** Row ids: publication time in ms × SLOTS + a slot from the key (probing upwards on a clash). */
const SLOTS = 1024;
function rowIdBase(r: SearchRecord): number {
  let h = 0x811c9dc5; // FNV-1a
  for (let k = 0; k < r.key.length; k++) h = Math.imul(h ^ r.key.charCodeAt(k), 0x01000193);
  return Math.max(0, r.publishedAt ?? 0) * SLOTS + ((h >>> 0) % SLOTS);
}

async function deleteRow(trx: Knex.Transaction, id: number) {
  await trx.raw(`DELETE FROM portal_search_fts WHERE rowid = ?`, [id]);
  await trx.raw(`DELETE FROM portal_search_pairs WHERE rowid = ?`, [id]);
  await trx.raw(`DELETE FROM portal_search_texts WHERE item_id = ?`, [id]);
  await trx.raw(`DELETE FROM portal_search_items WHERE id = ?`, [id]);
}

export function createSqliteStore(knex: Knex): SearchStore {
  const averageLength = averageBodyLength(knex);
  const createTables = async (db: Knex | Knex.Transaction) => {
    await db.raw(`CREATE TABLE IF NOT EXISTS portal_search_items (
      id INTEGER PRIMARY KEY,
      key TEXT NOT NULL UNIQUE,
      uid TEXT NOT NULL,
      document_id TEXT NOT NULL,
      title TEXT NOT NULL,
      doc_number TEXT,
      slug TEXT,
      norm_title TEXT NOT NULL,
      norm_doc_number TEXT NOT NULL,
      body_len INTEGER NOT NULL,
      year INTEGER,
      issuer TEXT,
      document_type TEXT,
      category_document_id TEXT,
      validity TEXT,
      published_at INTEGER
    )`);
    await db.raw(`CREATE TABLE IF NOT EXISTS portal_search_texts (item_id INTEGER PRIMARY KEY, body_text TEXT NOT NULL)`);
    await db.raw(`CREATE VIRTUAL TABLE IF NOT EXISTS portal_search_fts USING fts5(
      title, doc_number, body, tokenize = 'ascii', content = '', contentless_delete = 1)`);
    await db.raw(`CREATE VIRTUAL TABLE IF NOT EXISTS portal_search_pairs USING fts5(
      pairs, tokenize = 'ascii', content = '', contentless_delete = 1, detail = none)`);
  };
  const dropTables = async (db: Knex | Knex.Transaction) => {
    for (const t of ['portal_search_pairs', 'portal_search_fts', 'portal_search_texts', 'portal_search_items']) await db.raw(`DROP TABLE IF EXISTS ${t}`);
  };

  return {
    dialect: 'sqlite',

    async ensureSchema() {
      return knex.transaction(async (trx) => {
        await trx.raw(`CREATE TABLE IF NOT EXISTS portal_search_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)`);
        const [row] = await query(trx, `SELECT value FROM portal_search_meta WHERE name = 'schema'`);
        const stale = row && row.value !== SCHEMA;
        if (stale) await dropTables(trx);
        await createTables(trx);
        await trx.raw(`INSERT INTO portal_search_meta (name, value) VALUES ('schema', ?)
          ON CONFLICT (name) DO UPDATE SET value = excluded.value`, [SCHEMA]);
        return { created: !row || stale, needsReindex: !row || stale };
      });
    },

    async upsertMany(records) {
      if (records.length === 0) return;
      await knex.transaction(async (trx) => {
        for (const r of records) {
          const [old] = await query(trx, `SELECT id FROM portal_search_items WHERE key = ?`, [r.key]);
          let id = rowIdBase(r);
          if (old && Math.floor(Number(old.id) / SLOTS) === Math.floor(id / SLOTS)) {
            id = Number(old.id); // same publication time: keep the row id
          } else {
            if (old) await deleteRow(trx, Number(old.id));
            while ((await query(trx, `SELECT 1 FROM portal_search_items WHERE id = ?`, [id])).length) id++;
          }
          await trx.raw(
            `INSERT INTO portal_search_items (id, ${ITEM_COLUMNS.join(', ')}) VALUES ${placeholders(ITEM_COLUMNS.length + 1)}
             ON CONFLICT (id) DO UPDATE SET ${ITEM_COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')}`,
            [id, ...itemValues(r)],
          );
          await trx.raw(`INSERT OR REPLACE INTO portal_search_fts (rowid, title, doc_number, body) VALUES (?, ?, ?, ?)`, [
            id, ftsTokens(r.normTitle), ftsTokens(r.normDocNumber), ftsTokens(r.normBody),
          ]);
          await trx.raw(`INSERT OR REPLACE INTO portal_search_pairs (rowid, pairs) VALUES (?, ?)`, [
            id, pairTokens(r.normTitle, r.normDocNumber, r.normBody),
          ]);
          await trx.raw(`INSERT OR REPLACE INTO portal_search_texts (item_id, body_text) VALUES (?, ?)`, [id, r.bodyText]);
        }
      });
    },

    async removeKeys(keys) {
      if (keys.length === 0) return 0;
      return knex.transaction(async (trx) => {
        let removed = 0;
        for (const key of keys) {
          for (const { id } of await query(trx, `SELECT id FROM portal_search_items WHERE key = ?`, [key])) {
            await deleteRow(trx, Number(id));
            removed++;
          }
        }
        return removed;
      });
    },

    async allKeys() {
      return (await query(knex, `SELECT key FROM portal_search_items`)).map((r) => r.key);
    },

    async search(q, filters, { limit, offset, window }) {
      const f = filterSql(filters);
      const match = ftsPhrase(q);
      // Matches passing the filters, from an FTS5 table; without filters FTS5 alone answers.
      const matchesIn = (table: string) =>
        f.sql
          ? `FROM ${table} JOIN portal_search_items i ON i.id = ${table}.rowid WHERE ${table} MATCH ?${f.sql}`
          : `FROM ${table} WHERE ${table} MATCH ?`;
      const matches = matchesIn('portal_search_fts');
      // The exact total: a two-character query is one token of the pairs table.
      const qlen = Array.from(q).length;
      const pair = qlen === 2;
      const [{ n }] = await query(knex, `SELECT count(*) AS n ${pair ? matchesIn('portal_search_pairs') : matches}`, [
        pair ? `"${q}"` : match,
        ...f.bindings,
      ]);
      const total = Number(n);
      if (total === 0 || offset >= Math.min(total, window)) return { total, rows: [] };
      // The window: the `window` most recent matches, streamed by FTS5 in row id order
      // (= publication time). Ranked: title or 文号 hits first (R31), then relevance, then
      // newest. MATERIALIZED: each window row's occurrence count is computed once.
      const rows = await query(
        knex,
        `WITH s AS MATERIALIZED (
           SELECT w.id AS id,
                  (instr(i.norm_title, ?) > 0 OR instr(i.norm_doc_number, ?) > 0) AS heading_hit,
                  ${occurrencesSql(/[a-z]/.test(q) ? 'lower(t.body_text)' : 't.body_text', 'octet_length')} AS tf,
                  i.body_len AS body_len
           FROM (SELECT portal_search_fts.rowid AS id ${matches} ORDER BY portal_search_fts.rowid DESC LIMIT ?) w
           JOIN portal_search_items i ON i.id = w.id
           JOIN portal_search_texts t ON t.item_id = w.id)
         SELECT id, heading_hit, ${scoreSql('tf', 'body_len')} AS score FROM s
         ORDER BY heading_hit DESC, score DESC, id DESC
         LIMIT ? OFFSET ?`,
        [q, q, q, Buffer.byteLength(q), match, ...f.bindings, window, await averageLength(), Math.min(limit, window - offset), offset],
      );
      return {
        total,
        rows: rows.map((r): RankedRow => ({ id: Number(r.id), headingHit: !!r.heading_hit, score: Number(r.score) })),
      };
    },

    rowsById: (ids) => rowsById(knex, ids),

    async sizeBytes() {
      try {
        const [r] = await query(knex, `SELECT sum(pgsize) AS n FROM dbstat WHERE name LIKE 'portal_search%' OR name LIKE 'sqlite_autoindex_portal_search%'`);
        return Number(r.n ?? 0);
      } catch {
        const [p] = await query(knex, `PRAGMA page_count`);
        const [s] = await query(knex, `PRAGMA page_size`);
        return Number(p.page_count) * Number(s.page_size);
      }
    },

    async drop() {
      await dropTables(knex);
      await knex.raw(`DROP TABLE IF EXISTS portal_search_meta`);
    },
  };
}
