import type { Core } from '@strapi/strapi';
import contentTypes from './content-types';
import { createReadModel, PUBLIC_TYPES } from './read-model';
import { createPortal, type Portal } from './portal';
import { createPageCache, PAGE_CACHE_DEFAULTS } from './cache';
import { portalMiddleware } from './http';
import { searchService } from './search';
import { createAffected, INCREMENTAL_TYPES, type Affected } from './static/affected';
import { createStaticSite, type StaticConfig, type StaticSite } from './static/site';
import { createInvalidation, type Invalidation } from './invalidation';
import { ensurePortalIndexes } from './indexes';

// The public portal (R30–R35): server-rendered pages at the site root, read through one
// read model, cached until content changes.

const cache = createPageCache();
let portal: Portal | null = null;
// Static publishing (R35) and cross-node invalidation: see static/ and invalidation.ts
let site: StaticSite | null = null;
let affected: Affected | null = null;
let invalidation: Invalidation | null = null;
/** Pages an item showed on BEFORE a publish/unpublish/delete (captured before the write, used after commit). */
const before = new Map<string, string[]>();
const WRITES = ['publish', 'unpublish', 'delete'];
/** Regenerations whose affected pages are still being worked out (events fire after commit, asynchronously). */
const inflight = new Set<Promise<unknown>>();
const track = (p: Promise<unknown>) => { inflight.add(p); p.finally(() => inflight.delete(p)); return p; };

const affectsPortal = (uid?: string) => !!uid && (uid.startsWith('api::') || uid.startsWith('plugin::portal.') || uid === 'plugin::upload.file');

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // R35: page cache bounded by bytes, so query-string variants cannot exhaust memory (config pageCache.maxBytes / PORTAL_PAGE_CACHE_MB)
    cache.configure((strapi.config.get('plugin::portal.pageCache') ?? {}) as any);
    strapi.server.use(portalMiddleware(strapi, () => portal!, cache));
    // Clear as soon as a write returns (same request), and again after commit below.
    strapi.documents.use(async (ctx: any, next) => {
      const key = `${ctx.uid}:${ctx.params?.documentId}`;
      if (site && affected && WRITES.includes(ctx.action) && INCREMENTAL_TYPES.includes(ctx.uid) && ctx.params?.documentId) {
        before.set(key, await affected.pagesOf(ctx.uid, ctx.params.documentId).catch(() => []));
      }
      let result;
      try {
        result = await next();
      } catch (err) {
        before.delete(key);
        throw err;
      }
      if (affectsPortal(ctx.uid) && ctx.action !== 'findOne' && ctx.action !== 'findMany' && ctx.action !== 'findFirst' && ctx.action !== 'count') cache.clear();
      return result;
    });
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const rm = createReadModel(strapi);
    cache.onClear(() => rm.forget());
    // R30: indexes for the public read paths (list order, facets, newest first)
    await ensurePortalIndexes(strapi);
    const searchService = () => (strapi.plugin('portal').service('search') as any) ?? null;
    portal = createPortal(strapi, rm, searchService);
    const search = searchService();
    if (search?.ensureSchema) await search.ensureSchema();

    const staticCfg = (strapi.config.get('plugin::portal.static') ?? {}) as StaticConfig;
    invalidation = createInvalidation(strapi, (msg) => {
      cache.clear();
      // a node with its own (unshared) output directory regenerates what the other node did
      if (site && (strapi.config.get('plugin::portal.static') as any)?.regenerateOnRemote && msg.paths && msg.paths.length) site.enqueue(msg.paths);
    });
    await invalidation.start();
    if (staticCfg.enabled && staticCfg.outDir) {
      affected = createAffected(strapi, rm);
      const baseUrl = staticCfg.baseUrl || (strapi.config.get('server.url') as string) || `http://localhost:${strapi.config.get('server.port') ?? 1337}`;
      site = createStaticSite(strapi, () => portal!, affected, { outDir: staticCfg.outDir, baseUrl });
      site.fullBuild(); // content may have changed while this node was down
    }
    /** After commit: the static pages a content event changes, regenerated here and announced to the other nodes. */
    const regenerate = async (name: string, event: any) => {
      const uid = event?.uid;
      if (!affectsPortal(uid)) return;
      // other nodes clear their page caches now; the static paths follow once worked out
      await invalidation!.notify();
      if (!site || !affected) return;
      const model: any = strapi.getModel(uid as any);
      // a draft saved (create/update of a Draft & Publish type) changes no public page
      if (model?.options?.draftAndPublish && !['entry.publish', 'entry.unpublish', 'entry.delete'].includes(name)) return;
      if (INCREMENTAL_TYPES.includes(uid)) {
        const documentId = event.entry?.documentId;
        const key = `${uid}:${documentId}`;
        const prior = before.get(key) ?? [];
        before.delete(key);
        const paths = await affected.affectedPaths({ uid, documentId, slug: event.entry?.slug }, prior).catch((err) => {
          strapi.log.error(`[portal] static: affected pages of ${key}: ${err}`);
          return 'all' as const;
        });
        site.enqueue(paths);
        return void invalidation!.notify(paths);
      }
      // reference data without Draft & Publish (categories, units, task tables, settings…) shows on many pages
      if (!model?.options?.draftAndPublish) {
        site.enqueue('all');
        return void invalidation!.notify('all');
      }
    };

    const onChange = (action: 'upsert' | 'remove', name: string) => async (event: any) => {
      cache.clear();
      if (search && PUBLIC_TYPES.includes(event?.uid)) {
        try {
          if (action === 'upsert') await search.indexDocument(event.uid, event.entry.documentId);
          else await search.remove(event.uid, event.entry.documentId);
        } catch (err) {
          strapi.log.error(`[portal] search index update failed for ${event?.uid} ${event?.entry?.documentId}: ${err}`);
        }
        cache.clear(); // a search page rendered during the index update must not outlive it
      }
      // after the search index: the other nodes then re-render from a complete state
      track(regenerate(name, event).catch((err) => strapi.log.error(`[portal] static: ${err}`)));
    };
    strapi.eventHub.on('entry.publish', onChange('upsert', 'entry.publish'));
    strapi.eventHub.on('entry.unpublish', onChange('remove', 'entry.unpublish'));
    strapi.eventHub.on('entry.delete', onChange('remove', 'entry.delete'));
    for (const e of ['entry.create', 'entry.update', 'media.create', 'media.update', 'media.delete']) {
      strapi.eventHub.on(e, async (event: any) => {
        cache.clear();
        if (e.startsWith('media.')) { if (e !== 'media.create') site?.enqueue('all'); return void invalidation!.notify(site && e !== 'media.create' ? 'all' : undefined); }
        track(regenerate(e, event).catch((err) => strapi.log.error(`[portal] static: ${err}`)));
      });
    }
  },

  async destroy() {
    // finish what was published before the database closes, then stop listening
    while (inflight.size) await Promise.all([...inflight]).catch(() => {});
    await site?.whenIdle().catch(() => {});
    await invalidation?.stop();
    site = null;
    affected = null;
    invalidation = null;
    before.clear();
  },

  config: {
    default: ({ env }: any) => ({
      pageCache: {
        maxBytes: (env?.int ? env.int('PORTAL_PAGE_CACHE_MB', PAGE_CACHE_DEFAULTS.maxBytes / 1048576) : PAGE_CACHE_DEFAULTS.maxBytes / 1048576) * 1048576,
        maxEntries: env?.int ? env.int('PORTAL_PAGE_CACHE_ENTRIES', PAGE_CACHE_DEFAULTS.maxEntries) : PAGE_CACHE_DEFAULTS.maxEntries,
      },
    }),
    validator() {},
  },
  contentTypes,
  controllers: {},
  routes: {},
  services: {
    search: searchService,
    /** Static publishing (R35): null-safe handles for scripts and tests. */
    static: () => ({
      enabled: () => !!site,
      site: () => site,
      affected: () => affected,
      invalidation: () => invalidation,
      /** Resolves once every content event seen so far has been written out. */
      async settled() {
        while (inflight.size) await Promise.all([...inflight]);
        await site?.whenIdle();
      },
    }),
  },
  policies: {},
  middlewares: {},
};
