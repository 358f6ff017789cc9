import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::progress-report.progress-report');
