// Benchmark of the portal's Chinese full-text search (R31; targets at 100k documents:
// p50 < 20 ms, p99 < 60 ms for two-character queries).
//
// Generates synthetic documents from the seed notices' sentences, indexes them into a
// temporary SQLite database — and into a temporary PostgreSQL database when
// DATABASE_CLIENT=postgres (DATABASE_HOST/PORT/USERNAME/PASSWORD as for the app) —
// with the same SQL the plugin uses (the engine over knex; Strapi is not booted), then
// reports build time, index size, and p50/p99 latency of searches (SQL + snippets for
// a 10-hit page) for 2- and 4-character queries, next to a `LIKE '%…%'` scan of the
// same texts in the same database, as ratios.
//
// Run: npx tsx bench/search.ts [--docs 10000] [--queries 40] [--seed 1] [--no-sqlite]
import { mkdirSync, rmSync } from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { randomBytes } from 'crypto';
import knexFactory, { type Knex } from 'knex';
import { createSearchEngine } from '../plugins/portal/server/src/search/engine';
import { subtreeOf } from '../plugins/portal/server/src/search/categories';
import { toPlainText } from '../plugins/portal/server/src/search/plain-text';
import { CATEGORY_EDGES, generateCorpus, prng, seedSentences } from '../plugins/portal/tests/search-corpus';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const DOCS = arg('--docs', 10_000);
const QUERIES = arg('--queries', 40);
const SEED = arg('--seed', 1);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (x: number) => `${x.toFixed(2)} ms`;
const mib = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MiB`;

/** Fixed words from the issue plus random CJK n-grams taken from the seed sentences. */
function queries(n: number, len: number, fixed: string[]): string[] {
  const r = prng(SEED * 7919 + len);
  const pool = seedSentences();
  const out = [...fixed];
  while (out.length < fixed.length + n) {
    const s = r.pick(pool);
    const at = r.int(Math.max(1, s.length - len));
    const q = s.slice(at, at + len);
    if (q.length === len && /^\p{sc=Han}+$/u.test(q)) out.push(q);
  }
  return out;
}

const Q2 = queries(QUERIES, 2, ['扶贫', '预算', '解读', '公开', '政务', '监督', '平台', '信息']);
const Q4 = queries(QUERIES, 4, ['精准扶贫', '政务公开', '政策解读', '财政预算']);

async function timeAll(qs: string[], fn: (q: string) => Promise<unknown>): Promise<number[]> {
  for (const q of qs.slice(0, 5)) await fn(q); // warm-up
  const times: number[] = [];
  for (const q of qs) {
    const t = performance.now();
    await fn(q);
    times.push(performance.now() - t);
  }
  return times;
}

async function run(label: string, knex: Knex, pg: boolean) {
  const corpus = generateCorpus({ docs: DOCS, seed: SEED });
  const engine = createSearchEngine(knex, { categorySubtree: async (id) => subtreeOf(CATEGORY_EDGES, id) });
  await engine.store.drop();
  await engine.ensureSchema();

  let t = performance.now();
  await engine.reindexAll(corpus, { batchSize: 500 });
  if (pg) await knex.raw('VACUUM ANALYZE portal_search_items, portal_search_chunks, portal_search_texts');
  const buildMs = performance.now() - t;
  const size = await engine.store.sizeBytes();

  // The baseline: the same plain texts, scanned with LIKE (count + newest 10).
  await knex.raw('DROP TABLE IF EXISTS bench_like');
  await knex.raw(`CREATE TABLE bench_like (id integer PRIMARY KEY, title text, doc_number text, body_text text, published_at bigint)`);
  for (let k = 0; k < corpus.length; k += 500) {
    await knex('bench_like').insert(
      corpus.slice(k, k + 500).map((c, j) => ({
        id: k + j + 1, title: c.title, doc_number: c.docNumber, body_text: toPlainText(c.body), published_at: new Date(c.publishedAt as string).getTime(),
      })),
    );
  }
  if (pg) await knex.raw('VACUUM ANALYZE bench_like');
  const like = async (q: string) => {
    const p = `%${q.replace(/[%_\\]/g, (c) => '\\' + c)}%`;
    return knex.raw(
      `SELECT id, count(*) OVER () AS total FROM bench_like
       WHERE title LIKE ? ESCAPE '\\' OR doc_number LIKE ? ESCAPE '\\' OR body_text LIKE ? ESCAPE '\\'
       ORDER BY published_at DESC LIMIT 10`,
      [p, p, p],
    );
  };
  const search = (q: string) => engine.search({ q, pageSize: 10 });

  const totals: number[] = [];
  for (const q of Q2) totals.push((await search(q)).total);
  const rows: Record<string, string | number>[] = [];
  for (const [name, qs] of [['2-char', Q2], ['4-char', Q4]] as const) {
    const idx = await timeAll(qs, search);
    const base = await timeAll(qs, like);
    rows.push({
      queries: name,
      n: qs.length,
      'index p50': ms(pct(idx, 50)),
      'index p99': ms(pct(idx, 99)),
      'LIKE p50': ms(pct(base, 50)),
      'LIKE p99': ms(pct(base, 99)),
      'LIKE/index p50': `${(pct(base, 50) / pct(idx, 50)).toFixed(1)}×`,
    });
  }
  const extra: Record<string, string> = {};
  for (const q of ['〔2018〕40', '扶', '的']) {
    const times = await timeAll([q, q, q, q, q, q, q, q, q, q], search);
    extra[`"${q}" p50`] = `${ms(pct(times, 50))} (${(await search(q)).total} hits)`;
  }
  const filtered = await timeAll(Q2, (q) => engine.search({ q, pageSize: 10, filters: { year: 2018, categoryDocumentId: 'cat-a' } }));
  extra['2-char + year + category p50'] = ms(pct(filtered, 50));

  console.log(`\n== ${label}: ${DOCS} documents, ${(corpus.reduce((s, c) => s + (c.body?.length ?? 0), 0) / 1024 / 1024).toFixed(1)} M body chars`);
  console.log(`index build ${(buildMs / 1000).toFixed(1)} s (${(buildMs / DOCS).toFixed(2)} ms/doc), index size ${mib(size)}`);
  console.log(`2-char queries: median ${pct(totals, 50)} hits, max ${Math.max(...totals)}`);
  console.table(rows);
  console.table(extra);
  return { label, docs: DOCS, buildMs: Math.round(buildMs), sizeBytes: size, rows, extra };
}

async function main() {
  const results = [];
  const root = path.resolve(__dirname, '..', '.tmp');
  mkdirSync(root, { recursive: true });
  const file = path.join(root, `bench-search-${randomBytes(4).toString('hex')}.db`);
  if (!process.argv.includes('--no-sqlite')) {
    const sqlite = knexFactory({ client: 'better-sqlite3', connection: { filename: file }, useNullAsDefault: true });
    try {
      await sqlite.raw('PRAGMA journal_mode = WAL');
      results.push(await run('SQLite (FTS5)', sqlite, false));
    } finally {
      await sqlite.destroy();
      for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
    }
  }

  if (process.env.DATABASE_CLIENT === 'postgres') {
    const conn = {
      host: process.env.DATABASE_HOST || '127.0.0.1',
      port: Number(process.env.DATABASE_PORT || 5432),
      user: process.env.DATABASE_USERNAME || 'postgres',
      password: process.env.DATABASE_PASSWORD || '',
    };
    const name = `gk_bench_${randomBytes(4).toString('hex')}`;
    const admin = knexFactory({ client: 'pg', connection: { ...conn, database: 'postgres' } });
    await admin.raw(`CREATE DATABASE ${name}`);
    const pg = knexFactory({ client: 'pg', connection: { ...conn, database: name } });
    try {
      results.push(await run('PostgreSQL (GIN)', pg, true));
    } finally {
      await pg.destroy();
      await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.destroy();
    }
  }
  console.log(JSON.stringify(results));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
