import fs from 'fs';
import path from 'path';
import crypto from 'crypto';
import { MANIFEST } from './paths';
import { writeAtomic } from './atomic';

// The manifest of the static site (R35 防篡改): every file the CMS wrote, with its
// SHA-256 and size. `site:verify` compares the directory with it.

export interface ManifestEntry { url: string; sha256: string; size: number; generatedAt: string }
export interface Manifest { version: 1; updatedAt: string; files: Record<string, ManifestEntry> }

export const sha256 = (data: Buffer | string) => crypto.createHash('sha256').update(data).digest('hex');

export function readManifest(outDir: string): Manifest | null {
  const file = path.join(outDir, MANIFEST);
  if (!fs.existsSync(file)) return null;
  const m = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!m || m.version !== 1 || typeof m.files !== 'object') throw new Error(`清单格式不正确：${file}`);
  return m;
}

/** Apply a delta (files written → entry, files removed → null) to the manifest on disk. Call under the directory lock. */
export function updateManifest(outDir: string, delta: Map<string, ManifestEntry | null>) {
  const m: Manifest = readManifest(outDir) ?? { version: 1, updatedAt: '', files: {} };
  for (const [file, entry] of delta) {
    if (entry) m.files[file] = entry;
    else delete m.files[file];
  }
  m.updatedAt = new Date().toISOString();
  const sorted: Record<string, ManifestEntry> = {};
  for (const k of Object.keys(m.files).sort()) sorted[k] = m.files[k];
  m.files = sorted;
  writeAtomic(path.join(outDir, MANIFEST), JSON.stringify(m, null, 1) + '\n');
  return m;
}
