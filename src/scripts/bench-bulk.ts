import { createId } from '@paralleldrive/cuid2';
import type { Core } from '@strapi/strapi';
import { sanitizeRichText } from '@gongkai/safe-html';
import { baseSlug } from '../content-rules/slug';
import { firstFree, formatIndexNumber, indexNumberStem, indexSerial } from '../content-rules/identifiers';
import type { NoticePlan } from './bench-plan';

// Bulk loading for the benchmark's large databases (bench issue: "100k documents in minutes,
// not hours"). The document service and the review gate cost ~70–90 ms per notice with its
// task table on this machine (≈ 2–3 h for 100k), so beyond the first notices — which the
// generator releases through the gate — notices are loaded the way an archive migration
// loads years of documents already published on the old site: rows inserted in batches
// (Strapi's query engine `createMany`, relation rows through the join tables Strapi's own
// metadata names), one transaction per batch. What the app would derive is derived by the
// app's own code: slugs (`baseSlug` + `firstFree`, as the content rules do), 索引号
// (the same stem and numbering), rich text through `sanitizeRichText` (R13), and the
// search index by the portal's `reindexPublished` afterwards. These documents carry no
// review-gate history (they were not reviewed here), so the gate shows them as never
// submitted — bench databases only; nothing in the product calls this.

const NOTICE = 'api::notice.notice';
const INTERP = 'api::policy-interpretation.policy-interpretation';
const TABLE = 'api::task-table.task-table';
const TASK = 'api::task.task';

type Knex = any;

/** Rows of one relation's join table, named by Strapi's metadata (owner side). */
function linker(strapi: Core.Strapi, uid: string, attribute: string) {
  const jt = (strapi.db.metadata.get(uid as any).attributes as any)[attribute]?.joinTable;
  if (!jt) throw new Error(`${uid}.${attribute} has no join table`);
  return (ownerId: number, targetId: number, ownerPos = 1, targetPos = 1) => {
    const row: Record<string, number> = { [jt.joinColumn.name]: ownerId, [jt.inverseJoinColumn.name]: targetId };
    if (jt.orderColumnName) row[jt.orderColumnName] = ownerPos;
    if (jt.inverseOrderColumnName) row[jt.inverseOrderColumnName] = targetPos;
    return { table: jt.name as string, row };
  };
}

async function insertRows(trx: Knex, rows: { table: string; row: Record<string, number> }[]) {
  const byTable = new Map<string, Record<string, number>[]>();
  for (const { table, row } of rows) (byTable.get(table) ?? byTable.set(table, []).get(table)!).push(row);
  for (const [table, list] of byTable) {
    for (let i = 0; i < list.length; i += 500) await trx(table).insert(list.slice(i, i + 500));
  }
}

export interface BulkContext {
  /** documentId → row id, for the non-draft types referenced (units, categories). */
  unitIds: Map<string, number>;
  categoryIds: Map<string, number>;
  slugs: { [uid: string]: Set<string> };
  indexSerials: Map<string, number>;
}

export async function bulkContext(strapi: Core.Strapi): Promise<BulkContext> {
  const ids = async (uid: string) => {
    const rows: any[] = await strapi.db.query(uid as any).findMany({ select: ['id', 'documentId'] });
    return new Map(rows.map((r) => [r.documentId as string, r.id as number]));
  };
  const slugs: BulkContext['slugs'] = {};
  for (const uid of [NOTICE, INTERP]) {
    const rows: any[] = await strapi.db.query(uid as any).findMany({ select: ['slug'] });
    slugs[uid] = new Set(rows.map((r) => r.slug).filter(Boolean));
  }
  return { unitIds: await ids('api::unit.unit'), categoryIds: await ids('api::catalog-category.catalog-category'), slugs, indexSerials: new Map() };
}

async function nextIndexNumber(strapi: Core.Strapi, ctx: BulkContext, year: number): Promise<string> {
  const stem = indexNumberStem(year);
  if (!ctx.indexSerials.has(stem)) {
    const rows: any[] = await strapi.db.query(NOTICE).findMany({ where: { indexNumber: { $startsWith: stem } }, select: ['indexNumber'] });
    ctx.indexSerials.set(stem, rows.reduce((m, r) => Math.max(m, indexSerial(stem, r.indexNumber)), 0));
  }
  const serial = ctx.indexSerials.get(stem)! + 1;
  ctx.indexSerials.set(stem, serial);
  return formatIndexNumber(stem, serial);
}

async function uniqueSlug(ctx: BulkContext, uid: string, title: string, docNumber?: string) {
  const taken = ctx.slugs[uid];
  const slug = await firstFree(baseSlug(title, docNumber), (c) => taken.has(c), 100_000);
  if (!slug) throw new Error(`无法为“${title}”生成唯一的网址别名`);
  taken.add(slug);
  return slug;
}

/** Insert `plans` as published notices (with drafts, task tables, interpretations) in one transaction. */
export async function bulkInsert(strapi: Core.Strapi, ctx: BulkContext, plans: NoticePlan[]): Promise<{ notices: number; taskTables: number; tasks: number; interpretations: number }> {
  const counts = { notices: 0, taskTables: 0, tasks: 0, interpretations: 0 };
  const unit = (documentId: string) => ctx.unitIds.get(documentId) ?? (() => { throw new Error(`未知单位 ${documentId}`); })();
  const category = (documentId: string) => ctx.categoryIds.get(documentId) ?? (() => { throw new Error(`未知分类 ${documentId}`); })();
  const link = {
    taskTable: linker(strapi, TASK, 'taskTable'),
    parent: linker(strapi, TASK, 'parent'),
    lead: linker(strapi, TASK, 'leadUnits'),
    responsible: linker(strapi, TASK, 'responsibleUnits'),
    noticeCategory: linker(strapi, NOTICE, 'category'),
    noticeTable: linker(strapi, NOTICE, 'taskTable'),
    interpNotices: linker(strapi, INTERP, 'notices'),
    interpCategory: linker(strapi, INTERP, 'category'),
  };
  // identifiers first, outside the transaction's critical path
  const prepared = [];
  for (const p of plans) {
    prepared.push({
      p,
      slug: await uniqueSlug(ctx, NOTICE, p.notice.title, p.notice.docNumber),
      indexNumber: await nextIndexNumber(strapi, ctx, p.notice.docYear),
      interpSlug: p.interp ? await uniqueSlug(ctx, INTERP, p.interp.title) : null,
    });
  }
  await strapi.db.transaction(async ({ trx }: any) => {
    const at = new Date();
    const stamp = { createdAt: at, updatedAt: at, publishedAt: at };
    const create = async (uid: string, data: any[]) => (data.length ? ((await strapi.db.query(uid as any).createMany({ data })) as any).ids as number[] : []);

    const tableIds = await create(TABLE, prepared.map(({ p }) => ({ documentId: createId(), title: p.table.title, year: p.table.year, ...stamp })));
    const parts = prepared.flatMap(({ p }, n) => p.parts.map((part) => ({ n, part })));
    const partIds = await create(TASK, parts.map(({ part }) => ({ documentId: createId(), level: 'part', label: part.label, title: part.title, order: part.order, ...stamp })));
    const tasks = parts.flatMap(({ n, part }, k) => part.tasks.map((t, pos) => ({ n, parentId: partIds[k], pos, t })));
    const taskIds = await create(TASK, tasks.map(({ t }) => ({
      documentId: createId(), level: 'task', label: t.label, title: t.title, requirement: t.requirement, deadlineText: t.deadlineText, deadline: t.deadline, order: t.order, ...stamp,
    })));
    const links: ReturnType<ReturnType<typeof linker>>[] = [];
    parts.forEach(({ n, part }, k) => links.push(link.taskTable(partIds[k], tableIds[n], 1, part.order)));
    tasks.forEach(({ n, parentId, pos, t }, k) => {
      links.push(link.taskTable(taskIds[k], tableIds[n], 1, t.order), link.parent(taskIds[k], parentId, 1, pos + 1));
      t.leadUnits.forEach((u, i) => links.push(link.lead(taskIds[k], unit(u), i + 1, 1)));
      t.responsibleUnits.forEach((u, i) => links.push(link.responsible(taskIds[k], unit(u), i + 1, 1)));
    });
    counts.taskTables += tableIds.length;
    counts.tasks += taskIds.length;

    // notices: a draft and a published row per document, as Strapi 5 keeps them
    const noticeRows = prepared.map(({ p, slug, indexNumber }) => {
      const { category: _c, body, ...fields } = p.notice;
      return { documentId: createId(), ...fields, body: sanitizeRichText(body), slug, indexNumber };
    });
    // each interpretation's row, once: it links to its notice's draft or published row
    const interps = prepared.flatMap(({ p, interpSlug }, n) => {
      if (!p.interp) return [];
      const { category, body, ...fields } = p.interp;
      return [{ n, category, row: { documentId: createId(), ...fields, body: sanitizeRichText(body), slug: interpSlug } }];
    });
    for (const published of [false, true]) {
      const ids = await create(NOTICE, noticeRows.map((r) => ({ ...r, ...stamp, publishedAt: published ? at : null })));
      ids.forEach((id, n) => {
        links.push(link.noticeCategory(id, category(prepared[n].p.notice.category)), link.noticeTable(id, tableIds[n], 1, 1));
      });
      const interpIds = await create(INTERP, interps.map(({ row }) => ({ ...row, ...stamp, publishedAt: published ? at : null })));
      interpIds.forEach((id, k) => {
        links.push(link.interpNotices(id, ids[interps[k].n], 1, 1), link.interpCategory(id, category(interps[k].category)));
      });
      if (published) {
        counts.notices += ids.length;
        counts.interpretations += interpIds.length;
      }
    }
    await insertRows(trx, links);
  });
  return counts;
}
