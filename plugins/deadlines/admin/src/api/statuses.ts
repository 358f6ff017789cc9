// Status of documents for the list column: the cells of one page ask at the same moment,
// so their requests are collected for a tick and sent as one GET /deadlines/statuses/:uid.
import { getFetchClient } from '@strapi/strapi/admin';
import type { DocumentStatus } from './types';

type Waiter = { resolve: (s: DocumentStatus | null) => void; reject: (e: unknown) => void };
const pending = new Map<string, Map<string, Waiter[]>>();
let scheduled = false;

async function flush() {
  scheduled = false;
  const batches = [...pending.entries()];
  pending.clear();
  const { get } = getFetchClient();
  await Promise.all(
    batches.map(async ([uid, waiters]) => {
      const ids = [...waiters.keys()];
      try {
        const res = await get<{ data: Record<string, DocumentStatus> }>(`/deadlines/statuses/${uid}`, { params: { documentIds: ids.join(',') } });
        for (const [id, list] of waiters) list.forEach((w) => w.resolve(res.data.data[id] ?? null));
      } catch (e) {
        for (const list of waiters.values()) list.forEach((w) => w.reject(e));
      }
    }),
  );
}

export function loadStatus(uid: string, documentId: string): Promise<DocumentStatus | null> {
  return new Promise((resolve, reject) => {
    if (!pending.has(uid)) pending.set(uid, new Map());
    const byId = pending.get(uid)!;
    if (!byId.has(documentId)) byId.set(documentId, []);
    byId.get(documentId)!.push({ resolve, reject });
    if (!scheduled) {
      scheduled = true;
      setTimeout(flush, 0);
    }
  });
}
