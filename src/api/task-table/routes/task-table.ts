import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::task-table.task-table');
