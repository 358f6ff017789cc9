import React from 'react';
import { MetaTable, RichText } from '../render/parts';

export function DisclosureGuidePage({ g, settings }: { g: any; settings: any }) {
  return (
    <article>
      <h1>政府信息公开指南</h1>
      {g?.intro ? <RichText html={g.intro} /> : <p>为了更好地提供政府信息公开服务，依据《中华人民共和国政府信息公开条例》第十二条，编制本指南。</p>}
      <section aria-labelledby="h-class"><h2 id="h-class">一、公开的分类</h2>
        {g?.classification ? <RichText html={g.classification} /> : <p>政府信息按主动公开、依申请公开和不予公开分类管理。主动公开的信息见<a href="/catalog">政府信息公开目录</a>。</p>}
      </section>
      <section aria-labelledby="h-how"><h2 id="h-how">二、获取方式</h2>
        {g?.howToObtain ? <RichText html={g.howToObtain} /> : <p>主动公开的信息可在本网站查阅、检索和下载；依申请公开的信息，可向下列工作机构提出申请。</p>}
      </section>
      <section aria-labelledby="h-office"><h2 id="h-office">三、政府信息公开工作机构</h2>
        <MetaTable caption="工作机构" rows={[
          ['名称', g?.officeName || settings.sponsor],
          ['地址', g?.officeAddress || settings.address],
          ['办公时间', g?.officeHours],
          ['电话', g?.phone || settings.phone],
          ['传真', g?.fax],
          ['电子邮箱', g?.email || settings.email],
          ['邮政编码', g?.postcode],
        ]} />
      </section>
    </article>
  );
}

export function ProgressPage({ rows }: { rows: Array<{ unit: any; tasks: number; done: number; reported: number }> }) {
  return (
    <>
      <h1>任务落实情况（按牵头单位）</h1>
      {rows.length ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="按单位统计">
          <table>
            <thead><tr><th scope="col">牵头单位</th><th scope="col">牵头任务数</th><th scope="col">已报送</th><th scope="col">已完成</th></tr></thead>
            <tbody>{rows.map((r) => <tr key={r.unit.documentId}><td>{r.unit.name}</td><td>{r.tasks}</td><td>{r.reported}</td><td>{r.done}</td></tr>)}</tbody>
          </table>
        </div>
      ) : <p className="empty">暂无任务。</p>}
    </>
  );
}

export function MessagePage({ title, message, links }: { title: string; message: string; links?: Array<[string, string]> }) {
  return (
    <>
      <h1>{title}</h1>
      <p>{message}</p>
      <ul>{(links ?? [['/', '返回首页'], ['/catalog', '浏览公开目录']]).map(([href, label]) => <li key={href}><a href={href}>{label}</a></li>)}</ul>
    </>
  );
}
