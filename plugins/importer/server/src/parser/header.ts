// The parts of a notice around its body (R1): letterhead (…文件), 文号, title (possibly
// over several lines), 主送, metadata blocks, the signature (issuing office + date), and
// the closing lines (公开方式, 抄送, 印发).
import type { Block } from './types';
import { LineError } from './errors';
import { docNumberLine, type FoundDocNumber } from './doc-number';
import { dateLine, DATE_PATTERN, parseDocDate } from './doc-dates';
import { endsLikeTitle, looksLikeOrg, squeezeSpaces } from './text';
import { parseMarker } from './numbering';
import { metaEntries, disclosureOf, ccText, normaliseDisclosure, type MetaEntry } from './meta';

export interface Header {
  title: string | null;
  /** "（2018年4月8日）" printed under the title (国务院 style): the 成文日期. */
  titleDate: string | null;
  docNumber: FoundDocNumber | null;
  bannerIssuer: string | null;
  recipientsText: string | null;
  meta: MetaEntry[];
  /** Index of the first block after the header. */
  end: number;
  /** Line where the header starts (for messages). */
  line: number;
}

const MAX_HEADER_BLOCKS = 24;

function isTitleLike(b: Block): boolean {
  if (b.cells) return false;
  const t = b.text;
  if (t.length < 4 || t.length > 150 || /[。；]/.test(t)) return false;
  if (/[：:]$/.test(t)) return false;
  if (parseMarker(t) || docNumberLine(t) || dateLine(t)) return false;
  return true;
}

/** "绵阳市游仙区人民政府办公室文件" → the office; a bare office name before the title is a letterhead too. */
function bannerOf(b: Block): string | null {
  if (b.cells) return null;
  const t = b.text.replace(/\s+/g, '');
  const m = /^(.{2,40}?)文件$/.exec(t);
  if (m && looksLikeOrg(m[1])) return m[1];
  return looksLikeOrg(t) ? t : null;
}

export function isRecipientsLine(b: Block): boolean {
  if (b.cells) return false;
  const t = b.text;
  return /[：:]$/.test(t) && t.length <= 300 && !/[。；]/.test(t.slice(0, -1)) && !metaEntries(b);
}

/** Read the header at the start of a notice's blocks. Throws when neither a title nor a 文号 is there. */
export function readHeader(blocks: Block[]): Header {
  const h: Header = { title: null, titleDate: null, docNumber: null, bannerIssuer: null, recipientsText: null, meta: [], end: 0, line: blocks[0]?.line ?? 1 };
  let i = 0;
  for (; i < blocks.length && i < MAX_HEADER_BLOCKS; i++) {
    const b = blocks[i];
    if (b.cells) {
      const entries = metaEntries(b);
      if (entries) {
        h.meta.push(...entries);
        continue;
      }
      break;
    }
    const entries = metaEntries(b);
    if (entries) {
      h.meta.push(...entries);
      continue;
    }
    const dn = docNumberLine(b.text);
    if (dn) {
      if (h.docNumber) break;
      h.docNumber = dn;
      continue;
    }
    if (!h.title) {
      const banner = bannerOf(b);
      if (banner && !h.bannerIssuer && !endsLikeTitle(b.text)) {
        h.bannerIssuer = banner;
        continue;
      }
      if (isTitleLike(b)) {
        // A title may run over up to three lines: join until one ends like a title.
        let title = b.text;
        let k = i;
        while (!endsLikeTitle(title) && k + 1 < blocks.length && k - i < 2 && isTitleLike(blocks[k + 1]) && !bannerOf(blocks[k + 1])) {
          k++;
          title += blocks[k].text;
        }
        if (endsLikeTitle(title) || b.mdHeading > 0 || h.docNumber !== null) {
          h.title = squeezeSpaces(title);
          i = k;
          continue;
        }
      }
    }
    const dated = h.title && !h.titleDate ? /^[（(]\s*(.+?)\s*[)）]$/.exec(b.text) : null;
    if (dated && dateLine(dated[1])) {
      h.titleDate = dateLine(dated[1])!.date;
      continue;
    }
    if (h.title && isRecipientsLine(b)) {
      h.recipientsText = b.text.replace(/[：:]$/, '');
      i++;
    }
    break;
  }
  h.end = i;
  if (!h.title) {
    const metaTitle = h.meta.find((e) => e.field === 'title')?.value;
    if (metaTitle) h.title = squeezeSpaces(metaTitle);
  }
  if (!h.docNumber) {
    const metaNumber = h.meta.find((e) => e.field === 'docNumber')?.value;
    if (metaNumber) h.docNumber = docNumberLine(metaNumber);
  }
  if (!h.title && !h.docNumber) {
    throw new LineError(h.line, '未找到通知的标题或文号（应在开头几行，如“关于…的通知”“揭府办函〔2018〕40号”）');
  }
  return h;
}

export interface Signature {
  issuer: string | null;
  date: string | null;
  start: number;
  end: number;
  line: number;
}

const ORG_AND_DATE = new RegExp(`^(.{2,40}?)\\s*(${DATE_PATTERN})$`);

/** The signature (落款): issuing office(s) and date, not a "…印发" line. */
export function findSignature(blocks: Block[], from: number): Signature | null {
  for (let j = from; j < blocks.length; j++) {
    const b = blocks[j];
    if (b.cells) continue;
    const dl = dateLine(b.text);
    if (dl && !dl.printed) {
      let start = j;
      const issuers: string[] = [];
      while (start - 1 >= from && !blocks[start - 1].cells && looksLikeOrg(blocks[start - 1].text) && issuers.length < 4) {
        start--;
        issuers.unshift(blocks[start].text);
      }
      return { issuer: issuers.length ? issuers.join('、') : null, date: dl.date, start, end: j + 1, line: blocks[start].line };
    }
    const m = ORG_AND_DATE.exec(b.text);
    if (m && looksLikeOrg(m[1].trim()) && !/印发$/.test(b.text)) {
      return { issuer: m[1].trim(), date: parseDocDate(m[2]), start: j, end: j + 1, line: b.line };
    }
  }
  return null;
}

export interface Closing {
  /** "主送：…" written as a labelled line (often after the body in reports). */
  recipientsText: string | null;
  disclosure: string | null;
  ccText: string | null;
  printedBy: string | null;
  printDate: string | null;
}

/**
 * Take the closing lines (公开方式, 抄送, 印发) out of a list of blocks, anywhere after the
 * header; returns the remaining blocks.
 */
export function takeClosing(blocks: Block[], closing: Closing): Block[] {
  const out: Block[] = [];
  for (let j = 0; j < blocks.length; j++) {
    const b = blocks[j];
    if (b.cells) {
      out.push(b);
      continue;
    }
    const disclosure = disclosureOf(b.text);
    if (disclosure) {
      closing.disclosure ??= disclosure;
      continue;
    }
    const to = /^主\s*送\s*[：:]\s*(.+)$/.exec(b.text);
    if (to) {
      closing.recipientsText ??= to[1].replace(/[。.]$/, '');
      continue;
    }
    const cc = ccText(b.text);
    if (cc !== null) {
      closing.ccText = closing.ccText ? `${closing.ccText}，${cc}` : cc;
      continue;
    }
    const next = blocks[j + 1];
    const nextDate = next && !next.cells ? dateLine(next.text) : null;
    if (looksLikeOrg(b.text) && nextDate?.printed) {
      closing.printedBy ??= b.text;
      closing.printDate ??= nextDate.date;
      j++;
      continue;
    }
    const own = dateLine(b.text);
    if (own?.printed) {
      closing.printDate ??= own.date;
      continue;
    }
    const m = ORG_AND_DATE.exec(b.text.replace(/印发$/, ''));
    if (m && /印发$/.test(b.text) && looksLikeOrg(m[1].trim())) {
      closing.printedBy ??= m[1].trim();
      closing.printDate ??= parseDocDate(m[2]);
      continue;
    }
    out.push(b);
  }
  return out;
}

/** The metadata value for a field, as written. */
export function metaValue(meta: MetaEntry[], field: MetaEntry['field']): string | null {
  return meta.find((e) => e.field === field)?.value ?? null;
}

export function metaDisclosure(meta: MetaEntry[]): string | null {
  const v = metaValue(meta, 'disclosure');
  return v ? normaliseDisclosure(v) : null;
}
