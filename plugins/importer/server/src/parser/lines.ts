// From text to blocks (R41): one block per non-empty source line — table rows keep
// their cells, markdown is removed, page breaks and rules are dropped, run-on lines are
// cut into pieces — and paragraphs broken by page breaks are joined back.
import type { Block } from './types';
import { cleanText, endsLikeTitle, endsSentence, looksLikeOrg, stripMarkdownInline, stripHtml, squeezeSpaces } from './text';
import { isRunOnLine, splitRunOn } from './runon';
import { parseMarker, isHeadingLine } from './numbering';
import { docNumberLine } from './doc-number';
import { dateLine } from './doc-dates';

const MD_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const RULE_LINE = /^[-*_=━─—–~·]{3,}$/;
const PAGE_NUMBER = /^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?)$/;
const PIPE_ROW = /^\s*\|.*\|\s*$/;
const SEPARATOR_CELLS = /^[\s\-:=|]*$/;

/** Cut the text into blocks. `runOn` tells whether any line had lost its line breaks. */
export function buildBlocks(text: string): { blocks: Block[]; runOn: boolean } {
  const lines = text.split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  // One run-on line means the page lost its line breaks: then every long line is cut,
  // not only those that show a heading or a signature inside (`002` line 9).
  const runOn = lines.some((l) => isRunOnLine(cleanText(l)));
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const lineNo = i + 1;
    if (!raw.trim()) continue;
    const cells = tableCells(raw);
    if (cells) {
      if (cells.every((c) => SEPARATOR_CELLS.test(c))) continue;
      blocks.push({ line: lineNo, text: '', cells, mdHeading: 0, bold: null, runOn: false });
      continue;
    }
    let body = raw.replace(/^\s*>\s?/, '');
    let mdHeading = 0;
    const h = MD_HEADING.exec(body);
    if (h) {
      mdHeading = h[1].length;
      body = h[2];
    }
    body = body.replace(/^\s*[-*+]\s+(?=\S)/, '');
    const compact = body.replace(/\s+/g, '');
    if (RULE_LINE.test(compact) || PAGE_NUMBER.test(compact)) continue;
    const boldMatch = /^\s*(?:\*\*|__)(.+?)(?:\*\*|__)/.exec(body);
    const bold = boldMatch ? cleanText(boldMatch[1]) : null;
    const cleaned = cleanText(body);
    if (!cleaned) continue;
    if (runOn && cleaned.length >= 200 && /[。！？].+[。！？]/.test(cleaned)) {
      for (const p of splitRunOn(cleaned)) {
        if (RULE_LINE.test(p.text)) continue;
        blocks.push({ line: lineNo, text: p.text, cells: null, mdHeading: 0, bold: null, runOn: true, gluedToPrevious: p.glued });
      }
      continue;
    }
    blocks.push({ line: lineNo, text: cleaned, cells: null, mdHeading, bold, runOn: false });
  }
  return { blocks, runOn };
}

/** Cells of a table row: tab-separated (export) or a markdown pipe row; null for other lines. */
function tableCells(raw: string): string[] | null {
  if (PIPE_ROW.test(raw)) {
    const inner = raw.trim().slice(1, -1);
    return inner.split(/(?<!\\)\|/).map((c) => c.trim());
  }
  if (!raw.includes('\t')) return null;
  const tabs = (raw.match(/\t/g) ?? []).length;
  const innerTab = raw.trim().includes('\t');
  if (!innerTab && !(tabs >= 2 || /<p>|<br/i.test(raw))) return null;
  const cells = raw.replace(/\s+$/, (m) => m.replace(/[^\t]/g, '')).split('\t').map((c) => c.trim());
  // A line indented with one tab is a paragraph, not a row.
  if (cells.filter((c) => c.length > 0).length === 1 && !/<p>/i.test(raw) && !innerTab && tabs < 2) return null;
  return cells;
}

/** Plain text of a table cell's paragraphs (`<p>…</p> <p>…</p>`, `<br>`). Spaces are kept for unit splitting. */
export function cellParagraphs(cell: string): string[] {
  const parts = cell
    .replace(/<br\s*\/?>/gi, '</p><p>')
    .split(/<\/p>\s*<p[^>]*>|<\/?p[^>]*>/i)
    .map((p) => stripMarkdownInline(stripHtml(p)).trim())
    .filter((p) => p.length > 0);
  return parts;
}

/** Cell text for display: paragraphs joined, wrapping spaces squeezed. */
export function cellText(cell: string): string {
  return cellParagraphs(cell).map(squeezeSpaces).join('\n');
}

/** Does a block start something of its own (so the previous paragraph cannot continue into it)? */
export function startsStructure(b: Block): boolean {
  if (b.cells || b.mdHeading > 0) return true;
  const t = b.text;
  if (parseMarker(t)) return true;
  if (docNumberLine(t) || dateLine(t) || looksLikeOrg(t)) return true;
  return /^(?:抄送|主送|附件|公开方式|信息公开选项|【)/.test(t);
}

/**
 * Join paragraphs broken by page breaks or line wrapping: a block that stops mid-sentence
 * (no closing punctuation, and clearly prose) continues into the next one.
 */
export function joinContinuations(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (prev && canContinue(prev) && !startsStructure(b) && !b.runOn) {
      out[out.length - 1] = { ...prev, text: joinText(prev.text, b.text) };
      continue;
    }
    out.push(b);
  }
  return out;
}

function canContinue(b: Block): boolean {
  if (b.cells || b.mdHeading > 0 || b.runOn) return false;
  const t = b.text;
  if (endsSentence(t) || isHeadingLine(t)) return false;
  const prose = /[，、；“”《》（）]/.test(t) || t.length >= 30;
  if (!prose) return false;
  if (endsLikeTitle(t) && !/[，；]/.test(t)) return false;
  return true;
}

function joinText(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}
