import path from 'path';
import { verifySite } from '../../plugins/portal/server/src/static/verify';

// npm run site:verify [-- <dir>] — R35 防篡改: compare the static output directory
// (argument, or PORTAL_STATIC_DIR) with the manifest the CMS wrote when publishing, and
// list every page added, changed or removed outside the CMS. Plain Node, no Strapi boot,
// so it can run from cron on the web server. Exit code 1 on any difference (or no manifest).

const arg = process.argv.slice(2).find((a) => !a.startsWith('--'));
const json = process.argv.includes('--json');
const dir = arg ? path.resolve(process.env.INIT_CWD || process.cwd(), arg) : process.env.PORTAL_STATIC_DIR ? path.resolve(process.env.PORTAL_STATIC_DIR) : '';

if (!dir) {
  console.error('用法：npm run site:verify -- <静态输出目录>（或设置 PORTAL_STATIC_DIR）');
  process.exit(2);
}

try {
  const r = verifySite(dir);
  if (json) console.log(JSON.stringify({ dir, ...r }, null, 2));
  else {
    console.log(`静态页面防篡改检查：${dir}（清单 ${r.checked} 个文件）`);
    for (const [label, list] of [['清单之外新增', r.added], ['内容被改动', r.changed], ['被删除', r.removed]] as const) {
      if (list.length) {
        console.log(`${label} ${list.length} 个：`);
        for (const f of list) console.log(`  - ${f}`);
      }
    }
    console.log(r.ok ? '结论：与清单一致。' : '结论：发现篡改或不一致。');
  }
  process.exit(r.ok ? 0 : 1);
} catch (err: any) {
  console.error(`错误：${err?.message ?? err}`);
  process.exit(1);
}
