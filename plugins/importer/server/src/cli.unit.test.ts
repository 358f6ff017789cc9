// The importer CLI's core (R41), called without spawning a process.
import { readdirSync, writeFileSync, mkdtempSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runImportCli, toJsonDocument, writeParsedNotices, type ParsedFile } from './cli';

const SEEDS = path.resolve(__dirname, '../../../..', 'seeds', 'notices');
const FIXTURES = path.resolve(__dirname, 'parser/__fixtures__');
const seed = (prefix: string) => path.join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(`${prefix}_`))!);

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) } };
}

describe('import CLI --dry-run --json (R41)', () => {
  it('prints one JSON document per file in the issue’s shape', async () => {
    const c = capture();
    const code = await runImportCli([seed('000'), seed('002'), '--dry-run', '--json'], c.io);
    expect(code).toBe(0);
    expect(c.err).toEqual([]);
    expect(c.out).toHaveLength(2);
    const [doc000, doc002] = c.out.map((l) => JSON.parse(l));
    expect(Object.keys(doc000)).toEqual(['notice', 'tasks', 'warnings']);
    expect(Object.keys(doc000.notice)).toEqual(['title', 'docNumber', 'issuer', 'date', 'recipients', 'cc', 'disclosure', 'forwards']);
    expect(Object.keys(doc000.tasks[0])).toEqual(['path', 'title', 'requirement', 'leadUnits', 'responsibleUnits', 'deadlineText', 'deadline']);
    expect(doc000.notice.docNumber).toBe('揭府办函〔2018〕40号');
    expect(doc000.tasks).toHaveLength(34);
    expect(doc002.notice.forwards[0].docNumber).toBe('国办发〔2018〕23号');
    expect(doc002.notice.forwards[0].date).toBe('2018-04-08');
    expect(doc002.notice.forwards[0].tasks).toHaveLength(11);
  });

  it('without --json prints a readable Chinese summary', async () => {
    const c = capture();
    expect(await runImportCli([seed('004'), '--dry-run'], c.io)).toBe(0);
    expect(c.out[0]).toContain('文号：绵游府办发〔2018〕45号');
    expect(c.out[0]).toContain('任务：18 项，其中 4 项有明确期限');
  });

  it('reports a bad file as 错误：… with exit code 1, and still prints the good ones', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'import-cli-'));
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const binary = path.join(dir, 'bild.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const c = capture();
    const code = await runImportCli([empty, seed('001'), binary, path.join(FIXTURES, 'misaligned-columns.txt'), '--dry-run', '--json'], c.io);
    expect(code).toBe(1);
    expect(c.err).toEqual([
      '错误：文件 empty.txt：文件为空',
      '错误：文件 bild.png：不是文本文件（含有二进制内容）',
      '错误：文件 misaligned-columns.txt 第 17 行：无法对齐任务表的列（期望 3 列，实际 6 列）',
    ]);
    expect(c.out.map((l) => JSON.parse(l).notice.docNumber)).toEqual(['泉港政办〔2018〕118号']);
  });

  it('usage errors exit with 2', async () => {
    const c = capture();
    expect(await runImportCli(['--dry-run'], c.io)).toBe(2);
    expect(await runImportCli([seed('000'), '--force'], c.io)).toBe(2);
    expect(c.err[1]).toMatch(/^错误：未知选项 --force/);
  });
});

describe('import CLI without --dry-run', () => {
  it('hands each parsed file to the writer, one at a time', async () => {
    const written: ParsedFile[][] = [];
    const c = capture();
    const code = await runImportCli([seed('001'), seed('004')], c.io, async (files) => {
      written.push(files);
    });
    expect(code).toBe(0);
    expect(written.map((w) => w.map((f) => f.result.notice.docNumber))).toEqual([['泉港政办〔2018〕118号'], ['绵游府办发〔2018〕45号']]);
  });

  it('fails with exit code 1 without a writer (the bare core has no database; the service passes one)', async () => {
    await expect(writeParsedNotices([], { confirmNewUnits: false, skipExisting: false })).rejects.toThrow('未连接数据库');
    const c = capture();
    expect(await runImportCli([seed('001')], c.io)).toBe(1);
    expect(c.err[0]).toMatch(/^错误：文件 .*001_.*：写入失败，未导入任何内容（未连接数据库，无法写入.*）$/);
  });

  it('passes --yes and --skip-existing to the writer and reports what it did', async () => {
    const options: unknown[] = [];
    const c = capture();
    const code = await runImportCli([seed('001'), seed('004'), '--yes', '--skip-existing'], c.io, async (files, o) => {
      options.push(o);
      return files[0].file.includes('001_') ? [{ skipped: true, documentId: 'abc' }] : [{ documentId: 'def', taskCount: 18, createdUnits: ['区发改局'] }];
    });
    expect(code).toBe(0);
    expect(options).toEqual([{ confirmNewUnits: true, skipExisting: true }, { confirmNewUnits: true, skipExisting: true }]);
    expect(c.out[0]).toMatch(/^已跳过 .*001_.*：泉港区人民政府办公室关于印发.*已存在（abc）$/);
    expect(c.out[1]).toMatch(/^已导入 .*004_.*（任务 18 项，新建单位 区发改局，草稿 def）$/);
  });

  it('never calls the writer for a file that failed to parse', async () => {
    const calls: string[] = [];
    const c = capture();
    const code = await runImportCli([path.join(FIXTURES, 'no-title.txt'), seed('001')], c.io, async (files) => {
      calls.push(...files.map((f) => path.basename(f.file)));
    });
    expect(code).toBe(1);
    expect(calls).toEqual([path.basename(seed('001'))]);
  });
});

describe('toJsonDocument', () => {
  it('drops the parser’s extra fields (line, number, body …)', async () => {
    const { parseNoticeText } = await import('./parser');
    const doc = toJsonDocument(parseNoticeText('关于做好公开工作的通知\n某府办〔2018〕2号\n\n一、推进公开。全面公开。（市编办牵头）', 't.txt'));
    expect(doc).toEqual({
      notice: { title: '关于做好公开工作的通知', docNumber: '某府办〔2018〕2号', issuer: null, date: null, recipients: [], cc: [], disclosure: null, forwards: [] },
      tasks: [{ path: [], title: '推进公开', requirement: '全面公开。', leadUnits: ['市编办'], responsibleUnits: [], deadlineText: null, deadline: null }],
      warnings: ['第 1 行起的通知未找到落款（发文机关和成文日期），请核对发文机关和日期'],
    });
  });
});
