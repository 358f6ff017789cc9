import React from 'react';
import { enumLabel } from '@gongkai/shared';
import { ItemList, MetaTable, Pager, RichText, day, hrefOf } from '../render/parts';

export function InterpretationPage({ i }: { i: any }) {
  return (
    <article>
      <h1>{i.title}</h1>
      <MetaTable caption="解读信息" rows={[
        ['解读形式', enumLabel('interpretationForm', i.form)],
        ['第一解读人', [i.interpreter, i.interpreterTitle].filter(Boolean).join('，')],
        ['发布日期', day(i.releasedOn || i.publishedAt)],
      ]} />
      {i.notices?.length ? (
        <section aria-labelledby="h-src"><h2 id="h-src">解读的文件</h2>
          <ul>{i.notices.map((n: any) => <li key={n.documentId}><a href={hrefOf('api::notice.notice', n.slug)}>{n.title}</a>{n.docNumber ? `（${n.docNumber}）` : ''}</li>)}</ul>
        </section>
      ) : null}
      {i.summary ? <p className="summary">{i.summary}</p> : null}
      <RichText html={i.body} />
      {i.qa?.length ? (
        <section aria-labelledby="h-qa"><h2 id="h-qa">政策简明问答</h2>
          <dl className="qa">{i.qa.map((x: any, k: number) => <React.Fragment key={k}><dt>问：{x.question}</dt><dd>答：{x.answer}</dd></React.Fragment>)}</dl>
        </section>
      ) : null}
    </article>
  );
}

export function GuideListPage({ result }: { result: { items: any[]; total: number; page: number; pageCount: number } }) {
  return (
    <>
      <h1>办事指南</h1>
      <p className="result-count" role="status">共 {result.total} 项</p>
      <ItemList items={result.items.map((g) => ({ ...g, uid: 'api::guide.guide' }))} />
      <Pager page={result.page} pageCount={result.pageCount} href={(p) => (p > 1 ? `/guides?page=${p}` : '/guides')} />
    </>
  );
}

export function GuidePage({ g }: { g: any }) {
  return (
    <article>
      <h1>{g.title}</h1>
      <MetaTable caption="事项信息" rows={[
        ['办理单位', g.handlingUnit?.name],
        ['设定依据', g.legalBasis],
        ['承诺时限', g.promisedDays != null ? `${g.promisedDays} 个工作日` : null],
        ['法定时限', g.statutoryDays != null ? `${g.statutoryDays} 个工作日` : null],
        ['收费标准', g.fees || '不收费'],
        ['办理地点', g.place],
        ['办理时间', g.hours],
        ['咨询电话', g.phone],
        ['网上办理', g.onlineUrl ? <a href={g.onlineUrl}>{g.onlineUrl}</a> : null],
        ['具体实施日期', day(g.effectiveOn)],
      ]} />
      {g.conditions ? <section aria-labelledby="h-cond"><h2 id="h-cond">办理条件</h2><RichText html={g.conditions} /></section> : null}
      {g.materials?.length ? (
        <section aria-labelledby="h-mat"><h2 id="h-mat">申请材料</h2>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="h-mat">
            <table>
              <thead><tr><th scope="col">材料名称</th><th scope="col">设定依据</th><th scope="col">份数</th><th scope="col">形式</th><th scope="col">备注</th></tr></thead>
              <tbody>{g.materials.map((m: any, k: number) => <tr key={k}><td>{m.name}</td><td>{m.legalBasis}</td><td>{m.copies}</td><td>{m.form}</td><td>{m.note}</td></tr>)}</tbody>
            </table>
          </div>
        </section>
      ) : null}
      {g.steps?.length ? (
        <section aria-labelledby="h-steps"><h2 id="h-steps">办理流程</h2>
          <ol className="steps">{g.steps.map((s: any, k: number) => <li key={k}><strong>{s.title}</strong>{s.description ? `：${s.description}` : ''}</li>)}</ol>
        </section>
      ) : null}
      {g.versions?.length ? (
        <section aria-labelledby="h-hist"><h2 id="h-hist">变更记录</h2>
          <table>
            <thead><tr><th scope="col">版本</th><th scope="col">变更内容</th><th scope="col">批准日期</th><th scope="col">实施日期</th></tr></thead>
            <tbody>{g.versions.map((v: any) => <tr key={v.version}><td>第 {v.version} 版</td><td>{v.changeSummary}</td><td>{day(v.changeApprovedOn)}</td><td>{day(v.effectiveOn)}</td></tr>)}</tbody>
          </table>
        </section>
      ) : null}
    </article>
  );
}
