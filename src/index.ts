import type { Core } from '@strapi/strapi';
import { registerContentRules } from './content-rules';
import { applyChineseLabels } from './bootstrap/admin-labels';
import { ensureRoles } from './bootstrap/roles';
import { ensureCatalog } from './bootstrap/catalog';
import { trackEvents, settleEvents } from './bootstrap/event-settle';
import { ensureIndex } from '@gongkai/shared';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    trackEvents(strapi);
    registerContentRules(strapi);
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureRoles(strapi);
    await ensureCatalog(strapi);
    await applyChineseLabels(strapi);
    // every public page looks documents up by slug (R30); the bench found full scans
    for (const uid of ['api::notice.notice', 'api::policy-interpretation.policy-interpretation', 'api::guide.guide']) {
      await ensureIndex(strapi as any, uid, ['slug']);
    }
    // R1 identifiers checked on every create: 索引号 uniqueness, 文号 duplicates (importer)
    await ensureIndex(strapi as any, 'api::notice.notice', ['indexNumber']);
    await ensureIndex(strapi as any, 'api::notice.notice', ['docIssuerAbbr', 'docYear', 'docSerial']);
  },
  async destroy() {
    await settleEvents();
  },
};
