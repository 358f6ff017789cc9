import type { Core } from '@strapi/strapi';
import { registerContentRules } from './content-rules';
import { applyChineseLabels } from './bootstrap/admin-labels';
import { ensureRoles } from './bootstrap/roles';
import { ensureCatalog } from './bootstrap/catalog';
import { trackEvents, settleEvents } from './bootstrap/event-settle';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    trackEvents(strapi);
    registerContentRules(strapi);
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureRoles(strapi);
    await ensureCatalog(strapi);
    await applyChineseLabels(strapi);
  },
  async destroy() {
    await settleEvents();
  },
};
