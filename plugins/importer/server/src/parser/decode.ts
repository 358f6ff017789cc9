// Bytes → text for the importer (R41): UTF-8 (BOM stripped) or, when that is not valid
// UTF-8, GB18030 (older Windows/WPS exports); .docx through mammoth. Empty and binary
// input is refused with an ImportError, so nothing is parsed or written.
import { promises as fs } from 'fs';
import * as path from 'path';
import { ImportError } from './errors';
import { docxHtmlToText } from './docx';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46];

function startsWith(buf: Buffer, magic: number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

/** Is this buffer binary: NUL bytes, or many control characters in the first 64 KB? */
function isBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = buf[i];
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return n > 0 && control / n > 0.02;
}

/** Decode a text file (UTF-8, else GB18030). Throws ImportError for empty and binary files. */
export function decodeInput(buf: Buffer, fileName: string): string {
  if (buf.length === 0) throw new ImportError(fileName, null, '文件为空');
  if (startsWith(buf, ZIP_MAGIC)) {
    throw new ImportError(fileName, null, /\.docx$/i.test(fileName) ? 'Word 文档（.docx）请用 readInputFile / decodeInputAsync 读取' : '不是文本文件（压缩包或 Office 文档）');
  }
  if (startsWith(buf, OLE_MAGIC)) throw new ImportError(fileName, null, '不支持旧版 Word（.doc）文件，请另存为 .docx 或纯文本');
  if (startsWith(buf, PDF_MAGIC)) throw new ImportError(fileName, null, '暂不支持 PDF 文件，请导出为纯文本或 .docx');
  // UTF-16 with BOM (Notepad "Unicode").
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    const le = buf[0] === 0xff;
    const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(buf.subarray(2));
    return checkText(text, fileName);
  }
  if (isBinary(buf)) throw new ImportError(fileName, null, '不是文本文件（含有二进制内容）');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    text = new TextDecoder('gb18030').decode(buf);
  }
  return checkText(text.replace(/^\uFEFF/, ''), fileName);
}

function checkText(text: string, fileName: string): string {
  if (!text.replace(/[\s\uFEFF\u200B]/g, '')) throw new ImportError(fileName, null, '文件为空');
  return text;
}

/** Like decodeInput, and reads .docx (Word) through mammoth (tables kept as tab-separated rows). */
export async function decodeInputAsync(buf: Buffer, fileName: string): Promise<string> {
  if (/\.docx$/i.test(fileName) || (startsWith(buf, ZIP_MAGIC) && /\.(docx|wps)$/i.test(fileName))) {
    if (buf.length === 0) throw new ImportError(fileName, null, '文件为空');
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const mammoth = require('mammoth') as typeof import('mammoth');
    let html: string;
    try {
      // HTML rather than extractRawText: raw text loses the task table (see docx.ts).
      ({ value: html } = await mammoth.convertToHtml({ buffer: buf }));
    } catch {
      throw new ImportError(fileName, null, '无法读取 Word 文档（文件损坏或不是 .docx 格式）');
    }
    return checkText(docxHtmlToText(html), fileName);
  }
  return decodeInput(buf, fileName);
}

/** Read and decode one input file; the file is named by its base name in messages. */
export async function readInputFile(filePath: string): Promise<string> {
  const name = path.basename(filePath);
  let buf: Buffer;
  try {
    buf = await fs.readFile(filePath);
  } catch (e) {
    throw new ImportError(name, null, `无法读取文件（${(e as NodeJS.ErrnoException).code ?? '未知错误'}）`);
  }
  return decodeInputAsync(buf, name);
}
