// R31 on PostgreSQL: a GIN index of character unigrams and bigrams, then an exact check.
//
// Why not one `to_tsvector('simple', '扶 贫 …')` per document with phrase queries:
// a tsvector keeps at most 256 positions per lexeme and no position above 16383,
// so in a long Chinese body (公, 的, the boundary token …) phrases silently stop
// matching — recall would not equal substring search. Instead:
// - The normalised text (normalize.ts) is stored in chunks of CHUNK_SIZE code
//   points that overlap by MAX_QUERY_TOKENS − 1, so every possible query match lies
//   wholly inside one chunk. Chunks are stored uncompressed and inline (STORAGE
//   EXTERNAL + toast_tuple_target): checking one never decompresses or reads TOAST.
// - An expression GIN index holds, per chunk, the set of its characters and of its
//   adjacent character pairs (SENTINEL included, so "8 " and " 4" are pairs of
//   "2018 40"). Nothing is stored twice: the set is computed by portal_search_grams().
// - A query asks the index for the chunks holding all of its pairs. For one- and
//   two-character queries index membership is already exact; longer ones are
//   confirmed with `strpos` on the chunk. No phrase, no positions, no limits:
//   recall = substring search on the normalised text.
// - Each chunk row repeats its item's filter columns, publication time and body
//   length, so the search query reads chunks only (items are read for the page).
// - Ranking in the window: a title/文号 hit first, then a BM25-like score (score.ts)
//   of the occurrences in the normalised body chunks, then newest. (An occurrence
//   inside the ~100-character overlap of two chunks of a long body counts twice —
//   ranking only.)
import type { Knex } from 'knex';
import { query, placeholders, rowsById } from './db';
import { filterSql } from './filters';
import { averageBodyLength, occurrencesSql, scoreSql } from './score';
import { NORMALIZER_VERSION } from './normalize';
import { MAX_QUERY_TOKENS } from './query';
import type { RankedRow, SearchRecord, SearchStore } from './types';

export const CHUNK_SIZE = 2000;
export const CHUNK_OVERLAP = MAX_QUERY_TOKENS - 1;
const SCHEMA = `pg-grams-4/chunk-${CHUNK_SIZE}-${CHUNK_OVERLAP}/normalize-${NORMALIZER_VERSION}`;
const FIELD = { title: 0, docNumber: 1, body: 2 } as const;
const LOCK = 'hashtext(\'portal_search_schema\')';

/** Overlapping chunks of a normalised text, cut at code points: every run of ≤ overlap + 1 code points is inside one. */
export function chunksOf(normalized: string, size = CHUNK_SIZE, overlap = CHUNK_OVERLAP): string[] {
  if (!normalized) return [];
  const cps = Array.from(normalized);
  const chunks: string[] = [];
  for (let start = 0; ; start += size - overlap) {
    const end = Math.min(cps.length, start + size);
    chunks.push(cps.slice(start, end).join(''));
    if (end === cps.length) return chunks;
  }
}

/** Lexemes the index must hold for a normalised query: the character, or every adjacent pair. */
export function queryGrams(normalized: string): string[] {
  const cps = Array.from(normalized);
  if (cps.length === 1) return cps;
  const grams = new Set<string>();
  for (let k = 0; k + 1 < cps.length; k++) grams.add(cps[k] + cps[k + 1]);
  return [...grams];
}

/** The tsquery text `'ab' & 'bc'` (quotes doubled, backslashes escaped, per tsquery input syntax). */
export function tsqueryOf(normalized: string): string {
  return queryGrams(normalized)
    .map((g) => `'${g.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`)
    .join(' & ');
}

const ITEM_COLUMNS = [
  'key', 'document_id', 'title', 'doc_number', 'slug',
  'uid', 'year', 'issuer', 'document_type', 'category_document_id', 'validity', 'published_at', 'body_len',
];
/** Repeated on every chunk row: filterSql's columns, the recency order and the body length. */
const CHUNK_ITEM_COLUMNS = ['uid', 'year', 'issuer', 'document_type', 'category_document_id', 'validity', 'published_at', 'body_len'];
const ITEM_COLUMN_DDL = `uid text NOT NULL, year integer, issuer text, document_type text,
          category_document_id text, validity text, published_at bigint, body_len integer NOT NULL`;

export function createPgStore(knex: Knex): SearchStore {
  const averageLength = averageBodyLength(knex);

  const dropTables = async (db: Knex | Knex.Transaction) => {
    await db.raw(`DROP TABLE IF EXISTS portal_search_chunks, portal_search_texts, portal_search_items`);
    await db.raw(`DROP FUNCTION IF EXISTS portal_search_grams(text)`);
  };

  return {
    dialect: 'postgres',

    async ensureSchema() {
      return knex.transaction(async (trx) => {
        // One process at a time (several Strapi instances may boot together).
        await trx.raw(`SELECT pg_advisory_xact_lock(${LOCK})`);
        const [enc] = await query(trx, `SELECT pg_encoding_to_char(encoding) AS e FROM pg_database WHERE datname = current_database()`);
        if (enc?.e !== 'UTF8') throw new Error(`search index: the database must use UTF8 encoding (it uses ${enc?.e})`);
        await trx.raw(`CREATE TABLE IF NOT EXISTS portal_search_meta (name text PRIMARY KEY, value text NOT NULL)`);
        const [row] = await query(trx, `SELECT value FROM portal_search_meta WHERE name = 'schema'`);
        const stale = row && row.value !== SCHEMA;
        if (stale) await dropTables(trx);
        // The characters of a chunk (but not the lone boundary) and its adjacent pairs.
        // regexp_matches over t and over t shifted by one yields every pair in linear time.
        await trx.raw(`CREATE OR REPLACE FUNCTION portal_search_grams(t text) RETURNS tsvector
          LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
            SELECT array_to_tsvector(
              array_remove(string_to_array(t, NULL), ' ')
              || ARRAY(SELECT m[1] FROM regexp_matches(t, '(..)', 'g') m)
              || ARRAY(SELECT m[1] FROM regexp_matches(substr(t, 2), '(..)', 'g') m))
          $fn$`);
        await trx.raw(`CREATE TABLE IF NOT EXISTS portal_search_items (
          id bigserial PRIMARY KEY,
          key text NOT NULL UNIQUE,
          document_id text NOT NULL,
          title text NOT NULL,
          doc_number text,
          slug text,
          ${ITEM_COLUMN_DDL})`);
        await trx.raw(`CREATE TABLE IF NOT EXISTS portal_search_texts (
          item_id bigint PRIMARY KEY REFERENCES portal_search_items (id) ON DELETE CASCADE,
          body_text text NOT NULL)`);
        await trx.raw(`CREATE TABLE IF NOT EXISTS portal_search_chunks (
          item_id bigint NOT NULL REFERENCES portal_search_items (id) ON DELETE CASCADE,
          field smallint NOT NULL,
          seq integer NOT NULL,
          chunk text NOT NULL,
          ${ITEM_COLUMN_DDL},
          PRIMARY KEY (item_id, field, seq))
          WITH (toast_tuple_target = 8160)`);
        // uncompressed, and inline up to ~8 KB: a chunk of CHUNK_SIZE CJK characters is ~6 KB
        await trx.raw(`ALTER TABLE portal_search_chunks ALTER COLUMN chunk SET STORAGE EXTERNAL`);
        await trx.raw(`CREATE INDEX IF NOT EXISTS portal_search_chunks_grams ON portal_search_chunks USING gin (portal_search_grams(chunk))`);
        await trx.raw(`INSERT INTO portal_search_meta (name, value) VALUES ('schema', ?)
          ON CONFLICT (name) DO UPDATE SET value = excluded.value`, [SCHEMA]);
        return { created: !row || stale, needsReindex: !row || stale };
      });
    },

    async upsertMany(records: SearchRecord[]) {
      if (records.length === 0) return;
      await knex.transaction(async (trx) => {
        for (const r of records) {
          const itemValues = [r.uid, r.year, r.issuer, r.documentType, r.categoryDocumentId, r.validity, r.publishedAt, Array.from(r.normBody).length];
          const values = [r.key, r.documentId, r.title, r.docNumber, r.slug, ...itemValues];
          const [{ id }] = await query(
            trx,
            `INSERT INTO portal_search_items (${ITEM_COLUMNS.join(', ')}) VALUES ${placeholders(ITEM_COLUMNS.length)}
             ON CONFLICT (key) DO UPDATE SET ${ITEM_COLUMNS.slice(1).map((c) => `${c} = excluded.${c}`).join(', ')}
             RETURNING id`,
            values,
          );
          await trx.raw(`DELETE FROM portal_search_chunks WHERE item_id = ?`, [id]);
          const rows: any[] = [];
          const add = (field: number, normalized: string) => {
            chunksOf(normalized).forEach((chunk, seq) => rows.push([id, field, seq, chunk, ...itemValues]));
          };
          add(FIELD.title, r.normTitle);
          add(FIELD.docNumber, r.normDocNumber);
          add(FIELD.body, r.normBody);
          // at most 1000 rows (12000 bindings) per statement
          for (let k = 0; k < rows.length; k += 1000) {
            const part = rows.slice(k, k + 1000);
            await trx.raw(
              `INSERT INTO portal_search_chunks (item_id, field, seq, chunk, ${CHUNK_ITEM_COLUMNS.join(', ')})
               VALUES ${part.map(() => placeholders(4 + CHUNK_ITEM_COLUMNS.length)).join(', ')}`,
              part.flat(),
            );
          }
          await trx.raw(
            `INSERT INTO portal_search_texts (item_id, body_text) VALUES (?, ?)
             ON CONFLICT (item_id) DO UPDATE SET body_text = excluded.body_text`,
            [id, r.bodyText],
          );
        }
      });
    },

    async removeKeys(keys) {
      if (keys.length === 0) return 0;
      // chunks and texts go with the item (ON DELETE CASCADE)
      const rows = await query(knex, `DELETE FROM portal_search_items WHERE key IN ${placeholders(keys.length)} RETURNING id`, keys);
      return rows.length;
    },

    async allKeys() {
      return (await query(knex, `SELECT key FROM portal_search_items`)).map((r) => r.key);
    },

    async search(q, filters, { limit, offset, window }) {
      const f = filterSql(filters, 'c');
      const qlen = Array.from(q).length;
      const exact = qlen <= 2; // one lexeme: the index alone is exact
      const rows = await query(
        knex,
        // m: every matching item passing the filters, once (the exact total);
        // w: the ranking window, its most recent matches; s: their body occurrence counts.
        `WITH m AS MATERIALIZED (
           SELECT c.item_id, bool_or(c.field < ${FIELD.body}) AS heading_hit,
                  max(c.published_at) AS published_at, max(c.body_len) AS body_len
           FROM portal_search_chunks c
           WHERE portal_search_grams(c.chunk) @@ ?::tsquery${exact ? '' : ' AND strpos(c.chunk, ?) > 0'}${f.sql}
           GROUP BY c.item_id),
         w AS (SELECT * FROM m ORDER BY published_at DESC NULLS LAST, item_id DESC LIMIT ?),
         s AS MATERIALIZED (
           SELECT w.*, coalesce((
                    SELECT sum(${occurrencesSql('c.chunk', 'octet_length')})
                    FROM portal_search_chunks c WHERE c.item_id = w.item_id AND c.field = ${FIELD.body}), 0)::float8 AS tf
           FROM w),
         page AS (
           SELECT item_id, heading_hit, published_at, ${scoreSql('tf', 'body_len')} AS score
           FROM s ORDER BY heading_hit DESC, score DESC, published_at DESC NULLS LAST, item_id DESC
           LIMIT ? OFFSET ?)
         SELECT t.total, page.item_id AS id, page.heading_hit, page.score
         FROM (SELECT count(*) AS total FROM m) t LEFT JOIN page ON true
         ORDER BY page.heading_hit DESC, page.score DESC, page.published_at DESC NULLS LAST, page.item_id DESC`,
        [
          tsqueryOf(q), ...(exact ? [] : [q]), ...f.bindings, window,
          q, Buffer.byteLength(q), await averageLength(), Math.max(0, Math.min(limit, window - offset)), offset,
        ],
      );
      return {
        total: Number(rows[0]?.total ?? 0),
        rows: rows
          .filter((r) => r.id !== null)
          .map((r): RankedRow => ({ id: Number(r.id), headingHit: !!r.heading_hit, score: Number(r.score) })),
      };
    },

    rowsById: (ids) => rowsById(knex, ids),

    async sizeBytes() {
      const [r] = await query(
        knex,
        `SELECT sum(coalesce(pg_total_relation_size(to_regclass(t)), 0))::bigint AS n
         FROM unnest(ARRAY['portal_search_items', 'portal_search_texts', 'portal_search_chunks']) t`,
      );
      return Number(r.n ?? 0);
    },

    async drop() {
      await dropTables(knex);
      await knex.raw(`DROP TABLE IF EXISTS portal_search_meta`);
    },
  };
}
