// privacy-guard (个人信息保护): R12 personal-information scan of drafts, published content
// and attachments; the one-click mask; the 复审 verdict the review gate asks for. See README.
import type { Core } from '@strapi/strapi';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import { applyFieldLabels } from './field-labels';
import { registerOfficialContactRules } from './official-contact-rules';
import routes from './routes';
import services from './services';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerOfficialContactRules(strapi);
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await applyFieldLabels(strapi);
  },
  config,
  contentTypes,
  controllers,
  routes,
  services,
  policies: {},
  middlewares: {},
};
