import type { Core } from '@strapi/strapi';
import { GUIDE, INTERPRETATION, NOTICE, PUBLIC_TYPES, type ReadModel } from '../read-model';
import { hrefOf } from '../render/parts';
import { FIXED_PATHS } from './paths';

// Static publishing (R33, R35): exactly which pages a publish/unpublish changes.
// A page is affected when it shows the item or a count/list the item is part of:
// the item itself, its task-table exports, its catalog column and every ancestor column
// (counts roll up) with their feeds, the items it links to or that link to it
// (interpretation ↔ notice, forwarding ↔ forwarded), the first page of its type's list,
// home, the catalog tree, the site feed and the sitemap. Paginated/filtered lists are
// dynamic (query strings), so they are never written.

export const PROGRESS_REPORT = 'api::progress-report.progress-report';
/** Types whose publish/unpublish is handled incrementally; other public content changes rebuild everything. */
export const INCREMENTAL_TYPES: string[] = [...PUBLIC_TYPES, PROGRESS_REPORT];

export function createAffected(strapi: Core.Strapi, rm: ReadModel) {
  const docs = (uid: string) => strapi.documents(uid as any) as any;
  const pub = { status: 'published' as const };

  async function categoryPages(slug?: string | null): Promise<string[]> {
    if (!slug) return [];
    const c = await rm.categoryAndDescendants(slug);
    return (c?.path ?? []).flatMap((x) => [`/catalog/${x.slug}`, `/catalog/${x.slug}/feed.xml`]);
  }

  const noticePages = (slug: string) => [`/notices/${slug}`, `/notices/${slug}/tasks.csv`, `/notices/${slug}/tasks.json`];

  /** The pages that show the PUBLISHED version of a document now (empty when it has none). */
  async function pagesOf(uid: string, documentId: string): Promise<string[]> {
    if (uid === NOTICE) {
      const n = await docs(NOTICE).findOne({ documentId, ...pub, fields: ['slug'], populate: { category: { fields: ['slug'] }, interpretations: { fields: ['slug'] }, forwards: { fields: ['slug'] } } });
      if (!n) return [];
      const forwardedBy: any[] = await docs(NOTICE).findMany({ ...pub, filters: { forwards: { documentId } }, fields: ['slug'] });
      return [
        ...noticePages(n.slug),
        ...(n.interpretations ?? []).map((i: any) => `/interpretations/${i.slug}`),
        ...[...(n.forwards ?? []), ...forwardedBy].map((f: any) => `/notices/${f.slug}`),
        ...(await categoryPages(n.category?.slug)),
      ];
    }
    if (uid === INTERPRETATION) {
      const i = await docs(INTERPRETATION).findOne({ documentId, ...pub, fields: ['slug'], populate: { category: { fields: ['slug'] }, notices: { fields: ['slug'] } } });
      if (!i) return [];
      return [`/interpretations/${i.slug}`, ...(i.notices ?? []).map((n: any) => `/notices/${n.slug}`), ...(await categoryPages(i.category?.slug))];
    }
    if (uid === GUIDE) {
      const g = await docs(GUIDE).findOne({ documentId, ...pub, fields: ['slug'], populate: { category: { fields: ['slug'] } } });
      if (!g) return [];
      return [`/guides/${g.slug}`, ...(await categoryPages(g.category?.slug))];
    }
    if (uid === PROGRESS_REPORT) {
      // a report shows on its task's notice (task table) and on /progress
      const r = await docs(PROGRESS_REPORT).findOne({ documentId, ...pub, populate: { task: { populate: { taskTable: { fields: ['documentId'] } } } } });
      const table = r?.task?.taskTable?.documentId;
      if (!table) return [];
      const notices: any[] = await docs(NOTICE).findMany({ ...pub, filters: { taskTable: { documentId: table } }, fields: ['slug'] });
      return notices.flatMap((n) => noticePages(n.slug));
    }
    return [];
  }

  /** Pages of a type that change whenever any item of it is published or withdrawn. */
  function typePages(uid: string): string[] {
    if (uid === PROGRESS_REPORT) return ['/progress'];
    return ['/', '/catalog', '/feed.xml', '/sitemap.xml', ...(uid === NOTICE ? ['/notices'] : uid === GUIDE ? ['/guides'] : [])];
  }

  return {
    pagesOf,
    /**
     * The URL paths to regenerate after a publish/unpublish/delete of uid/documentId:
     * what the published version shows now, plus `before` (what it showed before the
     * change, captured by the caller) and the item's own URL from the event's slug.
     */
    async affectedPaths(event: { uid: string; documentId: string; slug?: string }, before: string[] = []): Promise<string[]> {
      if (!INCREMENTAL_TYPES.includes(event.uid)) return [];
      const own = event.slug && event.uid !== PROGRESS_REPORT ? (event.uid === NOTICE ? noticePages(event.slug) : [hrefOf(event.uid, event.slug)]) : [];
      return [...new Set([...typePages(event.uid), ...own, ...before, ...(await pagesOf(event.uid, event.documentId))])].sort();
    },
    /** Every static page of the site as published now (full build). */
    async allPaths(): Promise<string[]> {
      const out = new Set(FIXED_PATHS);
      for (const c of rm.flatten(await rm.categories())) { out.add(`/catalog/${c.slug}`); out.add(`/catalog/${c.slug}/feed.xml`); }
      for (const uid of PUBLIC_TYPES) {
        const rows: any[] = await docs(uid).findMany({ ...pub, fields: ['slug'], populate: uid === NOTICE ? { taskTable: { fields: ['documentId'] } } : undefined });
        for (const r of rows) {
          if (uid === NOTICE) { out.add(`/notices/${r.slug}`); if (r.taskTable) { out.add(`/notices/${r.slug}/tasks.csv`); out.add(`/notices/${r.slug}/tasks.json`); } }
          else out.add(hrefOf(uid, r.slug));
        }
      }
      return [...out].sort();
    },
  };
}

export type Affected = ReturnType<typeof createAffected>;
