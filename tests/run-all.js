#!/usr/bin/env node
// `npm test`: the whole suite. Unit, integration and browser tests on SQLite; then the
// integration suite again on PostgreSQL when one is configured (CI always does:
// GONGKAI_TEST_POSTGRES=1 with DATABASE_HOST/USERNAME/PASSWORD). Prints one closing
// line "N passed, N failed" over every phase. Extra arguments go to Jest.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const extra = process.argv.slice(2);
const wantPg = process.env.GONGKAI_TEST_POSTGRES === '1';
const results = [];

function phase(name, projects, env) {
  const out = path.join(root, '.tmp', `jest-${name}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.rmSync(out, { force: true });
  console.log(`\n=== ${name} ===`);
  const args = ['jest', '--runInBand', ...projects.flatMap((p) => ['--selectProjects', p]), '--json', `--outputFile=${out}`, ...extra];
  const r = spawnSync('npx', args, { cwd: root, stdio: 'inherit', env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL || 'error', ...env } });
  let passed = 0, failed = 0, suitesFailed = 0;
  if (fs.existsSync(out)) {
    const j = JSON.parse(fs.readFileSync(out, 'utf8'));
    passed = j.numPassedTests; failed = j.numFailedTests; suitesFailed = j.numFailedTestSuites + (j.numRuntimeErrorTestSuites || 0);
  }
  // a crashed run (no JSON, or suites that failed to start) must count as failure
  if (r.status !== 0 && failed === 0) failed = Math.max(1, suitesFailed);
  results.push({ name, passed, failed });
}

const pgEnv = { DATABASE_CLIENT: 'postgres' };
phase('sqlite', ['unit', 'integration', 'browser'], { DATABASE_CLIENT: 'sqlite' });
if (wantPg) phase('postgres', ['integration'], pgEnv);
else console.log('\n提示：未设置 GONGKAI_TEST_POSTGRES=1，本次未在 PostgreSQL 上运行集成测试（CI 会运行）。');

console.log('\n=== summary ===');
for (const r of results) console.log(`${r.name}: ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((s, r) => s + r.passed, 0);
const failed = results.reduce((s, r) => s + r.failed, 0);
const closing = `${passed} passed, ${failed} failed`;
console.log(closing);
fs.writeFileSync(path.join(root, '.tmp', 'test-summary.txt'), closing + '\n');
process.exit(failed > 0 ? 1 : 0);
