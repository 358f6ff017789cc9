// Run-on text (`002`): a scraped page whose line breaks were lost, so a title, its
// 文号, the 主送 line, the body, a signature and a whole forwarded notice can sit on one
// line. This module cuts such a line back into the pieces a line-based reader expects
// (R41). It only cuts; it never reorders or drops text (repeats are dropped later).
import { DATE_PATTERN } from './doc-dates';
import { findDocNumbers } from './doc-number';
import { TITLE_END, looksLikeOrg } from './text';
import { splitUnitNames } from './units';

export interface Piece {
  text: string;
  /** A section heading that followed its part heading without any punctuation ("一、…（一）…"). */
  glued?: boolean;
  /** The piece is a signature or metadata date: a title may follow it directly. */
  dateLike?: boolean;
}

const RULE = /━{3,}|—{6,}|-{6,}|={6,}|_{6,}|─{3,}/g;
const CN = '[一二三四五六七八九十]{1,3}';
const INLINE_HEADING = new RegExp(`[。！？](?:${CN}、|[（(]${CN}[）)])`);
const INLINE_SIGNATURE = new RegExp(`[。！？][^。，；]{2,30}?(?:办公厅|办公室|人民政府|委员会)${DATE_PATTERN}`);
const META = new RegExp(`(?:发布日期|成文日期|发文日期|印发日期|发布时间)\\s*[:：]\\s*${DATE_PATTERN}`, 'g');
const ORG_DATE = new RegExp(`^([\\u4e00-\\u9fa5（）()]{2,30}?(?:办公厅|办公室|人民政府|政府|委员会|委|局|厅|办))\\s*(${DATE_PATTERN})`);
const DATE_START = new RegExp(`^${DATE_PATTERN}`);
const GLUED_SECTION = new RegExp(`^(${CN}、[^，。；：（(]{2,40}?)(?=[（(]${CN}[）)])`);
const TITLE_WORD = new RegExp(TITLE_END, 'g');

/** Has this line lost its line breaks (several structural elements run together)? */
export function isRunOnLine(line: string): boolean {
  if (line.length < 200 || line.includes('\t')) return false;
  if (INLINE_HEADING.test(line) || INLINE_SIGNATURE.test(line)) return true;
  RULE.lastIndex = 0;
  if (RULE.test(line)) return true;
  return standaloneDocNumbers(line).some((d) => d.start > 10);
}

/** 文号 that are not inside brackets (references are written "（国办发〔2018〕23号）"). */
function standaloneDocNumbers(text: string) {
  return findDocNumbers(text).filter((d) => {
    const before = text[d.start - 1] ?? '';
    const after = text[d.end] ?? '';
    return !'（(《“【'.includes(before) && !'）)》”】'.includes(after);
  });
}

/** Cut a run-on line into pieces. */
export function splitRunOn(line: string): Piece[] {
  let pieces: Piece[] = [];
  // 1. Decorative rules separate the page header from the document.
  RULE.lastIndex = 0;
  for (const part of line.split(RULE)) pieces.push({ text: part, dateLike: false });
  // Mark pieces after a rule: a title may follow directly.
  pieces = pieces.map((p, i) => ({ ...p, dateLike: i > 0 }));
  pieces = pieces.flatMap((p) => splitSentences(p.text).map((t, i) => ({ text: t, dateLike: i === 0 && p.dateLike })));
  pieces = pieces.flatMap(splitMeta).flatMap(splitDocNumbers).flatMap(splitSignature).flatMap(splitRecipients).flatMap(splitGluedSection);
  pieces = splitTitleAfterDate(pieces);
  return pieces.map((p) => ({ ...p, text: p.text.trim() })).filter((p) => p.text.length > 0);
}

const OPEN = new Set('（(《“【');
const CLOSE = new Set('）)》”】');
const END = new Set('。！？');

/** After 。！？ outside brackets and quotes. */
function splitSentences(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && END.has(ch)) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

function cutAt(p: Piece, ranges: { start: number; end: number }[], marks: Partial<Piece> = {}): Piece[] {
  if (ranges.length === 0) return [p];
  const out: Piece[] = [];
  let from = 0;
  ranges.forEach((r, i) => {
    out.push({ text: p.text.slice(from, r.start), dateLike: i === 0 ? p.dateLike : false });
    out.push({ text: p.text.slice(r.start, r.end), ...marks });
    from = r.end;
  });
  out.push({ text: p.text.slice(from), dateLike: marks.dateLike ?? false });
  return out;
}

function splitMeta(p: Piece): Piece[] {
  META.lastIndex = 0;
  const ranges = [...p.text.matchAll(META)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  return cutAt(p, ranges, { dateLike: true });
}

function splitDocNumbers(p: Piece): Piece[] {
  return cutAt(p, standaloneDocNumbers(p.text));
}

function splitSignature(p: Piece): Piece[] {
  const t = p.text.trimStart();
  const m = ORG_DATE.exec(t);
  if (!m || !looksLikeOrg(m[1])) return [p];
  return [{ text: m[1] }, { text: m[2], dateLike: true }, { text: t.slice(m[0].length), dateLike: true }];
}

/** "…的通知各地级以上市人民政府，…各直属机构：经省人民政府同意…" → title | 主送 | body. */
function splitRecipients(p: Piece): Piece[] {
  const colon = p.text.search(/[：:]/);
  if (colon < 4 || colon > 240) return [p];
  const before = p.text.slice(0, colon);
  if (/[。；;]/.test(before)) return [p];
  const names = splitUnitNames(before);
  if (names.length === 0 || names.filter((n) => looksLikeOrg(n)).length / names.length < 0.5) return [p];
  const pieces: Piece[] = [];
  const firstClauseEnd = before.search(/[，,]/);
  const firstClause = firstClauseEnd < 0 ? before : before.slice(0, firstClauseEnd);
  const titleEnd = lastTitleWordEnd(firstClause);
  let recipientsFrom = 0;
  if (titleEnd > 0 && titleEnd < firstClause.length - 1 && /关于|印发|转发|的/.test(firstClause.slice(0, titleEnd))) {
    pieces.push({ text: before.slice(0, titleEnd), dateLike: p.dateLike });
    recipientsFrom = titleEnd;
  }
  pieces.push({ text: p.text.slice(recipientsFrom, colon + 1) });
  pieces.push({ text: p.text.slice(colon + 1) });
  return pieces;
}

/** "一、着力加强公开解读回应工作（一）围绕…。" → part heading | section heading (glued). */
function splitGluedSection(p: Piece): Piece[] {
  const m = GLUED_SECTION.exec(p.text);
  if (!m) return [p];
  return [{ text: m[1], dateLike: p.dateLike }, { text: p.text.slice(m[1].length), glued: true }];
}

/** "2018年4月8日" | "2018年政务公开工作要点做好2018年政务公开工作，…" → title | text. */
function splitTitleAfterDate(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    if (p.dateLike && !DATE_START.test(p.text)) {
      const clauseEnd = p.text.search(/[，。：；,:;]/);
      const clause = clauseEnd < 0 ? p.text : p.text.slice(0, clauseEnd);
      const end = lastTitleWordEnd(clause);
      if (end >= 6 && end < clause.length - 1) {
        out.push({ text: p.text.slice(0, end) }, { text: p.text.slice(end) });
        continue;
      }
    }
    out.push(p);
  }
  return out;
}

/** Index just after the last title word (通知, 要点 …) that is not followed by 的. */
function lastTitleWordEnd(clause: string): number {
  let end = -1;
  TITLE_WORD.lastIndex = 0;
  for (const m of clause.matchAll(TITLE_WORD)) {
    const after = m.index! + m[0].length;
    if (clause[after] !== '的' && clause[after] !== '》') end = after;
  }
  return end;
}
