import type { Core } from '@strapi/strapi';
import type { CoReleaseConfig } from '../config';
import { hasPermit } from './gate-context';

// R11 三同步: a 行政规范性文件 and its interpretations are reviewed together (submitting
// the document submits them) and go public together (the document only when each
// linked interpretation has passed 终审 on its current version; publishing it publishes
// them in the same transaction). An interpretation of a normative document that is not
// public yet cannot go out on its own — only together with that document.

export interface LinkedDoc {
  documentId: string;
  title: string;
}

async function draftWith(strapi: Core.Strapi, uid: string, documentId: string, field: string, select: string[]) {
  return strapi.db.query(uid as any).findOne({
    where: { documentId, publishedAt: null },
    populate: { [field]: { select } },
  });
}

/** The interpretations to review and release with this document; [] unless it is a normative document. */
export async function coReleasedInterpretations(strapi: Core.Strapi, cfg: CoReleaseConfig, uid: string, documentId: string): Promise<LinkedDoc[]> {
  if (uid !== cfg.documentUid) return [];
  const draft: any = await draftWith(strapi, uid, documentId, cfg.interpretationsField, ['documentId', 'title']);
  if (!draft || draft[cfg.typeField] !== cfg.normativeValue) return [];
  const seen = new Set<string>();
  return (draft[cfg.interpretationsField] ?? [])
    .filter((i: any) => i?.documentId && !seen.has(i.documentId) && seen.add(i.documentId))
    .map((i: any) => ({ documentId: i.documentId, title: i.title ?? '' }))
    .sort((a: LinkedDoc, b: LinkedDoc) => a.documentId.localeCompare(b.documentId));
}

/**
 * Normative documents this interpretation interprets that are not public yet. It may go
 * out only together with them (the gate's co-publish permit), never before them.
 */
export async function unpublishedNormativeDocuments(strapi: Core.Strapi, cfg: CoReleaseConfig, uid: string, documentId: string): Promise<LinkedDoc[]> {
  if (uid !== cfg.interpretationUid) return [];
  if (hasPermit('co-publish', uid, documentId)) return [];
  const draft: any = await draftWith(strapi, uid, documentId, cfg.noticesField, ['documentId', 'title', cfg.typeField]);
  const normative = (draft?.[cfg.noticesField] ?? []).filter((n: any) => n?.[cfg.typeField] === cfg.normativeValue);
  const out: LinkedDoc[] = [];
  for (const n of normative) {
    const published = await strapi.db.query(cfg.documentUid as any).count({ where: { documentId: n.documentId, publishedAt: { $notNull: true } } });
    if (!published) out.push({ documentId: n.documentId, title: n.title ?? '' });
  }
  return out;
}
