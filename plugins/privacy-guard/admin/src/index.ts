// Admin side of 个人信息保护 (R12): the edit-view side panel 个人信息检查 with the one-click
// mask. The list of official contacts is edited in the content-manager (官方联系方式).
import { PLUGIN_ID } from './pluginId';
import { PrivacyPanel } from './components/PrivacyPanel';

export default {
  register(app: any) {
    app.registerPlugin({ id: PLUGIN_ID, name: '个人信息保护' });
  },
  bootstrap(app: any) {
    const cm = app.getPlugin('content-manager');
    if (typeof cm?.apis?.addEditViewSidePanel === 'function') cm.apis.addEditViewSidePanel([PrivacyPanel]);
  },
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ data: { [`${PLUGIN_ID}.plugin.name`]: '个人信息保护' }, locale }));
  },
};
