import React from 'react';

// Page shell (R32): lang zh-CN, skip link, one <h1> per page (the pages render it),
// labelled search form, landmarks, the footer every government site must carry (指引).

export interface SiteSettings {
  siteName: string; sponsor: string; organizer: string; siteCode: string; icp: string;
  publicSecurityRecord: string; address: string; phone: string; email: string;
}

export interface Crumb { href?: string; label: string }

const NAV = [
  { href: '/', label: '首页' },
  { href: '/notices', label: '通知文件' },
  { href: '/catalog', label: '公开目录' },
  { href: '/guides', label: '办事指南' },
  { href: '/progress', label: '任务落实' },
  { href: '/guide-to-disclosure', label: '公开指南' },
];

export function Layout(props: { title: string; settings: SiteSettings; crumbs?: Crumb[]; q?: string; current?: string; feed?: string; children: React.ReactNode }) {
  const { settings: s } = props;
  const fullTitle = props.title === s.siteName ? s.siteName : `${props.title} - ${s.siteName}`;
  return (
    <html lang="zh-CN">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <link rel="stylesheet" href="/portal-assets/portal.css" />
        <link rel="alternate" type="application/atom+xml" title={`${s.siteName} 最新信息`} href={props.feed ?? '/feed.xml'} />
        {s.siteCode ? <meta name="SiteCode" content={s.siteCode} /> : null}
      </head>
      <body>
        <a className="skip-link" href="#main">跳到正文</a>
        <header className="site-header">
          <div className="wrap header-inner">
            <a className="site-name" href="/">{s.siteName}</a>
            <form className="search-form" role="search" action="/search" method="get">
              <label htmlFor="site-q" className="visually-hidden">搜索政府信息</label>
              <input id="site-q" name="q" type="search" defaultValue={props.q ?? ''} maxLength={100} placeholder="搜索标题、文号、正文" />
              <button type="submit">搜索</button>
            </form>
          </div>
          <nav className="site-nav" aria-label="主导航">
            <ul className="wrap">
              {NAV.map((n) => (
                <li key={n.href}><a href={n.href} aria-current={props.current === n.href ? 'page' : undefined}>{n.label}</a></li>
              ))}
            </ul>
          </nav>
        </header>
        {props.crumbs?.length ? (
          <nav className="wrap crumbs" aria-label="当前位置">
            <ol>
              <li><a href="/">首页</a></li>
              {props.crumbs.map((c, i) => <li key={i}>{c.href ? <a href={c.href}>{c.label}</a> : <span aria-current="page">{c.label}</span>}</li>)}
            </ol>
          </nav>
        ) : null}
        <main id="main" className="wrap" tabIndex={-1}>{props.children}</main>
        <footer className="site-footer">
          <div className="wrap">
            <p>主办单位：{s.sponsor || '（未设置）'}{s.organizer ? <>　承办单位：{s.organizer}</> : null}</p>
            <p>
              {s.siteCode ? <>网站标识码：{s.siteCode}　</> : null}
              {s.icp ? <>{s.icp}　</> : null}
              {s.publicSecurityRecord ? <>{s.publicSecurityRecord}</> : null}
            </p>
            {(s.address || s.phone || s.email) ? (
              <p>{s.address ? <>地址：{s.address}　</> : null}{s.phone ? <>电话：{s.phone}　</> : null}{s.email ? <>邮箱：<a href={`mailto:${s.email}`}>{s.email}</a></> : null}</p>
            ) : null}
            <p><a href="/guide-to-disclosure">政府信息公开指南</a>　<a href="/feed.xml">订阅（Atom）</a>　<a href="/sitemap.xml">网站地图</a></p>
          </div>
        </footer>
      </body>
    </html>
  );
}
