// R31: highlighted passages for the result list. Matches are found on the
// normalised text (the same rules as the index) and mapped back to the original
// characters through the offset map, so 〔2018〕40 highlights "[2018]40" too.
// Everything is HTML-escaped; the only markup produced is <mark>…</mark>.
import { escapeHtml } from '@gongkai/safe-html';
import { normalizeWithOffsets, SENTINEL, type NormalizedText } from './normalize';

export interface SnippetOptions {
  /** characters of context kept before the first match */
  before?: number;
  /** total length of the passage, in characters of the original */
  length?: number;
}

type Range = [number, number];

/** Original-text ranges of the non-overlapping matches of `query` in a normalised text. */
function matchRanges(n: NormalizedText, query: string, from = 0, to = Infinity): Range[] {
  const ranges: Range[] = [];
  if (!query) return ranges;
  let at = n.text.indexOf(query);
  while (at >= 0) {
    const start = n.starts[at];
    const end = n.ends[at + query.length - 1];
    if (start >= to) break;
    if (end > from) {
      const last = ranges[ranges.length - 1];
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else ranges.push([start, end]);
    }
    at = n.text.indexOf(query, at + query.length);
  }
  return ranges;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ');

function render(text: string, from: number, to: number, ranges: Range[]): string {
  let html = '';
  let pos = from;
  for (const [s, e] of ranges) {
    const a = Math.max(s, from);
    const b = Math.min(e, to);
    if (b <= a) continue;
    html += escapeHtml(collapse(text.slice(pos, a))) + '<mark>' + escapeHtml(collapse(text.slice(a, b))) + '</mark>';
    pos = b;
  }
  return html + escapeHtml(collapse(text.slice(pos, to)));
}

/** The whole text, escaped, with every match marked (for titles and 文号). */
export function highlightHtml(text: string | null | undefined, query: string): string {
  if (!text) return '';
  return render(text, 0, text.length, matchRanges(normalizeWithOffsets(text), query));
}

/** Do not cut between the halves of a surrogate pair. */
function safeCut(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return at > 0 && at < text.length && c >= 0xdc00 && c <= 0xdfff ? at - 1 : at;
}

/** Not inside a cluster either: combining marks stay with their base (normalisation reads clusters). */
function clusterCut(text: string, at: number): number {
  let p = safeCut(text, at);
  while (p < text.length && /\p{M}/u.test(String.fromCodePoint(text.codePointAt(p)!))) p++;
  return p;
}

/** The passage around the first match inside text[from, to), or null when there is none there. */
function passageIn(text: string, from: number, to: number, query: string, before: number, length: number, needRoom: boolean): string | null {
  // Normalising a slice cut at cluster boundaries gives the same tokens and offsets
  // as normalising the whole text, so the marks found here are the real ones.
  const n = normalizeWithOffsets(text.slice(from, to));
  const at = n.text.indexOf(query);
  if (at < 0) return null;
  const start = from + n.starts[at];
  const matchEnd = from + n.ends[at + query.length - 1];
  if (needRoom && to < text.length && matchEnd + length > to) return null;
  const pFrom = safeCut(text, Math.max(from, start - before));
  const pTo = safeCut(text, Math.min(to, Math.max(pFrom + length, matchEnd)));
  const ranges = matchRanges(n, query).map(([s, e]): Range => [s + from, e + from]);
  return (pFrom > 0 ? '…' : '') + render(text, pFrom, pTo, ranges).trim() + (pTo < text.length ? '…' : '');
}

/**
 * A passage of `text` around a match of the normalised `query`, escaped and marked;
 * the opening of the text when it has no match. `…` shows a cut. Only a part of the
 * text is normalised: around the query where it appears verbatim (the usual case),
 * else growing prefixes until the first match.
 */
export function snippetHtml(text: string | null | undefined, query: string, options: SnippetOptions = {}): string {
  if (!text) return '';
  const before = options.before ?? 30;
  const length = options.length ?? 120;
  if (query) {
    const anchor = query.includes(SENTINEL) ? -1 : text.indexOf(query);
    if (anchor >= 0) {
      const from = clusterCut(text, Math.max(0, anchor - before - 8));
      const to = clusterCut(text, Math.min(text.length, anchor + query.length + length + 8));
      const p = passageIn(text, from, to, query, before, length, false);
      if (p !== null) return p;
    }
    for (let limit = 512; ; limit *= 4) {
      const to = clusterCut(text, Math.min(text.length, limit));
      const p = passageIn(text, 0, to, query, before, length, true);
      if (p !== null) return p;
      if (to >= text.length) break;
    }
  }
  const to = safeCut(text, Math.min(text.length, length));
  return escapeHtml(collapse(text.slice(0, to))).trim() + (to < text.length ? '…' : '');
}
