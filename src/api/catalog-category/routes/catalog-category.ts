import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::catalog-category.catalog-category');
