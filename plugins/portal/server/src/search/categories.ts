// R31 + R6: a category filter matches the category and every category below it.
// The tree is read at query time (cached briefly) rather than copied into each
// indexed item, so moving a category in the catalog needs no re-index.
import type { Core } from '@strapi/strapi';

const CATEGORY = 'api::catalog-category.catalog-category';

export interface CategoryEdge {
  documentId: string;
  parentDocumentId: string | null;
}

/** `root` and all its descendants (cycle-safe). */
export function subtreeOf(edges: CategoryEdge[], root: string): string[] {
  const children = new Map<string, string[]>();
  for (const e of edges) {
    if (!e.parentDocumentId) continue;
    if (!children.has(e.parentDocumentId)) children.set(e.parentDocumentId, []);
    children.get(e.parentDocumentId)!.push(e.documentId);
  }
  const out = new Set<string>([root]);
  const queue = [root];
  while (queue.length) {
    for (const child of children.get(queue.shift()!) ?? []) {
      if (!out.has(child)) {
        out.add(child);
        queue.push(child);
      }
    }
  }
  return [...out];
}

/** A subtree lookup over the catalog in Strapi, re-reading the tree at most every `ttlMs`. */
export function strapiCategorySubtree(strapi: Core.Strapi, ttlMs = 30_000) {
  let cached: { edges: CategoryEdge[]; at: number } | null = null;
  return async (root: string): Promise<string[]> => {
    if (!cached || Date.now() - cached.at > ttlMs) {
      const rows: any[] = await strapi.db.query(CATEGORY).findMany({
        select: ['documentId'],
        populate: { parent: { select: ['documentId'] } },
      });
      cached = { edges: rows.map((r) => ({ documentId: r.documentId, parentDocumentId: r.parent?.documentId ?? null })), at: Date.now() };
    }
    return subtreeOf(cached.edges, root);
  };
}
