import path from 'path';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { http } from '../helpers/http';
import { seedUnits } from '../../seeds/demo-data';
import { corpus, prng, seedSentences, type NoticePlan } from '../../src/scripts/bench-plan';
import { bulkContext, bulkInsert } from '../../src/scripts/bench-bulk';
import { baseSlug } from '../../src/content-rules/slug';

// The benchmark's bulk loader (bench issue: 100k documents in minutes) must write what the
// document service would: a draft and a published row per notice with one documentId,
// relations on both, the app's slugs and 索引号, sanitised rich text, and content the
// portal serves and the search index finds — on SQLite and PostgreSQL.
let app: Core.Strapi;
let plans: NoticePlan[];
const NOTICE = 'api::notice.notice';
const INTERP = 'api::policy-interpretation.policy-interpretation';

beforeAll(async () => {
  app = await startStrapi();
  await seedUnits(app);
  const units: any[] = await app.documents('api::unit.unit').findMany({ fields: ['name'], limit: 1000 } as any);
  const cats: any[] = await app.documents('api::catalog-category.catalog-category').findMany({ fields: ['slug'], limit: 1000 } as any);
  const { plan } = corpus(prng(7), seedSentences(path.resolve(__dirname, '../../seeds/notices')), units.map((u) => u.documentId), cats.map((c) => c.documentId));
  plans = Array.from({ length: 25 }, (_, i) => plan(i));
  plans[3].notice.body += '<p>正文<script>alert(1)</script><img src=x onerror="alert(2)"></p>';
  // an editor already holds the 文号 slug of plan 0: the loader must step past it
  await app.documents(NOTICE).create({ data: { title: '占用别名的通知', issuer: '揭阳市财政局', slug: baseSlug(plans[0].notice.title, plans[0].notice.docNumber) } as any });
  const ctx = await bulkContext(app);
  const first = await bulkInsert(app, ctx, plans.slice(0, 20));
  const second = await bulkInsert(app, ctx, plans.slice(20));
  expect(first.notices + second.notices).toBe(25);
  await (app.plugin('portal').service('search') as any).reindexPublished();
}, 120_000);
afterAll(() => stopStrapi(app));

describe('bulk-loaded notices', () => {
  it('are published documents with a draft, unique slugs and sequential 索引号, rich text cleaned (R1, R13)', async () => {
    const published: any[] = await app.documents(NOTICE).findMany({ status: 'published', filters: { docNumber: { $notNull: true } }, limit: 100 } as any);
    expect(published).toHaveLength(25);
    for (const n of published) {
      const draft: any = await app.documents(NOTICE).findOne({ documentId: n.documentId, status: 'draft' } as any);
      expect(draft).toMatchObject({ title: n.title, slug: n.slug, indexNumber: n.indexNumber });
    }
    const slugs = new Set((await app.db.query(NOTICE).findMany({ select: ['slug'] })).map((r: any) => r.slug));
    expect(slugs.size).toBe(26); // 25 documents + the editor's one (draft and published rows share a slug)
    const byDoc = new Map(published.map((n) => [n.docNumber, n]));
    const n0 = byDoc.get(plans[0].notice.docNumber);
    expect(n0.slug).toBe(`${baseSlug(plans[0].notice.title, plans[0].notice.docNumber)}-2`);
    expect(byDoc.get(plans[1].notice.docNumber).slug).toBe(baseSlug(plans[1].notice.title, plans[1].notice.docNumber));
    const numbers = published.map((n) => n.indexNumber);
    expect(new Set(numbers).size).toBe(25);
    for (const n of published) expect(n.indexNumber).toMatch(new RegExp(`^GK-${n.docYear}-\\d{5}$`));
    // the 文号 fields the content rules would derive
    expect(n0).toMatchObject({ docIssuerAbbr: plans[0].notice.docIssuerAbbr, docYear: plans[0].notice.docYear, docSerial: plans[0].notice.docSerial });
    // R13: rich text cleaned like on save
    const n3 = byDoc.get(plans[3].notice.docNumber);
    expect(n3.body).toContain('正文');
    expect(n3.body).not.toMatch(/<script|onerror/);
  });

  it('carry their task table, tasks, units and interpretation in both versions (R2, R3)', async () => {
    for (const status of ['published', 'draft']) {
      const n: any = await app.documents(NOTICE).findFirst({
        status, filters: { docNumber: plans[10].notice.docNumber },
        populate: { category: true, taskTable: { populate: { tasks: { populate: ['leadUnits', 'responsibleUnits', 'parent'] } } }, interpretations: true },
      } as any);
      expect(n.category.documentId).toBe(plans[10].notice.category);
      const tasks = n.taskTable.tasks;
      const planned = plans[10].parts.flatMap((p) => [p, ...p.tasks]);
      expect(tasks).toHaveLength(planned.length);
      const leaf = tasks.find((t: any) => t.level === 'task');
      expect(leaf.parent.level).toBe('part');
      expect(leaf.leadUnits).toHaveLength(1);
      expect(leaf.responsibleUnits.length).toBeGreaterThanOrEqual(1);
      expect(n.interpretations.map((i: any) => i.title)).toEqual([plans[10].interp!.title]);
      expect(n.interpretations[0].publishedAt == null).toBe(status === 'draft');
    }
    expect(await app.documents(INTERP).count({ status: 'published' } as any)).toBe(3); // plans 0, 10, 20
  });

  it('are served by the portal and found by search (R30, R31)', async () => {
    const n: any = await app.documents(NOTICE).findFirst({ status: 'published', filters: { docNumber: plans[5].notice.docNumber } } as any);
    const page = await http(app).get(`/notices/${n.slug}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(plans[5].notice.docNumber);
    expect(page.text).toContain('任务分解表');
    const found = await (app.plugin('portal').service('search') as any).search({ q: plans[5].notice.docNumber });
    expect(found.hits.map((h: any) => h.documentId)).toContain(n.documentId);
  });
});
