// Test helpers for the parser's unit tests (not used by the parser itself).
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import type { ParsedTask } from './types';

/** <repo>/seeds/notices — the project's copies of the sample documents (read-only). */
export const SEEDS_DIR = path.resolve(__dirname, '../../../../..', 'seeds', 'notices');
export const FIXTURES_DIR = path.resolve(__dirname, '__fixtures__');

/** The seed file whose name starts with the prefix ("000"). */
export function seedFile(prefix: string): { name: string; text: string } {
  const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${prefix}_`));
  if (!name) throw new Error(`no seed ${prefix} in ${SEEDS_DIR}`);
  return { name, text: readFileSync(path.join(SEEDS_DIR, name), 'utf8') };
}

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES_DIR, name), 'utf8');
}

/** The one task whose title starts with the text (fails loudly when not exactly one). */
export function taskTitled(tasks: ParsedTask[], start: string): ParsedTask {
  const found = tasks.filter((t) => t.title.startsWith(start));
  if (found.length !== 1) throw new Error(`expected one task titled "${start}…", found ${found.length}`);
  return found[0];
}

/** Number of tasks per innermost heading, in order of first appearance. */
export function countBySection(tasks: ParsedTask[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of tasks) {
    const key = t.path[t.path.length - 1] ?? '';
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}
