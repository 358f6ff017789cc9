// Regenerate the bundled holiday snapshot from the installed `chinese-days` package (R20 note).
//
//   npx tsx plugins/deadlines/scripts/extract-chinese-days.ts          # write the snapshot
//   npx tsx plugins/deadlines/scripts/extract-chinese-days.ts --check  # exit 1 if it is stale
//
// Reads node_modules/chinese-days/dist/chinese-days.json as plain data (never the package's
// date functions, which depend on the process time zone). Review the diff before committing:
// a changed past date changes recorded deadlines.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { extractChineseDays, formatSnapshot } from '../server/src/calendar/bundled/extract';

export const SNAPSHOT_PATH = join(__dirname, '../server/src/calendar/data/chinese-days.snapshot.json');

/** The snapshot text the installed chinese-days package would produce. */
export function buildSnapshotText(): string {
  const pkgJson = require.resolve('chinese-days/package.json');
  const { version } = JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string };
  const raw = JSON.parse(readFileSync(join(dirname(pkgJson), 'dist/chinese-days.json'), 'utf8'));
  return formatSnapshot({ source: `chinese-days@${version} dist/chinese-days.json`, years: extractChineseDays(raw) });
}

if (require.main === module) {
  const text = buildSnapshotText();
  const where = relative(process.cwd(), SNAPSHOT_PATH);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(SNAPSHOT_PATH, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (current !== text) {
      console.error(`${where} is stale: run this script without --check and review the diff.`);
      process.exit(1);
    }
    console.log(`${where} is up to date.`);
  } else {
    writeFileSync(SNAPSHOT_PATH, text);
    console.log(`wrote ${where}`);
  }
}
