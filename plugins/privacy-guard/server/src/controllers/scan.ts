// Admin routes of the privacy check (/privacy-guard/…, admin JWT). Reading findings needs
// read access to the type in the content-manager; masking edits the draft, so it needs
// update access (editors, super admins — not the reviewers) (R12, R35).
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

type Ctx = any;
const CM = 'plugin::content-manager.explorer';

const can = (ctx: Ctx, action: 'read' | 'update', uid: string): boolean => Boolean(ctx.state.userAbility?.can(`${CM}.${action}`, uid));

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const scanner = () => strapi.plugin('privacy-guard').service('scanner') as any;

  function target(ctx: Ctx, action: 'read' | 'update') {
    const { uid, documentId } = ctx.params;
    if (!scanner().isScannable(uid)) throw new errors.NotFoundError(`内容类型 ${uid} 不在个人信息检查范围内`);
    // PolicyError keeps the Chinese message (a ForbiddenError's is replaced by "Forbidden").
    if (!can(ctx, action, uid)) throw new errors.PolicyError(action === 'read' ? '您没有查看该类内容的权限' : '您没有编辑该类内容的权限，不能去标识化');
    return { uid: uid as string, documentId: documentId as string };
  }

  return {
    async scan(ctx: Ctx) {
      const { uid, documentId } = target(ctx, 'read');
      const report = await scanner().scanDraft(uid, documentId);
      ctx.body = { data: { ...report, canMask: can(ctx, 'update', uid) } };
    },
    async mask(ctx: Ctx) {
      const { uid, documentId } = target(ctx, 'update');
      ctx.body = { data: await scanner().maskDocument(uid, documentId, ctx.state.user) };
    },
  };
};
