import fs from 'fs';
import path from 'path';
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { testEnv } from '../../../tests/helpers/strapi';
import { artifactPath, launchChromium, listen as listenBrowser } from '../../../tests/helpers/browser';
import { cast, newNotice, NOTICE, gateApi, type Cast } from './helpers';

// The admin UI of the gate in a real browser: the edit-view side panel (送审, a rejection
// without a comment refused with the server's reason, 初审通过) and the 待我审核 page.
// Needs the admin panel built (`npm run build`) and Chromium; SQLite only. Not picked up by
// the jest projects yet (browser testMatch covers tests/browser only): run with
//   npx jest --selectProjects browser --testMatch '**/plugins/review-gate/tests/*.browser.test.ts'
// (once the browser project's testMatch includes plugins/*/tests/**/*.browser.test.ts).

let app: Core.Strapi; let c: Cast; let base: string; let browser: any;
beforeAll(async () => {
  testEnv();
  process.env.DATABASE_FILENAME = path.resolve(__dirname, `../../../.tmp/admin-ui-${crypto.randomBytes(4).toString('hex')}.db`);
  const { createStrapi } = require('@strapi/strapi');
  const root = path.resolve(__dirname, '../../..');
  app = await createStrapi({ appDir: root, distDir: path.join(root, 'dist'), autoReload: false, serveAdminPanel: true }).load();
  app.server.mount();
  base = await listenBrowser(app);
  c = await cast(app);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.destroy();
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(process.env.DATABASE_FILENAME + suffix, { force: true });
});

async function login(page: any, who: any) {
  await page.goto(`${base}/admin/auth/login`);
  await page.fill('input[name="email"]', who.email);
  await page.fill('input[name="password"]', who.password);
  await page.click('button[type="submit"]');
  await page.waitForURL(/\/admin(\/)?$/, { timeout: 60000 });
}

it('side panel: submit, decide, reasons; queue page lists the item for the 初审 reviewer', async () => {
  const n = await newNotice(app, c.editor);
  const ctx = await browser.newContext(); const page = await ctx.newPage();
  page.on('response', (r: any) => { if (r.status() >= 500) console.log('5xx', r.url()); });
  await login(page, c.editor);
  await page.goto(`${base}/admin/content-manager/collection-types/${NOTICE}/${n.documentId}`);
  await page.getByText('三审', { exact: true }).waitFor({ timeout: 60000 });
  await page.screenshot({ path: artifactPath('review-gate-panel-draft.png'), fullPage: true });
  await page.getByRole('button', { name: '送审' }).click();
  await page.getByText('已送审', { exact: true }).waitFor();
  await page.getByText('已送审，待初审').waitFor();
  expect(await page.getByRole('button', { name: '初审通过' }).count()).toBe(0); // the editor holds no reviewer role
  await page.screenshot({ path: artifactPath('review-gate-panel-submitted.png'), fullPage: true });
  await ctx.close();

  const ctx2 = await browser.newContext(); const p2 = await ctx2.newPage();
  await login(p2, c.first);
  await p2.goto(`${base}/admin/plugins/review-gate`);
  await p2.getByText(n.title).waitFor({ timeout: 60000 });
  await p2.screenshot({ path: artifactPath('review-gate-queue.png'), fullPage: true });
  await p2.getByText(n.title).click();
  await p2.getByRole('button', { name: '初审通过' }).waitFor({ timeout: 60000 });
  await p2.getByRole('button', { name: '驳回' }).click();
  await p2.getByText('驳回必须填写意见（初审，R10）').waitFor();
  await p2.getByRole('button', { name: '初审通过' }).click();
  await p2.getByText('初审已通过', { exact: true }).waitFor();
  await p2.screenshot({ path: artifactPath('review-gate-panel-first.png'), fullPage: true });
  const st = (await gateApi(app).status(c.editor, NOTICE, n.documentId)).body.data;
  expect(st.state).toBe('first_approved');
  await ctx2.close();

  // 复审 and 终审 by two more people, each in their own session, then publish (R10).
  for (const [who, step] of [[c.second, '复审'], [c.final, '终审']] as const) {
    const ctx = await browser.newContext(); const page = await ctx.newPage();
    await login(page, who);
    await page.goto(`${base}/admin/content-manager/collection-types/${NOTICE}/${n.documentId}`);
    await page.getByRole('button', { name: `${step}通过` }).click({ timeout: 60000 });
    await page.getByText(`${step}已通过`, { exact: true }).waitFor();
    if (step === '终审') {
      // not public before the publish click
      const slug = (await app.documents(NOTICE as any).findOne({ documentId: n.documentId } as any) as any).slug;
      expect((await fetch(`${base}/notices/${slug}`)).status).toBe(404);
      await page.getByRole('button', { name: '发布（终审已通过）' }).click();
      await page.getByText('已发布', { exact: true }).waitFor();
      await page.screenshot({ path: artifactPath('review-gate-panel-published.png'), fullPage: true });
      const pub = await ctx.newPage();
      const res = await pub.goto(`${base}/notices/${slug}`);
      expect(res.status()).toBe(200);
      expect(await pub.textContent('h1')).toBe(n.title);
    }
    await ctx.close();
  }
  const audit = (await gateApi(app).audit(c.editor, NOTICE, n.documentId)).body.data;
  const people = new Set(audit.filter((r: any) => r.action === 'decide' || r.decision === 'approve').map((r: any) => r.userEmail));
  expect(people.size).toBe(3);
});
