import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::progress-report.progress-report');
