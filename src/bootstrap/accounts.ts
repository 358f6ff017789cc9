import type { Core } from '@strapi/strapi';

export interface AccountSpec {
  email: string;
  firstname: string;
  lastname?: string;
  password: string;
  roleCodes: string[];
}

/**
 * Create an admin user, or reset an existing one's password and roles to the spec.
 * Used by the demo seeding and by the tests (one way to make accounts). The admin
 * language is zh-Hans for every account we create.
 */
export async function ensureAdminUser(strapi: Core.Strapi, spec: AccountSpec) {
  const userService = strapi.service('admin::user') as any;
  const roleService = strapi.service('admin::role') as any;
  const roles: number[] = [];
  for (const code of spec.roleCodes) {
    const role = code === 'strapi-super-admin' ? await roleService.getSuperAdmin() : await roleService.findOne({ code });
    if (!role) throw new Error(`角色 ${code} 不存在`);
    roles.push(role.id);
  }
  const existing = await strapi.db.query('admin::user').findOne({ where: { email: spec.email.toLowerCase() } });
  const attrs = {
    firstname: spec.firstname,
    lastname: spec.lastname ?? '',
    password: spec.password,
    roles,
    isActive: true,
    preferedLanguage: 'zh-Hans',
  };
  if (existing) return userService.updateById(existing.id, attrs);
  return userService.create({ ...attrs, email: spec.email, registrationToken: null });
}
