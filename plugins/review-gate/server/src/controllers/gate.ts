import type { Core } from '@strapi/strapi';
import { adminActor } from '../domain/actor';
import { ConflictError, forbidden } from '../domain/errors';

// Admin routes of the gate (/review-gate/...). Every route needs an admin JWT
// (admin::isAuthenticatedAdmin); each handler checks the content-manager permission
// that matches what it does, and the service checks step roles and separation (R10).

type Ctx = any;

const CM = 'plugin::content-manager.explorer';

function requirePermission(ctx: Ctx, action: 'read' | 'update' | 'publish', uid: string, what: string) {
  const ability = ctx.state.userAbility;
  if (!ability?.can(`${CM}.${action}`, uid)) throw forbidden(`您没有${what}该类内容的权限`);
}

/** Wrap a handler: `{ data }` on success; ConflictError → 409 in Strapi's error format. */
const handle = (fn: (ctx: Ctx) => Promise<unknown>) => async (ctx: Ctx) => {
  try {
    ctx.body = { data: await fn(ctx) };
  } catch (err) {
    if (err instanceof ConflictError) {
      ctx.status = 409;
      ctx.body = { data: null, error: { status: 409, name: 'ConflictError', message: err.message, details: (err as any).details ?? {} } };
      return;
    }
    throw err;
  }
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const gate = () => strapi.plugin('review-gate').service('gate') as any;
  const actorOf = (ctx: Ctx) => adminActor(ctx.state.user);
  return {
    status: handle(async (ctx) => {
      const { uid, documentId } = ctx.params;
      requirePermission(ctx, 'read', uid, '查看');
      return gate().status(uid, documentId);
    }),
    audit: handle(async (ctx) => {
      const { uid, documentId } = ctx.params;
      requirePermission(ctx, 'read', uid, '查看');
      return gate().audit(uid, documentId);
    }),
    queue: handle(async (ctx) => gate().queue(actorOf(ctx))),
    submit: handle(async (ctx) => {
      const { uid, documentId } = ctx.params;
      requirePermission(ctx, 'update', uid, '编辑（送审）');
      return gate().submit(uid, documentId, actorOf(ctx), ctx.request.body ?? {});
    }),
    decide: handle(async (ctx) => {
      const { uid, documentId } = ctx.params;
      requirePermission(ctx, 'read', uid, '查看');
      return gate().decide(uid, documentId, actorOf(ctx), ctx.request.body ?? {});
    }),
    publish: handle(async (ctx) => {
      const { uid, documentId } = ctx.params;
      requirePermission(ctx, 'publish', uid, '发布');
      return gate().publish(uid, documentId);
    }),
    unpublish: handle(async (ctx) => {
      const { uid, documentId } = ctx.params;
      requirePermission(ctx, 'publish', uid, '撤稿');
      return gate().unpublish(uid, documentId, actorOf(ctx), ctx.request.body ?? {});
    }),
    verify: handle(async () => gate().verify()),
  };
};
