// Chinese labels of the official-contact fields in the content-manager (admin in zh-Hans).
// Only labels and the main field are written; a layout an administrator arranged is kept.
import type { Core } from '@strapi/strapi';
import { OFFICIAL_CONTACT_LABELS, OFFICIAL_CONTACT_UID } from './content-types/official-contact';

export async function applyFieldLabels(strapi: Core.Strapi) {
  const service = strapi.plugin('content-manager')?.service('content-types') as any;
  if (!service) return;
  const conf = await service.findConfiguration({ uid: OFFICIAL_CONTACT_UID });
  let changed = false;
  for (const [field, label] of Object.entries(OFFICIAL_CONTACT_LABELS)) {
    const meta = conf.metadatas?.[field];
    for (const view of ['edit', 'list'] as const) {
      if (meta?.[view] && meta[view].label !== label) {
        meta[view].label = label;
        changed = true;
      }
    }
  }
  if (conf.settings && conf.settings.mainField !== 'value') {
    conf.settings.mainField = 'value';
    changed = true;
  }
  if (changed) {
    const { uid: _uid, isComponent: _c, category: _cat, ...rest } = conf;
    await service.updateConfiguration({ uid: OFFICIAL_CONTACT_UID }, rest);
  }
}
