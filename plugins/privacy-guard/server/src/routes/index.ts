// Admin routes only (/privacy-guard/…): findings never reach the content API (R35).
const auth = { policies: ['admin::isAuthenticatedAdmin'] };

export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/scan/:uid/:documentId', handler: 'scan.scan', config: auth },
      { method: 'POST', path: '/mask/:uid/:documentId', handler: 'scan.mask', config: auth },
    ],
  },
};
