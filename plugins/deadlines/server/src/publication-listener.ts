// On every publication of a tracked type, record the due date, the publication time and
// whether it was on time (R20, feeds R40). Strapi emits `entry.publish` from the document
// service's publish() after the transaction commits, with the payload
// { model, uid, entry } where `entry` is the new published row (documentId, publishedAt).
// It reaches us on every path that publishes through the document service (admin panel,
// REST, scripts); a publication refused by the review gate never emits it.
import type { Core } from '@strapi/strapi';
import { isTrackedType } from './content/tracked-types';

export interface PublishEvent {
  model?: string;
  uid?: string;
  entry?: { documentId?: string; publishedAt?: string | Date | null } | null;
}

export function createPublicationListener(strapi: Core.Strapi) {
  return async (event: PublishEvent) => {
    const uid = event?.uid;
    if (!isTrackedType(uid)) return;
    const documentId = event.entry?.documentId;
    const publishedAt = event.entry?.publishedAt ?? new Date();
    if (!documentId) return;
    // The publication has already happened: a failure here is logged, never thrown into it.
    try {
      await strapi.plugin('deadlines').service('deadlines').recordPublication(uid, documentId, publishedAt);
    } catch (e: any) {
      // A missing date (e.g. no 签发日期 on a 行政规范性文件) is the editor's to fix, not a fault.
      const log = e?.name === 'DeadlineRuleError' ? strapi.log.warn : strapi.log.error;
      log.call(strapi.log, `[deadlines] 未能记录 ${uid} ${documentId} 的发布时限：${e?.message ?? e}`);
    }
  };
}

export function subscribeToPublications(strapi: Core.Strapi): () => void {
  return strapi.eventHub.on('entry.publish', createPublicationListener(strapi));
}
