import request from 'supertest';
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { ensureAdminUser } from '../../src/bootstrap/accounts';

export const http = (app: Core.Strapi) => request(app.server.httpServer);

/** Create an admin account holding the given role codes and return a logged-in JWT. */
export async function adminLogin(app: Core.Strapi, roleCodes: string[], name = `u${crypto.randomBytes(3).toString('hex')}`) {
  const email = `${name}@test.gongkai.local`;
  const password = `Pw-${crypto.randomBytes(8).toString('hex')}A1`;
  const user = await ensureAdminUser(app, { email, firstname: name, password, roleCodes });
  const res = await http(app).post('/admin/login').send({ email, password });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  const token = res.body.data.token ?? res.body.data.accessToken;
  return { token, user, email, password, auth: { Authorization: `Bearer ${token}` } };
}

/** A full-access API token for the REST content API. */
export async function apiToken(app: Core.Strapi, type: 'full-access' | 'read-only' = 'full-access') {
  const svc = app.service('admin::api-token') as any;
  const token = await svc.create({ name: `test-${crypto.randomBytes(4).toString('hex')}`, type, lifespan: null, description: '' });
  return { Authorization: `Bearer ${token.accessKey}` };
}
