import type { Core } from '@strapi/strapi';
import { STEP_LABEL, firstMissingStep, type Step } from './state-machine';
import { draftVersion, type DraftVersion } from './content-hash';
import { findReview, type Review } from './review-store';

// R10: "Nothing reaches the public until 终审 has passed on the current version." The
// one place that decides whether a document's current draft may go public; the
// release guard, status(), isPublishable() and the queue all ask it.

export interface ReleaseVerdict {
  ok: boolean;
  /** The first step the current version still lacks (null when releasable). */
  missingStep: Step | null;
  /** Chinese reason naming the missing step (null when releasable). */
  message: string | null;
  review: Review | null;
  draft: DraftVersion | null;
}

export async function releaseVerdict(strapi: Core.Strapi, uid: string, documentId: string): Promise<ReleaseVerdict> {
  const [review, draft] = [await findReview(strapi, uid, documentId), await draftVersion(strapi, uid, documentId)];
  if (!draft) return { ok: false, missingStep: 'first', message: '找不到该文档的草稿版本，不能发布', review, draft };
  if (!review || review.state === 'draft') {
    const why = review?.lastVoid ? '已通过的审核因修改作废，' : review?.lastRejection ? '稿件已被驳回，' : '';
    return { ok: false, missingStep: 'first', message: `${why}当前版本尚未送审，未通过初审，不能发布（R10）`, review, draft };
  }
  const missing = firstMissingStep(review.state);
  if (missing) return { ok: false, missingStep: missing, message: `尚未通过${STEP_LABEL[missing]}，不能发布（R10）`, review, draft };
  if (draft.hash !== review.contentHash) {
    return {
      ok: false,
      missingStep: 'first',
      message: '终审通过后内容已被修改，当前版本尚未通过初审，不能发布（R10）',
      review,
      draft,
    };
  }
  return { ok: true, missingStep: null, message: null, review, draft };
}
