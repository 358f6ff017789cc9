// R12: readable text of attachments, so they can be scanned like fields.
//   .txt .md .markdown .csv .tsv  UTF-8 (BOM or not), UTF-16 with BOM, else GB18030
//   .html .htm                   reader-visible text (see html-text.ts)
//   .docx                        mammoth.extractRawText
//   .xlsx                        shared strings, inline strings and cell values (jszip)
//   .pdf                         text layer via pdfjs-dist (legacy build)
// Anything else (images, .doc, .wps, .ofd, archives …) returns null: not
// readable here, so the reviewer has to check it by eye. A file of a readable
// type that cannot be parsed throws AttachmentReadError — it must not pass
// the gate silently.
//
// pdfjs-dist 4 is ESM-only. It runs in a worker thread that imports it with a
// native dynamic import: that works the same under Strapi and under Jest
// (whose module sandbox cannot import ESM without --experimental-vm-modules),
// keeps a slow or hostile PDF off the main thread, and lets us enforce a timeout.
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { htmlToScanText } from './html-text';

export class AttachmentReadError extends Error {
  constructor(fileName: string, cause: unknown) {
    super(`附件“${fileName}”无法读取：${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'AttachmentReadError';
  }
}

export interface ExtractOptions {
  /** Milliseconds allowed for one PDF (default 60 000). */
  pdfTimeoutMs?: number;
  /** Pages read from a PDF at most (default 2 000). */
  pdfMaxPages?: number;
}

type Reader = 'text' | 'html' | 'docx' | 'xlsx' | 'pdf';

const BY_EXTENSION: Record<string, Reader> = {
  txt: 'text', md: 'text', markdown: 'text', csv: 'text', tsv: 'text',
  html: 'html', htm: 'html',
  docx: 'docx', xlsx: 'xlsx', pdf: 'pdf',
};
const BY_MIME: Record<string, Reader> = {
  'text/plain': 'text', 'text/markdown': 'text', 'text/csv': 'text', 'text/tab-separated-values': 'text',
  'text/html': 'html',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/pdf': 'pdf',
};

function readerFor(fileName: string, mime?: string): Reader | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (ext && BY_EXTENSION[ext]) return BY_EXTENSION[ext];
  const m = mime?.split(';')[0].trim().toLowerCase();
  return (m && BY_MIME[m]) || null;
}

/** Decode a text file: BOMs first, then strict UTF-8, then GB18030. */
export function decodeText(buf: Buffer): string {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return new TextDecoder('gb18030').decode(buf);
  }
}

// mammoth and jszip are CommonJS and loaded lazily with require(), not import(): the
// plugin is bundled by strapi-plugin build, which keeps a native import() in its CJS
// output, and a native import() fails inside Jest's module sandbox (integration tests
// load the bundled plugin there) without --experimental-vm-modules.
async function readDocx(buf: Buffer): Promise<string> {
  const mammoth: typeof import('mammoth') = require('mammoth');
  const { value } = await mammoth.extractRawText({ buffer: buf });
  return value;
}

function xmlText(s: string): string {
  return s
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

async function readXlsx(buf: Buffer): Promise<string> {
  const JSZip: typeof import('jszip') = require('jszip');
  const zip = await JSZip.loadAsync(buf);
  const lines: string[] = [];
  const shared = zip.file('xl/sharedStrings.xml');
  if (shared) {
    const xml = await shared.async('string');
    for (const si of xml.match(/<si>[\s\S]*?<\/si>/g) ?? []) {
      lines.push([...si.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => xmlText(m[1])).join(''));
    }
  }
  const sheets = zip.file(/^xl\/worksheets\/sheet\d+\.xml$/);
  if (!shared && !sheets.length) throw new Error('不是有效的 xlsx 文件');
  for (const sheet of sheets) {
    const xml = await sheet.async('string');
    for (const c of xml.match(/<c\b[^>]*>[\s\S]*?<\/c>/g) ?? []) {
      if (/\bt="s"/.test(c)) continue; // shared string, listed above
      const v = /<v>([^<]*)<\/v>/.exec(c)?.[1] ?? [...c.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => m[1]).join('');
      if (v) lines.push(xmlText(v));
    }
  }
  return lines.join('\n');
}

const PDF_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const pdfjs = await import(workerData.moduleUrl);
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(workerData.data),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const pages = [];
  const n = Math.min(doc.numPages, workerData.maxPages);
  for (let i = 1; i <= n; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    let s = '';
    for (const item of content.items) {
      if (typeof item.str === 'string') s += item.str + (item.hasEOL ? '\\n' : '');
    }
    pages.push(s);
    page.cleanup();
  }
  await doc.destroy();
  parentPort.postMessage({ ok: true, text: pages.join('\\n') });
})().catch((e) => parentPort.postMessage({ ok: false, error: String((e && e.message) || e) }));
`;

function readPdf(buf: Buffer, opts: ExtractOptions): Promise<string> {
  const moduleUrl = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;
  return new Promise((resolve, reject) => {
    const data = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
    const worker = new Worker(PDF_WORKER, {
      eval: true,
      workerData: { moduleUrl, data, maxPages: opts.pdfMaxPages ?? 2000 },
      transferList: [data as ArrayBuffer],
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error('PDF 解析超时'));
    }, opts.pdfTimeoutMs ?? 60_000);
    const finish = (fn: () => void) => {
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    worker.once('message', (m: { ok: boolean; text?: string; error?: string }) =>
      finish(() => (m.ok ? resolve(m.text ?? '') : reject(new Error(m.error)))),
    );
    worker.once('error', (e) => finish(() => reject(e)));
  });
}

/**
 * The readable text of an attachment, or null when its type is not readable
 * here. Throws AttachmentReadError when a readable type fails to parse.
 */
export async function extractAttachmentText(
  buf: Buffer,
  fileName: string,
  mime?: string,
  opts: ExtractOptions = {},
): Promise<string | null> {
  const reader = readerFor(fileName, mime);
  if (!reader) return null;
  try {
    switch (reader) {
      case 'text':
        return decodeText(buf);
      case 'html':
        return htmlToScanText(decodeText(buf)).text;
      case 'docx':
        return await readDocx(buf);
      case 'xlsx':
        return await readXlsx(buf);
      case 'pdf':
        return await readPdf(buf, opts);
    }
  } catch (e) {
    throw new AttachmentReadError(fileName, e);
  }
}
