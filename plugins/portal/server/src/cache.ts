import crypto from 'crypto';
import type { PageResponse } from './render/page';

// Rendered-page cache (issue: render from a cache invalidated on publish/unpublish, with
// ETag/304). Any content change clears it whole — simple, and never serves a stale page.
// Bounded by bytes as well as entries (R30/R35: every query-string variant of a URL is
// its own key, so without a byte bound 40,000 variants × 10 KB stay in memory): least
// recently used pages go first. Bodies are kept as UTF-8 Buffers (Chinese text is two
// bytes per character as a JS string, and Buffers live outside the V8 heap).
export interface CachedPage { status: number; type: string; body: Buffer; etag: string }

export interface PageCacheOptions {
  /** Total bytes of cached bodies (plus a small per-entry overhead). Default 32 MB (~3,000 pages of 10 KB). */
  maxBytes?: number;
  /** Number of cached pages. Default 20,000. */
  maxEntries?: number;
}

export const PAGE_CACHE_DEFAULTS = { maxBytes: 32 * 1024 * 1024, maxEntries: 20000 };
/** Rough cost of an entry besides its body: key, ETag, Map slot, objects. */
const OVERHEAD = 256;

export function createPageCache(opts: PageCacheOptions = {}) {
  const pages = new Map<string, CachedPage & { cost: number }>();
  let generation = 0;
  let bytes = 0;
  let maxBytes = PAGE_CACHE_DEFAULTS.maxBytes;
  let maxEntries = PAGE_CACHE_DEFAULTS.maxEntries;
  const listeners: Array<() => void> = [];

  const evictTo = (limitBytes: number, limitEntries: number) => {
    while (pages.size && (bytes > limitBytes || pages.size > limitEntries)) {
      const [k, v] = pages.entries().next().value!;
      pages.delete(k);
      bytes -= v.cost;
    }
  };
  const configure = (o: PageCacheOptions = {}) => {
    if (Number.isFinite(o.maxBytes) && o.maxBytes! >= 0) maxBytes = o.maxBytes!;
    if (Number.isFinite(o.maxEntries) && o.maxEntries! >= 0) maxEntries = o.maxEntries!;
    evictTo(maxBytes, maxEntries);
  };
  configure(opts);

  return {
    get(key: string): CachedPage | undefined {
      const e = pages.get(key);
      if (e) { pages.delete(key); pages.set(key, e); } // most recently used last
      return e;
    },
    set(key: string, res: PageResponse, gen: number): CachedPage {
      const body = Buffer.from(res.body);
      const etag = `W/"${crypto.createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
      const entry = { status: res.status, type: res.type, body, etag, cost: body.length + key.length * 2 + OVERHEAD };
      // a render that started before an invalidation must not be stored after it
      if (gen === generation && (res.status === 200 || res.status === 404) && entry.cost <= maxBytes && maxEntries > 0) {
        const old = pages.get(key);
        if (old) { pages.delete(key); bytes -= old.cost; }
        evictTo(maxBytes - entry.cost, maxEntries - 1);
        pages.set(key, entry);
        bytes += entry.cost;
      }
      return entry;
    },
    generation: () => generation,
    clear() {
      generation++;
      pages.clear();
      bytes = 0;
      for (const fn of listeners) fn();
    },
    /** Called on every clear (content changed): the read model forgets what it remembered. */
    onClear(fn: () => void) { listeners.push(fn); },
    configure,
    size: () => pages.size,
    bytes: () => bytes,
  };
}

export type PageCache = ReturnType<typeof createPageCache>;
