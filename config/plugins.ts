// Local plugins, one per capability (see README "Architecture"). Each is built with
// `strapi-plugin build` by `npm run build` before Strapi loads it from its dist/.
export default ({ env }) => ({
  // R35 static publishing: PORTAL_STATIC_DIR turns it on (pages written there on publish, with manifest.json for `npm run site:verify`)
  portal: { enabled: true, resolve: './plugins/portal', config: { static: { enabled: !!env('PORTAL_STATIC_DIR'), outDir: env('PORTAL_STATIC_DIR', ''), baseUrl: env('PORTAL_STATIC_BASE_URL', env('PUBLIC_URL', '')), regenerateOnRemote: env.bool('PORTAL_STATIC_PER_NODE', false) } } },
  'review-gate': {
    enabled: true,
    resolve: './plugins/review-gate',
    config: {
      // R10: the types whose every publication passes 初审 → 复审 → 终审
      gatedTypes: ['api::notice.notice', 'api::policy-interpretation.policy-interpretation', 'api::guide.guide'],
    },
  },
  // R20–R25: working-day deadlines, shown in the admin and recorded on publication (feeds R40)
  deadlines: { enabled: true, resolve: './plugins/deadlines' },
  // R41: notices in text, Markdown or Word imported as drafts with their task tables
  importer: { enabled: true, resolve: './plugins/importer' },
  // R12: personal-information scan and one-click mask, asked by the review gate at 复审.
  // officialNumbers: numbers/e-mails published on purpose (editors add more in the admin: 官方联系方式)
  'privacy-guard': { enabled: true, resolve: './plugins/privacy-guard', config: { officialNumbers: [] } },
});
