// Admin side of 公文导入 (R41): one menu page — upload, side-by-side preview, fix, create the draft.
import { CloudUpload } from '@strapi/icons';
import { PLUGIN_ID } from './pluginId';

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: CloudUpload,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: '公文导入' },
      Component: () => import('./pages/App'),
      permissions: [],
    });
    app.registerPlugin({ id: PLUGIN_ID, name: '公文导入' });
  },
  bootstrap() {},
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ data: { [`${PLUGIN_ID}.plugin.name`]: '公文导入' }, locale }));
  },
};
