import crypto from 'crypto';
import type { PageResponse } from './render/page';

// Rendered-page cache (issue: render from a cache invalidated on publish/unpublish, with
// ETag/304). Any content change clears it whole — simple, and never serves a stale page.
export interface CachedPage extends PageResponse { etag: string }

export function createPageCache(max = 5000) {
  const pages = new Map<string, CachedPage>();
  let generation = 0;
  return {
    get: (key: string) => pages.get(key),
    set(key: string, res: PageResponse, gen: number): CachedPage {
      const etag = `W/"${crypto.createHash('sha1').update(res.body).digest('base64url').slice(0, 22)}"`;
      const entry = { ...res, etag };
      // a render that started before an invalidation must not be stored after it
      if (gen === generation && (res.status === 200 || res.status === 404)) {
        if (pages.size >= max) pages.delete(pages.keys().next().value!);
        pages.set(key, entry);
      }
      return entry;
    },
    generation: () => generation,
    clear() { generation++; pages.clear(); },
    size: () => pages.size,
  };
}

export type PageCache = ReturnType<typeof createPageCache>;
