// Input that cannot be imported (R41): a clear ImportError naming the file and, where
// there is one, the line — never a partial result.
import { readFileSync } from 'fs';
import * as path from 'path';
import { parseNoticeText, decodeInput, decodeInputAsync, readInputFile, ImportError } from './index';
import { fixture, FIXTURES_DIR, seedFile } from './test-helpers';

function importError(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return e as ImportError;
  }
  throw new Error('expected an ImportError');
}

describe('bad input → ImportError with file and line (R41)', () => {
  it('empty file', () => {
    const e = importError(() => decodeInput(Buffer.alloc(0), 'leer.txt'));
    expect([e.file, e.line, e.message]).toEqual(['leer.txt', null, '文件 leer.txt：文件为空']);
    expect(importError(() => decodeInput(Buffer.from(' \n\t\r\n　\n'), 'blank.txt')).reason).toBe('文件为空');
    expect(importError(() => parseNoticeText('', 'x.txt')).reason).toBe('文件为空');
  });

  it('binary file: NUL bytes or many control characters', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const e = importError(() => decodeInput(png, 'bild.png'));
    expect(e.message).toBe('文件 bild.png：不是文本文件（含有二进制内容）');
    const noisy = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 10 === 0 ? 0x07 : 0x41)));
    expect(importError(() => decodeInput(noisy, 'noise.txt')).reason).toBe('不是文本文件（含有二进制内容）');
    expect(importError(() => decodeInput(Buffer.from('%PDF-1.4\n'), 'a.pdf')).reason).toMatch(/PDF/);
  });

  it('a .docx handed to the synchronous decoder, or a broken .docx', async () => {
    const docx = readFileSync(path.join(FIXTURES_DIR, 'nanping-notice.docx'));
    expect(importError(() => decodeInput(docx, 'a.docx')).reason).toMatch(/readInputFile/);
    await expect(decodeInputAsync(Buffer.from('PK\x03\x04garbage'), 'kaputt.docx')).rejects.toThrow('文件 kaputt.docx：无法读取 Word 文档');
  });

  it('a missing file', async () => {
    await expect(readInputFile(path.join(FIXTURES_DIR, 'does-not-exist.txt'))).rejects.toThrow('文件 does-not-exist.txt：无法读取文件（ENOENT）');
  });

  it('no recognisable title or 文号', () => {
    const e = importError(() => parseNoticeText(fixture('no-title.txt'), 'no-title.txt'));
    expect([e.file, e.line]).toEqual(['no-title.txt', 1]);
    expect(e.message).toBe('文件 no-title.txt 第 1 行：未找到通知的标题或文号（应在开头几行，如“关于…的通知”“揭府办函〔2018〕40号”）');
  });

  it('a task table row with more columns than the header', () => {
    const e = importError(() => parseNoticeText(fixture('misaligned-columns.txt'), 'misaligned-columns.txt'));
    expect(e.message).toBe('文件 misaligned-columns.txt 第 17 行：无法对齐任务表的列（期望 3 列，实际 6 列）');
  });

  it('a row whose cells fit no column', () => {
    const text = `${fixture('misaligned-columns.txt').split('\n').slice(0, 16).join('\n')}\n县财政局负责\t县审计局配合\n`;
    const e = importError(() => parseNoticeText(text, 'swap.txt'));
    expect(e.line).toBe(17);
    expect(e.reason).toMatch(/^无法对齐任务表的列（期望 3 列，实际 2 列/);
  });

  it('numbered requirements and unit paragraphs that cannot be paired', () => {
    const { text } = seedFile('000');
    // Line 46 has three numbered requirements and three unit paragraphs; drop one unit paragraph.
    const lines = text.split('\n');
    lines[45] = lines[45].replace('<p>市发展改革委、市政务服务中心、市各有关单位(市、区政府)负责</p> ', '');
    const e = importError(() => parseNoticeText(lines.join('\n'), '000.txt'));
    expect(e.line).toBe(46);
    expect(e.reason).toBe('无法对齐任务表的列（“具体要求”有 3 项任务，“责任单位”有 2 段）');
  });

  it('table rows before any header row', () => {
    const text = '关于印发任务表的通知\n某府办〔2018〕1号\n\n1. 推进公开\t全面推进。\t县财政局负责\n';
    const e = importError(() => parseNoticeText(text, 'noheader.txt'));
    expect(e.line).toBe(4);
    expect(e.reason).toMatch(/表格缺少表头/);
  });
});
