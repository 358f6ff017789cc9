import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../../../tests/helpers/strapi';
import { http } from '../../../tests/helpers/http';
import { publishReviewed } from '../../../tests/helpers/publish';
import { createPortalFixture } from '../../../tests/helpers/fixtures';

// The read model's indexed queries and remembered values (R30, bench issue "pages flat
// from 1k to 100k"): link-table lookups give the same pages as Strapi's relation
// filters did, and what is remembered (facets, totals, catalog counts, progress) changes
// as soon as content does.

let app: Core.Strapi;
const ids: Record<string, string> = {};
const NOTICE = 'api::notice.notice';
const FIXTURE = '/notices/jie-fu-ban-han-2018-40';
const get = (p: string) => http(app).get(p);

beforeAll(async () => {
  app = await startStrapi();
  Object.assign(ids, await createPortalFixture(app));
});
afterAll(async () => {
  await stopStrapi(app);
});

describe('portal read model (R30)', () => {
  it('column pages list every type by its own id (an interpretation and a guide may share an id)', async () => {
    const res = await get('/catalog/jingzhun-fupin');
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/<a href="\/interpretations\/[a-z0-9-]+">一图读懂2018年政务公开工作要点<\/a>/);
    expect(res.text).toMatch(/<a href="\/guides\/[a-z0-9-]+">最低生活保障申请<\/a>/);
    expect(res.text).toContain('共 2 条');
  });

  it('progress by unit counts the latest published report of each lead unit, and follows a new report at once', async () => {
    const row = async () => (await get('/progress')).text.match(/<td>揭阳市扶贫办<\/td><td>(\d+)<\/td><td>(\d+)<\/td><td>(\d+)<\/td>/)?.slice(1).map(Number);
    expect(await row()).toEqual([1, 1, 1]);
    const unit = (await app.documents('api::unit.unit').findFirst({ filters: { name: '揭阳市扶贫办' } } as any))!;
    const task = (await app.documents('api::task.task').findFirst({ filters: { level: 'task', title: '推进精准扶贫信息公开' } } as any))!;
    const later = await app.documents('api::progress-report.progress-report').create({ data: { task: task.documentId, unit: unit.documentId, state: 'in_progress', text: '发现遗漏，正在补充公开', reportedOn: '2018-07-25' } as any });
    await app.documents('api::progress-report.progress-report').publish({ documentId: later.documentId });
    expect(await row()).toEqual([1, 1, 0]);
    // the notice's task table shows the newest report too
    expect((await get(FIXTURE)).text).toContain('发现遗漏，正在补充公开');
  });

  it('a forwarding notice shows on the forwarded one; list facets, totals and category filter follow a publish', async () => {
    const before = (await get('/notices')).text;
    expect(before).toContain('共 1 条');
    expect(before).not.toContain('<option value="揭东区人民政府办公室">');
    const fwd = await app.documents(NOTICE).create({ data: {
      title: '揭东区转发揭阳市2018年政务公开工作要点分工方案的通知', issuer: '揭东区人民政府办公室', writtenOn: '2018-07-05', body: '<p>现转发给你们。</p>', forwards: [ids.notice],
      category: (await app.documents('api::catalog-category.catalog-category').findFirst({ filters: { slug: 'zhengwu-gongkai-gongzuo' } } as any))!.documentId,
    } as any });
    await publishReviewed(app, NOTICE, fwd.documentId);
    const fixture = await get(FIXTURE);
    expect(fixture.text).toContain('转发本文的文件');
    expect(fixture.text).toContain('揭东区转发揭阳市2018年政务公开工作要点分工方案的通知');
    const after = (await get('/notices')).text;
    expect(after).toContain('共 2 条');
    expect(after).toContain('<option value="揭东区人民政府办公室">');
    // newest written first
    expect(after.indexOf('揭东区转发')).toBeLessThan(after.indexOf('揭阳市人民政府办公室印发'));
    const byCategory = (await get('/notices?category=zhengwu-gongkai-gongzuo')).text;
    expect(byCategory).toContain('共 2 条');
    expect((await get('/notices?category=jingzhun-fupin')).text).toContain('共 0 条');
    expect((await get('/notices?issuer=%E6%8F%AD%E4%B8%9C%E5%8C%BA%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C%E5%8A%9E%E5%85%AC%E5%AE%A4')).text).toContain('共 1 条');
    expect((await get('/notices?year=2018&page=1')).text).toContain('共 2 条');
    expect((await get('/notices?year=2017')).text).toContain('共 0 条');
  });
});
