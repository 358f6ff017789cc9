// Benchmark of the importer's parser (R41: "a 2 MB file parses in well under a second").
// Builds ~2 MB inputs from the seed documents in three shapes — a task table (`001`),
// a prose plan (`004`), run-on text (`002`) — times parseNoticeText (warm-up + N runs)
// and prints ms per MB as a line per shape, then all results as JSON.
// Run: npx tsx bench/import-parse.ts [--runs N] [--mb SIZE]
import { readFileSync } from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { parseNoticeText } from '../plugins/importer/server/src/parser';

const SEEDS = path.resolve(__dirname, '..', '..', 'shared', 'seeds');
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const RUNS = arg('--runs', 5);
const TARGET_MB = arg('--mb', 2);
const TARGET = TARGET_MB * 1024 * 1024;

const seed = (prefix: string) => {
  const file = require('fs').readdirSync(SEEDS).find((f: string) => f.startsWith(prefix));
  return readFileSync(path.join(SEEDS, file), 'utf8');
};
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** `001`: the notice once, then its table rows repeated with new task numbers until ~2 MB. */
function tableInput(): string {
  const lines = seed('001').split('\n');
  const headerEnd = lines.findIndex((l) => l.includes('\t'));
  const closing = lines.findIndex((l) => l.startsWith('抄送'));
  const head = lines.slice(0, headerEnd + 1).join('\n');
  const rows = lines.slice(headerEnd + 1, closing);
  const out: string[] = [head];
  let size = bytes(head);
  let n = 0;
  for (let round = 1; size < TARGET; round++) {
    for (const row of rows) {
      const varied = row.replace(/^(\d+)\. /, () => `${++n}. `).replace(/。/, `（第${round}轮）。`);
      out.push(varied);
      size += bytes(varied) + 1;
    }
  }
  return `${out.join('\n')}\n${lines.slice(closing).join('\n')}`;
}

/** `004`: the notice, then its numbered prose items repeated with new numbers until ~2 MB. */
function proseInput(): string {
  const text = seed('004');
  const start = text.indexOf('## 一、');
  const end = text.indexOf('**信息公开选项');
  const head = text.slice(0, start);
  const plan = text.slice(start, end);
  const out: string[] = [head];
  let size = bytes(head);
  for (let round = 1; size < TARGET; round++) {
    const varied = plan.replace(/。/g, (m, i: number) => (i % 7 === 0 ? `（${round}）。` : m));
    out.push(varied);
    size += bytes(varied);
  }
  return out.join('\n') + text.slice(end);
}

/** `002`: run-on text, its lines repeated (every repeat of a sentence is dropped) until ~2 MB. */
function runOnInput(): string {
  const lines = seed('002').split('\n');
  const out: string[] = [];
  let size = 0;
  for (let round = 1; size < TARGET; round++) {
    for (const l of lines) {
      const varied = round === 1 ? l : l.replace(/。/g, (m, i: number) => (i % 5 === 0 ? `（${round}）。` : m));
      out.push(varied);
      size += bytes(varied) + 1;
    }
  }
  return out.join('\n');
}

interface Result {
  shape: string;
  mb: number;
  tasks: number;
  runs: number;
  msMedian: number;
  msMin: number;
  msPerMb: number;
}

function bench(shape: string, input: string): Result {
  const mb = bytes(input) / (1024 * 1024);
  let tasks = 0;
  for (let i = 0; i < 2; i++) {
    // warm-up; tasks of forwarded notices (the run-on shape) count too
    const r = parseNoticeText(input, `${shape}.txt`);
    tasks = r.tasks.length + r.notice.forwards.reduce((n, f) => n + (f.tasks?.length ?? 0), 0);
  }
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    parseNoticeText(input, `${shape}.txt`);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const msMedian = times[Math.floor(times.length / 2)];
  return { shape, mb: Number(mb.toFixed(2)), tasks, runs: RUNS, msMedian: Number(msMedian.toFixed(1)), msMin: Number(times[0].toFixed(1)), msPerMb: Number((msMedian / mb).toFixed(1)) };
}

const results = [bench('table-001', tableInput()), bench('prose-004', proseInput()), bench('runon-002', runOnInput())];
for (const r of results) {
  console.log(`${r.shape}: ${r.mb} MB, ${r.tasks} tasks, median ${r.msMedian} ms → ${r.msPerMb} ms/MB`);
}
console.log(JSON.stringify({ bench: 'import-parse', results }, null, 2));
