// Atom feeds and sitemap.xml (R33). Text is XML-escaped; URLs are absolute.
const esc = (s: unknown) => String(s ?? '').replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' }[c]!));

export interface FeedEntry { title: string; url: string; updated: string; summary?: string }

export function atomFeed(opts: { title: string; selfUrl: string; siteUrl: string; entries: FeedEntry[] }) {
  const updated = opts.entries[0]?.updated ?? new Date(0).toISOString();
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <title>${esc(opts.title)}</title>
  <id>${esc(opts.selfUrl)}</id>
  <link rel="self" href="${esc(opts.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${esc(opts.siteUrl)}"/>
  <updated>${esc(updated)}</updated>
${opts.entries.map((e) => `  <entry>
    <title>${esc(e.title)}</title>
    <id>${esc(e.url)}</id>
    <link rel="alternate" type="text/html" href="${esc(e.url)}"/>
    <updated>${esc(e.updated)}</updated>${e.summary ? `\n    <summary>${esc(e.summary)}</summary>` : ''}
  </entry>`).join('\n')}
</feed>
`;
}

export function sitemap(urls: Array<{ loc: string; lastmod?: string }>) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `  <url><loc>${esc(u.loc)}</loc>${u.lastmod ? `<lastmod>${esc(u.lastmod.slice(0, 10))}</lastmod>` : ''}</url>`).join('\n')}
</urlset>
`;
}
