// Admin panel in 简体中文 (zh-Hans). Strapi keeps English as the fallback locale.
export default {
  config: {
    locales: ['zh-Hans'],
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap() {
    // First visit (before any user preference exists): default the admin to zh-Hans.
    try {
      if (!window.localStorage.getItem('strapi-admin-language')) {
        window.localStorage.setItem('strapi-admin-language', 'zh-Hans');
      }
    } catch {
      /* storage unavailable: the browser's language decides */
    }
  },
};
