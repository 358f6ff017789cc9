import type { Core } from '@strapi/strapi';
import { ensureIndex } from '@gongkai/shared';
import { GUIDE, INTERPRETATION, NOTICE } from './read-model';

// Indexes the public read paths need (R30: page cost must not grow with the number of
// documents). Strapi's schema only has (document_id, locale, published_at) per type and
// one index per link-table column; these cover the portal's own orderings and facets.
// Idempotent, run on every boot (Strapi's schema sync may drop indexes it does not know).
export async function ensurePortalIndexes(strapi: Core.Strapi) {
  const s = strapi as any;
  // /notices: ORDER BY written_on DESC, published_at DESC, id DESC with OFFSET walks this index
  await ensureIndex(s, NOTICE, ['writtenOn', 'publishedAt', 'id']);
  // filter by issuer / document type in list order; DISTINCT issuer / doc_year for the
  // filter menus from covering indexes
  await ensureIndex(s, NOTICE, ['issuer', 'writtenOn', 'publishedAt', 'id']);
  await ensureIndex(s, NOTICE, ['documentType', 'writtenOn', 'publishedAt', 'id']);
  await ensureIndex(s, NOTICE, ['docYear', 'publishedAt']);
  // category lists reach notices through the link table: probe a small covering index,
  // not the wide rows (bodies are stored inline)
  await ensureIndex(s, NOTICE, ['id', 'publishedAt', 'writtenOn']);
  // home, feeds, column pages: newest published first
  for (const uid of [NOTICE, INTERPRETATION, GUIDE]) await ensureIndex(s, uid, ['publishedAt', 'id']);
}
