// R13: every rich-text field is cleaned with sanitize-html on save and again on
// render, through this one function and the one allow-list in ./allow-list.
//
// Layering: our own per-tag policy (transformTags '*') rebuilds each element's
// attributes from scratch in a fixed order — that makes the output canonical, so
// sanitizeRichText is idempotent — and sanitize-html's own allow-list and
// scheme checks run after it as a second, independent filter.
import sanitizeHtml from 'sanitize-html';
import { ALIGN_CLASSES, RICH_TEXT_ALLOW_LIST as L } from './allow-list';
import { checkLinkHref, checkUploadSrc, checkVideoSrc } from './url-policy';

export interface SanitizeOptions {
  /** Where the site's own uploaded images live; default "/uploads/". */
  uploadsPrefix?: string;
  /** Hosts whose https video embeds may appear as iframes (from config). */
  videoHosts?: string[];
  /** Hosts that count as this site: links to them get no rel/noopener. */
  siteHosts?: string[];
}

type Attribs = Record<string, string>;

const INT = /^\d{1,5}$/;
const DIMENSION = /^\d{1,4}$/;

function positiveInt(v: string | undefined, max: number): string | undefined {
  if (v === undefined) return undefined;
  const s = v.trim();
  if (!INT.test(s)) return undefined;
  const n = Number(s);
  return n >= 1 && n <= max ? String(n) : undefined;
}

function dimension(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const s = v.trim();
  return DIMENSION.test(s) ? String(Number(s)) : undefined;
}

function alignClass(v: string | undefined): string | undefined {
  if (!v) return undefined;
  const kept = (ALIGN_CLASSES as readonly string[]).filter((c) => v.split(/\s+/).includes(c));
  return kept.length ? kept.join(' ') : undefined;
}

/** Build a fresh attribute object in a fixed key order, skipping undefined. */
function ordered(entries: [string, string | undefined][]): Attribs {
  const out: Attribs = {};
  for (const [k, v] of entries) if (v !== undefined) out[k] = v;
  return out;
}

function policy(tag: string, a: Attribs, o: Required<SanitizeOptions>): Attribs {
  switch (tag) {
    case 'a': {
      const link = checkLinkHref(a.href, o.siteHosts);
      if (!link) return ordered([['title', a.title]]);
      const blank = a.target?.trim().toLowerCase() === '_blank' ? '_blank' : undefined;
      // External links and new-window links never get an opener reference.
      const rel = link.kind === 'external' || blank ? 'noopener noreferrer' : undefined;
      return ordered([['href', link.href], ['title', a.title], ['target', blank], ['rel', rel]]);
    }
    case 'img':
      return ordered([
        ['src', checkUploadSrc(a.src, o.uploadsPrefix) ?? undefined],
        ['alt', a.alt ?? ''],
        ['title', a.title],
        ['width', dimension(a.width)],
        ['height', dimension(a.height)],
      ]);
    case 'iframe': {
      const src = checkVideoSrc(a.src, o.videoHosts);
      if (!src) return {};
      return ordered([
        ['src', src],
        ['title', a.title ?? '视频'],
        ['width', dimension(a.width)],
        ['height', dimension(a.height)],
        ['sandbox', L.iframeSandbox],
        ['referrerpolicy', L.iframeReferrerPolicy],
        ['allowfullscreen', ''],
      ]);
    }
    case 'th':
    case 'td': {
      const scope = tag === 'th' ? a.scope?.trim().toLowerCase() : undefined;
      return ordered([
        ['colspan', positiveInt(a.colspan, L.maxColspan)],
        ['rowspan', positiveInt(a.rowspan, L.maxRowspan)],
        ['scope', scope && L.tableScopes.includes(scope) ? scope : undefined],
        ['class', alignClass(a.class)],
      ]);
    }
    case 'ol':
      return ordered([['start', positiveInt(a.start, 1_000_000)]]);
    default:
      return L.attributes[tag]?.includes('class') ? ordered([['class', alignClass(a.class)]]) : {};
  }
}

// sanitize-html 2.17 supports allowedEmptyAttributes; @types/sanitize-html 2.16 lacks it.
type Config = sanitizeHtml.IOptions & { allowedEmptyAttributes?: string[] };

function buildConfig(opts: SanitizeOptions = {}): Config {
  const o: Required<SanitizeOptions> = {
    uploadsPrefix: opts.uploadsPrefix ?? '/uploads/',
    videoHosts: (opts.videoHosts ?? []).map((h) => h.toLowerCase()),
    siteHosts: (opts.siteHosts ?? []).map((h) => h.toLowerCase()),
  };
  const iframes = o.videoHosts.length > 0;
  const tags = L.tags.filter((t) => t !== 'iframe' || iframes);
  const absoluteUploads = /^https:/i.test(o.uploadsPrefix);
  return {
    allowedTags: tags,
    allowedAttributes: Object.fromEntries(
      Object.entries(L.attributes).filter(([t]) => tags.includes(t)).map(([t, v]) => [t, [...v]]),
    ),
    allowedClasses: Object.fromEntries(Object.entries(L.classes).map(([t, v]) => [t, [...v]])),
    allowedSchemes: [...L.linkSchemes],
    allowedSchemesByTag: { img: absoluteUploads ? ['https'] : [], iframe: ['https'] },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'action', 'formaction', 'background', 'poster'],
    allowProtocolRelative: false,
    allowedEmptyAttributes: ['alt', 'allowfullscreen'],
    allowedIframeHostnames: o.videoHosts,
    allowIframeRelativeUrls: false,
    allowVulnerableTags: false,
    disallowedTagsMode: 'discard',
    nonTextTags: [...L.dropWithContent],
    selfClosing: ['img', 'br', 'hr'],
    parseStyleAttributes: false,
    enforceHtmlBoundary: false,
    transformTags: {
      ...Object.fromEntries(Object.entries(L.renamed).map(([from, to]) => [from, sanitizeHtml.simpleTransform(to, {}, true)])),
      '*': (tagName: string, attribs: Attribs) => ({ tagName, attribs: policy(tagName, attribs, o) }),
    },
    // Elements that are meaningless without their URL disappear; an <a> whose
    // href was refused keeps its text.
    exclusiveFilter: (frame) => {
      if (frame.tag === 'img' || frame.tag === 'iframe') return !frame.attribs.src;
      if (frame.tag === 'a' && !frame.attribs.href) return 'excludeTag' as unknown as boolean;
      return false;
    },
  };
}

/**
 * Clean one rich-text value against the shared allow-list (R13). Safe to call
 * on already-clean HTML: sanitizeRichText(sanitizeRichText(x)) === sanitizeRichText(x).
 */
export function sanitizeRichText(html: string, opts?: SanitizeOptions): string {
  if (html === null || html === undefined) return '';
  return sanitizeHtml(String(html), buildConfig(opts));
}
