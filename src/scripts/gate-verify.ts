import { runScript } from './boot';

// npm run gate:verify — R10 integrity check. `strapi.db.query` and direct SQL bypass the
// document service (and so the review gate); this lists every published version of a
// gated type without a matching 终审 approval, and any break in the audit hash chain.
// Exit code 1 when anything is wrong. `--no-compile` skips compiling the app (dist/ is current).

runScript(
  async (strapi) => {
    const report = await (strapi.plugin('review-gate').service('gate') as any).verify();
    const { chain, unapproved } = report;
    console.log(`三审完整性检查（${report.checkedAt}）`);
    console.log(`审计记录：${chain.records} 条${chain.head ? `，末端第 ${chain.head.seq} 条 ${chain.head.hash}` : ''}`);
    if (chain.problems.length) {
      console.log(`审计链问题 ${chain.problems.length} 处：`);
      for (const p of chain.problems) console.log(`  - ${p.message}`);
    } else {
      console.log('审计链完整。');
    }
    if (unapproved.length) {
      console.log(`未经终审的已发布版本 ${unapproved.length} 个：`);
      for (const u of unapproved) console.log(`  - ${u.uid} ${u.documentId}（行 ${u.rowId}）《${u.title ?? ''}》：${u.problem}`);
    } else {
      console.log('所有已发布版本均有对应的终审通过记录。');
    }
    console.log(report.ok ? '结论：通过。' : '结论：发现问题。');
    return report.ok ? 0 : 1;
  },
  { compile: !process.argv.includes('--no-compile') },
);
