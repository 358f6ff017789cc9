import knexFactory, { type Knex } from 'knex';
import { createSearchEngine } from './engine';
import { generateCorpus } from '../../../tests/search-corpus';

// R31: many items published in the same second (a bulk publish, an archive import) get
// distinct row ids after that second without probing id by id — the 100k bench reindex
// once ran at ~7 items/s because of it. Counted in SQL statements, not timed.
describe('SQLite search index: a burst published in one second', () => {
  let knex: Knex;
  beforeAll(() => {
    knex = knexFactory({ client: 'better-sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
  });
  afterAll(() => knex.destroy());

  it('indexes 1,200 items of one second with a bounded number of statements each, all findable, newest window intact', async () => {
    const engine = createSearchEngine(knex);
    await engine.ensureSchema();
    const at = '2024-06-01T08:00:00.000Z';
    const items = generateCorpus({ docs: 1200, seed: 11 }).map((it) => ({ ...it, publishedAt: at }));
    let statements = 0;
    const count = () => statements++;
    knex.on('query', count);
    try {
      for (let k = 0; k < items.length; k += 200) await engine.upsertMany(items.slice(k, k + 200));
    } finally {
      knex.removeListener('query', count);
    }
    // ~7 per item (lookup, id check, four writes, …); probing id by id would be hundreds
    expect(statements / items.length).toBeLessThan(12);
    const ids = (await knex.raw('SELECT id FROM portal_search_items')).map((r: any) => Number(r.id));
    expect(new Set(ids).size).toBe(1200);
    const base = Math.floor(Date.parse(at) / 1000) * 16;
    expect(Math.min(...ids)).toBeGreaterThanOrEqual(base);
    // a later publication still gets a newer row id than the whole burst (the recency window follows ids)
    const later = { ...generateCorpus({ docs: 1, seed: 12 })[0], documentId: 'later', publishedAt: '2024-06-02T08:00:00.000Z' };
    await engine.upsertMany([later]);
    const [{ id: laterId }] = await knex.raw(`SELECT id FROM portal_search_items WHERE key = ?`, ['api::notice.notice:later']);
    expect(Number(laterId)).toBeGreaterThan(Math.max(...ids));
    expect((await engine.search({ q: '通知' })).total).toBe(1201);
    // re-indexing items of the burst keeps their ids (no churn)
    await engine.upsertMany(items.slice(0, 200));
    const again = (await knex.raw('SELECT id FROM portal_search_items')).map((r: any) => Number(r.id));
    expect(new Set(again)).toEqual(new Set([...ids, Number(laterId)]));
  });
});
