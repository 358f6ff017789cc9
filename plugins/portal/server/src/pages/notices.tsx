import React from 'react';
import { ENUM_LABELS, enumLabel } from '@gongkai/shared';
import { ItemList, MetaTable, Pager, RichText, day, hrefOf } from '../render/parts';
import type { Category, NoticeFilters } from '../read-model';

export function noticeListHref(f: Partial<NoticeFilters>, page = 1) {
  const q = new URLSearchParams();
  for (const k of ['year', 'issuer', 'type', 'category', 'validity'] as const) if (f[k]) q.set(k, String(f[k]));
  if (page > 1) q.set('page', String(page));
  const s = q.toString();
  return `/notices${s ? `?${s}` : ''}`;
}

function Select(p: { id: string; label: string; value?: string | number; options: Array<[string, string]> }) {
  return (
    <div className="field">
      <label htmlFor={p.id}>{p.label}</label>
      <select id={p.id} name={p.id} defaultValue={p.value ? String(p.value) : ''}>
        <option value="">全部</option>
        {p.options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </select>
    </div>
  );
}

export function NoticeListPage(p: { filters: NoticeFilters; result: { items: any[]; total: number; page: number; pageCount: number }; facets: { years: number[]; issuers: string[] }; categories: Category[] }) {
  const f = p.filters;
  return (
    <>
      <h1>通知文件</h1>
      <form className="filters" method="get" action="/notices" aria-label="筛选">
        <Select id="year" label="年份" value={f.year} options={p.facets.years.map((y) => [String(y), `${y} 年`])} />
        <Select id="issuer" label="发文机关" value={f.issuer} options={p.facets.issuers.map((i) => [i, i])} />
        <Select id="type" label="文件类型" value={f.type} options={Object.entries(ENUM_LABELS.documentType)} />
        <Select id="category" label="公开目录栏目" value={f.category} options={p.categories.map((c) => [c.slug, c.name])} />
        <Select id="validity" label="时效性" value={f.validity} options={Object.entries(ENUM_LABELS.validity)} />
        <button type="submit">筛选</button>
      </form>
      <p className="result-count" role="status">共 {p.result.total} 条</p>
      <ItemList items={p.result.items.map((n) => ({ ...n, uid: 'api::notice.notice' }))} />
      <Pager page={p.result.page} pageCount={p.result.pageCount} href={(pg) => noticeListHref(f, pg)} />
    </>
  );
}

function unitNames(list?: any[]) {
  return (list ?? []).map((u) => u.shortName || u.name).join('、');
}

export function TaskTable({ tasks, slug }: { tasks: any[]; slug: string }) {
  if (!tasks.length) return null;
  return (
    <section aria-labelledby="h-tasks">
      <h2 id="h-tasks">任务分解表</h2>
      <p className="downloads">下载：<a href={`/notices/${slug}/tasks.csv`}>CSV</a>　<a href={`/notices/${slug}/tasks.json`}>JSON</a></p>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="h-tasks">
        <table className="tasks">
          <thead>
            <tr><th scope="col">序号</th><th scope="col">工作任务</th><th scope="col">具体要求</th><th scope="col">牵头单位</th><th scope="col">责任单位</th><th scope="col">完成时限</th><th scope="col">落实情况</th></tr>
          </thead>
          <tbody>
            {tasks.map((t) => t.level === 'task' ? (
              <tr key={t.documentId}>
                <td>{t.label}</td>
                <td>{t.title}</td>
                <td>{t.requirement}</td>
                <td>{unitNames(t.leadUnits) || (t.leadUnits?.length ? '' : t.unitsText)}</td>
                <td>{unitNames(t.responsibleUnits)}</td>
                <td>{t.deadlineText}{t.deadline ? <><br /><time dateTime={t.deadline}>{t.deadline}</time></> : null}</td>
                <td>{t.progress.map((r: any) => <p key={r.documentId}><strong>{r.unit?.shortName || r.unit?.name}</strong>（{enumLabel('progressStatus', r.state)}，{day(r.reportedOn)}）：{r.text}</p>)}</td>
              </tr>
            ) : (
              <tr key={t.documentId} className={`row-${t.level}`}>
                <th scope="rowgroup" colSpan={7}>{t.label} {t.title}</th>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function NoticePage({ n }: { n: any }) {
  return (
    <article>
      <h1>{n.title}</h1>
      <MetaTable caption="文件信息" rows={[
        ['索引号', n.indexNumber],
        ['发文机关', n.issuer],
        ['文号', n.docNumber],
        ['成文日期', day(n.writtenOn)],
        ['发布日期', day(n.releasedOn || n.publishedAt)],
        ['公开方式', enumLabel('disclosureMode', n.disclosureMode)],
        ['时效性', enumLabel('validity', n.validity)],
        ['文件类型', enumLabel('documentType', n.documentType)],
        ['公开目录', n.categoryPath?.length ? n.categoryPath.map((c: any) => c.name).join(' > ') : null],
        ['主送', n.recipients],
      ]} />
      <RichText html={n.body} className="rich-text body" />
      {n.cc ? <p className="cc">抄送：{n.cc}</p> : null}
      {n.attachments?.length ? (
        <section aria-labelledby="h-att"><h2 id="h-att">附件</h2>
          <ul>{n.attachments.map((a: any) => <li key={a.id}><a href={a.url} download>{a.name}</a>（{Math.ceil(a.size)} KB）</li>)}</ul>
        </section>
      ) : null}
      <TaskTable tasks={n.tasks} slug={n.slug} />
      {n.interpretations?.length ? (
        <section aria-labelledby="h-interp"><h2 id="h-interp">相关解读</h2>
          <ul>{n.interpretations.map((i: any) => <li key={i.documentId}><a href={hrefOf('api::policy-interpretation.policy-interpretation', i.slug)}>{i.title}</a>（{enumLabel('interpretationForm', i.form)}）</li>)}</ul>
        </section>
      ) : null}
      {n.forwards?.length ? (
        <section aria-labelledby="h-fwd"><h2 id="h-fwd">本文转发的文件</h2><ItemList items={n.forwards} /></section>
      ) : null}
      {n.forwardedBy?.length ? (
        <section aria-labelledby="h-fwdby"><h2 id="h-fwdby">转发本文的文件</h2><ItemList items={n.forwardedBy} /></section>
      ) : null}
    </article>
  );
}
