// Admin side of 公开时限 (R20–R25): a menu page (dashboard + calendar), a side panel in the
// edit view and a column in the list view of the tracked types.
import { Clock } from '@strapi/icons';
import { PLUGIN_ID } from './pluginId';
import { DeadlinePanel } from './components/DeadlinePanel';
import { addDeadlineColumn } from './components/DeadlineCell';

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Clock,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: '公开时限' },
      Component: () => import('./pages/App'),
      permissions: [],
    });
    app.registerPlugin({ id: PLUGIN_ID, name: '公开时限' });
  },
  bootstrap(app: any) {
    const cm = app.getPlugin('content-manager');
    if (typeof cm?.apis?.addEditViewSidePanel === 'function') cm.apis.addEditViewSidePanel([DeadlinePanel]);
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', addDeadlineColumn);
  },
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ data: { [`${PLUGIN_ID}.plugin.name`]: '公开时限', [`${PLUGIN_ID}.list.column`]: '公开时限' }, locale }));
  },
};
