import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::catalog-category.catalog-category');
