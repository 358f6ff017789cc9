import type { Core } from '@strapi/strapi';

// The portal's one read model (architecture: pages, cache, feeds and static output
// share this path). It reads PUBLISHED versions only (R30: drafts are never reachable).

export const NOTICE = 'api::notice.notice';
export const INTERPRETATION = 'api::policy-interpretation.policy-interpretation';
export const GUIDE = 'api::guide.guide';
export const CATEGORY = 'api::catalog-category.catalog-category';
export const PUBLIC_TYPES = [NOTICE, INTERPRETATION, GUIDE] as const;

export const PAGE_SIZE = 20;

export interface NoticeFilters {
  year?: number;
  issuer?: string;
  type?: string;
  category?: string;
  validity?: string;
  page: number;
}

export interface Category { documentId: string; name: string; slug: string; keyArea: boolean; order: number; parentId: string | null; staleAfterDays?: number; children: Category[]; count: number; lastPublished: string | null }

const LIST_FIELDS = ['title', 'slug', 'docNumber', 'issuer', 'writtenOn', 'releasedOn', 'publishedAt', 'documentType', 'validity', 'indexNumber'];

export function createReadModel(strapi: Core.Strapi) {
  const docs = (uid: string) => strapi.documents(uid as any);
  const published = { status: 'published' as const };

  /** The catalog tree without counts: one small query (every page needs paths/subtrees). */
  async function tree(): Promise<Category[]> {
    const rows: any[] = await docs(CATEGORY).findMany({ populate: { parent: { fields: ['documentId'] } }, sort: ['order:asc', 'id:asc'], limit: 1000 } as any);
    const byId = new Map<string, Category>();
    for (const r of rows) {
      byId.set(r.documentId, { documentId: r.documentId, name: r.name, slug: r.slug, keyArea: !!r.keyArea, order: r.order ?? 0, staleAfterDays: r.staleAfterDays, parentId: r.parent?.documentId ?? null, children: [], count: 0, lastPublished: null });
    }
    const roots: Category[] = [];
    for (const c of byId.values()) (c.parentId && byId.get(c.parentId) ? byId.get(c.parentId)!.children : roots).push(c);
    return roots;
  }

  /**
   * The tree with published-item counts and last publication per column (R30 counts,
   * R34 freshness), rolled up to parents. Two indexed queries per column and type rather
   * than loading every item, so the cost does not grow with the number of documents.
   */
  async function categories(): Promise<Category[]> {
    const roots = await tree();
    await Promise.all(flatten(roots).map(async (c) => {
      const filters = { category: { documentId: c.documentId } };
      for (const uid of PUBLIC_TYPES) {
        c.count += await docs(uid).count({ ...published, filters } as any);
        const last: any = await docs(uid).findFirst({ ...published, filters, fields: ['publishedAt'], sort: ['publishedAt:desc'] } as any);
        if (last?.publishedAt && (!c.lastPublished || last.publishedAt > c.lastPublished)) c.lastPublished = last.publishedAt;
      }
    }));
    const roll = (c: Category): Category => {
      for (const ch of c.children) {
        roll(ch);
        c.count += ch.count;
        if (ch.lastPublished && (!c.lastPublished || ch.lastPublished > c.lastPublished)) c.lastPublished = ch.lastPublished;
      }
      return c;
    };
    roots.forEach(roll);
    return roots;
  }

  function flatten(tree: Category[]): Category[] {
    return tree.flatMap((c) => [c, ...flatten(c.children)]);
  }

  async function categoryAndDescendants(slug: string, withCounts = false): Promise<{ category: Category; ids: string[]; path: Category[] } | null> {
    const all = flatten(withCounts ? await categories() : await tree());
    const category = all.find((c) => c.slug === slug);
    if (!category) return null;
    const ids = flatten([category]).map((c) => c.documentId);
    const path: Category[] = [];
    for (let c: Category | undefined = category; c; c = all.find((p) => p.documentId === c!.parentId)) path.unshift(c);
    return { category, ids, path };
  }

  return {
    tree,
    categories,
    flatten,
    categoryAndDescendants,

    async settings() {
      const s: any = await docs('plugin::portal.site-setting').findFirst({});
      return {
        siteName: s?.siteName || '政务公开',
        sponsor: s?.sponsor || '',
        organizer: s?.organizer || '',
        siteCode: s?.siteCode || '',
        icp: s?.icp || '',
        publicSecurityRecord: s?.publicSecurityRecord || '',
        address: s?.address || '',
        phone: s?.phone || '',
        email: s?.email || '',
        staleAfterDays: s?.staleAfterDays || 90,
      };
    },

    async disclosureGuide() {
      return (await docs('plugin::portal.disclosure-guide').findFirst({})) as any;
    },

    async latest(uid: string, limit: number) {
      return (await docs(uid).findMany({ ...published, sort: ['publishedAt:desc', 'id:desc'], limit } as any)) as any[];
    },

    async notices(f: NoticeFilters) {
      const filters: any = {};
      if (f.year) filters.$or = [{ docYear: f.year }, { writtenOn: { $gte: `${f.year}-01-01`, $lte: `${f.year}-12-31` } }];
      if (f.issuer) filters.issuer = f.issuer;
      if (f.type) filters.documentType = f.type;
      if (f.validity) filters.validity = f.validity;
      if (f.category) {
        const c = await categoryAndDescendants(f.category);
        filters.category = { documentId: { $in: c ? c.ids : ['-'] } };
      }
      const [items, total] = await Promise.all([
        docs(NOTICE).findMany({ ...published, filters, fields: LIST_FIELDS, sort: ['writtenOn:desc', 'publishedAt:desc', 'id:desc'], limit: PAGE_SIZE, start: (f.page - 1) * PAGE_SIZE } as any),
        docs(NOTICE).count({ ...published, filters } as any),
      ]);
      return { items: items as any[], total, page: f.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
    },

    /**
     * Values for the list's filter menus, from what is actually published: DISTINCT
     * queries on the notices table, so the cost follows the number of issuers and dates,
     * not of documents.
     */
    async noticeFacets() {
      const meta: any = strapi.db.metadata.get(NOTICE);
      const col = (a: string) => meta.attributes[a].columnName as string;
      const knex = strapi.db.connection;
      const base = () => knex(meta.tableName).whereNotNull(col('publishedAt'));
      const [issuerRows, yearRows, dateRows] = await Promise.all([
        base().distinct(col('issuer')),
        base().distinct(col('docYear')),
        base().distinct(col('writtenOn')),
      ]);
      const years = new Set<number>();
      for (const r of yearRows) if (r[col('docYear')]) years.add(Number(r[col('docYear')]));
      for (const r of dateRows) {
        const v = r[col('writtenOn')];
        // node-pg may return a DATE as a Date at local midnight: read its local year
        if (v) years.add(v instanceof Date ? v.getFullYear() : Number(String(v).slice(0, 4)));
      }
      const issuers = issuerRows.map((r: any) => r[col('issuer')]).filter(Boolean) as string[];
      return { years: [...years].sort((a, b) => b - a), issuers: issuers.sort((a, b) => a.localeCompare(b, 'zh-CN')) };
    },

    async notice(slug: string) {
      const n: any = await docs(NOTICE).findFirst({
        ...published,
        filters: { slug },
        populate: { attachments: true, category: true, forwards: { fields: LIST_FIELDS }, interpretations: { fields: ['title', 'slug', 'form', 'publishedAt'] }, taskTable: true },
      } as any);
      if (!n) return null;
      const forwardedBy = await docs(NOTICE).findMany({ ...published, filters: { forwards: { documentId: n.documentId } }, fields: LIST_FIELDS } as any);
      const tasks = n.taskTable ? await this.tasks(n.taskTable.documentId) : [];
      const categoryPath = n.category ? (await categoryAndDescendants(n.category.slug))?.path ?? [] : [];
      return { ...n, forwardedBy, tasks, categoryPath };
    },

    /** The task table as rows in document order, with units and the latest 落实情况 per unit (R2, R30). */
    async tasks(taskTableDocumentId: string) {
      const rows: any[] = await docs('api::task.task').findMany({
        filters: { taskTable: { documentId: taskTableDocumentId } },
        populate: { leadUnits: { fields: ['name', 'shortName'] }, responsibleUnits: { fields: ['name', 'shortName'] }, parent: { fields: ['documentId'] } },
        sort: ['order:asc', 'id:asc'],
      } as any);
      const ids = rows.map((r) => r.documentId);
      const reports: any[] = ids.length
        ? await docs('api::progress-report.progress-report').findMany({
            ...published,
            filters: { task: { documentId: { $in: ids } } },
            populate: { task: { fields: ['documentId'] }, unit: { fields: ['name', 'shortName'] } },
            sort: ['reportedOn:desc', 'id:desc'],
              } as any)
        : [];
      const latest = new Map<string, any[]>();
      for (const r of reports) {
        const list = latest.get(r.task?.documentId) ?? [];
        if (!list.some((x) => x.unit?.documentId === r.unit?.documentId)) list.push(r);
        latest.set(r.task?.documentId, list);
      }
      return rows.map((r) => ({ ...r, progress: latest.get(r.documentId) ?? [] }));
    },

    async interpretation(slug: string) {
      const i: any = await docs(INTERPRETATION).findFirst({
        ...published,
        filters: { slug },
        populate: { qa: true, media: true, category: true, notices: { fields: LIST_FIELDS } },
      } as any);
      return i ?? null;
    },

    async guides(page: number) {
      const [items, total] = await Promise.all([
        docs(GUIDE).findMany({ ...published, populate: { handlingUnit: { fields: ['name'] } }, sort: ['title:asc'], limit: PAGE_SIZE, start: (page - 1) * PAGE_SIZE } as any),
        docs(GUIDE).count(published as any),
      ]);
      return { items: items as any[], total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
    },

    async guide(slug: string) {
      const g: any = await docs(GUIDE).findFirst({ ...published, filters: { slug }, populate: { materials: true, steps: true, handlingUnit: true, category: true } } as any);
      if (!g) return null;
      const versions = await docs('api::guide-version.guide-version').findMany({ filters: { guideDocumentId: g.documentId }, sort: ['version:desc'], fields: ['version', 'changeSummary', 'changeApprovedOn', 'effectiveOn', 'createdAt'], limit: 50 } as any);
      return { ...g, versions };
    },

    async categoryItems(slug: string, page: number) {
      const c = await categoryAndDescendants(slug, true);
      if (!c) return null;
      const filters = { category: { documentId: { $in: c.ids } } };
      const per = await Promise.all(PUBLIC_TYPES.map(async (uid) => ((await docs(uid).findMany({ ...published, filters, fields: uid === NOTICE ? ['title', 'slug', 'publishedAt', 'docNumber'] : ['title', 'slug', 'publishedAt'], sort: ['publishedAt:desc'], limit: page * PAGE_SIZE } as any)) as any[]).map((x) => ({ ...x, uid }))));
      const totals = await Promise.all(PUBLIC_TYPES.map((uid) => docs(uid).count({ ...published, filters } as any)));
      const merged = per.flat().sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)));
      const total = totals.reduce((s, n) => s + n, 0);
      return { ...c, items: merged.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
    },

    /** Task progress by unit (R30): per lead unit, its tasks and their latest report. */
    async progressByUnit() {
      const tasks: any[] = await docs('api::task.task').findMany({
        filters: { level: 'task' },
        populate: { leadUnits: { fields: ['name', 'shortName'] }, taskTable: { fields: ['title'] } },
        fields: ['title', 'label', 'deadline', 'deadlineText'],
      } as any);
      const published: any[] = await docs('api::progress-report.progress-report').findMany({
        status: 'published', populate: { task: { fields: ['documentId'] }, unit: { fields: ['documentId'] } }, sort: ['reportedOn:desc'],
      } as any);
      const byUnit = new Map<string, { unit: any; tasks: number; done: number; reported: number }>();
      for (const t of tasks) {
        for (const u of t.leadUnits ?? []) {
          const e = byUnit.get(u.documentId) ?? { unit: u, tasks: 0, done: 0, reported: 0 };
          e.tasks++;
          const mine = published.find((r) => r.task?.documentId === t.documentId && r.unit?.documentId === u.documentId);
          if (mine) { e.reported++; if (mine.state === 'done') e.done++; }
          byUnit.set(u.documentId, e);
        }
      }
      return [...byUnit.values()].sort((a, b) => b.tasks - a.tasks || a.unit.name.localeCompare(b.unit.name, 'zh-CN'));
    },

    /** Latest published items of every public type (feeds), optionally inside one category. */
    async feedItems(categorySlug?: string, limit = 50) {
      let filters: any = {};
      if (categorySlug) {
        const c = await categoryAndDescendants(categorySlug);
        if (!c) return null;
        filters = { category: { documentId: { $in: c.ids } } };
      }
      const lists = await Promise.all(PUBLIC_TYPES.map(async (uid) => ((await docs(uid).findMany({ ...published, filters, sort: ['publishedAt:desc'], limit } as any)) as any[]).map((x) => ({ ...x, uid }))));
      return lists.flat().sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt))).slice(0, limit);
    },

    async sitemapEntries() {
      const lists = await Promise.all(PUBLIC_TYPES.map(async (uid) => ((await docs(uid).findMany({ ...published, fields: ['slug', 'updatedAt', 'publishedAt'] } as any)) as any[]).map((x) => ({ ...x, uid }))));
      return { items: lists.flat(), categories: flatten(await tree()) };
    },
  };
}

export type ReadModel = ReturnType<typeof createReadModel>;
