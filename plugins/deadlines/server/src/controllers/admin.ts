// Admin API of the 公开时限 page, the list column and the edit-view panel (R20–R25).
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CalendarImportError } from '../calendar/import/errors';
import { MAX_YEAR, MIN_YEAR } from '../calendar/import/validate-year';
import { isTrackedType } from '../content/tracked-types';

const FORMATS = ['json', 'ics'];

function yearParam(raw: unknown): number {
  const year = Number(raw);
  if (!/^\d{4}$/.test(String(raw)) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new errors.ValidationError(`年份 ${String(raw)} 无效`, { field: 'year' });
  }
  return year;
}

function trackedParam(uid: unknown): string {
  if (!isTrackedType(uid)) throw new errors.ValidationError(`内容类型 ${String(uid)} 不计算公开时限`, { field: 'uid' });
  return uid;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const deadlines = () => strapi.plugin('deadlines').service('deadlines');
  const calendar = () => strapi.plugin('deadlines').service('calendar');
  return {
    async status(ctx: any) {
      const uid = trackedParam(ctx.params.uid);
      const status = await deadlines().statusFor(uid, ctx.params.documentId);
      if (!status) throw new errors.NotFoundError('找不到该文档');
      ctx.body = { data: status };
    },

    async statuses(ctx: any) {
      const uid = trackedParam(ctx.params.uid);
      const raw = ctx.query.documentIds;
      const ids = (Array.isArray(raw) ? raw : String(raw ?? '').split(',')).map((s: string) => s.trim()).filter(Boolean);
      ctx.body = { data: await deadlines().statusesFor(uid, ids) };
    },

    async dashboard(ctx: any) {
      const { sort, unit } = ctx.query ?? {};
      ctx.body = { data: await deadlines().dashboard({ sort: typeof sort === 'string' ? sort : undefined, unit: typeof unit === 'string' && unit ? unit : undefined }) };
    },

    async calendar(ctx: any) {
      const data: any = await calendar().coverage();
      if (ctx.query?.year !== undefined) data.year = await calendar().yearSchedule(yearParam(ctx.query.year));
      ctx.body = { data };
    },

    /** Body { format: 'json'|'ics', text, dryRun? } → 200 { data: { saved, years: [{ year, impact, warnings }] } }. */
    async importCalendar(ctx: any) {
      const { format, text, dryRun } = ctx.request.body ?? {};
      if (!FORMATS.includes(format)) throw new errors.ValidationError(`格式 ${String(format)} 不支持（只支持 json、ics）`, { field: 'format' });
      if (typeof text !== 'string' || !text.trim()) throw new errors.ValidationError('导入内容为空', { field: 'text' });
      try {
        ctx.body = { data: await calendar().importYear(text, format, ctx.state.user, { dryRun: dryRun === true }) };
      } catch (e) {
        if (e instanceof CalendarImportError) {
          throw new errors.ValidationError(e.message, { field: 'text', line: e.line ?? null, path: e.field ?? null });
        }
        throw e;
      }
    },

    async deleteYear(ctx: any) {
      const year = yearParam(ctx.params.year);
      if (!(await calendar().deleteOverride(year))) throw new errors.NotFoundError(`${year} 年没有管理员载入的安排`);
      ctx.body = { data: { year, deleted: true } };
    },
  };
};

