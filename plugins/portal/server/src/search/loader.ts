// R31: every published item of the searchable types, for reindexAll. Only the
// published versions are read (status: 'published'), never drafts.
import type { Core } from '@strapi/strapi';
import { SEARCH_POPULATE, SEARCHABLE_TYPES, toSearchItem } from './items';
import type { SearchItem } from './types';

export async function* publishedItems(strapi: Core.Strapi, uids: readonly string[] = SEARCHABLE_TYPES, pageSize = 100): AsyncGenerator<SearchItem> {
  for (const uid of uids) {
    for (let start = 0; ; start += pageSize) {
      const docs: any[] = await (strapi.documents as any)(uid).findMany({
        status: 'published',
        populate: SEARCH_POPULATE[uid],
        sort: 'id:asc',
        start,
        limit: pageSize,
      });
      for (const d of docs) {
        const item = toSearchItem(uid, d);
        if (item) yield item;
      }
      if (docs.length < pageSize) break;
    }
  }
}
