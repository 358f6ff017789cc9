import type { Core } from '@strapi/strapi';
import { subscribeToPublications } from './publication-listener';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  subscribeToPublications(strapi);
  // R20 note: warn when this or next year's holiday schedule is not loaded yet.
  try {
    const coverage = await strapi.plugin('deadlines').service('calendar').coverage();
    for (const w of coverage.warnings) strapi.log.warn(`[deadlines] ${w}`);
  } catch (e: any) {
    strapi.log.error(`[deadlines] 无法读取节假日安排：${e?.message ?? e}`);
  }
};
