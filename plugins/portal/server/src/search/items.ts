// R31: what of each published content type is searchable, as SearchItems.
// The portal read model may build items itself; these are the defaults it and
// reindexAll's loader share, so there is one mapping per type.
import { shanghaiDate } from '@gongkai/shared';
import type { SearchItem } from './types';

export const NOTICE = 'api::notice.notice';
export const INTERPRETATION = 'api::policy-interpretation.policy-interpretation';
export const GUIDE = 'api::guide.guide';
export const SEARCHABLE_TYPES = [NOTICE, INTERPRETATION, GUIDE] as const;

/** What to populate when loading each type for the index. */
export const SEARCH_POPULATE: Record<string, any> = {
  [NOTICE]: { category: { fields: ['documentId'] } },
  [INTERPRETATION]: { category: { fields: ['documentId'] }, qa: true },
  [GUIDE]: { category: { fields: ['documentId'] }, handlingUnit: { fields: ['name'] }, materials: true, steps: true },
};

const yearOfDate = (v: unknown): number | null => (typeof v === 'string' && /^\d{4}-/.test(v) ? Number(v.slice(0, 4)) : null);

/** The filter year: the 文号 year, else 成文日期, else 发布日期, else the publication day in Asia/Shanghai. */
export function deriveYear(d: { docYear?: number | null; writtenOn?: string | null; releasedOn?: string | null; publishedAt?: string | Date | null }): number | null {
  if (Number.isInteger(d.docYear)) return d.docYear as number;
  const fromDates = yearOfDate(d.writtenOn) ?? yearOfDate(d.releasedOn);
  if (fromDates) return fromDates;
  return d.publishedAt ? yearOfDate(shanghaiDate(d.publishedAt)) : null;
}

const join = (...parts: unknown[]) => parts.filter((p) => typeof p === 'string' && p.trim() !== '').join('\n');

/**
 * The SearchItem of a published document, or null when it must not be found by the
 * public (a notice not disclosed proactively, 公开方式 ≠ 主动公开).
 */
export function toSearchItem(uid: string, d: any): SearchItem | null {
  if (!d?.documentId) return null;
  const common = {
    uid,
    documentId: d.documentId,
    title: d.title ?? '',
    slug: d.slug ?? null,
    categoryDocumentId: d.category?.documentId ?? null,
    publishedAt: d.publishedAt ?? null,
  };
  switch (uid) {
    case NOTICE:
      if (d.disclosureMode && d.disclosureMode !== 'proactive') return null;
      return {
        ...common,
        docNumber: d.docNumber ?? null,
        body: d.body ?? '',
        year: deriveYear(d),
        issuer: d.issuer ?? null,
        documentType: d.documentType ?? null,
        validity: d.validity ?? null,
      };
    case INTERPRETATION:
      return {
        ...common,
        body: join(d.summary, d.body, ...(d.qa ?? []).map((p: any) => join(p.question, p.answer))),
        year: deriveYear({ releasedOn: d.releasedOn, publishedAt: d.publishedAt }),
        issuer: null,
        documentType: null,
        validity: null,
      };
    case GUIDE:
      return {
        ...common,
        body: join(
          d.legalBasis,
          d.conditions,
          ...(d.materials ?? []).map((m: any) => join(m.name, m.legalBasis, m.note)),
          ...(d.steps ?? []).map((s: any) => join(s.title, s.description)),
          d.fees,
          d.place,
          d.hours,
        ),
        year: deriveYear({ publishedAt: d.publishedAt }),
        issuer: d.handlingUnit?.name ?? null,
        documentType: null,
        validity: null,
      };
    default:
      return null;
  }
}
