// R12: findings of one entry — every text and rich-text field, component fields and the
// readable text of attachments. Official contacts are taken out here (and counted), so
// the reviewer sees how many numbers were accepted as official.
import type { Core } from '@strapi/strapi';
import { type Finding, KIND_LABELS, officialMatcher, scanHtml, scanText } from '../detect';
import type { AttachmentReader } from './attachments';
import { fileNameOf } from './attachments';
import { collectValues, type MediaFile } from './model-walk';

const FILE_UID = 'plugin::upload.file';

/**
 * Callers may pass media loaded with only url and hash (the review gate does): fill in
 * the original name and mime type from the upload table, so a finding or an error names
 * the file as the editor uploaded it ("低保名单.docx", not "_d6a7b3fd46.docx").
 */
async function withFileDetails(strapi: Core.Strapi, files: MediaFile[]): Promise<MediaFile[]> {
  const missing = files.filter((f) => !f.name && f.url);
  if (!missing.length) return files;
  const rows: MediaFile[] = await strapi.db.query(FILE_UID as any).findMany({
    where: { url: { $in: [...new Set(missing.map((f) => f.url!))] } },
    select: ['url', 'name', 'ext', 'mime'],
  });
  const byUrl = new Map(rows.map((r) => [r.url, r]));
  return files.map((f) => {
    const row = !f.name && byUrl.get(f.url);
    return row ? { ...f, name: row.name, ext: f.ext ?? row.ext, mime: f.mime ?? row.mime } : f;
  });
}

/** A finding with its field path ("body", "materials.0.note", "attachments") and, for attachments, the file. */
export interface LocatedFinding extends Finding {
  file?: string;
}

export interface AttachmentNote {
  field: string;
  file: string;
  reason: string;
}

export interface EntryScan {
  findings: LocatedFinding[];
  /** Findings dropped because the value is an official contact. */
  officialExcluded: number;
  /** Attachments not checked automatically (images, .doc, too large). */
  unreadable: AttachmentNote[];
  /** Attachments of a readable type that failed to read. */
  errors: AttachmentNote[];
}

export interface ScanDeps {
  officialNumbers: readonly string[];
  readAttachment: AttachmentReader;
  now?: Date;
}

export async function scanEntry(strapi: Core.Strapi, uid: string, entry: any, deps: ScanDeps): Promise<EntryScan> {
  const { texts, media } = collectValues(strapi, uid, entry);
  const files = await withFileDetails(strapi, media.map((m) => m.file));
  const isOfficial = officialMatcher(deps.officialNumbers);
  const all: LocatedFinding[] = [];
  for (const t of texts) {
    const opts = { field: t.path, now: deps.now };
    all.push(...(t.html ? scanHtml(t.value, opts) : scanText(t.value, opts)));
  }
  const unreadable: AttachmentNote[] = [];
  const errors: AttachmentNote[] = [];
  for (const [i, m] of media.entries()) {
    const file = fileNameOf(files[i]);
    const read = await deps.readAttachment(files[i]);
    if (read.status === 'read') all.push(...scanText(read.text, { field: m.path, now: deps.now }).map((f) => ({ ...f, file })));
    else (read.status === 'error' ? errors : unreadable).push({ field: m.path, file, reason: read.reason });
  }
  const findings = all.filter((f) => !isOfficial(f));
  return { findings, officialExcluded: all.length - findings.length, unreadable, errors };
}

/** What leaves the server: never the value itself (R12, R35), only its masked form. */
export interface PublicFinding {
  field: string;
  kind: Finding['kind'];
  /** Chinese name of the kind (身份证号 …). */
  label: string;
  start: number;
  end: number;
  masked: string;
  reason?: string;
  file?: string;
}

export function publicFinding(f: LocatedFinding): PublicFinding {
  const out: PublicFinding = { field: f.field, kind: f.kind, label: KIND_LABELS[f.kind], start: f.start, end: f.end, masked: f.masked };
  if (f.reason) out.reason = f.reason;
  if (f.file) out.file = f.file;
  return out;
}
