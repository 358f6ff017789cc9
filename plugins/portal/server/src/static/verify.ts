import fs from 'fs';
import path from 'path';
import { isInternal } from './paths';
import { readManifest, sha256 } from './manifest';

// R35 防篡改: compare the static output directory with the manifest the CMS wrote.
// Plain Node (no Strapi), so `npm run site:verify` can run from cron on the web server.

export interface VerifyReport { ok: boolean; checked: number; added: string[]; changed: string[]; removed: string[] }

function listFiles(root: string, dir = ''): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (isInternal(rel)) continue;
    if (e.isDirectory()) out.push(...listFiles(root, rel));
    else out.push(rel); // files, symlinks and anything else count: none should appear outside the CMS
  }
  return out;
}

export function verifySite(outDir: string): VerifyReport {
  const manifest = readManifest(outDir);
  if (!manifest) throw new Error(`找不到清单 manifest.json：${outDir}`);
  const onDisk = new Set(listFiles(outDir));
  const added: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];
  for (const [file, entry] of Object.entries(manifest.files)) {
    if (!onDisk.has(file)) { removed.push(file); continue; }
    onDisk.delete(file);
    const full = path.join(outDir, file);
    const st = fs.lstatSync(full);
    if (!st.isFile() || st.size !== entry.size || sha256(fs.readFileSync(full)) !== entry.sha256) changed.push(file);
  }
  added.push(...onDisk);
  for (const l of [added, changed, removed]) l.sort();
  return { ok: !added.length && !changed.length && !removed.length, checked: Object.keys(manifest.files).length, added, changed, removed };
}
