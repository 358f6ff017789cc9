import fs from 'fs';
import path from 'path';
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { testEnv } from '../../../tests/helpers/strapi';
import { artifactPath, launchChromium, listen } from '../../../tests/helpers/browser';
import { makeId } from '../server/src/detect/__fixtures__/identifiers';
import { NOTICE, type People, newNotice, people, storedDraft } from './helpers';

// The admin UI of R12 in a real browser: the edit-view side panel 个人信息检查 lists the
// findings masked, 一键去标识化 masks the draft and the page shows it clean; a reviewer sees
// the findings but no mask button. Needs the admin panel built (`npx strapi build`) and
// Chromium; SQLite only. Like review-gate's admin-ui test it is not picked up by the jest
// projects yet (browser testMatch covers tests/browser only): run with
//   npx jest --selectProjects browser --testMatch '**/plugins/privacy-guard/tests/*.browser.test.ts'

let app: Core.Strapi;
let p: People;
let base: string;
let browser: any;
const ID = makeId('445202', '19850312', '271');

beforeAll(async () => {
  testEnv();
  process.env.DATABASE_FILENAME = path.resolve(__dirname, `../../../.tmp/privacy-ui-${crypto.randomBytes(4).toString('hex')}.db`);
  const { createStrapi } = require('@strapi/strapi');
  const root = path.resolve(__dirname, '../../..');
  app = await createStrapi({ appDir: root, distDir: path.join(root, 'dist'), autoReload: false, serveAdminPanel: true }).load();
  app.server.mount();
  base = await listen(app);
  p = await people(app);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.destroy();
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(process.env.DATABASE_FILENAME + suffix, { force: true });
});

async function login(page: any, who: { email: string; password: string }) {
  await page.goto(`${base}/admin/auth/login`);
  await page.fill('input[name="email"]', who.email);
  await page.fill('input[name="password"]', who.password);
  await page.click('button[type="submit"]');
  await page.waitForURL(/\/admin(\/)?$/, { timeout: 60000 });
}

it('side panel: findings masked, one-click mask edits the draft; reviewers cannot mask', async () => {
  const n = await newNotice(app, p.editor, { body: `<p>申请人：张某某，身份证号 ${ID}，联系电话 13812345678。</p>` });
  const masked = `${ID.slice(0, 6)}********${ID.slice(14)}`;

  const rctx = await browser.newContext();
  const reviewer = await rctx.newPage();
  await login(reviewer, p.second);
  await reviewer.goto(`${base}/admin/content-manager/collection-types/${NOTICE}/${n.documentId}`);
  await reviewer.getByText('个人信息检查', { exact: true }).waitFor({ timeout: 60000 });
  await reviewer.getByText('发现 2 处个人信息：身份证号 1 处，手机号 1 处').waitFor({ timeout: 60000 });
  expect(await reviewer.getByRole('button', { name: '一键去标识化' }).count()).toBe(0);
  await rctx.close();

  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await login(page, p.editor);
  await page.goto(`${base}/admin/content-manager/collection-types/${NOTICE}/${n.documentId}`);
  await page.getByText('发现 2 处个人信息：身份证号 1 处，手机号 1 处').waitFor({ timeout: 60000 });
  await page.getByText(masked, { exact: true }).waitFor();
  await page.getByText('138****5678', { exact: true }).waitFor();
  await page.getByText('个人信息检查', { exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: artifactPath('privacy-panel-findings.png') });
  await page.getByRole('button', { name: '一键去标识化' }).click();
  await page.getByText('未发现个人信息', { exact: true }).waitFor({ timeout: 60000 });
  await page.getByText('个人信息检查', { exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: artifactPath('privacy-panel-clean.png') });
  const stored = await storedDraft(app, NOTICE, n.documentId);
  expect(stored.body).toContain(masked);
  expect(stored.body).toContain('138****5678');
  expect(stored.body).not.toContain(ID);
  await ctx.close();
});
