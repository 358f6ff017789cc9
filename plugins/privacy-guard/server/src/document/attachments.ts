// R12: the readable text of an attached file, for scanning like a field.
// Files of the local upload provider are read from the public directory by their url
// (/uploads/…); files of a remote provider (https://…) are fetched. Text is cached by
// url and hash: an uploaded file never changes under the same url.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { AttachmentReadError, extractAttachmentText } from '../detect';
import type { MediaFile } from './model-walk';

export type AttachmentText =
  | { status: 'read'; text: string }
  /** Not a readable type (image, .doc, .wps …), no text in it, or too large: the reviewer checks it by eye. */
  | { status: 'unreadable'; reason: string }
  /** A readable type that could not be parsed, or a file that is missing: must not pass silently. */
  | { status: 'error'; reason: string };

export interface AttachmentReaderOptions {
  maxBytes: number;
  pdfTimeoutMs?: number;
}

/** The file's display name: its original name, else the last segment of its url. */
export function fileNameOf(file: MediaFile): string {
  if (file.name) return file.name;
  const last = String(file.url ?? '').split(/[?#]/)[0].split('/').pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The name whose extension tells the reader the type (the stored url keeps the real extension). */
function typeNameOf(file: MediaFile): string {
  const name = fileNameOf(file);
  if (/\.[A-Za-z0-9]+$/.test(name)) return name;
  return file.ext ? `${name}${file.ext}` : name;
}

async function readLocal(publicDir: string, url: string, maxBytes: number): Promise<Buffer | 'too-large'> {
  const relative = decodeURIComponent(url.split(/[?#]/)[0]);
  const full = path.resolve(publicDir, `.${relative}`);
  if (!full.startsWith(path.resolve(publicDir) + path.sep)) throw new Error('附件路径不在上传目录内');
  const stat = await fs.stat(full);
  if (stat.size > maxBytes) return 'too-large';
  return fs.readFile(full);
}

async function readRemote(url: string, maxBytes: number): Promise<Buffer | 'too-large'> {
  const res = await fetch(url, { signal: AbortSignal.timeout(30_000), redirect: 'follow' });
  if (!res.ok) throw new Error(`下载附件失败（HTTP ${res.status}）`);
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > maxBytes) return 'too-large';
  const buf = Buffer.from(await res.arrayBuffer());
  return buf.length > maxBytes ? 'too-large' : buf;
}

export function createAttachmentReader(strapi: Core.Strapi, opts: () => AttachmentReaderOptions) {
  const cache = new Map<string, AttachmentText>();
  const CACHE_SIZE = 200;
  const CACHE_MAX_CHARS = 1_000_000;

  return async function readAttachment(file: MediaFile): Promise<AttachmentText> {
    const url = file.url ?? '';
    const key = `${url}|${file.hash ?? ''}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const { maxBytes, pdfTimeoutMs } = opts();
    let result: AttachmentText;
    try {
      const isRemote = /^https?:\/\//i.test(url);
      if (!isRemote && !url.startsWith('/')) throw new Error('附件没有可读取的地址');
      const buf = isRemote ? await readRemote(url, maxBytes) : await readLocal(strapi.dirs.static.public, url, maxBytes);
      if (buf === 'too-large') {
        result = { status: 'unreadable', reason: `文件超过 ${Math.round(maxBytes / 1024 / 1024)} MB，未自动检查，请人工核对` };
      } else {
        const text = await extractAttachmentText(buf, typeNameOf(file), file.mime ?? undefined, { pdfTimeoutMs });
        if (text === null) result = { status: 'unreadable', reason: '该文件类型无法自动读取（图片、.doc 等），请人工核对' };
        // A scanned PDF (no text layer) or a Word file holding only pictures reads as nothing.
        else if (!text.trim()) result = { status: 'unreadable', reason: '未读到文字（可能是扫描件或图片），请人工核对' };
        else result = { status: 'read', text };
      }
    } catch (e) {
      const reason = e instanceof AttachmentReadError ? e.message : `附件“${fileNameOf(file)}”无法读取：${e instanceof Error ? e.message : String(e)}`;
      // Errors are not cached: a missing file may be restored, a timeout may pass.
      return { status: 'error', reason };
    }
    if (result.status !== 'read' || result.text.length <= CACHE_MAX_CHARS) {
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      cache.set(key, result);
    }
    return result;
  };
}

export type AttachmentReader = ReturnType<typeof createAttachmentReader>;
