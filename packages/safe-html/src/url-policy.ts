// R13: URL rules for a[href], img[src] and iframe[src]. Attribute values arrive
// here already entity-decoded by the parser, so "jav&#x09;ascript:" is seen as
// "jav\tascript:". We normalise the way a browser's URL parser does (strip
// tab/CR/LF anywhere, trim C0 controls and spaces at both ends) and then decide
// on the normalised string, which is also what we emit — so the browser sees
// exactly the URL we checked.

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Browser-style normalisation; null when the value can never be a safe URL. */
export function normalizeUrl(raw: string | undefined | null): string | null {
  if (raw === undefined || raw === null) return null;
  // eslint-disable-next-line no-control-regex
  let url = String(raw).replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (!url) return null;
  // Remaining control characters (NUL, VT, ...) and backslashes have no business
  // in an editor's URL; "\" is read as "/" by browsers ("/\evil.example").
  if (CONTROL.test(url) || url.includes('\\')) return null;
  // Scheme names are case-insensitive; emit them lower-cased (idempotent).
  url = url.replace(SCHEME, (m) => m.toLowerCase());
  return url;
}

function parseHttpUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    if (!u.hostname || u.username || u.password) return null; // no "https://gov.cn@evil.example"
    return u;
  } catch {
    return null;
  }
}

/** True for a relative reference that stays on this site (not "//host"). */
export function isSiteRelative(url: string): boolean {
  if (url.startsWith('//')) return false;
  // A colon before the first "/", "?" or "#" would make it a scheme.
  const head = url.split(/[/?#]/, 1)[0];
  return !head.includes(':');
}

export type LinkKind = 'external' | 'internal' | 'mailto';

/**
 * Decide on an a[href]: http/https (absolute), mailto, or a site-relative
 * reference. Returns the URL to emit and whether it leaves the site, or null.
 */
export function checkLinkHref(
  raw: string | undefined,
  siteHosts: readonly string[] = [],
): { href: string; kind: LinkKind } | null {
  const url = normalizeUrl(raw);
  if (!url) return null;
  const scheme = SCHEME.exec(url)?.[1];
  if (!scheme) return isSiteRelative(url) ? { href: url, kind: 'internal' } : null;
  if (scheme === 'mailto') return url.length > 'mailto:'.length ? { href: url, kind: 'mailto' } : null;
  if (scheme !== 'http' && scheme !== 'https') return null;
  const u = parseHttpUrl(url);
  if (!u) return null;
  const internal = siteHosts.some((h) => h.toLowerCase() === u.hostname);
  return { href: url, kind: internal ? 'internal' : 'external' };
}

/**
 * img[src]: only files under the site's own uploads prefix (default "/uploads/").
 * The prefix may be site-relative or an absolute https origin+path. No "..",
 * no percent-encoded dots or slashes that could climb out of the prefix.
 */
export function checkUploadSrc(raw: string | undefined, uploadsPrefix: string): string | null {
  const url = normalizeUrl(raw);
  if (!url || !uploadsPrefix) return null;
  if (!url.startsWith(uploadsPrefix)) return null;
  const rest = url.slice(uploadsPrefix.length);
  if (!rest || rest.startsWith('/')) return null;
  if (/(^|\/)\.\.?(\/|$)/.test(rest) || /%2e|%2f|%5c/i.test(rest)) return null;
  if (!/^[A-Za-z0-9._~\-/%+=&?,]+$/.test(rest)) return null;
  if (SCHEME.test(uploadsPrefix)) {
    // Absolute prefix: it must itself be https, and the whole URL must parse.
    const u = parseHttpUrl(url);
    if (!u || u.protocol !== 'https:') return null;
  } else if (!uploadsPrefix.startsWith('/') || uploadsPrefix.startsWith('//')) {
    return null;
  }
  return url;
}

/** iframe[src]: https only, host exactly one of the configured video hosts. */
export function checkVideoSrc(raw: string | undefined, videoHosts: readonly string[]): string | null {
  if (!videoHosts.length) return null;
  const url = normalizeUrl(raw);
  if (!url) return null;
  const u = parseHttpUrl(url);
  if (!u || u.protocol !== 'https:' || u.port) return null;
  return videoHosts.some((h) => h.toLowerCase() === u.hostname) ? url : null;
}
