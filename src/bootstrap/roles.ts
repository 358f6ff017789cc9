import type { Core } from '@strapi/strapi';

// Admin roles of the product (requirements "Users" table). Codes are stable: the
// review gate and the demo accounts refer to them (R10).
export interface RoleSpec {
  code: string;
  name: string;
  description: string;
  /** content-manager actions per content-type uid */
  content: Record<string, Array<'create' | 'read' | 'update' | 'delete' | 'publish'>>;
  upload?: boolean;
}

const EDITABLE = ['api::notice.notice', 'api::policy-interpretation.policy-interpretation', 'api::guide.guide'];
const TASKS = ['api::task-table.task-table', 'api::task.task'];
const REFERENCE = ['api::unit.unit', 'api::catalog-category.catalog-category'];
// Official contact numbers are exempt from the R12 scan, so only 复审 (who answers for
// personal information) may change the list; everyone else may read it.
const OFFICIAL_CONTACTS = 'plugin::privacy-guard.official-contact';
const READABLE = [...EDITABLE, ...TASKS, ...REFERENCE, 'api::progress-report.progress-report', 'api::guide-version.guide-version', OFFICIAL_CONTACTS];

const readAll = Object.fromEntries(READABLE.map((uid) => [uid, ['read'] as const])) as RoleSpec['content'];

export const ROLES: RoleSpec[] = [
  {
    code: 'gk-editor',
    name: '编辑',
    description: '起草通知、任务分解表、政策解读和办事指南，提交审核（不能审核自己的稿件）。',
    content: {
      ...readAll,
      ...Object.fromEntries([...EDITABLE, ...TASKS].map((uid) => [uid, ['create', 'read', 'update', 'delete', 'publish']])),
    },
    upload: true,
  },
  {
    code: 'gk-first-reviewer',
    name: '初审',
    description: '三审第一步：审核文字、事实、错漏和完整性（R10）。',
    content: readAll,
  },
  {
    code: 'gk-second-reviewer',
    name: '复审',
    description: '三审第二步：保密审查、个人信息去标识化、公开时机和公开方式（R10、R12）。',
    content: { ...readAll, [OFFICIAL_CONTACTS]: ['create', 'read', 'update', 'delete'] },
  },
  {
    code: 'gk-final-reviewer',
    name: '终审',
    description: '三审第三步：签发。终审通过后方可公开发布（R10）。',
    content: { ...readAll, ...Object.fromEntries(EDITABLE.map((uid) => [uid, ['read', 'publish']])) },
  },
  {
    code: 'gk-unit',
    name: '单位',
    description: '报送牵头或参与任务的落实情况（R2）。',
    content: { ...readAll, 'api::progress-report.progress-report': ['create', 'read', 'update', 'delete', 'publish'] },
  },
];

const ACTION_ID = {
  create: 'plugin::content-manager.explorer.create',
  read: 'plugin::content-manager.explorer.read',
  update: 'plugin::content-manager.explorer.update',
  delete: 'plugin::content-manager.explorer.delete',
  publish: 'plugin::content-manager.explorer.publish',
} as const;

const UPLOAD_ACTIONS = [
  'plugin::upload.read',
  'plugin::upload.configure-view',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];

/** The permission list of a role, with every field of each subject allowed. */
function permissionsFor(strapi: Core.Strapi, spec: RoleSpec) {
  const permissionService = strapi.service('admin::permission') as any;
  const contentTypeService = strapi.service('admin::content-type') as any;
  const actions = permissionService.actionProvider.values().filter((a: any) => a.section === 'contentTypes');
  const all = contentTypeService.getPermissionsWithNestedFields(actions) as Array<{ action: string; subject: string }>;
  const wanted = new Set(
    Object.entries(spec.content).flatMap(([uid, verbs]) => verbs.map((v) => `${ACTION_ID[v]}|${uid}`)),
  );
  const perms: any[] = all.filter((p) => wanted.has(`${p.action}|${p.subject}`));
  if (spec.upload) perms.push(...UPLOAD_ACTIONS.map((action) => ({ action, subject: null, properties: {}, conditions: [] })));
  return perms;
}

/** Create the product's roles, or bring their permissions back to the definition. Idempotent. */
export async function ensureRoles(strapi: Core.Strapi): Promise<Record<string, number>> {
  const roleService = strapi.service('admin::role') as any;
  const ids: Record<string, number> = {};
  for (const spec of ROLES) {
    let role = await roleService.findOne({ code: spec.code });
    if (!role) role = await roleService.create({ name: spec.name, code: spec.code, description: spec.description });
    await roleService.assignPermissions(role.id, permissionsFor(strapi, spec));
    ids[spec.code] = role.id;
  }
  return ids;
}
