import React from 'react';
import { ItemList } from '../render/parts';
import type { Category } from '../read-model';

export function HomePage(p: { notices: any[]; interpretations: any[]; guides: any[]; keyAreas: Category[] }) {
  return (
    <>
      <h1 className="visually-hidden">政务公开</h1>
      <div className="grid">
        <section aria-labelledby="h-notices">
          <h2 id="h-notices">最新文件</h2>
          <ItemList items={p.notices.map((n) => ({ ...n, uid: 'api::notice.notice' }))} />
          <p className="more"><a href="/notices">更多通知文件</a></p>
        </section>
        <section aria-labelledby="h-interp">
          <h2 id="h-interp">政策解读</h2>
          <ItemList items={p.interpretations.map((n) => ({ ...n, uid: 'api::policy-interpretation.policy-interpretation' }))} />
        </section>
        <section aria-labelledby="h-guides">
          <h2 id="h-guides">办事指南</h2>
          <ItemList items={p.guides.map((n) => ({ ...n, uid: 'api::guide.guide' }))} />
          <p className="more"><a href="/guides">全部办事指南</a></p>
        </section>
        <section aria-labelledby="h-key">
          <h2 id="h-key">重点领域信息公开</h2>
          <ul className="key-areas">
            {p.keyAreas.map((c) => <li key={c.slug}><a href={`/catalog/${c.slug}`}>{c.name}</a> <span className="count">（{c.count}）</span></li>)}
          </ul>
        </section>
      </div>
    </>
  );
}
