import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../../../tests/helpers/strapi';
import { createSearchIndex, publishedItems, SearchQueryError, type StrapiSearchIndex } from '../server/src/search';
import { normalize } from '../server/src/search/normalize';
import { toPlainText } from '../server/src/search/plain-text';
import type { SearchItem, SearchParams } from '../server/src/search';
import { generateCorpus, prng, ISSUERS, DOCUMENT_TYPES, VALIDITIES } from './search-corpus';

// R31: the search index in a real Strapi, on SQLite or PostgreSQL (DATABASE_CLIENT=postgres).
// Recall is checked against a brute-force substring search over the normalised text
// of a generated corpus; the rest against hand-made documents.
let app: Core.Strapi;
let search: StrapiSearchIndex;

const NOTICE = 'api::notice.notice';
const CATEGORY = 'api::catalog-category.catalog-category';
const key = (it: { uid: string; documentId: string }) => `${it.uid}:${it.documentId}`;
const at = (y: number, m = 6) => new Date(Date.UTC(y, m - 1, 1)).toISOString();
const item = (documentId: string, fields: Partial<SearchItem>): SearchItem => ({ uid: NOTICE, documentId, title: `文件${documentId}`, publishedAt: at(2019), ...fields });
const FILLER = '，'.padEnd(31, '各地各部门要加强组织领导');

const corpus = generateCorpus({ docs: 2000, seed: 31 });
let categories: { fupin: string; social: string; other: string };
let extras: SearchItem[];
let indexed: SearchItem[];

// The reference: does the normalised query occur in a normalised field?
interface Ref { item: SearchItem; title: string; docNumber: string; body: string }
let refs: Ref[];
const refsOf = (items: SearchItem[]): Ref[] =>
  items.map((it) => ({ item: it, title: normalize(it.title), docNumber: normalize(it.docNumber), body: normalize(toPlainText(it.body)) }));
function expected(q: string, keep: (it: SearchItem) => boolean = () => true): Ref[] {
  const nq = normalize(q);
  if (!nq) return [];
  return refs.filter((r) => (r.title.includes(nq) || r.docNumber.includes(nq) || r.body.includes(nq)) && keep(r.item));
}

/** Every listable hit of a query, page by page. */
async function allHits(params: SearchParams, index: Pick<StrapiSearchIndex, 'search'> = search) {
  const hits = [];
  for (let page = 1; ; page++) {
    const r = await index.search({ ...params, page, pageSize: 50 });
    hits.push(...r.hits);
    if (hits.length >= r.listable || r.hits.length === 0) return { total: r.total, listable: r.listable, hits };
  }
}
const keysOf = (hits: { uid: string; documentId: string }[]) => hits.map(key).sort();

beforeAll(async () => {
  app = await startStrapi();
  search = createSearchIndex(app);
  await search.store.drop();
  const first = await search.ensureSchema();
  expect(first).toMatchObject({ created: true, needsReindex: true });
  const cat = async (name: string) => (await app.documents(CATEGORY).findFirst({ filters: { name } }))!.documentId;
  categories = { fupin: await cat('精准扶贫'), social: await cat('社会公益事业建设'), other: await cat('财政预决算') };
  extras = [
    // 文号 in three bracket styles, and near misses
    item('wh-jy', { title: '揭阳市人民政府办公室印发揭阳市2018年政务公开工作要点分工方案的通知', docNumber: '揭府办函〔2018〕40号', publishedAt: at(2018) }),
    item('wh-qg', { docNumber: '泉政办[2018]40号' }),
    item('wh-yx', { docNumber: '攸政办发（2018）40号' }),
    item('wh-4', { docNumber: '粤府办〔2018〕4号' }),
    item('wh-2017', { docNumber: '揭府办函〔2017〕40号' }),
    // punctuation is a boundary
    item('punct', { body: '<p>加强业务培训，提高工作能力。</p>' }),
    // ranking: heading hits first, then more occurrences (equal lengths), then newest
    item('rank-title', { title: '关于鲲鹏计划的通知', body: `无关正文${FILLER}`, publishedAt: at(2015) }),
    item('rank-docno', { docNumber: '鲲鹏计划〔2016〕1号', body: `无关正文${FILLER}`, publishedAt: at(2016) }),
    item('rank-3x', { body: `鲲鹏计划，鲲鹏计划，鲲鹏计划。${FILLER}`, publishedAt: at(2020) }),
    item('rank-1x', { body: `鲲鹏计划，丙丁戊己，庚辛壬癸。${FILLER}`, publishedAt: at(2021) }),
    // HTML in titles and bodies
    item('html', { title: '测试<b>标签</b>', body: '<p>&lt;script&gt;alert("鲸鱼扶贫")&lt;/script&gt;</p><script>evil("鲸鱼扶贫")</script>' }),
    // categories: a parent's filter includes its children
    item('cat-child', { title: '鹦鹉螺甲', categoryDocumentId: categories.fupin }),
    item('cat-parent', { title: '鹦鹉螺乙', categoryDocumentId: categories.social }),
    item('cat-other', { title: '鹦鹉螺丙', categoryDocumentId: categories.other }),
    // removal and replacement
    item('to-remove', { title: '待删除的海葵文件' }),
    item('to-change', { title: '旧标题珊瑚' }),
  ];
  indexed = [...corpus, ...extras];
  refs = refsOf(indexed);
  expect(await search.reindexAll(indexed)).toEqual({ indexed: indexed.length, removed: 0 });
});
afterAll(() => stopStrapi(app));

describe(`search index on ${process.env.DATABASE_CLIENT === 'postgres' ? 'PostgreSQL' : 'SQLite'} (R31)`, () => {
  it('finds two-character words, counting exactly what a substring search of the normalised text finds', async () => {
    for (const q of ['扶贫', '预算', '解读']) {
      const want = expected(q);
      expect(want.length).toBeGreaterThan(10);
      expect((await search.search({ q })).total).toBe(want.length);
    }
  });

  it('agrees with the brute-force reference on random substrings of the corpus (1–12 characters, punctuation inside)', async () => {
    const r = prng(4711);
    const queries = ['公开', '政务公开', '精准扶贫', '的', '扶', '2018', '〔2018〕40', '年底前', '12月底前', '国办发〔2018〕23号', 'x0', '工作要点'];
    while (queries.length < 70) {
      const text = toPlainText(r.pick(corpus).body);
      const len = r.pick([1, 2, 2, 2, 3, 4, 6, 12]);
      const start = r.int(Math.max(1, text.length - len));
      queries.push(text.slice(start, start + len));
    }
    for (let k = 0; k < 15; k++) queries.push(String.fromCodePoint(0x4e00 + r.int(2000), 0x4e00 + r.int(2000))); // mostly no hits
    let withHits = 0;
    for (const q of queries) {
      const want = expected(q);
      const got = await search.search({ q });
      if (got.total !== want.length) throw new Error(`"${q}": index ${got.total}, reference ${want.length}`);
      if (want.length) withHits++;
    }
    expect(withHits).toBeGreaterThan(60);
  });

  it('returns exactly the reference set, title/文号 hits first', async () => {
    const r = prng(99);
    const checked = [];
    while (checked.length < 12) {
      const text = toPlainText(r.pick(corpus).body);
      const start = r.int(Math.max(1, text.length - 3));
      const q = text.slice(start, start + 3);
      const want = expected(q);
      if (want.length === 0 || want.length > 300) continue;
      const { total, hits } = await allHits({ q });
      expect(total).toBe(want.length);
      expect(keysOf(hits)).toEqual(want.map((w) => key(w.item)).sort());
      const nq = normalize(q);
      const heading = new Set(want.filter((w) => w.title.includes(nq) || w.docNumber.includes(nq)).map((w) => key(w.item)));
      expect(hits.map((h) => h.headingHit)).toEqual(hits.map((h) => heading.has(key(h))));
      const firstBody = hits.findIndex((h) => !h.headingHit);
      expect(firstBody === -1 || hits.slice(firstBody).every((h) => !h.headingHit)).toBe(true);
      checked.push(q);
    }
  });

  it('pages through a common word without repeats; past the ranking window the total stays exact', async () => {
    const q = '公开';
    const want = expected(q);
    expect(want.length).toBeGreaterThan(1000);
    const small = await allHits({ q });
    expect(small.total).toBe(want.length);
    expect(small.listable).toBe(1000);
    expect(new Set(keysOf(small.hits)).size).toBe(1000);
    const beyond = await search.search({ q, page: 21, pageSize: 50 });
    expect(beyond).toMatchObject({ total: want.length, hits: [] });
    // with a window as large as the corpus, the listed set is the reference set
    const wide = createSearchIndex(app, { rankWindow: 10_000 });
    const all = await allHits({ q }, wide);
    expect(keysOf(all.hits)).toEqual(want.map((w) => key(w.item)).sort());
    // the window holds the most recent matches
    const newest = [...want].sort((a, b) => String(b.item.publishedAt).localeCompare(String(a.item.publishedAt)));
    const cutoff = String(newest[999].item.publishedAt);
    const listed = new Set(keysOf(small.hits));
    for (const w of newest) if (String(w.item.publishedAt) > cutoff) expect(listed.has(key(w.item))).toBe(true);
  });

  it('finds 文号 fragments in any bracket style: 〔2018〕40 finds 揭府办函〔2018〕40号 and [2018]40, （2018）40', async () => {
    for (const q of ['〔2018〕40', '[2018]40', '(2018)40', '2018 40']) {
      const { total, hits } = await allHits({ q });
      const keys = new Set(keysOf(hits));
      for (const id of ['wh-jy', 'wh-qg', 'wh-yx']) expect(keys.has(`${NOTICE}:${id}`)).toBe(true);
      for (const id of ['wh-4', 'wh-2017']) expect(keys.has(`${NOTICE}:${id}`)).toBe(false);
      expect(total).toBe(expected(q).length);
    }
    const exact = await allHits({ q: '揭府办函〔2018〕40号' });
    expect(exact.total).toBe(expected('揭府办函〔2018〕40号').length);
    const jy = exact.hits.findIndex((h) => h.documentId === 'wh-jy');
    expect(exact.hits[jy]).toMatchObject({ headingHit: true, docNumberHtml: '<mark>揭府办函〔2018〕40号</mark>' });
    expect(exact.hits.slice(0, jy).every((h) => h.headingHit)).toBe(true);
    const titled = await search.search({ q: '揭阳市2018年政务公开工作要点', pageSize: 50 });
    expect(titled.hits.map((h) => h.documentId)).toContain('wh-jy');
  });

  it('never matches across punctuation: 培训，提高 is not found by 培训提高', async () => {
    const joined = await allHits({ q: '培训提高' });
    expect(joined.hits.map((h) => h.documentId)).not.toContain('punct');
    const pair = await allHits({ q: '训提' });
    expect(pair.hits.map((h) => h.documentId)).not.toContain('punct');
    expect(pair.total).toBe(expected('训提').length);
    expect(joined.total).toBe(expected('培训提高').length);
    for (const q of ['培训，提高', '培训、提高', '培训；提高']) {
      expect((await allHits({ q })).hits.map((h) => h.documentId)).toContain('punct');
    }
    // a space between Han characters is layout, not punctuation: same as no space
    expect(keysOf((await allHits({ q: '培训 提高' })).hits)).toEqual(keysOf(joined.hits));
  });

  it('applies the filters inside the query (year, 发文机关, 文件类型, 时效性)', async () => {
    const cases: [SearchParams['filters'], (it: SearchItem) => boolean][] = [
      [{ year: 2018 }, (it) => it.year === 2018],
      [{ issuer: ISSUERS[0] }, (it) => it.issuer === ISSUERS[0]],
      [{ documentType: DOCUMENT_TYPES[0] }, (it) => it.documentType === DOCUMENT_TYPES[0]],
      [{ validity: [VALIDITIES[1], VALIDITIES[2]] }, (it) => it.validity === VALIDITIES[1] || it.validity === VALIDITIES[2]],
      [{ year: '2019', issuer: ISSUERS[2], documentType: DOCUMENT_TYPES[2] }, (it) => it.year === 2019 && it.issuer === ISSUERS[2] && it.documentType === DOCUMENT_TYPES[2]],
    ];
    for (const [filters, keep] of cases) {
      for (const q of ['扶贫', '公开']) {
        const want = expected(q, keep);
        expect(want.length).toBeGreaterThan(0);
        const got = await search.search({ q, filters });
        expect(got.total).toBe(want.length);
        expect(got.hits.every((h) => keep({ ...h, uid: h.uid, documentId: h.documentId } as any))).toBe(true);
      }
    }
    await expect(search.search({ q: '扶贫', filters: { year: 'abc' as any } })).rejects.toThrow('年份格式不正确。');
  });

  it('filters by a catalog category including the categories below it (R6)', async () => {
    const ids = async (categoryDocumentId: string) => (await allHits({ q: '鹦鹉螺', filters: { categoryDocumentId } })).hits.map((h) => h.documentId).sort();
    expect(await ids(categories.social)).toEqual(['cat-child', 'cat-parent']);
    expect(await ids(categories.fupin)).toEqual(['cat-child']);
    expect(await ids(categories.other)).toEqual(['cat-other']);
    expect(await ids('no-such-category')).toEqual([]);
  });

  it('ranks title and 文号 hits first, then by relevance (more occurrences), then newest', async () => {
    const { hits } = await search.search({ q: '鲲鹏计划' });
    expect(hits.map((h) => h.documentId).slice(0, 2).sort()).toEqual(['rank-docno', 'rank-title']);
    expect(hits.map((h) => h.documentId).slice(2)).toEqual(['rank-3x', 'rank-1x']);
    const byId = Object.fromEntries(hits.map((h) => [h.documentId, h]));
    expect(byId['rank-title'].titleHtml).toBe('关于<mark>鲲鹏计划</mark>的通知');
    expect(byId['rank-docno'].docNumberHtml).toBe('<mark>鲲鹏计划</mark>〔2016〕1号');
    expect(byId['rank-3x'].snippetHtml.match(/<mark>/g)).toHaveLength(3);
  });

  it('returns HTML-escaped titles and snippets; only <mark> is markup', async () => {
    const { hits } = await search.search({ q: '鲸鱼扶贫' });
    expect(hits).toHaveLength(1);
    expect(hits[0].titleHtml).toBe('测试&lt;b&gt;标签&lt;/b&gt;');
    expect(hits[0].snippetHtml).toBe('&lt;script&gt;alert(&quot;<mark>鲸鱼扶贫</mark>&quot;)&lt;/script&gt;');
    expect(hits[0].snippetHtml).not.toContain('evil');
  });

  it('answers an empty query with no results, and rejects a huge one with a Chinese message', async () => {
    for (const q of ['', '   ', '，。', undefined]) expect(await search.search({ q })).toMatchObject({ query: '', total: 0, hits: [] });
    await expect(search.search({ q: '扶'.repeat(101) })).rejects.toMatchObject({ name: 'SearchQueryError', status: 400, code: 'QUERY_TOO_LONG' });
    await expect(search.search({ q: '扶'.repeat(101) })).rejects.toThrow(/检索词过长/);
    const started = Date.now();
    await expect(search.search({ q: '扶贫'.repeat(50_000) })).rejects.toBeInstanceOf(SearchQueryError);
    expect(Date.now() - started).toBeLessThan(1000);
    expect((await search.search({ q: '扶'.repeat(100) })).total).toBe(0);
  });

  it('is harmless with quotes, SQL and FTS syntax in the query', async () => {
    const rows = async () => Number((await search.store.allKeys()).length);
    const before = await rows();
    const nasty = ['"', "'", '"扶贫', "扶贫'", '扶贫*', '*', 'NEAR(扶贫 预算)', '扶贫 OR 预算', '扶贫 AND NOT 预算', '{title}: 扶贫', '^扶贫', "'; DROP TABLE portal_search_items; --", '\\', '%', '_', '扶%贫', "'扶贫' & '预算'", '扶贫:*', '!扶贫', '扶贫 <-> 预算', '\u0000扶贫'];
    for (const q of nasty) {
      const got = await search.search({ q });
      expect({ q, total: got.total }).toEqual({ q, total: expected(q).length });
    }
    expect((await search.search({ q: '扶贫*' })).total).toBe(expected('扶贫').length);
    expect(await rows()).toBe(before);
  });

  it('removes an item, and replaces one on a second upsert', async () => {
    expect((await search.search({ q: '海葵' })).total).toBe(1);
    expect(await search.remove(NOTICE, 'to-remove')).toBe(true);
    expect(await search.remove(NOTICE, 'to-remove')).toBe(false);
    expect((await search.search({ q: '海葵' })).total).toBe(0);

    await search.upsert(item('to-change', { title: '新标题砗磲', publishedAt: at(2022) }));
    expect((await search.search({ q: '珊瑚' })).total).toBe(0);
    expect((await search.search({ q: '砗磲' })).hits.map((h) => h.documentId)).toEqual(['to-change']);
    expect((await search.store.allKeys()).filter((k) => k.endsWith(':to-change'))).toHaveLength(1);
  });

  it('reindexAll keeps exactly the given items', async () => {
    const keep = indexed.filter((it) => it.documentId !== 'to-remove').slice(0, -5);
    const result = await search.reindexAll(keep);
    expect(result).toEqual({ indexed: keep.length, removed: 5 });
    expect((await search.store.allKeys()).sort()).toEqual(keep.map(key).sort());
  });

  it('indexes only published, proactively disclosed versions (loader and indexDocument)', async () => {
    const documentId = 'gksearchloadertest000001';
    const base = { documentId, issuer: '测试机关', disclosureMode: 'proactive', documentType: 'work_notice', validity: 'in_force' };
    await app.db.query(NOTICE).create({ data: { ...base, title: '草稿标题鹦鹉鱼', publishedAt: null } });
    const published = await app.db.query(NOTICE).create({ data: { ...base, title: '发布标题鹦鹉鱼', docNumber: '测〔2018〕9号', docYear: 2018, publishedAt: new Date() } });
    await app.db.query(NOTICE).create({ data: { ...base, documentId: 'gksearchloadertest000002', title: '不予公开鹦鹉鱼', disclosureMode: 'not_public', publishedAt: new Date() } });

    const loaded: SearchItem[] = [];
    for await (const it of publishedItems(app)) loaded.push(it);
    expect(loaded.map((it) => it.title)).toEqual(['发布标题鹦鹉鱼']);
    expect(loaded[0]).toMatchObject({ documentId, docNumber: '测〔2018〕9号', year: 2018 });

    expect(await search.indexDocument(NOTICE, documentId)).toBe('indexed');
    expect(await search.indexDocument(NOTICE, 'gksearchloadertest000002')).toBe('removed');
    expect((await search.search({ q: '鹦鹉鱼' })).hits.map((h) => h.title)).toEqual(['发布标题鹦鹉鱼']);

    await app.db.query(NOTICE).delete({ where: { id: published.id } }); // unpublished
    expect(await search.indexDocument(NOTICE, documentId)).toBe('removed');
    expect((await search.search({ q: '鹦鹉鱼' })).total).toBe(0);
    expect(await search.indexDocument('api::unit.unit', 'x')).toBe('ignored');
  });

  it('ensureSchema is idempotent, and rebuilds from published content when the stored index is outdated', async () => {
    expect(await search.ensureSchema()).toEqual({ created: false, needsReindex: false, reindexed: null });
    // a full build cut short (crash, Ctrl+C) is not taken for complete: the next boot redoes it
    await app.db.connection.raw(`UPDATE portal_search_meta SET value = '' WHERE name = 'built'`);
    const redone = await search.ensureSchema();
    expect(redone).toMatchObject({ created: false, needsReindex: true });
    expect(redone.reindexed).not.toBeNull();
    expect(await search.ensureSchema()).toEqual({ created: false, needsReindex: false, reindexed: null });
    await app.db.connection.raw(`UPDATE portal_search_meta SET value = 'outdated' WHERE name = 'schema'`);
    const rebuilt = await search.ensureSchema();
    expect(rebuilt).toMatchObject({ created: true, needsReindex: true, reindexed: { indexed: 0, removed: 0 } });
    expect(await search.store.allKeys()).toEqual([]);
    expect((await search.search({ q: '扶贫' })).total).toBe(0);
  });
});
