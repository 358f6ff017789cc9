import fs from 'fs';
import os from 'os';
import path from 'path';
import { spawnSync } from 'child_process';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../../../tests/helpers/strapi';
import { parseNoticeText } from '../server/src/parser';
import { toJsonDocument } from '../server/src/cli';
import { counts, importer, seed, NOTICE, TASK } from './helpers';

// `npm run import` (R41): the service's runCli in-process (dry run, writes, refusals,
// re-imports), and the compiled script itself for its exit code on a bad file.
let app: Core.Strapi;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-import-cli-'));
const empty = path.join(tmp, 'empty.txt');
fs.writeFileSync(empty, '');

beforeAll(async () => {
  app = await startStrapi();
});
afterAll(async () => {
  fs.rmSync(tmp, { recursive: true, force: true });
  await stopStrapi(app);
});

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await importer(app).runCli(argv, { out: (t: string) => out.push(t), err: (t: string) => err.push(t) });
  return { code, out, err };
}

describe('runCli in-process', () => {
  it('--dry-run --json prints one JSON document per file, in the documented shape, and writes nothing', async () => {
    const files = ['000', '001', '002', '004'].map(seed);
    const before = await counts(app);
    const r = await run([...files.map((f) => f.file), '--dry-run', '--json']);
    expect(r).toMatchObject({ code: 0, err: [] });
    expect(r.out).toHaveLength(4);
    r.out.forEach((line, i) => {
      const expected = toJsonDocument(parseNoticeText(files[i].buf.toString('utf8'), files[i].name));
      expect(JSON.parse(line)).toEqual(JSON.parse(JSON.stringify(expected)));
    });
    expect(JSON.parse(r.out[2]).notice.forwards[0].docNumber).toBe('国办发〔2018〕23号');
    expect(await counts(app)).toEqual(before);
  });

  it('refuses to write unknown units without --yes: exit 1, the units named, nothing written', async () => {
    const before = await counts(app);
    const r = await run([seed('001').file]);
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^错误：文件 .*001_.*：写入失败，未导入任何内容（以下单位不在单位目录中：.*区审改办.*）$/);
    expect(await counts(app)).toEqual(before);
  });

  it('imports with --yes, refuses the same file again (exit 1), and skips it with --skip-existing', async () => {
    const s = seed('004');
    const first = await run([s.file, '--yes']);
    expect(first.err).toEqual([]);
    expect(first.code).toBe(0);
    expect(first.out[0]).toMatch(/^已导入 .*004_.*（任务 18 项，新建单位 .*绵阳市游仙区发改局.*，草稿 \w+）$/);
    const n = (await app.documents(NOTICE).findFirst({ filters: { docNumber: '绵游府办发〔2018〕45号' }, populate: ['taskTable'] } as any)) as any;
    expect(first.out[0]).toContain(`草稿 ${n.documentId}）`);
    expect(await app.documents(TASK).count({ filters: { taskTable: { documentId: n.taskTable.documentId }, level: 'task' } } as any)).toBe(18);

    const before = await counts(app);
    const again = await run([s.file, '--yes']);
    expect(again.code).toBe(1);
    expect(again.err[0]).toContain('通知“绵游府办发〔2018〕45号”已经存在');
    const skip = await run([s.file, '--yes', '--skip-existing']);
    expect(skip).toMatchObject({ code: 0, err: [] });
    expect(skip.out[0]).toMatch(new RegExp(`^已跳过 .*004_.*已存在（${n.documentId}）$`));
    expect(await counts(app)).toEqual(before);
  });

  it('a bad file among good ones: exit 1, the good ones still imported', async () => {
    const before = await counts(app);
    const r = await run([empty, seed('002').file]);
    expect(r.code).toBe(1);
    expect(r.err).toEqual(['错误：文件 empty.txt：文件为空']);
    expect((await counts(app)).notices).toBe(before.notices + 2);
  });
});

describe('the compiled script (node dist/src/scripts/import.js)', () => {
  it('exits 1 on a bad file, names it, and still prints the good file’s JSON', () => {
    const root = path.resolve(__dirname, '../../..');
    const script = path.join(root, 'dist/src/scripts/import.js');
    expect(fs.existsSync(script)).toBe(true);
    const s = seed('000');
    const child = spawnSync(process.execPath, [script, '--no-compile', '--dry-run', '--json', s.file, empty], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'error' },
      encoding: 'utf8',
      timeout: 170000,
    });
    expect(child.stderr).toContain('错误：文件 empty.txt：文件为空');
    expect(child.status).toBe(1);
    const lines = child.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).notice.docNumber).toBe('揭府办函〔2018〕40号');
  });
});
