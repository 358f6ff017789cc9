// R31: the search index over any knex instance — SQLite (FTS5) or PostgreSQL (GIN),
// one interface. index.ts binds it to Strapi; the benchmark uses it directly.
import type { Knex } from 'knex';
import { dialectOf, query, type Dialect } from './db';
import { parseFilters } from './filters';
import { createPgStore } from './pg-fts';
import { parsePaging, parseQuery } from './query';
import { itemKey, toRecord } from './record';
import { highlightHtml, snippetHtml } from './snippet';
import { createSqliteStore } from './sqlite-fts';
import type { SearchFilters, SearchItem, SearchResult, SearchStore } from './types';

export interface SearchParams {
  q?: unknown;
  filters?: SearchFilters;
  page?: unknown;
  pageSize?: unknown;
}

export type ItemSource = Iterable<SearchItem> | AsyncIterable<SearchItem>;

export interface SearchEngineOptions {
  /** A category and all categories below it (document ids); without it a category filter is exact. */
  categorySubtree?: (categoryDocumentId: string) => Promise<string[]>;
  dialect?: Dialect;
  /** How many of the most recent matches are ranked and can be paged through (default RANK_WINDOW). */
  rankWindow?: number;
}

/**
 * Ranking window (R31 targets: p50 < 20 ms, p99 < 60 ms for two-character queries at
 * 100k documents). The total is always exact, but relevance is computed for the
 * RANK_WINDOW most recent matches only, and only those can be paged through (100
 * pages of 10) — like a search engine's "first 1000 results". When a query has no
 * more matches than this (the usual case) the order is exactly: title or 文号 hits,
 * then relevance, then newest. A very common word ranks recent documents; the
 * filters (year, category …) narrow it to any period.
 */
export const RANK_WINDOW = 1000;

export interface SearchIndex {
  readonly dialect: Dialect;
  readonly store: SearchStore;
  ensureSchema(): Promise<{ created: boolean; needsReindex: boolean }>;
  /** Index (or re-index) one published item. */
  upsert(item: SearchItem): Promise<void>;
  upsertMany(items: SearchItem[]): Promise<void>;
  /** Remove an unpublished or deleted item; true when it was indexed. */
  remove(uid: string, documentId: string): Promise<boolean>;
  /** Make the index hold exactly the loader's items: upsert them all, then remove every other item. */
  reindexAll(loader: ItemSource | (() => ItemSource), options?: { batchSize?: number }): Promise<{ indexed: number; removed: number }>;
  search(params: SearchParams): Promise<SearchResult>;
}

export function createSearchEngine(knex: Knex, options: SearchEngineOptions = {}): SearchIndex {
  const dialect = options.dialect ?? dialectOf(knex);
  const window = Math.max(1, options.rankWindow ?? RANK_WINDOW);
  const store = dialect === 'postgres' ? createPgStore(knex) : createSqliteStore(knex);

  const upsertMany = (items: SearchItem[]) => store.upsertMany(items.map(toRecord));
  // A full build is recorded as complete only when it finishes (meta 'built' = the schema),
  // so a reindex cut short — a crash, Ctrl+C during an upgrade — is redone at the next
  // boot instead of leaving a partial index marked current.
  const meta = async (name: string): Promise<string | null> =>
    (await query(knex, `SELECT value FROM portal_search_meta WHERE name = ?`, [name]))[0]?.value ?? null;
  const setBuilt = (value: string) =>
    knex.raw(`INSERT INTO portal_search_meta (name, value) VALUES ('built', ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value`, [value]);

  return {
    dialect,
    store,
    async ensureSchema() {
      const state = await store.ensureSchema();
      const complete = (await meta('built')) === (await meta('schema'));
      return { ...state, needsReindex: state.needsReindex || !complete };
    },
    upsert: (item) => upsertMany([item]),
    upsertMany,
    remove: async (uid, documentId) => (await store.removeKeys([itemKey(uid, documentId)])) > 0,

    async reindexAll(loader, { batchSize = 200 } = {}) {
      // The index stays usable throughout: nothing is emptied first.
      await setBuilt('');
      const source = typeof loader === 'function' ? loader() : loader;
      const seen = new Set<string>();
      let batch: SearchItem[] = [];
      const flush = async () => {
        await upsertMany(batch);
        batch = [];
      };
      for await (const item of source as AsyncIterable<SearchItem>) {
        const key = itemKey(item.uid, item.documentId);
        if (seen.has(key)) continue;
        seen.add(key);
        batch.push(item);
        if (batch.length >= batchSize) await flush();
      }
      await flush();
      const stale = (await store.allKeys()).filter((k) => !seen.has(k));
      let removed = 0;
      for (let k = 0; k < stale.length; k += 500) removed += await store.removeKeys(stale.slice(k, k + 500));
      await setBuilt((await meta('schema')) ?? '');
      return { indexed: seen.size, removed };
    },

    async search(params) {
      const { text } = parseQuery(params.q);
      const { page, pageSize } = parsePaging(params.page, params.pageSize);
      const { store: filters, category } = parseFilters(params.filters);
      if (!text) return { query: '', total: 0, listable: 0, page, pageSize, hits: [] };
      if (category) {
        const subtree = options.categorySubtree ? await options.categorySubtree(category) : [];
        filters.categoryIds = subtree.includes(category) ? subtree : [category, ...subtree];
      }
      const { total, rows } = await store.search(text, filters, { limit: pageSize, offset: (page - 1) * pageSize, window });
      const stored = new Map((await store.rowsById(rows.map((r) => r.id))).map((r) => [r.id, r]));
      const hits = rows
        .filter((r) => stored.has(r.id)) // removed between the two queries
        .map((r) => {
          const s = stored.get(r.id)!;
          return {
            uid: s.uid,
            documentId: s.documentId,
            title: s.title,
            titleHtml: highlightHtml(s.title, text),
            docNumber: s.docNumber,
            docNumberHtml: highlightHtml(s.docNumber, text),
            slug: s.slug,
            snippetHtml: snippetHtml(s.bodyText, text),
            headingHit: r.headingHit,
            score: r.score,
            year: s.year,
            issuer: s.issuer,
            documentType: s.documentType,
            categoryDocumentId: s.categoryDocumentId,
            validity: s.validity,
            publishedAt: s.publishedAt === null ? null : new Date(s.publishedAt).toISOString(),
          };
        });
      return { query: text, total, listable: Math.min(total, window), page, pageSize, hits };
    },
  };
}
