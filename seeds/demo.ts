import path from 'path';
import { bootStrapi, APP_ROOT } from '../src/scripts/boot';
import { seedDemo, publishDemoNotices } from './demo-data';
import type { GateHttp } from './gate-client';
import { seedNotices } from './demo-notices';

// `npm run demo`: seed the sample content (idempotent), then serve admin and portal.
async function main() {
  const strapi = await bootStrapi({ compile: false });
  const accountsFile = path.join(APP_ROOT, '.demo-accounts.json');
  const { unitsCreated, accounts } = await seedDemo(strapi, { accountsFile });
  const notices = await seedNotices(strapi);
  await strapi.listen();
  const port = strapi.config.get('server.port');
  const base = `http://localhost:${port}`;

  // Publish the sample notices through the gate over HTTP, logged in as the demo people.
  const local = `http://127.0.0.1:${port}`;
  const http: GateHttp = {
    async post(p, token, body) {
      const res = await fetch(local + p, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
      return { status: res.status, body: await res.json().catch(() => null) };
    },
  };
  const login = async (role: string) => {
    const a = accounts.find((x) => x.role === role)!;
    const res = await http.post('/admin/login', '', { email: a.email, password: a.password });
    return res.body.data.token as string;
  };
  const tokens = { editor: await login('编辑'), first: await login('初审'), second: await login('复审'), final: await login('终审') };
  const published = await publishDemoNotices(strapi, http, tokens, notices.map((n) => n.documentId));
  const lines = [
    '',
    '公开 Gongkai 演示站已启动',
    `  门户（公众）：${base}/`,
    `  管理后台：    ${base}/admin`,
    `  示例通知（草稿）：新导入 ${notices.filter((n) => n.created).length} 份，已存在 ${notices.filter((n) => !n.created).length} 份`,
    `  本次新建单位 ${unitsCreated} 个；经三审发布 ${published.filter((p) => p.action === 'published').length} 份，待复审 ${published.filter((p) => p.action === 'waiting-second').length} 份。`,
    '  演示账号（密码亦保存在 .demo-accounts.json）：',
    ...accounts.map((a) => `    ${a.role.padEnd(6, '　')} ${a.email.padEnd(24)} ${a.password}`),
    '  按 Ctrl+C 停止。',
    '',
  ];
  console.log(lines.join('\n'));
}

main().catch((err) => {
  console.error(`演示启动失败：${err?.stack ?? err}`);
  process.exit(1);
});
