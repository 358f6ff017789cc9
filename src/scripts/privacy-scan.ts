import { runScript } from './boot';

// npm run privacy:scan — R12 for content already public (sites that imported old content):
// scans every published document of the app's types, fields and readable attachments,
// and prints each finding masked (uid, title, field, kind, masked preview; never the raw
// value, R35). Exit code 1 when anything is found or an attachment could not be read, so
// a site can run it as a check. `--json` prints the report as JSON; `--no-compile` skips
// compiling the app (dist/ is current).

runScript(
  async (strapi) => {
    const scanner = strapi.plugin('privacy-guard')?.service('scanner') as any;
    if (!scanner) throw new Error('个人信息保护插件（privacy-guard）未启用');
    const { scanned, documents } = await scanner.scanPublished();
    const findings = documents.reduce((n: number, d: any) => n + d.findings.length, 0);
    const errors = documents.reduce((n: number, d: any) => n + d.errors.length, 0);
    if (process.argv.includes('--json')) {
      console.log(JSON.stringify({ scanned, findings, errors, documents }, null, 2));
    } else {
      console.log(`个人信息检查（已发布内容，${new Date().toISOString()}）：已检查 ${scanned} 个文档`);
      for (const d of documents) {
        console.log(`\n[${d.uid}] 《${d.title ?? ''}》（${d.documentId}）：${d.summary}`);
        for (const f of d.findings) console.log(`  ${f.field}\t${f.label}\t${f.masked}${f.file ? `\t附件：${f.file}` : ''}`);
        for (const e of d.errors) console.log(`  ${e.field}\t无法读取\t${e.reason}`);
      }
      console.log(
        findings || errors
          ? `\n结论：发现 ${findings} 处个人信息${errors ? `，${errors} 个附件无法读取` : ''}，涉及 ${documents.length} 个文档。请去标识化，或确认属于依法公示。`
          : '\n结论：未发现个人信息。',
      );
    }
    return findings || errors ? 1 : 0;
  },
  { compile: !process.argv.includes('--no-compile') },
);
