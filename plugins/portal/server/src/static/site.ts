import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import type { Portal } from '../portal';
import { fileFor } from './paths';
import { removeFile, withDirLock, writeAtomic } from './atomic';
import { readManifest, sha256, updateManifest, type ManifestEntry } from './manifest';
import type { Affected } from './affected';

// Static publishing (issue "静态化发布", R35): pages rendered through the SAME portal
// handler as live requests (one read path) into outDir, one file per URL, each replaced
// atomically, with manifest.json of SHA-256 hashes for `site:verify`.
//
// Work is queued and run one batch at a time per process (publishes during a run are
// coalesced into the next batch); across processes sharing outDir, a directory lock
// serialises render+write+manifest, so a slower node cannot overwrite a newer page with
// an older render, and no manifest entry is lost.

export interface StaticConfig { enabled?: boolean; outDir?: string; baseUrl?: string }
export interface RenderResult { written: string[]; removed: string[]; failed: string[] }

export function createStaticSite(strapi: Core.Strapi, portal: () => Portal, affected: Affected, cfg: { outDir: string; baseUrl: string }) {
  const outDir = path.resolve(cfg.outDir);
  const base = cfg.baseUrl.replace(/\/$/, '');
  let pending = new Set<string>();
  let full = false;
  let running: Promise<void> | null = null;
  const stats = { batches: 0, written: 0, removed: 0, failed: 0, lastError: null as string | null, lastBatch: [] as string[] };

  /** Render paths through the portal and write them (200) or delete them (404); then update the manifest. */
  async function renderTo(paths: string[]): Promise<RenderResult> {
    return withDirLock(outDir, async () => {
      const result: RenderResult = { written: [], removed: [], failed: [] };
      const delta = new Map<string, ManifestEntry | null>();
      const lock = path.join(outDir, '.gk-lock');
      for (const p of paths) {
        const rel = fileFor(p);
        const file = path.join(outDir, rel);
        const res = await portal().handle(p, {}, base);
        if (res?.status === 200) {
          const body = Buffer.from(res.body, 'utf8');
          // unchanged bytes are not rewritten: mtimes tell what a publish touched
          const same = fs.existsSync(file) && sha256(fs.readFileSync(file)) === sha256(body);
          if (!same) writeAtomic(file, body);
          delta.set(rel, { url: p, sha256: sha256(body), size: body.length, generatedAt: new Date().toISOString() });
          result.written.push(p);
        } else if (res?.status === 404) {
          if (fs.existsSync(file)) removeFile(outDir, file);
          delta.set(rel, null);
          result.removed.push(p);
        } else {
          // keep the last good page rather than publish an error page
          result.failed.push(p);
          strapi.log.error(`[portal] static: ${p} answered ${res?.status ?? 'nothing'}; the previous file is kept`);
        }
        try { fs.utimesSync(lock, new Date(), new Date()); } catch { /* keep the lock fresh on long builds */ }
      }
      updateManifest(outDir, delta);
      return result;
    });
  }

  async function drain() {
    await null; // let the caller store `running` first
    try {
      while (full || pending.size) {
        const batch = [...pending];
        const doFull = full;
        pending = new Set();
        full = false;
        try {
          let paths = batch;
          if (doFull) {
            // everything published now, plus whatever the manifest still lists (removed while we were down)
            const known = Object.values(readManifest(outDir)?.files ?? {}).map((e) => e.url);
            paths = [...new Set([...(await affected.allPaths()), ...known, ...batch])];
          }
          stats.lastBatch = [...paths].sort();
          const r = await renderTo(paths);
          stats.batches++; stats.written += r.written.length; stats.removed += r.removed.length; stats.failed += r.failed.length;
        } catch (err: any) {
          stats.lastError = String(err?.stack ?? err);
          strapi.log.error(`[portal] static regeneration failed: ${stats.lastError}`);
        }
      }
    } finally {
      running = null;
    }
  }

  function enqueue(paths: string[] | 'all') {
    if (paths === 'all') full = true;
    else for (const p of paths) pending.add(p);
    if (!running && (full || pending.size)) running = drain();
    return running ?? Promise.resolve();
  }

  return {
    outDir,
    stats,
    renderTo,
    enqueue,
    /** Write every page (boot, settings changes, recovery). */
    fullBuild: () => enqueue('all'),
    /** Resolves when nothing is queued or running. */
    async whenIdle() {
      while (running) await running;
    },
  };
}

export type StaticSite = ReturnType<typeof createStaticSite>;
