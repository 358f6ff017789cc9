// Content API (public calculator) and admin API of the plugin (R20–R25).
const adminOnly = { policies: ['admin::isAuthenticatedAdmin'] };
const superAdminOnly = { policies: ['admin::isAuthenticatedAdmin', 'plugin::deadlines.is-super-admin'] };

export default {
  // prefix '' → /api/working-days/… (the content API adds /api; the default would be /api/deadlines/…)
  'content-api': {
    type: 'content-api',
    prefix: '',
    routes: [
      { method: 'GET', path: '/working-days/add', handler: 'working-days.add', config: { auth: false } },
      { method: 'GET', path: '/working-days/between', handler: 'working-days.between', config: { auth: false } },
    ],
  },
  // → /deadlines/…, admin JWT required
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/status/:uid/:documentId', handler: 'admin.status', config: adminOnly },
      { method: 'GET', path: '/statuses/:uid', handler: 'admin.statuses', config: adminOnly },
      { method: 'GET', path: '/dashboard', handler: 'admin.dashboard', config: adminOnly },
      { method: 'GET', path: '/calendar', handler: 'admin.calendar', config: adminOnly },
      { method: 'POST', path: '/calendar/import', handler: 'admin.importCalendar', config: superAdminOnly },
      { method: 'DELETE', path: '/calendar/:year', handler: 'admin.deleteYear', config: superAdminOnly },
    ],
  },
};
