// One notice from its blocks (R1, R2): header, body up to the signature, closing lines,
// and the task table of what follows the signature (the plan, its attachments).
import type { Block, ParsedAttachment, ParsedNotice, ParsedTask, UnitList } from './types';
import { readHeader, findSignature, takeClosing, metaValue, metaDisclosure, type Closing } from './header';
import { metaEntries } from './meta';
import { parseDocDate } from './doc-dates';
import { splitUnitNames } from './units';
import { buildOutline } from './outline';
import { emitTasks } from './prose-tasks';
import { reorderRunOn } from './runon-order';
import { assignmentSpans } from './task-text';
import { attachmentLabel } from './unit-lists';
import { isHeadingLine, parseMarker } from './numbering';
import { findDocNumbers } from './doc-number';
import { endsLikeTitle } from './text';

export interface NoticeContext {
  runOn: boolean;
  firstIsLead: boolean;
}

export interface NoticeRead {
  notice: ParsedNotice;
  tasks: ParsedTask[];
  unitLists: UnitList[];
}

const ISSUER_PREFIX = /^(.{2,30}?(?:人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|局|厅|委))(?:关于|印发|转发)/;

/** Without a signature, the body ends where the plan starts (a table, a heading line). */
function firstContentIndex(blocks: Block[], from: number): number {
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.cells || isHeadingLine(b.text) || (b.mdHeading > 0 && !parseMarker(b.text))) return i;
    // The plan's own title ("2018年政务公开工作要点") after the covering text.
    if (i > from && endsLikeTitle(b.text) && b.text.length <= 60 && !/[。，；：]/.test(b.text)) return i;
  }
  return blocks.length;
}

function bodyText(blocks: Block[]): string {
  const paras: string[] = [];
  let prev: Block | null = null;
  for (const b of blocks) {
    if (b.cells) continue;
    const sameRunOnLine = prev && prev.runOn && b.runOn && prev.line === b.line && !parseMarker(b.text);
    if (sameRunOnLine) paras[paras.length - 1] += b.text;
    else paras.push(b.text);
    prev = b;
  }
  return paras.join('\n\n');
}

/** "附件：1.市有关单位" and the numbered lines after it, taken out of the body. */
function takeBodyAttachments(blocks: Block[], attachments: ParsedAttachment[]): Block[] {
  const out: Block[] = [];
  let listing = false;
  for (const b of blocks) {
    const label = b.cells ? null : attachmentLabel(b.text);
    if (label && label.title) {
      const m = parseMarker(label.title);
      attachments.push({ label: m ? `附件${m.value}` : label.label, title: m ? m.rest : label.title });
      listing = true;
      continue;
    }
    const m = listing && !b.cells ? parseMarker(b.text) : null;
    if (m && m.level === 3 && b.text.length <= 60 && !/[。；]/.test(b.text)) {
      attachments.push({ label: `附件${m.value}`, title: m.rest });
      continue;
    }
    listing = false;
    out.push(b);
  }
  return out;
}

export function readNotice(blocks: Block[], ctx: NoticeContext, warnings: string[]): NoticeRead {
  const header = readHeader(blocks);
  const signature = findSignature(blocks, header.end);
  const bodyEnd = signature ? signature.start : firstContentIndex(blocks, header.end);
  const contentStart = signature ? signature.end : bodyEnd;
  const closing: Closing = { recipientsText: null, disclosure: null, ccText: null, printedBy: null, printDate: null };
  const meta = [...header.meta];
  const attachments: ParsedAttachment[] = [];

  let bodyBlocks = takeClosing(blocks.slice(header.end, bodyEnd), closing).filter((b) => {
    const entries = metaEntries(b);
    if (entries) meta.push(...entries);
    return !entries;
  });
  bodyBlocks = takeBodyAttachments(bodyBlocks, attachments);
  const contentBlocks = takeClosing(blocks.slice(contentStart), closing);

  const title = header.title ?? '';
  const date = signature?.date ?? header.titleDate ?? parseDocDate(metaValue(meta, 'date')) ?? parseDocDate(metaValue(meta, 'publishDate'));
  const titleYear = /((?:19|20)\d{2})\s*年/.exec(title);
  const year = date ? Number(date.slice(0, 4)) : header.docNumber?.year ?? (titleYear ? Number(titleYear[1]) : null);

  // Tasks: the plan after the signature; the body too when it assigns units itself.
  const bodyAssigns = bodyBlocks.some((b) => !b.cells && assignmentSpans(b.text).length > 0);
  const outline = buildOutline(bodyAssigns ? [...bodyBlocks, ...contentBlocks] : contentBlocks, { year, firstIsLead: ctx.firstIsLead }, warnings);
  if (ctx.runOn && !outline.hasTable) reorderRunOn(outline.root, warnings);
  const tasks = emitTasks(outline.root, { year, firstIsLead: ctx.firstIsLead }, warnings);
  for (const a of outline.attachments) {
    // The body's "附件：…" list and the attachment's own title name the same thing once.
    const same = attachments.find((x) => x.title === a.title);
    if (same) same.label ??= a.label;
    else attachments.push(a);
  }

  const metaIssuer = metaValue(meta, 'issuer');
  const titleIssuer = ISSUER_PREFIX.exec(title)?.[1] ?? null;
  const notice: ParsedNotice = {
    title,
    docNumber: header.docNumber?.text ?? null,
    docNumberCanonical: header.docNumber?.canonical ?? null,
    issuer: signature?.issuer ?? metaIssuer ?? header.bannerIssuer ?? titleIssuer,
    date,
    publishDate: parseDocDate(metaValue(meta, 'publishDate')),
    recipients: splitUnitNames(header.recipientsText ?? closing.recipientsText ?? ''),
    cc: closing.ccText ? splitUnitNames(closing.ccText.replace(/[。.]$/, '')) : [],
    disclosure: closing.disclosure ?? metaDisclosure(meta),
    forwards: [],
    body: bodyText(bodyBlocks),
    signatureIssuer: signature?.issuer ?? null,
    bannerIssuer: header.bannerIssuer,
    printedBy: closing.printedBy,
    printDate: closing.printDate,
    attachments,
    docTypeHint: /转发/.test(title) ? '转发文件' : null,
    validity: metaValue(meta, 'validity'),
    indexNumber: metaValue(meta, 'indexNumber'),
    meta: Object.fromEntries(meta.map((e) => [e.key, e.value])),
    line: header.line,
  };
  if (!signature && !notice.date) warnings.push(`第 ${header.line} 行起的通知未找到落款（发文机关和成文日期），请核对发文机关和日期`);
  if (!notice.title) warnings.push(`第 ${header.line} 行起的通知未找到标题，请补充`);
  if (!notice.docNumber) warnings.push(`第 ${header.line} 行起的通知未找到文号`);
  return { notice, tasks, unitLists: outline.unitLists };
}

/**
 * A 转发 notice whose forwarded text is not included still names what it forwards:
 * "现将《国务院办公厅关于印发…的通知》（国办发〔2018〕23号）转发给你们" → a stub notice.
 */
export function forwardedReference(notice: ParsedNotice): ParsedNotice | null {
  if (!/转发/.test(notice.title)) return null;
  const m = /《([^《》]{4,120})》\s*[（(]([^（()）]{4,30})[)）][^。]{0,20}转发/.exec(notice.body);
  if (!m) return null;
  const [dn] = findDocNumbers(m[2]);
  return {
    title: m[1],
    docNumber: dn?.text ?? null,
    docNumberCanonical: dn?.canonical ?? null,
    issuer: ISSUER_PREFIX.exec(m[1])?.[1] ?? null,
    date: null,
    publishDate: null,
    recipients: [],
    cc: [],
    disclosure: null,
    forwards: [],
    tasks: [],
    body: '',
    signatureIssuer: null,
    bannerIssuer: null,
    printedBy: null,
    printDate: null,
    attachments: [],
    docTypeHint: null,
    validity: null,
    indexNumber: null,
    meta: {},
    line: notice.line,
  };
}
