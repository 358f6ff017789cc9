import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';

// Fixtures of the importer's integration tests: the project's seed documents and the
// parser's fixtures, the service, and row counts to prove "nothing was written" (R41).

export const SEEDS_DIR = path.resolve(__dirname, '../../../seeds/notices');
export const FIXTURES_DIR = path.resolve(__dirname, '../server/src/parser/__fixtures__');

export const NOTICE = 'api::notice.notice';
export const TABLE = 'api::task-table.task-table';
export const TASK = 'api::task.task';
export const UNIT = 'api::unit.unit';

/** The seed file whose name starts with the prefix ("000"). */
export function seed(prefix: string): { name: string; file: string; buf: Buffer } {
  const name = fs.readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${prefix}_`));
  if (!name) throw new Error(`no seed ${prefix} in ${SEEDS_DIR}`);
  const file = path.join(SEEDS_DIR, name);
  return { name, file, buf: fs.readFileSync(file) };
}

export const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES_DIR, name));

export const importer = (app: Core.Strapi) => app.plugin('importer').service('importer') as any;

/** Rows of every type the importer writes (drafts and published versions alike). */
export async function counts(app: Core.Strapi) {
  const n = (uid: string) => app.db.query(uid as any).count();
  return { notices: await n(NOTICE), tables: await n(TABLE), tasks: await n(TASK), units: await n(UNIT) };
}

/** A deep copy of a parse result (without the unit report), to edit in a test. */
export function copyResult(parsed: any) {
  const { units: _units, ...result } = JSON.parse(JSON.stringify(parsed));
  return result;
}
