// R31: the shapes shared by the search index's modules.

/** One published document as the index receives it (built by the portal read model). */
export interface SearchItem {
  uid: string;
  documentId: string;
  title: string;
  /** 文号 as written, e.g. 揭府办函〔2018〕40号 */
  docNumber?: string | null;
  slug?: string | null;
  /** Body as HTML, Markdown or plain text; it is reduced to plain text for indexing and snippets. */
  body?: string | null;
  /** Filter: the year (文号 year, else 成文日期, 发布日期, publishedAt — see items.ts deriveYear). */
  year?: number | null;
  /** Filter: 发文机关 */
  issuer?: string | null;
  /** Filter: 文件类型 (notice.documentType) */
  documentType?: string | null;
  /** Filter: the item's own catalog category; parents are matched at query time. */
  categoryDocumentId?: string | null;
  /** Filter: 时效性 (in_force / expired / repealed) */
  validity?: string | null;
  publishedAt?: string | Date | null;
}

/** What the stores write: the item with its plain text and normalised fields. */
export interface SearchRecord {
  key: string;
  uid: string;
  documentId: string;
  title: string;
  docNumber: string | null;
  slug: string | null;
  bodyText: string;
  normTitle: string;
  normDocNumber: string;
  normBody: string;
  year: number | null;
  issuer: string | null;
  documentType: string | null;
  categoryDocumentId: string | null;
  validity: string | null;
  /** epoch milliseconds */
  publishedAt: number | null;
}

/** Filters as the visitor gives them (one value or several per field). */
export interface SearchFilters {
  uid?: string | string[];
  year?: number | string;
  issuer?: string;
  documentType?: string | string[];
  /** A catalog category: matches items in it and in all categories below it. */
  categoryDocumentId?: string;
  validity?: string | string[];
}

/** Filters as the stores apply them: validated lists, category already expanded to its subtree. */
export interface StoreFilters {
  uids?: string[];
  year?: number;
  issuers?: string[];
  documentTypes?: string[];
  categoryIds?: string[];
  validities?: string[];
}

export interface RankedRow {
  id: number;
  /** the query occurs in the title or the 文号 */
  headingHit: boolean;
  /** body relevance, larger is better (bm25 on SQLite, a tf·length score on PostgreSQL) */
  score: number;
}

export interface StoredRow {
  id: number;
  key: string;
  uid: string;
  documentId: string;
  title: string;
  docNumber: string | null;
  slug: string | null;
  bodyText: string;
  year: number | null;
  issuer: string | null;
  documentType: string | null;
  categoryDocumentId: string | null;
  validity: string | null;
  publishedAt: number | null;
}

/** The SQL layer, one per database engine, over a knex instance. */
export interface SearchStore {
  readonly dialect: 'sqlite' | 'postgres';
  /** Create the tables if missing; a stored index built by other rules is dropped and `needsReindex` set. */
  ensureSchema(): Promise<{ created: boolean; needsReindex: boolean }>;
  /** Insert or replace records, in one transaction. */
  upsertMany(records: SearchRecord[]): Promise<void>;
  /** Remove by key; returns how many were removed. */
  removeKeys(keys: string[]): Promise<number>;
  allKeys(): Promise<string[]>;
  /**
   * The exact number of matches of a normalised, non-empty query, and one page of the
   * ranking of its `window` most recent matches (title/文号 hits, then relevance, then newest).
   */
  search(query: string, filters: StoreFilters, page: { limit: number; offset: number; window: number }): Promise<{ total: number; rows: RankedRow[] }>;
  rowsById(ids: number[]): Promise<StoredRow[]>;
  /** Approximate bytes used by the index's tables and indexes (for the benchmark). */
  sizeBytes(): Promise<number>;
  drop(): Promise<void>;
}

export interface SearchHit {
  uid: string;
  documentId: string;
  title: string;
  /** title, HTML-escaped, with the matches in <mark> */
  titleHtml: string;
  docNumber: string | null;
  docNumberHtml: string;
  slug: string | null;
  /** a passage of the body around the first match, HTML-escaped, matches in <mark> */
  snippetHtml: string;
  headingHit: boolean;
  score: number;
  year: number | null;
  issuer: string | null;
  documentType: string | null;
  categoryDocumentId: string | null;
  validity: string | null;
  /** ISO 8601 */
  publishedAt: string | null;
}

export interface SearchResult {
  /** the normalised query that was run ('' for an empty query) */
  query: string;
  total: number;
  /** how many of the matches can be paged through: the ranked window (see engine.ts) */
  listable: number;
  page: number;
  pageSize: number;
  hits: SearchHit[];
}
