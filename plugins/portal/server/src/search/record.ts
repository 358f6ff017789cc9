// R31: a SearchItem turned into the row the stores write — plain text for snippets,
// normalised fields for the index, filter values checked.
import { normalize } from './normalize';
import { toPlainText } from './plain-text';
import type { SearchItem, SearchRecord } from './types';

export const itemKey = (uid: string, documentId: string) => `${uid}:${documentId}`;

// NUL is dropped everywhere: PostgreSQL text cannot hold it, and both engines must index the same text.
const text = (v: unknown): string | null => {
  const s = typeof v === 'string' ? v.replace(/\u0000/g, '').trim() : '';
  return s === '' ? null : s;
};

function epochMs(v: SearchItem['publishedAt']): number | null {
  if (v === null || v === undefined || v === '') return null;
  const ms = new Date(v).getTime();
  return Number.isFinite(ms) ? ms : null;
}

export function toRecord(item: SearchItem): SearchRecord {
  if (!item || !text(item.uid) || !text(item.documentId)) throw new Error('search index: an item needs uid and documentId');
  const title = text(item.title) ?? '';
  const docNumber = text(item.docNumber);
  const bodyText = toPlainText(item.body).replace(/\u0000/g, '');
  const year = Number.isInteger(item.year) ? (item.year as number) : null;
  return {
    key: itemKey(item.uid, item.documentId),
    uid: item.uid,
    documentId: item.documentId,
    title,
    docNumber,
    slug: text(item.slug),
    bodyText,
    normTitle: normalize(title),
    normDocNumber: normalize(docNumber),
    normBody: normalize(bodyText),
    year,
    issuer: text(item.issuer),
    documentType: text(item.documentType),
    categoryDocumentId: text(item.categoryDocumentId),
    validity: text(item.validity),
    publishedAt: epochMs(item.publishedAt),
  };
}
