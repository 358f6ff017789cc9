import React from 'react';
import { ItemList, Pager, day } from '../render/parts';
import type { Category } from '../read-model';

/** R34: a column not updated within its period is flagged (僵尸栏目). */
export function isStale(c: Category, now: number, defaultDays: number) {
  if (!c.count) return false;
  const days = c.staleAfterDays || defaultDays;
  return !c.lastPublished || now - Date.parse(c.lastPublished) > days * 86_400_000;
}

function Tree({ nodes, now, staleDays }: { nodes: Category[]; now: number; staleDays: number }) {
  return (
    <ul className="tree">
      {nodes.map((c) => (
        <li key={c.slug}>
          <a href={`/catalog/${c.slug}`}>{c.name}</a> <span className="count">（{c.count}）</span>
          {isStale(c, now, staleDays) ? <span className="stale">（超过 {c.staleAfterDays || staleDays} 天未更新）</span> : null}
          {c.children.length ? <Tree nodes={c.children} now={now} staleDays={staleDays} /> : null}
        </li>
      ))}
    </ul>
  );
}

export function CatalogPage({ tree, staleDays }: { tree: Category[]; staleDays: number }) {
  return (
    <>
      <h1>政府信息公开目录</h1>
      <Tree nodes={tree} now={Date.now()} staleDays={staleDays} />
    </>
  );
}

export function CategoryPage({ data }: { data: { category: Category; items: any[]; total: number; page: number; pageCount: number } }) {
  const c = data.category;
  return (
    <>
      <h1>{c.name}</h1>
      <p className="result-count" role="status">共 {data.total} 条{c.lastPublished ? `，最近更新 ${day(c.lastPublished)}` : ''}　<a href={`/catalog/${c.slug}/feed.xml`}>订阅本栏目</a></p>
      {c.children.length ? (
        <nav aria-label="下级栏目"><ul className="subcats">{c.children.map((ch) => <li key={ch.slug}><a href={`/catalog/${ch.slug}`}>{ch.name}</a>（{ch.count}）</li>)}</ul></nav>
      ) : null}
      <ItemList items={data.items} />
      <Pager page={data.page} pageCount={data.pageCount} href={(p) => (p > 1 ? `/catalog/${c.slug}?page=${p}` : `/catalog/${c.slug}`)} />
    </>
  );
}
