// Importing creates drafts (R41): only editors (编辑, gk-editor) and super administrators may.
export const IMPORT_ROLES = ['gk-editor', 'strapi-super-admin'];

export default (policyContext: any) => {
  const roles: Array<{ code?: string }> = policyContext.state?.user?.roles ?? [];
  return roles.some((r) => !!r?.code && IMPORT_ROLES.includes(r.code));
};
