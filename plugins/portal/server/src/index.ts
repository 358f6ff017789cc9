import type { Core } from '@strapi/strapi';
import contentTypes from './content-types';
import { createReadModel, PUBLIC_TYPES } from './read-model';
import { createPortal, type Portal } from './portal';
import { createPageCache } from './cache';
import { portalMiddleware } from './http';
import { searchService } from './search';

// The public portal (R30–R35): server-rendered pages at the site root, read through one
// read model, cached until content changes.

const cache = createPageCache();
let portal: Portal | null = null;

const affectsPortal = (uid?: string) => !!uid && (uid.startsWith('api::') || uid.startsWith('plugin::portal.') || uid === 'plugin::upload.file');

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.server.use(portalMiddleware(strapi, () => portal!, cache));
    // Clear as soon as a write returns (same request), and again after commit below.
    strapi.documents.use(async (ctx: any, next) => {
      const result = await next();
      if (affectsPortal(ctx.uid) && ctx.action !== 'findOne' && ctx.action !== 'findMany' && ctx.action !== 'findFirst' && ctx.action !== 'count') cache.clear();
      return result;
    });
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const rm = createReadModel(strapi);
    const searchService = () => (strapi.plugin('portal').service('search') as any) ?? null;
    portal = createPortal(strapi, rm, searchService);
    const search = searchService();
    if (search?.ensureSchema) await search.ensureSchema();

    const onChange = (action: 'upsert' | 'remove') => async (event: any) => {
      cache.clear();
      if (!search || !PUBLIC_TYPES.includes(event?.uid)) return;
      try {
        if (action === 'upsert') await search.indexDocument(event.uid, event.entry.documentId);
        else await search.remove(event.uid, event.entry.documentId);
      } catch (err) {
        strapi.log.error(`[portal] search index update failed for ${event?.uid} ${event?.entry?.documentId}: ${err}`);
      }
    };
    strapi.eventHub.on('entry.publish', onChange('upsert'));
    strapi.eventHub.on('entry.unpublish', onChange('remove'));
    strapi.eventHub.on('entry.delete', onChange('remove'));
    for (const e of ['entry.create', 'entry.update', 'media.create', 'media.update', 'media.delete']) strapi.eventHub.on(e, async () => cache.clear());
  },

  config: { default: {}, validator() {} },
  contentTypes,
  controllers: {},
  routes: {},
  services: { search: searchService },
  policies: {},
  middlewares: {},
};
