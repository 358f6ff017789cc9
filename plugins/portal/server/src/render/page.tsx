import React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Layout, type Crumb, type SiteSettings } from './layout';

export interface PageResponse { status: number; type: string; body: string }

/** Render a page into the shell: static markup, no client script (R32: works without JS). */
export function page(opts: { status?: number; title: string; settings: SiteSettings; crumbs?: Crumb[]; q?: string; current?: string; feed?: string; children: React.ReactElement }): PageResponse {
  const html = renderToStaticMarkup(
    <Layout title={opts.title} settings={opts.settings} crumbs={opts.crumbs} q={opts.q} current={opts.current} feed={opts.feed}>{opts.children}</Layout>,
  );
  return { status: opts.status ?? 200, type: 'text/html; charset=utf-8', body: `<!DOCTYPE html>\n${html}` };
}
