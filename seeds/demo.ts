import path from 'path';
import { bootStrapi, APP_ROOT } from '../src/scripts/boot';
import { seedDemo } from './demo-data';

// `npm run demo`: seed the sample content (idempotent), then serve admin and portal.
async function main() {
  const strapi = await bootStrapi({ compile: false });
  const accountsFile = path.join(APP_ROOT, '.demo-accounts.json');
  const { unitsCreated, accounts } = await seedDemo(strapi, { accountsFile });
  await strapi.listen();
  const port = strapi.config.get('server.port');
  const base = `http://localhost:${port}`;
  const lines = [
    '',
    '公开 Gongkai 演示站已启动',
    `  门户（公众）：${base}/`,
    `  管理后台：    ${base}/admin`,
    `  本次新建单位 ${unitsCreated} 个；演示账号（密码亦保存在 .demo-accounts.json）：`,
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
