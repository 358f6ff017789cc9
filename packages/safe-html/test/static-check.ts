// R13 test helpers: two independent static checks for HTML.
//
// 1. findExecutableConstructs — parses with htmlparser2 (the parser
//    sanitize-html uses) and lists anything that could run code: dangerous
//    tags, on* handlers, style attributes, script-capable URL schemes after
//    entity decoding and whitespace/control stripping, srcdoc, and raw-text
//    containers used for mutation XSS.
// 2. findAllowListViolations — parser-independent: walks the string itself
//    and requires the canonical shape sanitize-html emits (every "<" starts an
//    allowed tag written as <name attr="value">, every "&" is one of four
//    entities, every attribute is on the allow-list, URLs obey the policy).
//    If this passes, a browser cannot parse the string into anything else,
//    whatever differences there are between htmlparser2 and the HTML5 parser.
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

const DANGEROUS_TAGS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math',
  'style', 'link', 'base', 'meta', 'form', 'isindex', 'template',
  // raw-text / parsing-mode switchers used for mutation XSS
  'noscript', 'noembed', 'noframes', 'xmp', 'plaintext', 'textarea', 'title',
]);
const URL_ATTRS = new Set([
  'href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background',
  'lowsrc', 'dynsrc', 'codebase', 'cite', 'values', 'to', 'from', 'by', 'content', 'ping',
]);
// eslint-disable-next-line no-control-regex
const STRIP = /[\u0000-\u0020\u007f-\u009f\u00a0\ufeff\ufffd]+/g;
const BAD_SCHEME = /^(javascript|vbscript|data|livescript|mocha):/;

export interface CheckOptions {
  /** iframe hosts that are allowed (https, sandboxed); others are findings. */
  videoHosts?: string[];
}

function schemeIsBad(value: string): boolean {
  const v = value.replace(STRIP, '').toLowerCase();
  // content="0;url=javascript:..." (meta refresh) and srcset lists
  return BAD_SCHEME.test(v) || /(^|[;,\s]|url=)(javascript|vbscript|data):/.test(v);
}

function walk(nodes: ChildNode[], visit: (el: Element) => void): void {
  for (const n of nodes) {
    if ((n as Element).type === 'tag' || (n as Element).type === 'script' || (n as Element).type === 'style') {
      visit(n as Element);
    }
    if ((n as Element).children) walk((n as Element).children as ChildNode[], visit);
  }
}

export function findExecutableConstructs(html: string, opts: CheckOptions = {}): string[] {
  const problems: string[] = [];
  const hosts = (opts.videoHosts ?? []).map((h) => h.toLowerCase());
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  walk(doc.children as ChildNode[], (el) => {
    const tag = el.name.toLowerCase();
    if (tag === 'iframe') {
      let ok = false;
      try {
        const u = new URL(el.attribs.src ?? '');
        ok = u.protocol === 'https:' && hosts.includes(u.hostname) && 'sandbox' in el.attribs && !('srcdoc' in el.attribs);
      } catch {
        ok = false;
      }
      if (!ok) problems.push(`tag <iframe> (foreign or unsandboxed)`);
    } else if (DANGEROUS_TAGS.has(tag)) {
      problems.push(`tag <${tag}>`);
    }
    for (const [name, value] of Object.entries(el.attribs)) {
      const a = name.toLowerCase();
      if (a.startsWith('on')) problems.push(`<${tag} ${a}> event handler`);
      else if (a === 'style') problems.push(`<${tag} style>`);
      else if (a === 'srcdoc') problems.push(`<${tag} srcdoc>`);
      else if ((URL_ATTRS.has(a) || a === 'srcset' || a.endsWith(':href')) && schemeIsBad(value)) {
        problems.push(`<${tag} ${a}="${value.slice(0, 40)}"> script-capable URL`);
      }
    }
  });
  return problems;
}

// ------------------------------------------------------------------------
// Parser-independent canonical-form check for sanitised output.

const ALLOWED: Record<string, string[]> = {
  h2: ['class'], h3: ['class'], h4: ['class'], h5: ['class'], h6: ['class'],
  p: ['class'], br: [], hr: [], blockquote: [],
  ul: [], ol: ['start'], li: [],
  table: [], caption: [], thead: [], tbody: [], tfoot: [], tr: [],
  th: ['colspan', 'rowspan', 'scope', 'class'], td: ['colspan', 'rowspan', 'class'],
  a: ['href', 'title', 'target', 'rel'], img: ['src', 'alt', 'title', 'width', 'height'],
  figure: ['class'], figcaption: [],
  strong: [], em: [], b: [], i: [], u: [], sub: [], sup: [],
  iframe: ['src', 'title', 'width', 'height', 'sandbox', 'referrerpolicy', 'allowfullscreen'],
};
const VOID = new Set(['br', 'hr', 'img']);

function decode(v: string): string {
  return v.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

export function findAllowListViolations(html: string, opts: CheckOptions & { uploadsPrefix?: string } = {}): string[] {
  const problems: string[] = [];
  const hosts = (opts.videoHosts ?? []).map((h) => h.toLowerCase());
  const uploads = opts.uploadsPrefix ?? '/uploads/';
  const TAG = /<(\/?)([a-z][a-z0-9]*)((?: [a-z-]+(?:="[^"<>]*")?)*)( \/)?>/y;
  const ENTITY = /&(?:amp|lt|gt|quot);/y;
  let i = 0;
  while (i < html.length) {
    const c = html[i];
    if (c === '<') {
      TAG.lastIndex = i;
      const m = TAG.exec(html);
      if (!m) {
        problems.push(`non-canonical "<" at ${i}: ${JSON.stringify(html.slice(i, i + 30))}`);
        i++;
        continue;
      }
      const [whole, close, name, attrs, selfClose] = m;
      if (!(name in ALLOWED)) problems.push(`tag <${name}> not on the allow-list`);
      else if (name === 'iframe' && !hosts.length) problems.push('iframe without configured video hosts');
      if (close && (attrs || selfClose)) problems.push(`closing tag with attributes: ${whole}`);
      if (selfClose && !VOID.has(name)) problems.push(`self-closing non-void <${name}>`);
      const seen: Record<string, string> = {};
      for (const am of attrs.matchAll(/ ([a-z-]+)(?:="([^"]*)")?/g)) {
        const [, an, raw = ''] = am;
        if (an in seen) problems.push(`duplicate attribute ${an}`);
        seen[an] = decode(raw);
        if (!(ALLOWED[name] ?? []).includes(an)) problems.push(`attribute ${an} not allowed on <${name}>`);
      }
      const clean = (v: string) => v.replace(STRIP, '').toLowerCase();
      if (name === 'a' && seen.href !== undefined) {
        const h = clean(seen.href);
        const scheme = /^([a-z][a-z0-9+.-]*):/.exec(h)?.[1];
        if (scheme ? !['http', 'https', 'mailto'].includes(scheme) : h.startsWith('//') || h.includes('\\')) {
          problems.push(`a[href] outside policy: ${seen.href}`);
        }
        if (scheme && scheme !== 'mailto' && !/^https?:\/\/[^/]/.test(h)) problems.push(`a[href] malformed: ${seen.href}`);
      }
      if (name === 'img') {
        if (!seen.src || !seen.src.startsWith(uploads) || seen.src.includes('..') || seen.src.includes('\\')) {
          problems.push(`img[src] outside uploads: ${seen.src}`);
        }
      }
      if (name === 'iframe' && !close) {
        try {
          const u = new URL(seen.src ?? '');
          if (u.protocol !== 'https:' || !hosts.includes(u.hostname)) problems.push(`iframe host not allowed: ${seen.src}`);
        } catch {
          problems.push(`iframe src unparseable: ${seen.src}`);
        }
        if (seen.sandbox === undefined) problems.push('iframe without sandbox');
      }
      for (const n of ['colspan', 'rowspan', 'start', 'width', 'height']) {
        if (seen[n] !== undefined && !/^\d+$/.test(seen[n])) problems.push(`${n} not numeric: ${seen[n]}`);
      }
      i += whole.length;
    } else if (c === '&') {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(html);
      if (!m) problems.push(`bare or unusual "&" at ${i}: ${JSON.stringify(html.slice(i, i + 12))}`);
      i += m ? m[0].length : 1;
    } else if (c === '>') {
      problems.push(`raw ">" at ${i}`);
      i++;
    } else {
      i++;
    }
  }
  return problems;
}
