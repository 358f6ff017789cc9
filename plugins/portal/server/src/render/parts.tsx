import React from 'react';
import { sanitizeRichText } from '@gongkai/safe-html';
import { shanghaiDate } from '@gongkai/shared';

// Small building blocks shared by the pages.

export const day = (v?: string | null) => (!v ? '' : /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : shanghaiDate(v));

/** Rich text from the database, cleaned again on render (R13: on save and on render). */
export function RichText({ html, className }: { html?: string | null; className?: string }) {
  if (!html) return null;
  return <div className={className ?? 'rich-text'} dangerouslySetInnerHTML={{ __html: sanitizeRichText(html) }} />;
}

export function Pager({ page, pageCount, href }: { page: number; pageCount: number; href: (p: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pager" aria-label="分页">
      {page > 1 ? <a href={href(page - 1)} rel="prev">上一页</a> : <span aria-disabled="true">上一页</span>}
      <span>第 {page} / {pageCount} 页</span>
      {page < pageCount ? <a href={href(page + 1)} rel="next">下一页</a> : <span aria-disabled="true">下一页</span>}
    </nav>
  );
}

export function MetaTable({ rows, caption }: { rows: Array<[string, React.ReactNode]>; caption: string }) {
  return (
    <table className="meta">
      <caption className="visually-hidden">{caption}</caption>
      <tbody>
        {rows.filter(([, v]) => v !== null && v !== undefined && v !== '').map(([k, v]) => (
          <tr key={k}><th scope="row">{k}</th><td>{v}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

export const hrefOf = (uid: string, slug: string) =>
  uid === 'api::notice.notice' ? `/notices/${slug}` : uid === 'api::guide.guide' ? `/guides/${slug}` : `/interpretations/${slug}`;

export function ItemList({ items }: { items: Array<{ uid?: string; title: string; slug: string; publishedAt?: string; docNumber?: string; writtenOn?: string }> }) {
  if (!items.length) return <p className="empty">暂无信息。</p>;
  return (
    <ul className="item-list">
      {items.map((it) => (
        <li key={`${it.uid ?? ''}${it.slug}`}>
          <a href={hrefOf(it.uid ?? 'api::notice.notice', it.slug)}>{it.title}</a>
          {it.docNumber ? <span className="doc-no">{it.docNumber}</span> : null}
          <time dateTime={day(it.writtenOn || it.publishedAt)}>{day(it.writtenOn || it.publishedAt)}</time>
        </li>
      ))}
    </ul>
  );
}
