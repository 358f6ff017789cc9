import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { http } from '../helpers/http';
import { unpublishReviewed } from '../helpers/publish';
import { createPortalFixture } from '../helpers/fixtures';

// The public portal (R30–R33, R35): published content only, real pages, feeds, 404s.
let app: Core.Strapi;
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await startStrapi();
  Object.assign(ids, await createPortalFixture(app));
});
afterAll(() => stopStrapi(app));

const get = (path: string) => http(app).get(path);

describe('pages (R30)', () => {
  it('home lists the published notice and not the draft, in Chinese with lang zh-CN and a skip link', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/html');
    expect(res.text).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(res.text).toContain('href="#main"');
    expect(res.text).toContain('2018年政务公开工作要点分工方案');
    expect(res.text).not.toContain('尚未发布的草稿通知');
    expect(res.text).toContain('精准扶贫');
  });

  it('notice page shows the metadata block, cleaned body, task table, interpretation link', async () => {
    const res = await get('/notices/jie-fu-ban-han-2018-40');
    expect(res.status).toBe(200);
    for (const label of ['索引号', '发文机关', '文号', '成文日期', '发布日期', '公开方式', '时效性']) expect(res.text).toContain(`<th scope="row">${label}</th>`);
    expect(res.text).toContain('揭府办函〔2018〕40号');
    expect(res.text).toContain('主动公开');
    expect(res.text).not.toContain('<script');
    expect(res.text).not.toMatch(/onclick/i);
    expect(res.text).toContain('<table class="tasks">');
    expect(res.text).toContain('推进精准扶贫信息公开');
    expect(res.text).toContain('市扶贫办');
    expect(res.text).toContain('已公开扶贫对象名单');
    expect(res.text).toContain('href="/interpretations/');
  });

  it('interpretation links back to the notice (both ways) and renders Q&A', async () => {
    const notice = await get('/notices/jie-fu-ban-han-2018-40');
    const href = notice.text.match(/href="(\/interpretations\/[a-z0-9-]+)"/)![1];
    const res = await get(href);
    expect(res.status).toBe(200);
    expect(res.text).toContain('href="/notices/jie-fu-ban-han-2018-40"');
    expect(res.text).toContain('<dt>问：何时完成？</dt>');
  });

  it('guide list and page with the materials table', async () => {
    const list = await get('/guides');
    expect(list.text).toContain('最低生活保障申请');
    const href = list.text.match(/href="(\/guides\/[a-z0-9-]+)"/)![1];
    const res = await get(href);
    expect(res.text).toContain('《社会救助暂行办法》第十一条');
    expect(res.text).toContain('20 个工作日');
  });

  it('catalog tree shows counts rolled up to parents; a category lists its and its children\'s items', async () => {
    const res = await get('/catalog');
    expect(res.text).toMatch(/精准扶贫<\/a> <span class="count">（2）/);
    expect(res.text).toMatch(/社会公益事业建设<\/a> <span class="count">（2）/);
    const cat = await get('/catalog/shehui-gongyi-shiye');
    expect(cat.text).toContain('最低生活保障申请');
    expect(cat.text).toContain('一图读懂');
  });

  it('notice list filters by year, type, validity and rejects bad parameters with a friendly 400', async () => {
    expect((await get('/notices?year=2018')).text).toContain('揭府办函〔2018〕40号');
    expect((await get('/notices?year=2017')).text).not.toContain('揭府办函〔2018〕40号');
    expect((await get('/notices?type=normative')).text).not.toContain('揭府办函〔2018〕40号');
    for (const bad of ['/notices?page=0', '/notices?page=abc', '/notices?type=bogus', '/notices?color=red', '/notices?year=99999', `/search?q=${'扶'.repeat(500)}`]) {
      const res = await get(bad);
      expect(res.status).toBe(400);
      expect(res.type).toBe('text/html');
      expect(res.text).toContain('请求有误');
    }
  });

  it('drafts are unreachable, even by guessing the URL; unknown URLs get a real 404 page', async () => {
    const draft = await get('/notices/draft-only');
    expect(draft.status).toBe(404);
    expect(draft.text).toContain('页面不存在');
    const unknown = await get('/no/such/page');
    expect(unknown.status).toBe(404);
    expect(unknown.type).toBe('text/html');
  });

  it('disclosure guide page and progress-by-unit page render', async () => {
    expect((await get('/guide-to-disclosure')).text).toContain('政府信息公开工作机构');
    const p = await get('/progress');
    expect(p.text).toContain('揭阳市扶贫办');
  });
});

describe('search (R31)', () => {
  it('finds two-character words and 文号 fragments in published content only, highlighted and escaped', async () => {
    const fupin = await get('/search?q=%E6%89%B6%E8%B4%AB'); // 扶贫
    expect(fupin.status).toBe(200);
    expect(fupin.text).toContain('/notices/jie-fu-ban-han-2018-40');
    expect(fupin.text).toContain('<mark>扶贫</mark>');
    expect(fupin.text).not.toContain('<script');
    const docNo = await get(`/search?q=${encodeURIComponent('〔2018〕40')}`);
    expect(docNo.text).toContain('/notices/jie-fu-ban-han-2018-40');
    const draft = await get(`/search?q=${encodeURIComponent('尚未发布')}`);
    expect(draft.text).toContain('共找到 0 条结果');
    const typed = await get('/search?q=%E6%89%B6%E8%B4%AB&type=normative');
    expect(typed.text).not.toContain('/notices/jie-fu-ban-han-2018-40');
  });
});

describe('downloads, feeds, sitemap (R31, R33)', () => {
  it('task table as CSV (BOM, formula-safe) and JSON', async () => {
    const csv = await get('/notices/jie-fu-ban-han-2018-40/tasks.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.text).toContain("'=注意 CSV 公式注入");
    const json = await get('/notices/jie-fu-ban-han-2018-40/tasks.json');
    const body = JSON.parse(json.text);
    expect(body.tasks.find((t: any) => t.level === 'task')).toMatchObject({ leadUnits: ['揭阳市扶贫办'], deadline: '2018-07-31', deadlineText: '2018年7月底前' });
  });

  it('Atom feed, category feed and sitemap are XML listing published items only', async () => {
    const feed = await get('/feed.xml');
    expect(feed.headers['content-type']).toContain('application/atom+xml');
    expect(feed.text).toMatch(/^<\?xml/);
    expect(feed.text).toContain('<entry>');
    expect(feed.text).toContain('/notices/jie-fu-ban-han-2018-40</id>');
    expect(feed.text).not.toContain('draft-only');
    const catFeed = await get('/catalog/jingzhun-fupin/feed.xml');
    expect(catFeed.text).toContain('最低生活保障申请');
    expect(catFeed.text).not.toContain('jie-fu-ban-han-2018-40');
    const map = await get('/sitemap.xml');
    expect(map.text).toContain('<urlset');
    expect(map.text).toContain('/notices/jie-fu-ban-han-2018-40</loc>');
    expect(map.text).not.toContain('draft-only');
    expect((await get('/robots.txt')).text).toContain('Sitemap:');
  });
});

describe('protection and caching (R35)', () => {
  it('sends security headers with a CSP that forbids scripts', async () => {
    const res = await get('/');
    expect(res.headers['content-security-policy']).toContain("script-src 'none'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  it('answers 304 to a matching ETag, and a publish/unpublish changes the page at once', async () => {
    const first = await get('/catalog/jingzhun-fupin');
    const etag = first.headers.etag;
    expect(etag).toBeTruthy();
    expect((await http(app).get('/catalog/jingzhun-fupin').set('If-None-Match', etag)).status).toBe(304);
    await unpublishReviewed(app, 'api::guide.guide', ids.guide);
    const after = await get('/catalog/jingzhun-fupin');
    expect(after.text).not.toContain('最低生活保障申请');
    expect(after.headers.etag).not.toBe(etag);
    expect((await get('/guides')).text).not.toContain('最低生活保障申请');
    expect((await get(`/search?q=${encodeURIComponent('最低生活保障')}`)).text).toContain('共找到 0 条结果');
  });
});
