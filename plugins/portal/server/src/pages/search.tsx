import React from 'react';
import { ENUM_LABELS } from '@gongkai/shared';
import { Pager, day, hrefOf } from '../render/parts';

export interface SearchView {
  q: string;
  type?: string;
  year?: number;
  error?: string;
  result?: { total: number; listable: number; page: number; pageSize: number; hits: Array<{ uid: string; slug: string; title: string; titleHtml: string; docNumber?: string; docNumberHtml?: string; snippetHtml: string; publishedAt?: string }> };
}

export function SearchPage(v: SearchView) {
  const href = (p: number) => {
    const q = new URLSearchParams({ q: v.q });
    if (v.type) q.set('type', v.type);
    if (v.year) q.set('year', String(v.year));
    if (p > 1) q.set('page', String(p));
    return `/search?${q}`;
  };
  const r = v.result;
  return (
    <>
      <h1>搜索</h1>
      <form className="filters" role="search" method="get" action="/search">
        <div className="field"><label htmlFor="q">关键词</label><input id="q" name="q" type="search" defaultValue={v.q} maxLength={100} /></div>
        <div className="field">
          <label htmlFor="type">文件类型</label>
          <select id="type" name="type" defaultValue={v.type ?? ''}>
            <option value="">全部</option>
            {Object.entries(ENUM_LABELS.documentType).map(([k, l]) => <option key={k} value={k}>{l}</option>)}
          </select>
        </div>
        <div className="field"><label htmlFor="year">年份</label><input id="year" name="year" inputMode="numeric" pattern="[0-9]{4}" defaultValue={v.year ? String(v.year) : ''} /></div>
        <button type="submit">搜索</button>
      </form>
      {v.error ? <p className="notice-box" role="alert">{v.error}</p> : null}
      {r ? (
        <>
          <p className="result-count" role="status">“{v.q}”共找到 {r.total} 条结果</p>
          <ol className="hits">
            {r.hits.map((h) => (
              <li key={`${h.uid}:${h.slug}`}>
                {/* titleHtml / docNumberHtml / snippetHtml are escaped by the search module, with <mark> added (R31) */}
                <h2><a href={hrefOf(h.uid, h.slug)} dangerouslySetInnerHTML={{ __html: h.titleHtml }} /></h2>
                <p className="hit-meta">{h.docNumber ? <span className="doc-no" dangerouslySetInnerHTML={{ __html: h.docNumberHtml ?? '' }} /> : null}<time>{day(h.publishedAt)}</time></p>
                <p className="snippet" dangerouslySetInnerHTML={{ __html: h.snippetHtml }} />
              </li>
            ))}
          </ol>
          {r.listable < r.total ? <p className="result-count">仅列出最近的 {r.listable} 条匹配结果，请增加关键词或筛选条件缩小范围。</p> : null}
          <Pager page={r.page} pageCount={Math.max(1, Math.ceil(r.listable / r.pageSize))} href={href} />
        </>
      ) : null}
    </>
  );
}
