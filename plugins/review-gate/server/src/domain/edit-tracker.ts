import type { Core } from '@strapi/strapi';
import { actorRef, currentActor, type Actor } from './actor';
import { changedFields, draftVersion } from './content-hash';
import { appendAudit } from './audit-chain';
import { casUpdate, createReview, findReview, lockReview, type VoidInfo } from './review-store';
import { next as nextState, passedSteps } from './state-machine';
import { withEditor } from './editors';
import { conflict } from './errors';

// R10: "An approval binds to the exact content reviewed: any edit after it voids the
// approvals." Every write to a gated document's draft (create, update, clone,
// discardDraft) runs here, in one transaction with the review row locked: the edit,
// the editors set and the void are one atomic step, so an edit racing a decision or a
// release is either entirely before it or entirely after it.

type Next = () => Promise<any>;

export async function trackEdit(strapi: Core.Strapi, ctx: any, next: Next) {
  const actor = currentActor(strapi);
  return strapi.db.transaction(async () => {
    const existingId: string | undefined = ctx.action === 'clone' || ctx.action === 'create' ? undefined : ctx.params?.documentId;
    if (existingId) await lockReview(strapi, ctx.uid, existingId);
    const result = await next();
    const documentId = existingId ?? result?.documentId;
    if (documentId) await noteEdit(strapi, ctx.uid, documentId, actor);
    return result;
  });
}

/** Record that `actor` (may have) changed the draft: editors set, and void if it was under review. */
export async function noteEdit(strapi: Core.Strapi, uid: string, documentId: string, actor: Actor) {
  const draft = await draftVersion(strapi, uid, documentId);
  if (!draft) return;
  const review = await findReview(strapi, uid, documentId);
  if (!review) {
    await createReview(strapi, uid, documentId, { draftHash: draft.hash, editors: withEditor([], actor) });
    return;
  }
  const changed = draft.hash !== review.draftHash;
  const stale = review.state !== 'draft' && draft.hash !== review.contentHash;
  if (!changed && !stale) return; // saved without changing the content
  const editors = changed ? withEditor(review.editors, actor) : review.editors ?? [];
  if (!stale) {
    if (!(await casUpdate(strapi, review, { draftHash: draft.hash, editors }))) throw conflict('该稿件正被他人同时处理，请稍后重试');
    return;
  }
  const at = new Date().toISOString();
  const fields = changedFields(review.snapshot, draft.canonical);
  const lastVoid: VoidInfo = {
    at,
    by: { key: actor.key, id: actor.id, email: actor.email, label: actor.label },
    fields,
    previousState: review.state,
    voidedSteps: passedSteps(review.state),
    reviewedHash: review.contentHash,
    newHash: draft.hash,
  };
  const ok = await casUpdate(strapi, review, {
    state: nextState(review.state, 'void')!,
    steps: {},
    draftHash: draft.hash,
    editors,
    lastVoid,
    stateSince: at,
  });
  if (!ok) throw conflict('该稿件正被他人同时处理，请稍后重试');
  await appendAudit(strapi, {
    contentUid: uid,
    contentDocumentId: documentId,
    versionHash: review.contentHash,
    action: 'void',
    userId: actor.id,
    userEmail: actor.email,
    roleCode: actor.roles.join(',') || null,
    comment: `送审后内容被修改（${fields.join('、') || '未知字段'}），已通过的审核作废`,
    details: { fields, previousState: review.state, voidedSteps: lastVoid.voidedSteps, newHash: draft.hash, actor: actorRef(actor) },
  });
}
