// R31: the portal's Chinese full-text search (see README.md in this folder).
//
//   services: { search: searchService }                 // the plugin's `search` service
//   await search.ensureSchema();                         // bootstrap: creates, and re-indexes when new/outdated
//   await search.indexDocument(uid, documentId);         // on entry.publish
//   await search.remove(uid, documentId);                // on entry.unpublish / entry.delete
//   await search.search({ q, filters, page, pageSize }); // the /search page
import type { Core } from '@strapi/strapi';
import { strapiCategorySubtree } from './categories';
import { createSearchEngine, type SearchEngineOptions, type SearchIndex } from './engine';
import { SEARCH_POPULATE, SEARCHABLE_TYPES, toSearchItem } from './items';
import { publishedItems } from './loader';

export interface StrapiSearchIndex extends Omit<SearchIndex, 'ensureSchema'> {
  /** Create the index tables if missing; when the index is new or was built by other rules, re-index every published item. */
  ensureSchema(): Promise<{ created: boolean; needsReindex: boolean; reindexed: { indexed: number; removed: number } | null }>;
  /** Index the published version of a document — or remove it when it has none or is not public. */
  indexDocument(uid: string, documentId: string): Promise<'indexed' | 'removed' | 'ignored'>;
  /** Re-index every published item of the searchable types (and drop everything else). */
  reindexPublished(): Promise<{ indexed: number; removed: number }>;
}

export function createSearchIndex(strapi: Core.Strapi, options: Omit<SearchEngineOptions, 'categorySubtree'> = {}): StrapiSearchIndex {
  const engine = createSearchEngine(strapi.db.connection as any, { ...options, categorySubtree: strapiCategorySubtree(strapi) });
  const reindexPublished = () => engine.reindexAll(() => publishedItems(strapi));
  return {
    ...engine,
    reindexPublished,
    async ensureSchema() {
      const state = await engine.ensureSchema();
      if (!state.needsReindex) return { ...state, reindexed: null };
      const reindexed = await reindexPublished();
      strapi.log.info(`[portal] search index built: ${reindexed.indexed} published items`);
      return { ...state, reindexed };
    },
    async indexDocument(uid, documentId) {
      if (!(SEARCHABLE_TYPES as readonly string[]).includes(uid)) return 'ignored';
      const doc = await (strapi.documents as any)(uid).findOne({ documentId, status: 'published', populate: SEARCH_POPULATE[uid] });
      const item = doc ? toSearchItem(uid, doc) : null;
      if (!item) {
        await engine.remove(uid, documentId);
        return 'removed';
      }
      await engine.upsert(item);
      return 'indexed';
    },
  };
}

/** The plugin service factory: `services: { search: searchService }`. */
export const searchService = ({ strapi }: { strapi: Core.Strapi }) => createSearchIndex(strapi);

export { createSearchEngine, RANK_WINDOW, type SearchIndex, type SearchParams, type ItemSource, type SearchEngineOptions } from './engine';
export { SearchQueryError, MAX_QUERY_TOKENS, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } from './query';
export { normalize, NORMALIZER_VERSION } from './normalize';
export { toPlainText } from './plain-text';
export { highlightHtml, snippetHtml } from './snippet';
export { itemKey } from './record';
export { toSearchItem, deriveYear, SEARCHABLE_TYPES, SEARCH_POPULATE } from './items';
export { publishedItems } from './loader';
export type { SearchItem, SearchFilters, SearchHit, SearchResult } from './types';
