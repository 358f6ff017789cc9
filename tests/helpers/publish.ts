import type { Core } from '@strapi/strapi';
import { http, adminLogin } from './http';
import { reviewAndPublish, type GateHttp, type GateTokens } from '../../seeds/gate-client';

// Publishing in tests goes through the real review gate (R10) over its HTTP API, with an
// editor and three different reviewers (made once per app), as the demo does.
const tokensByApp = new WeakMap<Core.Strapi, GateTokens>();

export function gateHttp(app: Core.Strapi): GateHttp {
  return {
    async post(path, token, body) {
      const res = await http(app).post(path).set({ Authorization: `Bearer ${token}` }).send(body as object);
      return { status: res.status, body: res.body };
    },
  };
}

export async function gateTokens(app: Core.Strapi): Promise<GateTokens> {
  let t = tokensByApp.get(app);
  if (!t) {
    t = {
      editor: (await adminLogin(app, ['gk-editor'], 'pub-editor')).token,
      first: (await adminLogin(app, ['gk-first-reviewer'], 'pub-first')).token,
      second: (await adminLogin(app, ['gk-second-reviewer'], 'pub-second')).token,
      final: (await adminLogin(app, ['gk-final-reviewer'], 'pub-final')).token,
    };
    tokensByApp.set(app, t);
  }
  return t;
}

export async function publishReviewed(app: Core.Strapi, uid: string, documentId: string) {
  await reviewAndPublish(gateHttp(app), await gateTokens(app), uid, documentId);
}

/** 撤稿 through the gate's route with a reason (R10), as the final reviewer. */
export async function unpublishReviewed(app: Core.Strapi, uid: string, documentId: string, reason = '测试撤稿') {
  const res = await gateHttp(app).post(`/review-gate/unpublish/${encodeURIComponent(uid)}/${documentId}`, (await gateTokens(app)).final, { reason });
  if (res.status !== 200) throw new Error(`unpublish ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}
