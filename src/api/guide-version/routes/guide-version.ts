import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::guide-version.guide-version');
