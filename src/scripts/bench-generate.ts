import fs from 'fs';
import path from 'path';
import crypto from 'crypto';
import { performance } from 'perf_hooks';
import type { Core } from '@strapi/strapi';
import { bootStrapi, APP_ROOT } from './boot';
import { ensureAdminUser } from '../bootstrap/accounts';
import { seedSiteSettings, seedUnits } from '../../seeds/demo-data';
import { corpus, ISSUERS, prng, seedSentences, type NoticePlan } from './bench-plan';
import { bulkContext, bulkInsert } from './bench-bulk';

// Benchmark data generator (bench issue): fills the configured database with N realistic
// notices — task tables, interpretations, guides — built from sentences of the seed
// documents. Run by bench/run.js (compiled, plain node):
//
//   DATABASE_FILENAME=.tmp/bench-1000.db node dist/src/scripts/bench-generate.js --docs 1000 --out <dir>
//
// The first `--gated` notices (default 1,000) go through the proper services: documents are
// created with strapi.documents(), and every published item is released through the review
// gate's service (submit → 初审 → 复审 → 终审 → publish, R10) by an editor and three
// distinct reviewer accounts made here; the portal indexes each release on `entry.publish`,
// as in production. A batch of them is created and released inside one transaction. That
// path costs ~70–90 ms per notice here, so the notices beyond are bulk-loaded
// (bench-bulk.ts: batched inserts, the app's own slug/索引号/sanitising code, then the
// portal's search reindex) — an archive migration, not reviewed releases. Both write the
// same corpus (bench-plan.ts).
//
// Resumable: it counts the notices already there and adds only the missing ones, so a
// 100k database can be built in several runs. `--drafts K` leaves K extra draft notices
// unpublished for bench/run.js to push through the gate over HTTP (publish latency).
// The accounts (with passwords) are written to <out>/bench-accounts.json; a summary line
// `BENCH_GENERATE {json}` is printed on stdout, the full summary (slugs, API token) is
// written to <out>/bench-generate.json. BENCH_SQL_PROFILE=1 prints the 25 SQL statement
// shapes that took the most time (stderr).

const NOTICE = 'api::notice.notice';
const INTERP = 'api::policy-interpretation.policy-interpretation';
const GUIDE = 'api::guide.guide';

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};

export function adminActor(user: any, roleCode: string, label: string) {
  return { kind: 'admin' as const, key: `admin:${user.id}`, id: Number(user.id), email: user.email, roles: [roleCode], label };
}

async function ensureAccounts(strapi: Core.Strapi, outDir: string) {
  const file = path.join(outDir, 'bench-accounts.json');
  const known: any[] = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : [];
  const plan = [
    { key: 'editor', role: 'gk-editor', name: '压测编辑' },
    { key: 'first', role: 'gk-first-reviewer', name: '压测初审' },
    { key: 'second', role: 'gk-second-reviewer', name: '压测复审' },
    { key: 'final', role: 'gk-final-reviewer', name: '压测终审' },
  ];
  const accounts: any[] = [];
  for (const p of plan) {
    const email = `bench-${p.key}@gongkai.local`;
    const password = known.find((a) => a.email === email)?.password ?? `Bb-${crypto.randomBytes(9).toString('base64url')}9a`;
    const user = await ensureAdminUser(strapi, { email, firstname: p.name, lastname: '（压测）', password, roleCodes: [p.role] } as any);
    accounts.push({ key: p.key, email, password, role: p.role, actor: adminActor(user, p.role, p.name) });
  }
  fs.writeFileSync(file, JSON.stringify(accounts.map(({ actor: _a, ...a }) => a), null, 2) + '\n', { mode: 0o600 });
  return Object.fromEntries(accounts.map((a) => [a.key, a.actor])) as Record<'editor' | 'first' | 'second' | 'final', ReturnType<typeof adminActor>>;
}

type Actors = Awaited<ReturnType<typeof ensureAccounts>>;

/** Release one document through the gate's service, as the four people would (R10). */
async function release(gate: any, uid: string, documentId: string, actors: Actors) {
  await gate.submit(uid, documentId, actors.editor, { comment: '请审核（压测数据）' });
  await gate.decide(uid, documentId, actors.first, { step: 'first', decision: 'approve', comment: '文字、数据核对无误' });
  try {
    await gate.decide(uid, documentId, actors.second, { step: 'second', decision: 'approve', comment: '同意公开' });
  } catch (err: any) {
    // R12 found something personal-looking in generated text: record an exemption, as a reviewer would
    if (!/R12|个人信息/.test(String(err?.message))) throw err;
    await gate.decide(uid, documentId, actors.second, { step: 'second', decision: 'approve', comment: '同意公开', exemption: { kind: '强制性信息披露', reason: '压测数据' } });
  }
  await gate.decide(uid, documentId, actors.final, { step: 'final', decision: 'approve', comment: '同意发布' });
  await gate.publish(uid, documentId);
}

async function main() {
  const target = Number(arg('--docs', '1000'));
  const drafts = Number(arg('--drafts', '20'));
  const batchSize = Number(arg('--batch', '50'));
  const gated = Number(arg('--gated', '1000'));
  const bulkBatch = Number(arg('--bulk-batch', '1000'));
  const outDir = path.resolve(arg('--out', path.join(APP_ROOT, '.tmp')));
  fs.mkdirSync(outDir, { recursive: true });

  const t0 = performance.now();
  const strapi = await bootStrapi({ compile: false, logLevel: 'error' });
  const bootMs = performance.now() - t0;
  let code = 0;
  // BENCH_SQL_PROFILE=1: total time per SQL statement shape, printed at the end (stderr)
  const sqlTimes = new Map<string, { n: number; ms: number }>();
  if (process.env.BENCH_SQL_PROFILE) {
    const started = new Map<string, number>();
    const knex: any = strapi.db.connection;
    knex.on('query', (q: any) => started.set(q.__knexQueryUid, performance.now()));
    knex.on('query-response', (_r: any, q: any) => {
      const t = started.get(q.__knexQueryUid);
      started.delete(q.__knexQueryUid);
      if (t === undefined) return;
      const key = String(q.sql).replace(/\?(, \?)*/g, '?').slice(0, 220);
      const e = sqlTimes.get(key) ?? { n: 0, ms: 0 };
      e.n++;
      e.ms += performance.now() - t;
      sqlTimes.set(key, e);
    });
  }
  try {
    const gate = strapi.plugin('review-gate').service('gate') as any;
    await seedSiteSettings(strapi);
    await seedUnits(strapi);
    const actors = await ensureAccounts(strapi, outDir);
    const units: any[] = await strapi.documents('api::unit.unit').findMany({ fields: ['name'], limit: 1000 } as any);
    const cats: any[] = await strapi.documents('api::catalog-category.catalog-category').findMany({ fields: ['slug'], limit: 1000 } as any);
    if (!units.length || !cats.length) throw new Error('缺少单位或公开目录分类');
    const sentences = seedSentences(path.join(APP_ROOT, 'seeds', 'notices'));

    const existing = await strapi.documents(NOTICE).count({ status: 'published' } as any);
    const r = prng(20180629 + existing);
    const { plan, body } = corpus(r, sentences, units.map((u) => u.documentId), cats.map((c) => c.documentId));
    const counts = { notices: 0, taskTables: 0, tasks: 0, interpretations: 0, guides: 0, bulkNotices: 0 };
    const tGen = performance.now();
    let gatedMs = 0;
    let bulkMs = 0;

    /** Notice i through the document service, released through the gate with its interpretation and guide. */
    async function makeOne(p: NoticePlan) {
      const table = await strapi.documents('api::task-table.task-table').create({ data: p.table as any });
      counts.taskTables++;
      for (const { tasks, ...part } of p.parts) {
        const row = await strapi.documents('api::task.task').create({ data: { taskTable: table.documentId, level: 'part', ...part } as any });
        for (const t of tasks) {
          await strapi.documents('api::task.task').create({ data: { taskTable: table.documentId, parent: row.documentId, level: 'task', ...t } as any });
          counts.tasks++;
        }
      }
      const { docIssuerAbbr: _a, docYear: _y, docSerial: _s, ...fields } = p.notice; // derived from the 文号 by the content rules
      const notice = await strapi.documents(NOTICE).create({ data: { ...fields, taskTable: table.documentId } as any });
      counts.notices++;
      await release(gate, NOTICE, notice.documentId, actors);
      if (p.interp) {
        const interp = await strapi.documents(INTERP).create({ data: { ...p.interp, notices: [notice.documentId] } as any });
        await release(gate, INTERP, interp.documentId, actors);
        counts.interpretations++;
      }
      if (p.guide) {
        const g = await strapi.documents(GUIDE).create({ data: p.guide as any });
        await release(gate, GUIDE, g.documentId, actors);
        counts.guides++;
      }
    }

    const bulk = target > gated ? await bulkContext(strapi) : null;
    let made = existing;
    let lastLog = performance.now();
    while (made < target) {
      const t1 = performance.now();
      const viaGate = made < gated;
      const end = Math.min(target, made + (viaGate ? batchSize : bulkBatch), viaGate ? gated : target);
      const plans = Array.from({ length: end - made }, (_, k) => plan(made + k));
      if (viaGate) {
        await strapi.db.transaction(async () => {
          for (const p of plans) await makeOne(p);
        });
        gatedMs += performance.now() - t1;
      } else {
        const c = await bulkInsert(strapi, bulk!, plans);
        counts.notices += c.notices; counts.bulkNotices += c.notices; counts.taskTables += c.taskTables; counts.tasks += c.tasks; counts.interpretations += c.interpretations;
        bulkMs += performance.now() - t1;
      }
      made = end;
      if (performance.now() - lastLog > 10_000 || made === target) {
        lastLog = performance.now();
        const secs = (performance.now() - tGen) / 1000;
        console.error(`[bench-generate] ${made}/${target} notices, ${secs.toFixed(0)} s (through the gate ${(gatedMs / 1000).toFixed(0)} s, bulk ${(bulkMs / 1000).toFixed(0)} s)`);
      }
    }
    // the portal's own indexer over everything published (the bulk rows raised no publish events)
    let indexMs = 0;
    if (counts.bulkNotices) {
      const t1 = performance.now();
      const res = await (strapi.plugin('portal').service('search') as any).reindexPublished();
      indexMs = performance.now() - t1;
      console.error(`[bench-generate] search index rebuilt: ${res.indexed} items in ${(indexMs / 1000).toFixed(0)} s`);
    }
    const genMs = performance.now() - tGen;

    // Drafts for the over-HTTP publish-latency sample (not published here).
    const draftIds: string[] = [];
    const existingDrafts: any[] = await strapi.documents(NOTICE).findMany({ status: 'draft', filters: { title: { $startsWith: '【待发布】' } }, fields: ['documentId'], limit: 1000 } as any);
    for (const d of existingDrafts) if (!(await strapi.documents(NOTICE).findOne({ documentId: d.documentId, status: 'published' } as any))) draftIds.push(d.documentId);
    for (let k = draftIds.length; k < drafts; k++) {
      const [issuer] = ISSUERS[k % ISSUERS.length];
      const n = await strapi.documents(NOTICE).create({
        data: { title: `【待发布】${issuer}关于${r.pick(sentences).slice(0, 12)}的通知（${k + 1}）`, issuer, writtenOn: '2024-06-01', signedOn: '2024-06-01', body: body(6), disclosureMode: 'proactive', documentType: 'work_notice', validity: 'in_force', category: r.pick(cats).documentId } as any,
      });
      draftIds.push(n.documentId);
    }

    // Import time (R41): the four seed work plans through the importer service, as
    // `npm run import` and the admin do (parse, then draft notice + task table in one
    // transaction). On a reused database they exist already: only parsing is timed then.
    const importer = strapi.plugin('importer')?.service('importer') as any;
    const imports: any[] = [];
    if (importer) {
      const dir = path.join(APP_ROOT, 'seeds', 'notices');
      for (const file of fs.readdirSync(dir).filter((f) => /\.(txt|md|docx)$/i.test(f)).sort()) {
        const buf = fs.readFileSync(path.join(dir, file));
        const t1 = performance.now();
        const { units: _u, ...parsed } = await importer.parse(buf, file);
        const t2 = performance.now();
        const report = await importer.importParsed(parsed, { confirmNewUnits: true, skipExisting: true });
        const t3 = performance.now();
        imports.push({ file, bytes: buf.length, tasks: parsed.tasks?.length ?? 0, parseMs: +(t2 - t1).toFixed(1), writeMs: report.skipped ? null : +(t3 - t2).toFixed(1) });
      }
    }

    // A read-only API token for the REST baseline (GET /api/notices/:documentId?populate=*).
    const tokenService = strapi.service('admin::api-token') as any;
    const token = await tokenService.create({ name: `bench-${crypto.randomBytes(4).toString('hex')}`, type: 'read-only', lifespan: null, description: 'bench/run.js' });

    const published = await strapi.documents(NOTICE).findMany({ status: 'published', fields: ['slug', 'documentId'], sort: ['id:asc'], limit: 100_000 } as any);
    const total = await strapi.documents(NOTICE).count({ status: 'published' } as any);
    const summary = {
      target, existing, added: target - existing > 0 ? target - existing : 0, publishedNotices: total,
      counts, bootMs: Math.round(bootMs), generateMs: Math.round(genMs),
      msPer1k: made > existing ? Math.round((genMs / (made - existing)) * 1000) : null,
      gated: { notices: counts.notices - counts.bulkNotices, ms: Math.round(gatedMs) },
      bulk: { notices: counts.bulkNotices, ms: Math.round(bulkMs), indexMs: Math.round(indexMs) },
      imports, apiToken: token.accessKey,
      // every published slug (the harness rotates over them), and one documentId per slug for REST
      slugs: published.map((n: any) => n.slug), documentIds: published.slice(0, 2000).map((n: any) => n.documentId),
      drafts: draftIds, accountsFile: path.join(outDir, 'bench-accounts.json'),
    };
    const file = path.join(outDir, 'bench-generate.json');
    fs.writeFileSync(file, JSON.stringify(summary) + '\n', { mode: 0o600 });
    const { slugs: _s, documentIds: _d, apiToken: _t, ...brief } = summary;
    process.stdout.write(`BENCH_GENERATE ${JSON.stringify({ ...brief, file })}\n`);
  } catch (err: any) {
    console.error(`[bench-generate] 失败：${String(err?.stack ?? err).replace(/(.{600}).*? - /s, '$1… - ')}${err?.details ? ' ' + JSON.stringify(err.details) : ''}`);
    code = 1;
  } finally {
    if (sqlTimes.size) {
      for (const [sql, e] of [...sqlTimes].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) console.error(`${e.ms.toFixed(0).padStart(7)} ms ${String(e.n).padStart(6)}× ${sql}`);
    }
    await strapi.destroy();
  }
  process.exit(code);
}

main();
