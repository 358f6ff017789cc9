import fs from 'fs';
import path from 'path';
import crypto from 'crypto';
import { LOCK_DIR, TEMP_PREFIX } from './paths';

// Atomic file replacement for static output (R35): write a temp file in the SAME
// directory, fsync it, then rename() over the target. rename is atomic within a file
// system, so a reader (nginx) sees either the old or the new file, never a partial one.

export function writeAtomic(file: string, data: Buffer | string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `${TEMP_PREFIX}${process.pid}-${crypto.randomBytes(6).toString('hex')}-${path.basename(file)}`);
  const fd = fs.openSync(tmp, 'wx', 0o644);
  try {
    fs.writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fs.fsyncSync(fd);
  } catch (err) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  fs.closeSync(fd);
  try {
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

/** Remove a page (unpublished item) and the directories it leaves empty, up to root. */
export function removeFile(root: string, file: string) {
  fs.rmSync(file, { force: true });
  for (let dir = path.dirname(file); dir.startsWith(root + path.sep); dir = path.dirname(dir)) {
    try {
      fs.rmdirSync(dir);
    } catch {
      break; // not empty (or gone)
    }
  }
}

/**
 * A lock shared by every process writing the same output directory (two nodes may share
 * it): mkdir is atomic. A lock older than staleMs is from a crashed writer and is taken over.
 */
export async function withDirLock<T>(root: string, fn: () => Promise<T> | T, { staleMs = 60_000, waitMs = 120_000 } = {}): Promise<T> {
  fs.mkdirSync(root, { recursive: true });
  const lock = path.join(root, LOCK_DIR);
  const start = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (err: any) {
      if (err?.code !== 'EEXIST') throw err;
      try {
        if (Date.now() - fs.statSync(lock).mtimeMs > staleMs) fs.rmSync(lock, { recursive: true, force: true });
      } catch { /* released meanwhile */ }
      if (Date.now() - start > waitMs) throw new Error(`静态输出目录被锁定超过 ${waitMs} 毫秒：${lock}`);
      await new Promise((r) => setTimeout(r, 10 + Math.random() * 20));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
