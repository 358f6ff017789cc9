// Admin side of 三审发布 (R10–R12): the 待我审核 page and the edit-view side panel.
import { Check } from '@strapi/icons';
import { PLUGIN_ID } from './pluginId';
import { ReviewPanel } from './components/ReviewPanel';

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Check,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: '待我审核' },
      Component: () => import('./pages/QueuePage'),
      permissions: [],
    });
    app.registerPlugin({ id: PLUGIN_ID, name: '三审发布' });
  },
  bootstrap(app: any) {
    const cm = app.getPlugin('content-manager');
    if (typeof cm?.apis?.addEditViewSidePanel === 'function') cm.apis.addEditViewSidePanel([ReviewPanel]);
  },
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ data: { [`${PLUGIN_ID}.plugin.name`]: '待我审核' }, locale }));
  },
};
