// R31 on SQLite: two contentless FTS5 tables over character n-grams (grams.ts).
//
// - The text is normalised in JS (normalize.ts) and written as space-separated
//   tokens. The `ascii` tokenizer is used on purpose: it only splits on ASCII
//   non-alphanumerics (our spaces; `_`, the boundary inside a bigram, is declared a
//   token character) and takes every non-ASCII code point as a token character, so
//   what is indexed is exactly what we wrote — no Unicode-category or diacritic
//   rules of its own that could differ from normalize.ts.
// - portal_search_grams (detail = none): per item, the set of its characters and of
//   its adjacent character pairs. A one- or two-character query — the common case —
//   is one token there: its exact total is a count over one posting list, and its
//   most recent matches are that list read backwards. The item's filter values are
//   tokens of the set too (filter-tokens.ts), so filters are ANDed inside FTS5.
// - portal_search_fts (title, 文号, body; positions): the stream of overlapping
//   bigrams, boundaries included. A longer query is the phrase of its bigrams, which
//   matches exactly where the normalised query is a substring of a normalised field;
//   bigram posting lists are far shorter than those of single characters.
// - The plain body for snippets lives in portal_search_texts, filters and sort keys
//   in portal_search_items, whose id is the FTS rowid.
// - Row ids follow publication time (publishedAt in seconds × 16 + a slot), so "the
//   most recent matches" is a streamed `ORDER BY rowid DESC LIMIT n` inside FTS5: the
//   relevance score and the joins run only for the ranking window (engine.ts). Seconds,
//   not milliseconds: posting lists store row id deltas as varints, and small deltas
//   keep the index about a quarter smaller. Items published in the same second order
//   by slot; a burst of more than 16 spills into the following seconds' ids.
// - Relevance (score.ts) counts the normalised query in the stored plain body, not
//   with FTS5's bm25(): bm25 first counts all matches for its IDF, a pass that grows
//   with the corpus. Counting in the original text undercounts where it differs from
//   its normal form (full-width letters, a 文号's brackets — such hits then rank by
//   date); a normalised copy of every body would make it exact for ≈ 40 % more disk.
//   Matching itself is always exact.
import type { Knex } from 'knex';
import { query, placeholders, rowsById } from './db';
import { filterSql } from './filters';
import { filterExpression, filterTokens } from './filter-tokens';
import { averageBodyLength, occurrencesSql, scoreSql } from './score';
import { bigramStream, BOUNDARY_CHAR, gramSet, isShortQuery, matchExpression } from './grams';
import { NORMALIZER_VERSION } from './normalize';
import type { RankedRow, SearchRecord, SearchStore } from './types';

const SCHEMA = `sqlite-fts5-7-bigrams-s16-filters/normalize-${NORMALIZER_VERSION}`;

const ITEM_COLUMNS = [
  'key', 'uid', 'document_id', 'title', 'doc_number', 'slug', 'norm_title', 'norm_doc_number', 'body_len',
  'year', 'issuer', 'document_type', 'category_document_id', 'validity', 'published_at',
];

const itemValues = (r: SearchRecord) => [
  r.key, r.uid, r.documentId, r.title, r.docNumber, r.slug, r.normTitle, r.normDocNumber, Array.from(r.normBody).length,
  r.year, r.issuer, r.documentType, r.categoryDocumentId, r.validity, r.publishedAt,
];

/** Row ids: publication time in seconds × SLOTS + a slot from the key (probing upwards on a clash). */
const SLOTS = 16;
function rowIdBase(r: SearchRecord): number {
  let h = 0x811c9dc5; // FNV-1a
  for (let k = 0; k < r.key.length; k++) h = Math.imul(h ^ r.key.charCodeAt(k), 0x01000193);
  return Math.floor(Math.max(0, r.publishedAt ?? 0) / 1000) * SLOTS + ((h >>> 0) % SLOTS);
}

/**
 * The first free row id at or above `id`. A burst (a bulk publish, an archive import: many
 * items in one second) fills a run of ids; probing one id per query made that quadratic
 * (the bench's 100k reindex ran at ~7 items/s). Within one transaction the next id after
 * a second's last assignment is remembered; otherwise one query walks the run to its gap.
 */
async function freeId(trx: Knex.Transaction, id: number, nextFree: Map<number, number>): Promise<number> {
  const second = Math.floor(id / SLOTS);
  let candidate = Math.max(id, nextFree.get(second) ?? id);
  if ((await query(trx, `SELECT 1 FROM portal_search_items WHERE id = ?`, [candidate])).length) {
    const [gap] = await query(
      trx,
      `SELECT t.id + 1 AS free FROM portal_search_items t
        WHERE t.id >= ? AND NOT EXISTS (SELECT 1 FROM portal_search_items u WHERE u.id = t.id + 1)
        ORDER BY t.id LIMIT 1`,
      [candidate],
    );
    candidate = Number(gap.free);
  }
  nextFree.set(second, candidate + 1);
  return candidate;
}

async function deleteRow(trx: Knex.Transaction, id: number) {
  await trx.raw(`DELETE FROM portal_search_fts WHERE rowid = ?`, [id]);
  await trx.raw(`DELETE FROM portal_search_grams WHERE rowid = ?`, [id]);
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
      title, doc_number, body, tokenize = "ascii tokenchars '${BOUNDARY_CHAR}'", content = '', contentless_delete = 1)`);
    await db.raw(`CREATE VIRTUAL TABLE IF NOT EXISTS portal_search_grams USING fts5(
      grams, tokenize = "ascii tokenchars '${BOUNDARY_CHAR}'", content = '', contentless_delete = 1, detail = none)`);
  };
  const dropTables = async (db: Knex | Knex.Transaction) => {
    for (const t of ['portal_search_pairs', 'portal_search_grams', 'portal_search_fts', 'portal_search_texts', 'portal_search_items']) await db.raw(`DROP TABLE IF EXISTS ${t}`);
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
        const nextFree = new Map<number, number>();
        for (const r of records) {
          const [old] = await query(trx, `SELECT id FROM portal_search_items WHERE key = ?`, [r.key]);
          let id = rowIdBase(r);
          if (old && Math.floor(Number(old.id) / SLOTS) === Math.floor(id / SLOTS)) {
            id = Number(old.id); // same publication time: keep the row id
          } else {
            if (old) await deleteRow(trx, Number(old.id));
            id = await freeId(trx, id, nextFree);
          }
          await trx.raw(
            `INSERT INTO portal_search_items (id, ${ITEM_COLUMNS.join(', ')}) VALUES ${placeholders(ITEM_COLUMNS.length + 1)}
             ON CONFLICT (id) DO UPDATE SET ${ITEM_COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')}`,
            [id, ...itemValues(r)],
          );
          await trx.raw(`INSERT OR REPLACE INTO portal_search_fts (rowid, title, doc_number, body) VALUES (?, ?, ?, ?)`, [
            id, bigramStream(r.normTitle), bigramStream(r.normDocNumber), bigramStream(r.normBody),
          ]);
          await trx.raw(`INSERT OR REPLACE INTO portal_search_grams (rowid, grams) VALUES (?, ?)`, [
            id, [gramSet(r.normTitle, r.normDocNumber, r.normBody), ...filterTokens(r)].join(' '),
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
      // One or two characters: one token of the gram set, the filters as tokens beside it
      // (filter-tokens.ts) — FTS5 alone answers. Longer: the bigram phrase, filters joined.
      const short = isShortQuery(q);
      const table = short ? 'portal_search_grams' : 'portal_search_fts';
      const f = short ? { sql: '', bindings: [] } : filterSql(filters);
      let match = matchExpression(q);
      if (short) {
        const fx = filterExpression(filters);
        if (fx === null) return { total: 0, rows: [] };
        if (fx) match = `${match} AND ${fx}`;
      }
      const matches = f.sql
        ? `FROM ${table} JOIN portal_search_items i ON i.id = ${table}.rowid WHERE ${table} MATCH ?${f.sql}`
        : `FROM ${table} WHERE ${table} MATCH ?`;
      const [{ n }] = await query(knex, `SELECT count(*) AS n ${matches}`, [match, ...f.bindings]);
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
           FROM (SELECT ${table}.rowid AS id ${matches} ORDER BY ${table}.rowid DESC LIMIT ?) w
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
