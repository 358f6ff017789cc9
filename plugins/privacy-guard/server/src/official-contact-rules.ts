// R12: an official contact must be a telephone number or an e-mail address, so that a
// stray word cannot silence the check. Enforced on every write path (document service).
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isContactValue } from './config';
import { OFFICIAL_CONTACT_UID } from './content-types/official-contact';

export function registerOfficialContactRules(strapi: Core.Strapi) {
  strapi.documents.use(async (ctx: any, next) => {
    if (ctx.uid !== OFFICIAL_CONTACT_UID || !['create', 'update'].includes(ctx.action)) return next();
    const data = ctx.params?.data ?? {};
    if (ctx.action === 'create' || 'value' in data) {
      const value = typeof data.value === 'string' ? data.value.trim() : data.value;
      if (!isContactValue(value)) {
        const message = '请填写电话号码（可带区号）或电子邮箱';
        throw new errors.ValidationError(message, { errors: [{ path: ['value'], message, name: 'ValidationError' }] });
      }
      data.value = value;
    }
    return next();
  });
}
