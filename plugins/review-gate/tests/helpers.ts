import type { Core } from '@strapi/strapi';
import { http, adminLogin } from '../../../tests/helpers/http';

// Fixtures for the review-gate integration tests: people holding the product's roles,
// documents created the way editors create them (the content-manager, so createdBy is
// set), and the gate's admin API.

export const NOTICE = 'api::notice.notice';
export const INTERP = 'api::policy-interpretation.policy-interpretation';
export const GUIDE = 'api::guide.guide';

export type Person = Awaited<ReturnType<typeof adminLogin>>;

export interface Cast {
  editor: Person;
  editor2: Person;
  first: Person;
  first2: Person;
  second: Person;
  final: Person;
  final2: Person;
  /** super admin holding all three step roles (R10: still bound by separation of duties) */
  all: Person;
}

export async function cast(app: Core.Strapi): Promise<Cast> {
  return {
    editor: await adminLogin(app, ['gk-editor']),
    editor2: await adminLogin(app, ['gk-editor']),
    first: await adminLogin(app, ['gk-first-reviewer']),
    first2: await adminLogin(app, ['gk-first-reviewer']),
    second: await adminLogin(app, ['gk-second-reviewer']),
    final: await adminLogin(app, ['gk-final-reviewer']),
    final2: await adminLogin(app, ['gk-final-reviewer']),
    all: await adminLogin(app, ['strapi-super-admin', 'gk-first-reviewer', 'gk-second-reviewer', 'gk-final-reviewer']),
  };
}

export async function categoryId(app: Core.Strapi): Promise<string> {
  const cat = await app.documents('api::catalog-category.catalog-category').findFirst({});
  if (!cat) throw new Error('no catalog category seeded');
  return cat.documentId;
}

let serial = 0;

/** Create a draft through the content-manager as `who` (createdBy = who). */
export async function createAs(app: Core.Strapi, who: Person, uid: string, data: Record<string, unknown>): Promise<any> {
  const res = await http(app).post(`/content-manager/collection-types/${uid}`).set(who.auth).send(data);
  if (res.status !== 201) throw new Error(`create ${uid} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
}

export async function noticeData(app: Core.Strapi, extra: Record<string, unknown> = {}) {
  serial += 1;
  return { title: `测试通知 ${serial} ${Date.now()}`, issuer: '揭阳市人民政府办公室', body: '<p>正文</p>', category: await categoryId(app), ...extra };
}

export async function newNotice(app: Core.Strapi, who: Person, extra: Record<string, unknown> = {}) {
  return createAs(app, who, NOTICE, await noticeData(app, extra));
}

export async function newInterpretation(app: Core.Strapi, who: Person, noticeDocumentId: string, extra: Record<string, unknown> = {}) {
  serial += 1;
  return createAs(app, who, INTERP, {
    title: `政策解读 ${serial} ${Date.now()}`,
    notices: [noticeDocumentId],
    category: await categoryId(app),
    summary: '解读摘要',
    ...extra,
  });
}

/** Edit a draft through the content-manager as `who`. */
export async function editAs(app: Core.Strapi, who: Person, uid: string, documentId: string, data: Record<string, unknown>) {
  return http(app).put(`/content-manager/collection-types/${uid}/${documentId}`).set(who.auth).send(data);
}

export const gateApi = (app: Core.Strapi) => ({
  status: (who: Person, uid: string, documentId: string) => http(app).get(`/review-gate/status/${uid}/${documentId}`).set(who.auth),
  audit: (who: Person, uid: string, documentId: string) => http(app).get(`/review-gate/audit/${uid}/${documentId}`).set(who.auth),
  queue: (who: Person) => http(app).get('/review-gate/queue').set(who.auth),
  submit: (who: Person, uid: string, documentId: string, body: Record<string, unknown> = {}) =>
    http(app).post(`/review-gate/submit/${uid}/${documentId}`).set(who.auth).send(body),
  decide: (who: Person, uid: string, documentId: string, body: Record<string, unknown>) =>
    http(app).post(`/review-gate/decide/${uid}/${documentId}`).set(who.auth).send(body),
  publish: (who: Person, uid: string, documentId: string) => http(app).post(`/review-gate/publish/${uid}/${documentId}`).set(who.auth).send({}),
  unpublish: (who: Person, uid: string, documentId: string, body: Record<string, unknown>) =>
    http(app).post(`/review-gate/unpublish/${uid}/${documentId}`).set(who.auth).send(body),
});

export type GateApi = ReturnType<typeof gateApi>;

/** Submit and pass all three steps with three different reviewers; asserts each step. */
export async function passAllSteps(api: GateApi, c: Cast, uid: string, documentId: string, opts: { submitter?: Person } = {}) {
  const sub = await api.submit(opts.submitter ?? c.editor, uid, documentId);
  if (sub.status !== 200) throw new Error(`submit failed: ${sub.status} ${JSON.stringify(sub.body)}`);
  for (const [who, step] of [
    [c.first, 'first'],
    [c.second, 'second'],
    [c.final, 'final'],
  ] as const) {
    const res = await api.decide(who, uid, documentId, { step, decision: 'approve', comment: `${step} ok` });
    if (res.status !== 200) throw new Error(`${step} failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

export async function publishedCount(app: Core.Strapi, uid: string, documentId: string) {
  return app.db.query(uid as any).count({ where: { documentId, publishedAt: { $notNull: true } } });
}

/**
 * Keep the HTTP server listening (on a free port) for the whole file: supertest otherwise
 * opens and closes it around every request, and overlapping requests (the race tests)
 * get their connection reset when another one closes it.
 */
export async function listen(app: Core.Strapi) {
  const server = app.server.httpServer;
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
}

export const gate = (app: Core.Strapi) => app.plugin('review-gate').service('gate') as any;
