import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::task-table.task-table');
