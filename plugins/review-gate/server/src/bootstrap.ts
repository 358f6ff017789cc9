import type { Core } from '@strapi/strapi';
import { reviewGateMiddleware } from './middleware';
import type { GateConfig } from './config';
import { ensureIndex } from '@gongkai/shared';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  const cfg = strapi.config.get('plugin::review-gate') as GateConfig;
  const gate = strapi.plugin('review-gate').service('gate') as any;
  for (const uid of gate.gatedTypes()) {
    const ct: any = strapi.contentType(uid as any);
    if (!ct) throw new Error(`review-gate: 受审内容类型 ${uid} 不存在`);
    if (!ct.options?.draftAndPublish) throw new Error(`review-gate: 受审内容类型 ${uid} 必须启用草稿与发布`);
  }
  // Registered in bootstrap, not register: the app's own content rules (R3, R6 — registered
  // in the app's register) then run first, so "no category" is reported before "not
  // reviewed". Nothing is served before bootstrap ends, so no path runs without the gate.
  strapi.documents.use(reviewGateMiddleware(strapi, cfg, () => gate.gatedTypes()));
  // Reviews and the audit trail are read per document on every decision (the bench found
  // full scans of the audit table growing with every publication).
  await ensureIndex(strapi as any, 'plugin::review-gate.audit-record', ['contentUid', 'contentDocumentId']);
  await ensureIndex(strapi as any, 'plugin::review-gate.review', ['contentUid', 'contentDocumentId']);
};
