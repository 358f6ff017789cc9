import type { Core } from '@strapi/strapi';
import { isPublishing, isWriting } from '@gongkai/shared';
import type { GateConfig } from './config';
import { AUDIT_UID } from './domain/audit-chain';
import { REVIEW_UID } from './domain/review-store';
import { forbidden } from './domain/errors';
import { guardDelete, guardRelease, guardUnpublish } from './domain/release-guard';
import { trackEdit } from './domain/edit-tracker';

// The gate's document-service middleware (R10, R11): the one place every path to the
// database's published versions passes — admin panel, bulk actions, REST, content
// releases, plugin and script code. `strapi.db.query` bypasses it; `gate:verify`
// reports what was published that way.

const GATE_OWN_TYPES = [REVIEW_UID, AUDIT_UID];

export function reviewGateMiddleware(strapi: Core.Strapi, cfg: GateConfig, gatedTypes: () => string[]) {
  return async (ctx: any, next: () => Promise<any>) => {
    if (GATE_OWN_TYPES.includes(ctx.uid)) {
      // The review state and the audit trail are written by the gate alone (db.query).
      if (isWriting(ctx) || ['delete', 'publish', 'unpublish', 'discardDraft'].includes(ctx.action)) {
        throw forbidden('三审状态和审计记录只能由三审流程写入，不能修改或删除（R10）');
      }
      return next();
    }
    if (!gatedTypes().includes(ctx.uid)) return next();
    if (isPublishing(ctx)) return guardRelease(strapi, cfg, ctx, next);
    switch (ctx.action) {
      case 'create':
      case 'update':
      case 'clone':
      case 'discardDraft':
        return trackEdit(strapi, ctx, next);
      case 'unpublish':
        return guardUnpublish(ctx, next);
      case 'delete':
        return guardDelete(strapi, ctx, next);
      default:
        return next();
    }
  };
}
