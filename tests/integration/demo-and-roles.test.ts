import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { http } from '../helpers/http';
import { seedDemo, publishDemoNotices } from '../../seeds/demo-data';
import { seedNotices } from '../../seeds/demo-notices';
import { gateHttp } from '../helpers/publish';
import { ROLES } from '../../src/bootstrap/roles';

// Foundation: demo seeding (units R5, accounts per role), idempotence, roles, zh-Hans admin.
let app: Core.Strapi;
const accountsFile = path.join(os.tmpdir(), `gk-accounts-${process.pid}.json`);

beforeAll(async () => { app = await startStrapi(); });
afterAll(async () => { fs.rmSync(accountsFile, { force: true }); await stopStrapi(app); });

describe('demo seeding', () => {
  it('creates the units of 000 附件1/附件2 and one account per role, and re-running adds nothing', async () => {
    const first = await seedDemo(app, { accountsFile });
    const units = await app.documents('api::unit.unit').count({});
    const users = await app.db.query('admin::user').count();
    expect(first.unitsCreated).toBe(units);
    expect(units).toBeGreaterThanOrEqual(53);
    const keyArea = await app.documents('api::unit.unit').findFirst({ filters: { shortName: '市知识产权局' } });
    expect(keyArea).toMatchObject({ name: '揭阳市知识产权局', keyArea: true });
    const bian = await app.documents('api::unit.unit').findFirst({ filters: { shortName: '市编办' }, populate: ['parent'] } as any);
    expect((bian as any).parent.name).toBe('揭阳市人民政府');

    const saved = JSON.parse(fs.readFileSync(accountsFile, 'utf8'));
    expect(saved.map((a: any) => a.role)).toEqual(['超级管理员', '编辑', '初审', '复审', '终审', '单位']);
    for (const a of saved) expect(Object.keys(a).sort()).toEqual(['email', 'password', 'role']);

    expect(await app.documents('plugin::portal.site-setting' as any).findFirst({})).toMatchObject({ sponsor: '揭阳市人民政府办公室' });

    const second = await seedDemo(app, { accountsFile });
    expect(second.unitsCreated).toBe(0);
    expect(await app.documents('api::unit.unit').count({})).toBe(units);
    expect(await app.db.query('admin::user').count()).toBe(users);
    expect(second.accounts).toEqual(first.accounts); // passwords are kept, not regenerated
  });

  it('every demo account can log in, holds exactly its role, and uses the zh-Hans admin', async () => {
    const saved = JSON.parse(fs.readFileSync(accountsFile, 'utf8'));
    const codes: Record<string, string> = { 超级管理员: 'strapi-super-admin', 编辑: 'gk-editor', 初审: 'gk-first-reviewer', 复审: 'gk-second-reviewer', 终审: 'gk-final-reviewer', 单位: 'gk-unit' };
    for (const a of saved) {
      const res = await http(app).post('/admin/login').send({ email: a.email, password: a.password });
      expect(res.status).toBe(200);
      const me = await http(app).get('/admin/users/me').set({ Authorization: `Bearer ${res.body.data.token}` });
      expect(me.body.data.roles.map((r: any) => r.code)).toEqual([codes[a.role]]);
      expect(me.body.data.preferedLanguage).toBe('zh-Hans');
    }
  });
});

describe('demo publication through the gate (R10)', () => {
  it('publishes the imported samples with three different demo reviewers, leaves the last at 复审, and adds nothing on a re-run', async () => {
    const saved = JSON.parse(fs.readFileSync(accountsFile, 'utf8'));
    const token = async (role: string) => {
      const a = saved.find((x: any) => x.role === role);
      return (await http(app).post('/admin/login').send({ email: a.email, password: a.password })).body.data.token;
    };
    const tokens = { editor: await token('编辑'), first: await token('初审'), second: await token('复审'), final: await token('终审') };
    const notices = await seedNotices(app);
    const first = await publishDemoNotices(app, gateHttp(app), tokens, notices.map((n) => n.documentId));
    expect(first.map((r) => r.action)).toEqual(['published', 'published', 'published', 'published', 'waiting-second']);
    expect(await app.documents('api::notice.notice').count({ status: 'published' } as any)).toBe(4);
    const waiting = first[first.length - 1].documentId;
    const status = await (app.plugin('review-gate').service('gate') as any).status('api::notice.notice', waiting);
    expect(status.waitingFor).toBe('second');
    // the forwarding notice (002) links to the published forwarded document
    const gd: any = await app.documents('api::notice.notice').findFirst({ status: 'published', filters: { documentType: 'forwarded' }, populate: ['forwards'] } as any);
    expect(gd?.forwards?.map((f: any) => f.docNumber)).toEqual(['国办发〔2018〕23号']);
    // decided by three different people, none of them the editor who submitted
    const audit = await (app.plugin('review-gate').service('gate') as any).audit('api::notice.notice', first[0].documentId);
    const deciders = new Set(audit.filter((r: any) => r.decision === 'approve').map((r: any) => r.userEmail));
    expect([...deciders].sort()).toEqual(['final@gongkai.local', 'first@gongkai.local', 'second@gongkai.local']);

    const again = await publishDemoNotices(app, gateHttp(app), tokens, notices.map((n) => n.documentId));
    expect(again.every((r) => r.action === 'unchanged')).toBe(true);
    expect(await app.documents('api::notice.notice').count({ status: 'published' } as any)).toBe(4);
  });
});

describe('roles', () => {
  it('exist with Chinese names; reviewers cannot edit, editors cannot touch progress reports', async () => {
    const roleService = app.service('admin::role') as any;
    for (const spec of ROLES) {
      const role = await roleService.findOne({ code: spec.code });
      expect(role.name).toBe(spec.name);
    }
    const perms = async (code: string) => {
      const role = await roleService.findOne({ code });
      const list = await app.db.query('admin::permission').findMany({ where: { role: role.id } });
      return new Set(list.map((p: any) => `${p.action.split('.').pop()}:${p.subject}`));
    };
    const first = await perms('gk-first-reviewer');
    expect(first.has('read:api::notice.notice')).toBe(true);
    expect(first.has('update:api::notice.notice')).toBe(false);
    expect(first.has('publish:api::notice.notice')).toBe(false);
    const editor = await perms('gk-editor');
    expect(editor.has('update:api::notice.notice')).toBe(true);
    expect(editor.has('create:api::progress-report.progress-report')).toBe(false);
    const unit = await perms('gk-unit');
    expect(unit.has('create:api::progress-report.progress-report')).toBe(true);
    expect(unit.has('update:api::notice.notice')).toBe(false);
  });

  it('labels fields in Chinese in the content-manager', async () => {
    const conf = await (app.plugin('content-manager').service('content-types') as any).findConfiguration({ uid: 'api::notice.notice' });
    expect(conf.metadatas.docNumber.edit.label).toBe('文号');
    expect(conf.metadatas.signedOn.edit.label).toBe('签发日期');
    expect(conf.settings.mainField).toBe('title');
  });
});
