// Only super administrators may load, correct or remove a year's holiday schedule: every
// deadline of the site depends on it (R20–R25 note).
const SUPER_ADMIN = 'strapi-super-admin';

export default (policyContext: any) => {
  const roles: Array<{ code?: string }> = policyContext.state?.user?.roles ?? [];
  return roles.some((r) => r?.code === SUPER_ADMIN);
};
