// Admin-authenticated routes under /review-gate (admin JWT). No content-API routes:
// the review state and audit trail are never reachable from the public API (R10).
const auth = { policies: ['admin::isAuthenticatedAdmin'] };

const r = (method: 'GET' | 'POST', path: string, handler: string) => ({ method, path, handler: `gate.${handler}`, config: auth });

export default {
  admin: {
    type: 'admin',
    routes: [
      r('GET', '/status/:uid/:documentId', 'status'),
      r('GET', '/audit/:uid/:documentId', 'audit'),
      r('GET', '/queue', 'queue'),
      r('GET', '/verify', 'verify'),
      r('POST', '/submit/:uid/:documentId', 'submit'),
      r('POST', '/decide/:uid/:documentId', 'decide'),
      r('POST', '/publish/:uid/:documentId', 'publish'),
      r('POST', '/unpublish/:uid/:documentId', 'unpublish'),
    ],
  },
};
