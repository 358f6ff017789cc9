import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';

// One way for command-line scripts (demo, import, gate:verify, privacy:scan) to get a
// loaded Strapi on the configured database. Scripts are compiled with the app by
// `strapi build` and run with plain node from dist/ (tsx's loader breaks Koa's
// generator-function check), so the app root is found by walking up to package.json.
function findAppRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('找不到应用根目录（package.json）');
    dir = parent;
  }
  return dir;
}
export const APP_ROOT = findAppRoot(__dirname);

export async function bootStrapi(opts: { compile?: boolean; logLevel?: string } = {}): Promise<Core.Strapi> {
  process.chdir(APP_ROOT);
  process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';
  if (opts.logLevel) process.env.LOG_LEVEL ??= opts.logLevel;
  const { createStrapi, compileStrapi } = require('@strapi/strapi');
  const ctx = opts.compile === false ? { appDir: APP_ROOT, distDir: path.join(APP_ROOT, 'dist') } : await compileStrapi({ appDir: APP_ROOT });
  return createStrapi({ ...ctx, autoReload: false }).load();
}

/** Run a script body against a loaded Strapi, exiting non-zero on failure. */
export async function runScript(body: (strapi: Core.Strapi) => Promise<number | void>, opts?: { compile?: boolean; logLevel?: string }) {
  let strapi: Core.Strapi | undefined;
  let code = 0;
  try {
    strapi = await bootStrapi({ logLevel: 'warn', ...opts });
    const result = await body(strapi);
    code = typeof result === 'number' ? result : 0;
  } catch (err: any) {
    console.error(`错误：${err?.message ?? err}`);
    code = 1;
  } finally {
    if (strapi) await strapi.destroy();
  }
  process.exit(code);
}
