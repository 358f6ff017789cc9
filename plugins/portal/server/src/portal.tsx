import React from 'react';
import type { Core } from '@strapi/strapi';
import { page, type PageResponse } from './render/page';
import { HomePage } from './pages/home';
import { NoticeListPage, NoticePage } from './pages/notices';
import { InterpretationPage, GuideListPage, GuidePage } from './pages/items';
import { CatalogPage, CategoryPage } from './pages/catalog';
import { DisclosureGuidePage, ProgressPage, MessagePage } from './pages/misc';
import { SearchPage } from './pages/search';
import { atomFeed, sitemap } from './render/xml';
import { tasksAsCsv, tasksAsJson } from './render/task-export';
import { hrefOf } from './render/parts';
import { PORTAL_CSS } from './render/styles';
import { BadQuery, enumParam, onlyParams, pageParam, textParam, yearParam } from './query';
import type { ReadModel } from './read-model';

// The public site (R30–R33): URL → page. Every handler reads through the read model,
// so drafts are never reachable; unknown URLs get a real 404 page.

type Query = Record<string, unknown>;
type Handler = (m: RegExpMatchArray, q: Query, base: string) => Promise<PageResponse | null>;

const text = (type: string, body: string, status = 200): PageResponse => ({ status, type, body });

export function createPortal(strapi: Core.Strapi, rm: ReadModel, search: () => any) {
  const settings = () => rm.settings();

  async function notFound(): Promise<PageResponse> {
    return page({ status: 404, title: '页面不存在', settings: await settings(), children: <MessagePage title="页面不存在（404）" message="您访问的页面不存在，可能已被撤下或网址有误。" /> });
  }

  const routes: Array<[RegExp, Handler]> = [
    [/^\/$/, async (_m, q) => {
      onlyParams(q, []);
      const [notices, interpretations, guides, tree] = await Promise.all([
        rm.latest('api::notice.notice', 8), rm.latest('api::policy-interpretation.policy-interpretation', 5), rm.latest('api::guide.guide', 5), rm.categories(),
      ]);
      const keyAreas = rm.flatten(tree).filter((c) => c.keyArea && c.children.length === 0);
      const s = await settings();
      return page({ title: s.siteName, settings: s, current: '/', children: <HomePage notices={notices} interpretations={interpretations} guides={guides} keyAreas={keyAreas} /> });
    }],
    [/^\/notices$/, async (_m, q) => {
      onlyParams(q, ['year', 'issuer', 'type', 'category', 'validity', 'page']);
      const filters = {
        year: yearParam(q.year), issuer: textParam('issuer', q.issuer, 100), type: enumParam('documentType', 'type', q.type),
        category: textParam('category', q.category, 120), validity: enumParam('validity', 'validity', q.validity), page: pageParam(q.page),
      };
      const [result, facets, tree] = await Promise.all([rm.notices(filters), rm.noticeFacets(), rm.tree()]);
      return page({ title: '通知文件', settings: await settings(), current: '/notices', crumbs: [{ label: '通知文件' }], children: <NoticeListPage filters={filters} result={result} facets={facets} categories={rm.flatten(tree)} /> });
    }],
    [/^\/notices\/([a-z0-9-]{1,200})$/, async (m, q) => {
      onlyParams(q, []);
      const n = await rm.notice(m[1]);
      if (!n) return null;
      return page({ title: n.title, settings: await settings(), current: '/notices', crumbs: [{ href: '/notices', label: '通知文件' }, { label: n.title }], children: <NoticePage n={n} /> });
    }],
    [/^\/notices\/([a-z0-9-]{1,200})\/tasks\.(csv|json)$/, async (m) => {
      const n = await rm.notice(m[1]);
      if (!n || !n.tasks.length) return null;
      return m[2] === 'csv' ? text('text/csv; charset=utf-8', tasksAsCsv(n)) : text('application/json; charset=utf-8', JSON.stringify(tasksAsJson(n), null, 2));
    }],
    [/^\/interpretations\/([a-z0-9-]{1,200})$/, async (m, q) => {
      onlyParams(q, []);
      const i = await rm.interpretation(m[1]);
      if (!i) return null;
      return page({ title: i.title, settings: await settings(), crumbs: [{ href: '/catalog/zhengce-jiedu', label: '政策解读' }, { label: i.title }], children: <InterpretationPage i={i} /> });
    }],
    [/^\/guides$/, async (_m, q) => {
      onlyParams(q, ['page']);
      const result = await rm.guides(pageParam(q.page));
      return page({ title: '办事指南', settings: await settings(), current: '/guides', crumbs: [{ label: '办事指南' }], children: <GuideListPage result={result} /> });
    }],
    [/^\/guides\/([a-z0-9-]{1,200})$/, async (m, q) => {
      onlyParams(q, []);
      const g = await rm.guide(m[1]);
      if (!g) return null;
      return page({ title: g.title, settings: await settings(), current: '/guides', crumbs: [{ href: '/guides', label: '办事指南' }, { label: g.title }], children: <GuidePage g={g} /> });
    }],
    [/^\/catalog$/, async (_m, q) => {
      onlyParams(q, []);
      const s = await settings();
      return page({ title: '政府信息公开目录', settings: s, current: '/catalog', crumbs: [{ label: '公开目录' }], children: <CatalogPage tree={await rm.categories()} staleDays={s.staleAfterDays} /> });
    }],
    [/^\/catalog\/([a-z0-9-]{1,120})$/, async (m, q) => {
      onlyParams(q, ['page']);
      const data = await rm.categoryItems(m[1], pageParam(q.page));
      if (!data) return null;
      return page({
        title: data.category.name, settings: await settings(), current: '/catalog', feed: `/catalog/${data.category.slug}/feed.xml`,
        crumbs: [{ href: '/catalog', label: '公开目录' }, ...data.path.slice(0, -1).map((c) => ({ href: `/catalog/${c.slug}`, label: c.name })), { label: data.category.name }],
        children: <CategoryPage data={data} />,
      });
    }],
    [/^\/guide-to-disclosure$/, async (_m, q) => {
      onlyParams(q, []);
      const s = await settings();
      return page({ title: '政府信息公开指南', settings: s, current: '/guide-to-disclosure', crumbs: [{ label: '政府信息公开指南' }], children: <DisclosureGuidePage g={await rm.disclosureGuide()} settings={s} /> });
    }],
    [/^\/progress$/, async (_m, q) => {
      onlyParams(q, []);
      return page({ title: '任务落实情况', settings: await settings(), current: '/progress', crumbs: [{ label: '任务落实情况' }], children: <ProgressPage rows={await rm.progressByUnit()} /> });
    }],
    [/^\/search$/, async (_m, q) => {
      onlyParams(q, ['q', 'type', 'year', 'page']);
      const s = await settings();
      const query = textParam('q', q.q, 100) ?? '';
      const view: any = { q: query, type: enumParam('documentType', 'type', q.type), year: yearParam(q.year) };
      const pg = pageParam(q.page);
      if (query) {
        const index = search();
        if (!index) view.error = '搜索服务暂不可用，请稍后再试。';
        else {
          try {
            view.result = await index.search({ q: query, filters: { documentType: view.type, year: view.year }, page: pg, pageSize: 20 });
          } catch (err: any) {
            if (err?.status === 400 || err?.name === 'SearchQueryError') view.error = err.message;
            else throw err;
          }
        }
      }
      return page({ title: query ? `搜索：${query}` : '搜索', settings: s, q: query, crumbs: [{ label: '搜索' }], children: <SearchPage {...view} /> });
    }],
    [/^\/feed\.xml$/, async (_m, _q, base) => {
      const s = await settings();
      const items = (await rm.feedItems())!;
      return text('application/atom+xml; charset=utf-8', atomFeed({ title: `${s.siteName} 最新信息`, selfUrl: `${base}/feed.xml`, siteUrl: `${base}/`, entries: items.map((i) => ({ title: i.title, url: base + hrefOf(i.uid, i.slug), updated: i.publishedAt, summary: i.docNumber })) }));
    }],
    [/^\/catalog\/([a-z0-9-]{1,120})\/feed\.xml$/, async (m, _q, base) => {
      const items = await rm.feedItems(m[1]);
      if (!items) return null;
      const s = await settings();
      const c = (await rm.categoryAndDescendants(m[1]))!.category;
      return text('application/atom+xml; charset=utf-8', atomFeed({ title: `${s.siteName} ${c.name}`, selfUrl: `${base}/catalog/${c.slug}/feed.xml`, siteUrl: `${base}/catalog/${c.slug}`, entries: items.map((i) => ({ title: i.title, url: base + hrefOf(i.uid, i.slug), updated: i.publishedAt })) }));
    }],
    [/^\/sitemap\.xml$/, async (_m, _q, base) => {
      const { items, categories } = await rm.sitemapEntries();
      const fixed = ['/', '/notices', '/guides', '/catalog', '/guide-to-disclosure', '/progress'].map((p) => ({ loc: base + p }));
      return text('application/xml; charset=utf-8', sitemap([...fixed, ...categories.map((c) => ({ loc: `${base}/catalog/${c.slug}` })), ...items.map((i) => ({ loc: base + hrefOf(i.uid, i.slug), lastmod: i.publishedAt }))]));
    }],
    [/^\/robots\.txt$/, async (_m, _q, base) => text('text/plain; charset=utf-8', `User-agent: *\nDisallow: /admin\nDisallow: /api/\nDisallow: /search\nSitemap: ${base}/sitemap.xml\n`)],
    [/^\/portal-assets\/portal\.css$/, async () => text('text/css; charset=utf-8', PORTAL_CSS)],
  ];

  return {
    /** Answer a public GET for any path outside Strapi's own prefixes; unknown paths get the 404 page. */
    async handle(path: string, query: Query, base: string): Promise<PageResponse | null> {
      for (const [re, handler] of routes) {
        const m = path.match(re);
        if (!m) continue;
        try {
          return (await handler(m, query, base)) ?? (await notFound());
        } catch (err) {
          if (err instanceof BadQuery) {
            return page({ status: 400, title: '请求有误', settings: await settings(), children: <MessagePage title="请求有误" message={err.message} /> });
          }
          strapi.log.error(`[portal] ${path}: ${(err as Error)?.stack ?? err}`);
          return page({ status: 500, title: '服务暂不可用', settings: await settings().catch(() => ({ siteName: '政务公开' } as any)), children: <MessagePage title="服务暂不可用" message="页面暂时无法显示，请稍后再试。" /> });
        }
      }
      return notFound();
    },
    notFound,
  };
}

export type Portal = ReturnType<typeof createPortal>;
