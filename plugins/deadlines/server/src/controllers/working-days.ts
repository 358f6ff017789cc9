// Public working-day calculator (R20–R25), asked for by users of FOI portals:
//   GET /api/working-days/add?from=YYYY-MM-DD&days=N
//   GET /api/working-days/between?from=YYYY-MM-DD&to=YYYY-MM-DD
// Invalid input → 400 { error: { name: 'ValidationError', message, details: { field } } }.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { validateAddQuery, validateBetweenQuery, type QueryValidation } from '../calendar/http-query';
import { missingYearsWarning } from '../content/item-status';

function valid<T>(v: QueryValidation<T>): T {
  if (!v.ok) throw new errors.ValidationError(v.message, { field: v.field });
  return v.value;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const calendar = () => strapi.plugin('deadlines').service('calendar');
  return {
    async add(ctx: any) {
      const { from, days } = valid(validateAddQuery(ctx.query ?? {}));
      const r = await calendar().addWorkingDays(from, days);
      ctx.body = {
        from: r.from,
        days: r.days,
        due: r.due,
        provisional: r.provisional,
        skipped: r.skipped,
        missingYears: r.missingYears,
        warning: missingYearsWarning(r.missingYears),
      };
    },
    async between(ctx: any) {
      const { from, to } = valid(validateBetweenQuery(ctx.query ?? {}));
      const r = await calendar().workingDaysBetween(from, to);
      ctx.body = { from: r.from, to: r.to, days: r.days, provisional: r.provisional, missingYears: r.missingYears, warning: missingYearsWarning(r.missingYears) };
    },
  };
};
