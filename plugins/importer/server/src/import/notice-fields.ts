// A parsed notice (R1) → the fields of a draft `api::notice.notice`: 文号 as written (the
// content rules parse it and derive the slug and 索引号), dates, 主送/抄送 as text, the
// body as escaped HTML paragraphs (the app sanitises rich text again on save, R13), and
// the Chinese labels of 公开方式 / 文件类型 / 时效性 mapped to the ASCII enumerations.
import { enumValueOf, parseDocNumber } from '@gongkai/shared';
import { escapeHtml } from '@gongkai/safe-html';
import type { ParsedNotice } from '../parser';

export interface NoticeFields {
  title: string;
  docNumber: string | null;
  issuer: string;
  writtenOn: string | null;
  releasedOn: string | null;
  recipients: string | null;
  cc: string | null;
  body: string | null;
  disclosureMode: string;
  documentType: string;
  validity: string;
  indexNumber?: string;
}

/** Plain text paragraphs (separated by a blank line) → `<p>` elements, text escaped. */
export function paragraphsToHtml(text: string): string | null {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!paragraphs.length) return null;
  return paragraphs.map((p) => `<p>${p.split(/\n/).map((l) => escapeHtml(l.trim())).join('<br>')}</p>`).join('');
}

const joined = (list: string[]) => (list.length ? list.join('、') : null);

export function noticeFields(n: ParsedNotice): NoticeFields {
  const fields: NoticeFields = {
    title: n.title.trim(),
    docNumber: n.docNumber?.trim() || null,
    issuer: (n.issuer ?? '').trim(),
    writtenOn: n.date,
    releasedOn: n.publishDate,
    recipients: joined(n.recipients),
    cc: joined(n.cc),
    body: paragraphsToHtml(n.body),
    // Unsaid values take the content model's defaults; the 复审 reviewer checks 公开方式 (R10).
    disclosureMode: (n.disclosure && enumValueOf('disclosureMode', n.disclosure)) || 'proactive',
    documentType: (n.docTypeHint && enumValueOf('documentType', n.docTypeHint)) || 'work_notice',
    validity: (n.validity && enumValueOf('validity', n.validity)) || 'in_force',
  };
  if (n.indexNumber?.trim()) fields.indexNumber = n.indexNumber.trim();
  return fields;
}

/** Title of the notice's task table (R2): the plan printed after the signature, else the notice's. */
export function taskTableTitle(n: ParsedNotice): string {
  const plan = n.attachments.find((a) => a.label === null && a.title) ?? n.attachments[0];
  return (plan?.title || `${n.title}（任务分解）`).slice(0, 300);
}

/** The year a task table belongs to: the 文号's year, else the date's. */
export function noticeYear(n: ParsedNotice): number | null {
  const year = parseDocNumber(n.docNumber)?.year ?? Number(n.date?.slice(0, 4));
  return Number.isInteger(year) && year > 0 ? year : null;
}
