// Static publishing (R35, issue "静态化发布"): which URL is stored in which file.
// Only parameter-less URLs are static; filtered and paginated lists (?page=, ?year=…),
// search and forms stay dynamic (nginx sends any request with a query string to Strapi).

/** Pages that exist whatever is published (search is dynamic and never written). */
export const FIXED_PATHS = ['/', '/notices', '/guides', '/catalog', '/guide-to-disclosure', '/progress', '/feed.xml', '/sitemap.xml', '/robots.txt', '/portal-assets/portal.css'];

const FILE_LIKE = /\.(xml|csv|json|css|txt)$/;

/** `/notices/x` → `notices/x/index.html`; `/feed.xml` → `feed.xml` (what nginx's `try_files $uri $uri/index.html` finds). */
export function fileFor(urlPath: string): string {
  if (!urlPath.startsWith('/') || urlPath.includes('..') || urlPath.includes('\\') || urlPath.includes('?')) throw new Error(`不是可静态化的路径：${urlPath}`);
  const rel = urlPath.replace(/^\/+/, '').replace(/\/+$/, '');
  if (!rel) return 'index.html';
  return FILE_LIKE.test(rel) ? rel : `${rel}/index.html`;
}

/** The inverse of fileFor, for reports. */
export function urlFor(file: string): string {
  const f = file.split('\\').join('/');
  if (f === 'index.html') return '/';
  return '/' + (f.endsWith('/index.html') ? f.slice(0, -'/index.html'.length) : f);
}

/** Names the writer uses for files that are never part of the published site. */
export const MANIFEST = 'manifest.json';
export const TEMP_PREFIX = '.gk-tmp-';
export const LOCK_DIR = '.gk-lock';
export const isInternal = (rel: string) => rel === MANIFEST || rel === LOCK_DIR || rel.startsWith(LOCK_DIR + '/') || rel.split('/').pop()!.startsWith(TEMP_PREFIX);
