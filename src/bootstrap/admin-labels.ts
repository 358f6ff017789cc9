import type { Core } from '@strapi/strapi';
import { FIELD_LABELS } from './field-labels';

/**
 * Writes the Chinese field labels into the content-manager's view configuration so
 * editors see 文号, 签发日期 … rather than attribute names. Only labels and the main
 * field are touched; layouts an administrator arranged are kept.
 */
export async function applyChineseLabels(strapi: Core.Strapi) {
  const cm = strapi.plugin('content-manager');
  for (const [uid, labels] of Object.entries(FIELD_LABELS)) {
    const isComponent = !uid.startsWith('api::');
    const service = cm.service(isComponent ? 'components' : 'content-types') as any;
    const model = isComponent ? strapi.components[uid] : strapi.contentTypes[uid];
    if (!model) continue;
    const conf = await service.findConfiguration(isComponent ? model : { uid });
    let changed = false;
    for (const [field, label] of Object.entries(labels)) {
      const meta = conf.metadatas?.[field];
      if (!meta) continue;
      if (meta.edit && meta.edit.label !== label) { meta.edit.label = label; changed = true; }
      if (meta.list && meta.list.label !== label) { meta.list.label = label; changed = true; }
    }
    const mainField = Object.keys(labels)[0];
    if (conf.settings && conf.settings.mainField !== mainField) { conf.settings.mainField = mainField; changed = true; }
    if (changed) {
      const { uid: _uid, isComponent: _c, category: _cat, ...rest } = conf;
      await service.updateConfiguration(isComponent ? model : { uid }, rest);
    }
  }
}
