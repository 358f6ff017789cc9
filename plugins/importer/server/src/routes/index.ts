// Admin API of the importer (R41) → /importer/…, admin JWT of an editor or super admin.
const editors = { policies: ['admin::isAuthenticatedAdmin', 'plugin::importer.is-editor'] };

export default {
  admin: {
    type: 'admin',
    routes: [
      // multipart field `file` (.txt/.md/.docx), or JSON { fileName, text } → parse result, units, source text
      { method: 'POST', path: '/preview', handler: 'importer.preview', config: editors },
      // { result, confirmNewUnits, categorySlug? } → draft notice + task table, one transaction
      { method: 'POST', path: '/commit', handler: 'importer.commit', config: editors },
      // the catalog categories (R6) to choose from
      { method: 'GET', path: '/categories', handler: 'importer.categories', config: editors },
    ],
  },
};
