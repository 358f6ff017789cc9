// 公开时限 (deadlines) plugin: working-day deadlines of disclosed content (R20–R25), shown to
// the people who must meet them and recorded on publication (feeds R40). See ../../README.md.
import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import services from './services';
import controllers from './controllers';
import routes from './routes';
import policies from './policies';

export default {
  register() {},
  bootstrap,
  config,
  contentTypes,
  services,
  controllers,
  routes,
  policies,
  middlewares: {},
};
