// R12 for rich text: scan the text a reader sees, and mask it in place.
//
// htmlToScanText() turns HTML into the text that is scanned, with a map from
// every UTF-16 unit of that text back to the range of the HTML source it came
// from (a character, or a whole entity such as "&#49;" or "&nbsp;"):
//   - text nodes, entities decoded;
//   - the values of href, title and alt attributes (a mailto: link leaks an
//     address even when the link text does not), each on its own line;
//   - a line break at every block boundary (p, td, li, br …), so digits of
//     neighbouring table cells never join into one number;
//   - nothing from script/style.
// Finding positions from scanHtml() are offsets into that text. maskHtml()
// maps each finding back through the map and rewrites only those source
// ranges, so markup, attributes and formatting around them are untouched.
import { Tokenizer } from 'htmlparser2';
import { applyEdits, maskValue } from './mask';
import { scanText } from './scan';
import type { Finding, ScanOptions } from './types';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'img', 'iframe',
]);
const SKIPPED = new Set(['script', 'style']);
const SCANNED_ATTRS = new Set(['href', 'title', 'alt']);

export interface ScanTextMap {
  text: string;
  /** Source range [rawStart[i], rawEnd[i]) of text unit i; -1 for inserted line breaks. */
  rawStart: number[];
  rawEnd: number[];
}

export function htmlToScanText(html: string): ScanTextMap {
  const chunks: string[] = [];
  let last = ''; // last character pushed (reading it back from a growing string is O(n))
  const rawStart: number[] = [];
  const rawEnd: number[] = [];
  const push = (s: string, from: number, to: number, perUnit: boolean) => {
    if (!s) return;
    chunks.push(s);
    last = s[s.length - 1];
    for (let i = 0; i < s.length; i++) {
      rawStart.push(perUnit ? from + i : from);
      rawEnd.push(perUnit ? from + i + 1 : to);
    }
  };
  const breakLine = () => {
    if (last && last !== '\n') push('\n', -1, -1, false);
  };

  let tag = '';
  let skipping = '';
  let attr = '';
  let attrBuf: { s: string; from: number; to: number; perUnit: boolean }[] = [];
  const tokenizer: Tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      ontext(start, end) {
        if (!skipping) push(html.slice(start, end), start, end, true);
      },
      ontextentity(cp) {
        if (skipping) return;
        const end = tokenizer.getSectionStart();
        push(String.fromCodePoint(cp), html.lastIndexOf('&', end - 1), end, false);
      },
      onopentagname(start, end) {
        tag = html.slice(start, end).toLowerCase();
        if (BLOCK.has(tag)) breakLine();
      },
      onattribname(start, end) {
        attr = html.slice(start, end).toLowerCase();
        attrBuf = [];
      },
      onattribdata(start, end) {
        if (SCANNED_ATTRS.has(attr)) attrBuf.push({ s: html.slice(start, end), from: start, to: end, perUnit: true });
      },
      onattribentity(cp) {
        if (!SCANNED_ATTRS.has(attr)) return;
        const end = tokenizer.getSectionStart();
        attrBuf.push({ s: String.fromCodePoint(cp), from: html.lastIndexOf('&', end - 1), to: end, perUnit: false });
      },
      onattribend() {
        if (SCANNED_ATTRS.has(attr) && attrBuf.length && !skipping) {
          breakLine();
          for (const b of attrBuf) push(b.s, b.from, b.to, b.perUnit);
          breakLine();
        }
        attr = '';
        attrBuf = [];
      },
      onopentagend() {
        if (SKIPPED.has(tag)) skipping = tag;
      },
      onselfclosingtag() {
        /* void elements need no state */
      },
      onclosetag(start, end) {
        const name = html.slice(start, end).toLowerCase();
        if (skipping && name === skipping) skipping = '';
        if (BLOCK.has(name)) breakLine();
      },
      oncomment() {},
      oncdata() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return { text: chunks.join(''), rawStart, rawEnd };
}

/** Scan the reader-visible text of rich text (plus href/title/alt). */
export function scanHtml(html: string, opts: ScanOptions = {}): Finding[] {
  return scanText(htmlToScanText(html).text, opts);
}

function escapeForHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Mask findings inside rich text. With no findings given, scans first (the
 * admin's one-click mask). Findings that no longer match the text are skipped.
 */
export function maskHtml(html: string, findings?: readonly Finding[], opts: ScanOptions = {}): string {
  const map = htmlToScanText(html);
  const list = findings ?? scanText(map.text, opts);
  const edits: { from: number; to: number; text: string }[] = [];
  for (const f of list) {
    if (map.text.slice(f.start, f.end) !== f.value) continue;
    const masked = maskValue(f.kind, f.value);
    const sameLength = masked.length === f.value.length;
    // Group the finding's text units by the source range they came from.
    const groups: { from: number; to: number; text: string }[] = [];
    for (let i = f.start; i < f.end; i++) {
      const from = map.rawStart[i];
      const to = map.rawEnd[i];
      if (from < 0) continue;
      const piece = sameLength ? masked[i - f.start] : '';
      const last = groups[groups.length - 1];
      if (last && last.from === from && last.to === to) last.text += piece;
      else groups.push({ from, to, text: piece });
    }
    if (!groups.length) continue;
    if (!sameLength) groups[0].text = masked;
    for (const g of groups) edits.push({ from: g.from, to: g.to, text: escapeForHtml(g.text) });
  }
  return applyEdits(html, edits);
}
