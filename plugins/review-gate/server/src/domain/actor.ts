import type { Core } from '@strapi/strapi';

// Who is acting on a document, read from the request the document-service call serves
// (admin panel and /review-gate routes: an admin user; REST: an API token).

export interface Actor {
  kind: 'admin' | 'api-token' | 'system';
  /** Stable key for the editors set, e.g. `admin:3`, `api-token:1`, `system`. */
  key: string;
  id: number | null;
  email: string | null;
  /** Admin role codes held (R10: holding a role is what lets a person decide a step). */
  roles: string[];
  label: string;
}

export const SYSTEM_ACTOR: Actor = { kind: 'system', key: 'system', id: null, email: null, roles: [], label: '系统' };

export function adminActor(user: any): Actor {
  const id = Number(user.id);
  const email = user.email ?? null;
  return {
    kind: 'admin',
    key: `admin:${id}`,
    id,
    email,
    roles: (user.roles ?? []).map((r: any) => r.code).filter(Boolean),
    label: [user.firstname, user.lastname].filter(Boolean).join(' ') || email || `管理员 ${id}`,
  };
}

export function currentActor(strapi: Core.Strapi): Actor {
  const ctx: any = strapi.requestContext.get();
  const state = ctx?.state;
  const strategy = state?.auth?.strategy?.name;
  if (state?.user && (strategy === 'admin' || state.userAbility)) return adminActor(state.user);
  if (strategy === 'api-token') {
    const token = state.auth.credentials ?? {};
    return { kind: 'api-token', key: `api-token:${token.id}`, id: token.id ?? null, email: null, roles: [], label: `API 令牌 ${token.name ?? token.id}` };
  }
  return SYSTEM_ACTOR;
}

/** Who acted, for the audit record's details (API tokens and scripts have no e-mail). */
export const actorRef = (a: Actor) => ({ kind: a.kind, key: a.key, label: a.label });
