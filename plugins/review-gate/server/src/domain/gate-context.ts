import { AsyncLocalStorage } from 'node:async_hooks';

// "The gate itself is doing this": document-service calls the gate makes on purpose
// (a 撤稿 with its reason recorded, R10; publishing an interpretation together with
// its 行政规范性文件, R11) carry a permit the middleware recognises. A permit names one
// action on one document and lives only for the async call chain that asked for it.

const storage = new AsyncLocalStorage<Set<string>>();

export type PermitAction = 'unpublish' | 'co-publish';

const key = (action: PermitAction, uid: string, documentId: string) => `${action}|${uid}|${documentId}`;

export function withPermit<T>(action: PermitAction, uid: string, documentId: string, fn: () => Promise<T>): Promise<T> {
  const permits = new Set(storage.getStore() ?? []);
  permits.add(key(action, uid, documentId));
  return storage.run(permits, fn);
}

export function hasPermit(action: PermitAction, uid: string, documentId: string): boolean {
  return storage.getStore()?.has(key(action, uid, documentId)) ?? false;
}
