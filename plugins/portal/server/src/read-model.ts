import type { Core } from '@strapi/strapi';

// The portal's one read model (architecture: pages, cache, feeds and static output
// share this path). It reads PUBLISHED versions only (R30: drafts are never reachable).

export const NOTICE = 'api::notice.notice';
export const INTERPRETATION = 'api::policy-interpretation.policy-interpretation';
export const GUIDE = 'api::guide.guide';
export const CATEGORY = 'api::catalog-category.catalog-category';
const TASK = 'api::task.task';
const TASK_TABLE = 'api::task-table.task-table';
const PROGRESS_REPORT = 'api::progress-report.progress-report';
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
  const knex = () => strapi.db.connection;
  const meta = (uid: string): any => strapi.db.metadata.get(uid as any);
  const col = (uid: string, attr: string) => meta(uid).attributes[attr].columnName as string;
  /** A relation's link table (Strapi 5 `*_lnk`): table, owner column, target column. */
  const link = (uid: string, attr: string) => {
    const jt = meta(uid).attributes[attr].joinTable;
    return { table: jt.name as string, from: jt.joinColumn.name as string, to: jt.inverseJoinColumn.name as string };
  };
  /** Row ids of every version (draft and published) of a document: uses Strapi's documents index. */
  const rowsOf = (uid: string, documentIds: string[]) => knex()(meta(uid).tableName).whereIn(col(uid, 'documentId'), documentIds).select('id');
  /** Published rows by id through the document service, in the order of `ids`. */
  async function byIds(uid: string, ids: number[], params: Record<string, unknown> = {}): Promise<any[]> {
    if (!ids.length) return [];
    const rows: any[] = await docs(uid).findMany({ ...published, ...params, filters: { id: { $in: ids } }, limit: ids.length } as any);
    const at = new Map(ids.map((id, i) => [Number(id), i]));
    return rows.sort((a, b) => (at.get(Number(a.id)) ?? 0) - (at.get(Number(b.id)) ?? 0));
  }
  /** Raw datetime column (SQLite: epoch ms; PostgreSQL: Date) → ISO string like the document service returns. */
  const iso = (v: unknown): string | null => {
    if (v === null || v === undefined) return null;
    const d = v instanceof Date ? v : new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as any));
    return Number.isNaN(d.getTime()) ? String(v) : d.toISOString();
  };
  /**
   * R30/R33: values that only change when content changes (settings, catalog counts, list
   * facets and totals) are computed once and kept until the page cache is cleared — the
   * cache's clear() calls forget(). Bounded: a few keys, list totals at most 500 filters.
   */
  const memo = new Map<string, Promise<any>>();
  function remember<T>(key: string, fn: () => Promise<T>): Promise<T> {
    let p = memo.get(key);
    if (!p) {
      if (memo.size >= 500) memo.clear();
      p = fn();
      memo.set(key, p);
      p.catch(() => { if (memo.get(key) === p) memo.delete(key); });
    }
    return p as Promise<T>;
  }
  /**
   * Published ids of a public type whose catalog column is one of categoryDocumentIds
   * (R30 column pages, feeds), newest first. The relation is read through its link table
   * with an IN subquery: Strapi's relation filter (LEFT JOINs filtered on the far table)
   * scans the whole type table on SQLite.
   */
  async function latestInCategories(uid: string, categoryDocumentIds: string[], limit: number): Promise<Array<{ id: number; publishedAt: string | null }>> {
    const l = link(uid, 'category');
    const rows = await knex()(meta(uid).tableName)
      .whereNotNull(col(uid, 'publishedAt'))
      .whereIn('id', knex()(l.table).whereIn(l.to, rowsOf(CATEGORY, categoryDocumentIds)).select(l.from))
      .orderBy([{ column: col(uid, 'publishedAt'), order: 'desc' }, { column: 'id', order: 'desc' }])
      .limit(limit)
      .select('id', col(uid, 'publishedAt'));
    return rows.map((r: any) => ({ id: Number(r.id), publishedAt: iso(r[col(uid, 'publishedAt')]) }));
  }

  /** The catalog tree without counts: one small query (every page needs paths/subtrees). */
  function tree(): Promise<Category[]> {
    // memoised as data; every caller gets its own copy (categories() mutates counts)
    return remember('tree', loadTree).then((rows) => buildTree(rows));
  }
  async function loadTree(): Promise<any[]> {
    return (await docs(CATEGORY).findMany({ populate: { parent: { fields: ['documentId'] } }, sort: ['order:asc', 'id:asc'], limit: 1000 } as any)) as any[];
  }
  function buildTree(rows: any[]): Category[] {
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
   * R34 freshness), rolled up to parents. One grouped query per type over the category
   * link table (not one relation-filtered count per column, which scans the type table
   * each time), remembered until content changes.
   */
  async function categories(): Promise<Category[]> {
    const [roots, stats] = await Promise.all([tree(), remember('categoryStats', categoryStats)]);
    for (const c of flatten(roots)) {
      const st = stats.get(c.documentId);
      if (st) { c.count = st.count; c.lastPublished = st.last; }
    }
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

  async function categoryStats(): Promise<Map<string, { count: number; last: string | null }>> {
    const out = new Map<string, { count: number; last: string | null }>();
    const catTable = meta(CATEGORY).tableName;
    const catDoc = col(CATEGORY, 'documentId');
    await Promise.all(PUBLIC_TYPES.map(async (uid) => {
      const l = link(uid, 'category');
      const pub = `t.${col(uid, 'publishedAt')}`;
      const rows: any[] = await knex()(`${meta(uid).tableName} as t`)
        .join(`${l.table} as l`, `l.${l.from}`, 't.id')
        .join(`${catTable} as c`, 'c.id', `l.${l.to}`)
        .whereNotNull(pub)
        .groupBy(`c.${catDoc}`)
        .select({ documentId: `c.${catDoc}` })
        .count({ n: '*' })
        .max({ last: pub });
      for (const r of rows) {
        const e = out.get(r.documentId) ?? { count: 0, last: null };
        e.count += Number(r.n);
        const last = iso(r.last);
        if (last && (!e.last || last > e.last)) e.last = last;
        out.set(r.documentId, e);
      }
    }));
    return out;
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

  /**
   * Values for the list's filter menus, from what is actually published: DISTINCT
   * queries on the notices table, so the cost follows the number of issuers and dates,
   * not of documents.
   */
  async function loadNoticeFacets() {
    const c = (a: string) => col(NOTICE, a);
    const base = () => knex()(meta(NOTICE).tableName).whereNotNull(c('publishedAt'));
    const [issuerRows, yearRows, dateRows] = await Promise.all([
      base().distinct(c('issuer')),
      base().distinct(c('docYear')),
      base().distinct(c('writtenOn')),
    ]);
    const years = new Set<number>();
    for (const r of yearRows) if (r[c('docYear')]) years.add(Number(r[c('docYear')]));
    for (const r of dateRows) {
      const v = r[c('writtenOn')];
      // node-pg may return a DATE as a Date at local midnight: read its local year
      if (v) years.add(v instanceof Date ? v.getFullYear() : Number(String(v).slice(0, 4)));
    }
    const issuers = issuerRows.map((r: any) => r[c('issuer')]).filter(Boolean) as string[];
    return { years: [...years].sort((a, b) => b - a), issuers: issuers.sort((a, b) => a.localeCompare(b, 'zh-CN')) };
  }

  /**
   * Task progress by unit (R30): per lead unit, its tasks and how many have a latest
   * published report / are done. Aggregated in SQL over the link tables (loading every
   * task with its units overflowed SQLite's variable limit at 10,000 notices), remembered
   * until content changes.
   */
  async function progressByUnit() {
    const T = meta(TASK).tableName;
    const lead = link(TASK, 'leadUnits');
    const rt = link(PROGRESS_REPORT, 'task');
    const ru = link(PROGRESS_REPORT, 'unit');
    const R = meta(PROGRESS_REPORT).tableName;
    const level = `t.${col(TASK, 'level')}`;
    const [taskRows, reportRows] = await Promise.all([
      knex()(`${T} as t`).join(`${lead.table} as l`, `l.${lead.from}`, 't.id').where(level, 'task')
        .groupBy(`l.${lead.to}`).select({ unitId: `l.${lead.to}` }).count({ n: '*' }),
      // every published report by a lead unit on its own task (newest first per pair below)
      knex()(`${T} as t`).join(`${lead.table} as l`, `l.${lead.from}`, 't.id')
        .join(`${rt.table} as rt`, `rt.${rt.to}`, 't.id')
        .join(`${R} as r`, 'r.id', `rt.${rt.from}`)
        .join(`${ru.table} as ru`, function () { this.on(`ru.${ru.from}`, 'r.id').andOn(`ru.${ru.to}`, `l.${lead.to}`); })
        .where(level, 'task').whereNotNull(`r.${col(PROGRESS_REPORT, 'publishedAt')}`)
        .select({ taskId: 't.id', unitId: `l.${lead.to}`, state: `r.${col(PROGRESS_REPORT, 'state')}`, on: `r.${col(PROGRESS_REPORT, 'reportedOn')}`, id: 'r.id' }),
    ]);
    const latest = new Map<string, any>();
    const day = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v ?? '')); // node-pg: DATE as Date
    const newer = (a: any, b: any) => day(a.on) > day(b.on) || (day(a.on) === day(b.on) && Number(a.id) > Number(b.id));
    for (const r of reportRows) {
      const k = `${r.taskId}|${r.unitId}`;
      const cur = latest.get(k);
      if (!cur || newer(r, cur)) latest.set(k, r);
    }
    const unitIds = taskRows.map((r: any) => Number(r.unitId));
    const units = unitIds.length ? await docs('api::unit.unit').findMany({ filters: { id: { $in: unitIds } }, fields: ['name', 'shortName'], limit: unitIds.length } as any) : [];
    const unitById = new Map((units as any[]).map((u) => [Number(u.id), u]));
    const byUnit = new Map<number, { unit: any; tasks: number; done: number; reported: number }>();
    for (const r of taskRows) {
      const u = unitById.get(Number(r.unitId));
      if (u) byUnit.set(u.id, { unit: u, tasks: Number(r.n), done: 0, reported: 0 });
    }
    for (const r of latest.values()) {
      const e = byUnit.get(Number(r.unitId));
      if (!e) continue;
      e.reported++;
      if (r.state === 'done') e.done++;
    }
    return [...byUnit.values()].sort((a, b) => b.tasks - a.tasks || a.unit.name.localeCompare(b.unit.name, 'zh-CN'));
  }

  return {
    /** Drop everything remembered (called by the page cache's clear(): content changed). */
    forget() { memo.clear(); },
    tree,
    categories,
    flatten,
    categoryAndDescendants,

    async settings() {
      const s: any = await remember('settings', () => docs('plugin::portal.site-setting').findFirst({}));
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

    /**
     * One page of the notice list (R30). The ids come from one query on the notices table
     * (ordered by the (written_on, published_at, id) index, category through its link
     * table), then 20 rows through the document service; the total is remembered per
     * filter until content changes. Strapi's own findMany+count would join the category
     * relation and sort every published notice for each page.
     */
    async notices(f: NoticeFilters) {
      const t = meta(NOTICE).tableName;
      const c = (a: string) => col(NOTICE, a);
      let categoryIds: string[] | null = null;
      if (f.category) categoryIds = (await categoryAndDescendants(f.category))?.ids ?? [];
      const where = () => {
        const q = knex()(t).whereNotNull(c('publishedAt'));
        if (f.year) q.where((w: any) => w.where(c('docYear'), f.year).orWhereBetween(c('writtenOn'), [`${f.year}-01-01`, `${f.year}-12-31`]));
        if (f.issuer) q.where(c('issuer'), f.issuer);
        if (f.type) q.where(c('documentType'), f.type);
        if (f.validity) q.where(c('validity'), f.validity);
        if (categoryIds) {
          const l = link(NOTICE, 'category');
          q.whereIn('id', knex()(l.table).whereIn(l.to, rowsOf(CATEGORY, categoryIds.length ? categoryIds : ['-'])).select(l.from));
        }
        return q;
      };
      const key = `notices:${JSON.stringify({ ...f, page: 0 })}`;
      const [idRows, total] = await Promise.all([
        where()
          .orderBy([{ column: c('writtenOn'), order: 'desc' }, { column: c('publishedAt'), order: 'desc' }, { column: 'id', order: 'desc' }])
          .limit(PAGE_SIZE).offset((f.page - 1) * PAGE_SIZE).select('id'),
        remember(key, async () => Number(((await where().count({ n: '*' })) as any[])[0].n)),
      ]);
      const items = await byIds(NOTICE, idRows.map((r: any) => Number(r.id)), { fields: LIST_FIELDS });
      return { items, total, page: f.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
    },

    /** Values for the list's filter menus (R30), remembered until content changes. */
    noticeFacets() {
      return remember('noticeFacets', loadNoticeFacets);
    },

    async notice(slug: string) {
      const n: any = await docs(NOTICE).findFirst({
        ...published,
        filters: { slug },
        populate: { attachments: true, category: true, forwards: { fields: LIST_FIELDS }, interpretations: { fields: ['title', 'slug', 'form', 'publishedAt'] }, taskTable: true },
      } as any);
      if (!n) return null;
      // 转发本文的文件 (R30): through the forwards link table by this document's rows — the
      // relation filter `forwards.documentId` LEFT JOINs from every notice (a full scan)
      const fl = link(NOTICE, 'forwards');
      const fwdRows = await knex()(fl.table).whereIn(fl.to, rowsOf(NOTICE, [n.documentId])).distinct(fl.from);
      const forwardedBy = await byIds(NOTICE, fwdRows.map((r: any) => Number(r[fl.from])).sort((a: number, b: number) => a - b), { fields: LIST_FIELDS });
      const tasks = n.taskTable ? await this.tasks(n.taskTable.documentId) : [];
      const categoryPath = n.category ? (await categoryAndDescendants(n.category.slug))?.path ?? [] : [];
      return { ...n, forwardedBy, tasks, categoryPath };
    },

    /** The task table as rows in document order, with units and the latest 落实情况 per unit (R2, R30). */
    async tasks(taskTableDocumentId: string) {
      // Tasks and their reports through the link tables (indexed), not Strapi's relation
      // filters, which scan every task / report (R30: cost independent of the corpus size).
      const tl = link(TASK, 'taskTable');
      const taskIds = (await knex()(tl.table).whereIn(tl.to, rowsOf(TASK_TABLE, [taskTableDocumentId])).distinct(tl.from)).map((r: any) => Number(r[tl.from]));
      const rows: any[] = taskIds.length
        ? await docs(TASK).findMany({
            filters: { id: { $in: taskIds } },
            populate: { leadUnits: { fields: ['name', 'shortName'] }, responsibleUnits: { fields: ['name', 'shortName'] }, parent: { fields: ['documentId'] } },
            sort: ['order:asc', 'id:asc'],
            limit: taskIds.length,
          } as any)
        : [];
      const rl = link(PROGRESS_REPORT, 'task');
      const reportIds = taskIds.length ? (await knex()(rl.table).whereIn(rl.to, taskIds).distinct(rl.from)).map((r: any) => Number(r[rl.from])) : [];
      const reports: any[] = reportIds.length
        ? await docs(PROGRESS_REPORT).findMany({
            ...published,
            filters: { id: { $in: reportIds } },
            populate: { task: { fields: ['documentId'] }, unit: { fields: ['name', 'shortName'] } },
            sort: ['reportedOn:desc', 'id:desc'],
            limit: reportIds.length,
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
      // newest page * 20 ids per type via the link table, then only this page's rows; the
      // total is the column's rolled-up count (categories(), remembered)
      const per = await Promise.all(PUBLIC_TYPES.map(async (uid) => {
        return (await latestInCategories(uid, c.ids, page * PAGE_SIZE)).map((r) => ({ ...r, uid }));
      }));
      const merged = per.flat().sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)) || b.id - a.id).slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
      const rows = await Promise.all(PUBLIC_TYPES.map(async (uid) => (await byIds(uid, merged.filter((x) => x.uid === uid).map((x) => x.id), { fields: uid === NOTICE ? ['title', 'slug', 'publishedAt', 'docNumber'] : ['title', 'slug', 'publishedAt'] })).map((x: any) => ({ ...x, uid }))));
      // ids are per table: key by type and id
      const found = new Map(rows.flat().map((x: any) => [`${x.uid}:${x.id}`, x]));
      const items = merged.map((x) => found.get(`${x.uid}:${x.id}`)).filter(Boolean);
      const total = c.category.count;
      return { ...c, items, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
    },

    /** Task progress by unit (R30): per lead unit, its tasks and their latest report. */
    progressByUnit() {
      return remember('progressByUnit', progressByUnit);
    },

    /** Latest published items of every public type (feeds), optionally inside one category. */
    async feedItems(categorySlug?: string, limit = 50) {
      let ids: string[] | null = null;
      if (categorySlug) {
        const c = await categoryAndDescendants(categorySlug);
        if (!c) return null;
        ids = c.ids;
      }
      const lists = await Promise.all(PUBLIC_TYPES.map(async (uid) => (ids
        ? await byIds(uid, (await latestInCategories(uid, ids, limit)).map((r) => r.id))
        : ((await docs(uid).findMany({ ...published, sort: ['publishedAt:desc'], limit } as any)) as any[])).map((x) => ({ ...x, uid }))));
      return lists.flat().sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt))).slice(0, limit);
    },

    async sitemapEntries() {
      const lists = await Promise.all(PUBLIC_TYPES.map(async (uid) => ((await docs(uid).findMany({ ...published, fields: ['slug', 'updatedAt', 'publishedAt'] } as any)) as any[]).map((x) => ({ ...x, uid }))));
      return { items: lists.flat(), categories: flatten(await tree()) };
    },
  };
}

export type ReadModel = ReturnType<typeof createReadModel>;
