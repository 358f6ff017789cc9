// 公文导入 (importer) plugin (R41): a notice in plain text, Markdown or Word becomes a
// draft notice with its task table (R1, R2), its units matched to the directory (R5).
// Public face: the `importer` service (see ../../README.md), the admin routes
// /importer/preview and /importer/commit, and `npm run import`.
import services from './services';
import controllers from './controllers';
import routes from './routes';
import policies from './policies';

export default {
  register() {},
  bootstrap() {},
  config: { default: {}, validator() {} },
  contentTypes: {},
  services,
  controllers,
  routes,
  policies,
  middlewares: {},
};
