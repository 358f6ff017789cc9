import fs from 'fs';
import path from 'path';
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { ensureAdminUser } from '../src/bootstrap/accounts';
import { APP_ROOT } from '../src/scripts/boot';
import { reviewAndPublish, type GateHttp, type GateTokens } from './gate-client';

// Demo content: units (R5) from the seed work plans, and one account per role.
// Everything here is idempotent: running the demo twice adds nothing twice.

// Data files are read from the source tree (the compiled loader runs from dist/seeds).
export const SEEDS_DIR = path.join(APP_ROOT, 'seeds');

export interface DemoAccount { role: string; email: string; password: string }

const ACCOUNT_PLAN = [
  { role: '超级管理员', email: 'admin@gongkai.local', firstname: '管理员', roleCodes: ['strapi-super-admin'] },
  { role: '编辑', email: 'editor@gongkai.local', firstname: '编辑', roleCodes: ['gk-editor'] },
  { role: '初审', email: 'first@gongkai.local', firstname: '初审', roleCodes: ['gk-first-reviewer'] },
  { role: '复审', email: 'second@gongkai.local', firstname: '复审', roleCodes: ['gk-second-reviewer'] },
  { role: '终审', email: 'final@gongkai.local', firstname: '终审', roleCodes: ['gk-final-reviewer'] },
  { role: '单位', email: 'unit@gongkai.local', firstname: '单位', roleCodes: ['gk-unit'] },
];

function newPassword() {
  // Strapi's admin password rule: ≥ 8 chars with upper, lower and a digit.
  return `Gk-${crypto.randomBytes(9).toString('base64url')}9a`;
}

/** Demo accounts: passwords generated on first run, kept in the git-ignored accounts file. */
export async function seedAccounts(strapi: Core.Strapi, accountsFile: string): Promise<DemoAccount[]> {
  const known: DemoAccount[] = fs.existsSync(accountsFile) ? JSON.parse(fs.readFileSync(accountsFile, 'utf8')) : [];
  const accounts: DemoAccount[] = [];
  for (const plan of ACCOUNT_PLAN) {
    const password = known.find((a) => a.email === plan.email)?.password ?? newPassword();
    await ensureAdminUser(strapi, { email: plan.email, firstname: plan.firstname, lastname: '（演示）', password, roleCodes: plan.roleCodes });
    accounts.push({ role: plan.role, email: plan.email, password });
  }
  fs.writeFileSync(accountsFile, JSON.stringify(accounts, null, 2) + '\n', { mode: 0o600 });
  return accounts;
}

interface UnitSeed { name: string; shortName?: string; kind?: string; keyArea?: boolean; parent?: string }

/** Units of the seed work plans (000 附件1, 附件2), matched by name. */
export async function seedUnits(strapi: Core.Strapi): Promise<number> {
  const { units } = JSON.parse(fs.readFileSync(path.join(SEEDS_DIR, 'units.json'), 'utf8')) as { units: UnitSeed[] };
  const docs = strapi.documents('api::unit.unit');
  let created = 0;
  await strapi.db.transaction(async () => {
    const ids = new Map<string, string>();
    for (const [order, u] of units.entries()) {
      const existing = await docs.findFirst({ filters: { name: u.name } });
      if (existing) { ids.set(u.name, existing.documentId); continue; }
      const parent = u.parent ? ids.get(u.parent) : undefined;
      const made = await docs.create({
        data: { name: u.name, shortName: u.shortName, kind: u.kind ?? 'department', keyArea: !!u.keyArea, order, parent: parent ?? null } as any,
      });
      ids.set(u.name, made.documentId);
      created++;
    }
  });
  return created;
}

/** Footer information (指引) and the 政府信息公开指南 of the demo site, set once. */
export async function seedSiteSettings(strapi: Core.Strapi) {
  const settings = strapi.documents('plugin::portal.site-setting' as any);
  if (!(await settings.findFirst({}))) {
    await settings.create({ data: {
      siteName: '揭阳市人民政府 · 政务公开（演示）', sponsor: '揭阳市人民政府办公室', organizer: '揭阳市政务服务数据管理局（演示数据）',
      siteCode: '演示-0000000000', icp: '演示ICP备00000000号', publicSecurityRecord: '演示公网安备00000000000000号',
      address: '广东省揭阳市（演示地址）', phone: '0663-0000000', email: 'gongkai@example.gov.cn',
    } as any });
  }
  const guide = strapi.documents('plugin::portal.disclosure-guide' as any);
  if (!(await guide.findFirst({}))) {
    await guide.create({ data: {
      officeName: '揭阳市人民政府办公室政务公开科（演示）', officeAddress: '广东省揭阳市（演示地址）', officeHours: '工作日 8:30–12:00，14:30–17:30',
      phone: '0663-0000000', fax: '0663-0000001', email: 'gongkai@example.gov.cn', postcode: '522000',
    } as any });
  }
}

export async function seedDemo(strapi: Core.Strapi, opts: { accountsFile: string }) {
  await seedSiteSettings(strapi);
  const unitsCreated = await seedUnits(strapi);
  const accounts = await seedAccounts(strapi, opts.accountsFile);
  return { unitsCreated, accounts };
}

/**
 * Publish the sample notices through the review gate with the demo accounts — three
 * different reviewers, none the author — so the audit trail is real (R10). Forwarded
 * documents go first, so a forwarding notice links to their published versions; the last
 * of `noticeIds` stops after 初审 and waits at 复审 to show the queue. Items already in
 * review or published are left as they are, so re-running adds nothing.
 */
export async function publishDemoNotices(strapi: Core.Strapi, http: GateHttp, tokens: GateTokens, noticeIds: string[]) {
  const NOTICE = 'api::notice.notice';
  const gate = strapi.plugin('review-gate').service('gate') as any;
  const all: any[] = await strapi.documents(NOTICE).findMany({ fields: ['documentId'], populate: { forwards: { fields: ['documentId'] } } } as any);
  const forwarded = [...new Set(all.flatMap((n) => (n.forwards ?? []).map((f: any) => f.documentId as string)))];
  const order = [...forwarded.filter((id) => !noticeIds.includes(id)), ...noticeIds];
  const results: Array<{ documentId: string; action: 'unchanged' | 'published' | 'waiting-second' }> = [];
  for (const [i, documentId] of order.entries()) {
    const s = await gate.status(NOTICE, documentId);
    if (s.published || s.state !== 'draft') { results.push({ documentId, action: 'unchanged' }); continue; }
    const last = i === order.length - 1;
    await reviewAndPublish(http, tokens, NOTICE, documentId, last ? { through: 'first' } : {});
    results.push({ documentId, action: last ? 'waiting-second' : 'published' });
  }
  return results;
}
