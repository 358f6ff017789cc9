import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';

// review-gate: the 三审 regime of the notices (R10, R11; R12 hook at 复审). See README.
export default {
  register() {},
  bootstrap,
  config,
  contentTypes,
  controllers,
  routes,
  services,
  policies: {},
  middlewares: {},
};
