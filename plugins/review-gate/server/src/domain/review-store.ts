import type { Core } from '@strapi/strapi';
import type { State, Step } from './state-machine';
import type { Canonical } from './content-hash';

// The current review of each gated document (one row per uid + documentId, R10).
// Writes are compare-and-set on `version`: of two racing writers exactly one wins, on
// SQLite and PostgreSQL alike. `lock()` takes the row's write lock for the rest of the
// transaction (PostgreSQL row lock; SQLite serializes write transactions), so an edit,
// a decision and a release of the same document are never interleaved.

export const REVIEW_UID = 'plugin::review-gate.review';

export interface Decision {
  step: Step;
  decision: 'approve' | 'reject';
  userId: number;
  userEmail: string | null;
  userLabel: string;
  roleCode: string;
  at: string;
  comment: string | null;
  exemption?: { basis: string; reason: string } | null;
}

export interface VoidInfo {
  at: string;
  by: { key: string; id: number | null; email: string | null; label: string };
  fields: string[];
  previousState: State;
  voidedSteps: Step[];
  reviewedHash: string | null;
  newHash: string;
}

export interface Review {
  id: number;
  contentUid: string;
  contentDocumentId: string;
  state: State;
  contentHash: string | null;
  snapshot: Canonical | null;
  draftHash: string | null;
  steps: Partial<Record<Step, Decision>> | null;
  editors: Array<{ key: string; id: number | null; email: string | null; label: string }> | null;
  lastVoid: VoidInfo | null;
  lastRejection: Decision | null;
  submittedBy: { key: string; id: number | null; email: string | null; label: string; at: string } | null;
  stateSince: string | null;
  publishedHash: string | null;
  publishedAtIso: string | null;
  version: number;
}

export type ReviewPatch = Partial<Omit<Review, 'id' | 'contentUid' | 'contentDocumentId' | 'version'>>;

const q = (strapi: Core.Strapi) => strapi.db.query(REVIEW_UID as any);

export async function findReview(strapi: Core.Strapi, uid: string, documentId: string): Promise<Review | null> {
  return (await q(strapi).findOne({ where: { contentUid: uid, contentDocumentId: documentId } })) as Review | null;
}

export async function createReview(strapi: Core.Strapi, uid: string, documentId: string, data: ReviewPatch): Promise<Review> {
  return (await q(strapi).create({
    data: { contentUid: uid, contentDocumentId: documentId, state: 'draft', steps: {}, editors: [], version: 0, stateSince: new Date().toISOString(), ...data },
  })) as Review;
}

/** Take the review row's write lock until the surrounding transaction ends (no-op when absent). */
export async function lockReview(strapi: Core.Strapi, uid: string, documentId: string): Promise<void> {
  if (!strapi.db.inTransaction()) throw new Error('lockReview must run inside strapi.db.transaction');
  await q(strapi).updateMany({ where: { contentUid: uid, contentDocumentId: documentId }, data: { lockedAt: new Date().toISOString() } });
}

/** Compare-and-set: apply the patch only if nobody changed the review since it was read. */
export async function casUpdate(strapi: Core.Strapi, review: Review, patch: ReviewPatch): Promise<boolean> {
  const { count } = await q(strapi).updateMany({
    where: { id: review.id, version: review.version },
    data: { ...patch, version: review.version + 1 },
  });
  return count === 1;
}

export async function deleteReview(strapi: Core.Strapi, uid: string, documentId: string): Promise<void> {
  await q(strapi).deleteMany({ where: { contentUid: uid, contentDocumentId: documentId } });
}

export async function reviewsInStates(strapi: Core.Strapi, states: State[]): Promise<Review[]> {
  return (await q(strapi).findMany({ where: { state: { $in: states } }, orderBy: { stateSince: 'asc' } })) as Review[];
}
