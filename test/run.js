#!/usr/bin/env node
// `npm test`: every test (lint, drift check, tsc, generator, server) through vitest, then one
// closing line `N passed, N failed` counted from vitest's JSON report, which CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const artifacts = join(root, 'test', 'artifacts');
const report = join(artifacts, 'vitest.json');
// Scratch output of earlier runs (generated trees, screenshots) would only pile up.
rmSync(artifacts, { recursive: true, force: true });
mkdirSync(artifacts, { recursive: true });

const vitest = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules', 'vitest', 'vitest.mjs'),
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit' },
);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed = result.numPassedTests;
  // Suites that fail to load have no tests of their own: count each as one failure.
  failed =
    result.numFailedTests +
    (result.numFailedTestSuites > 0 && result.numFailedTests === 0 ? result.numFailedTestSuites : 0);
  skipped = result.numPendingTests + result.numTodoTests;
} catch {
  failed = 1;
}
// The Python and Go clients' tests, run by vitest files that record their own counts
// (test/support/foreign-test-counts.ts): each of their tests counts in the closing line.
const foreign = join(artifacts, 'foreign-tests');
if (existsSync(foreign)) {
  for (const file of readdirSync(foreign)) {
    const counts = JSON.parse(readFileSync(join(foreign, file), 'utf8'));
    passed += counts.passed;
    failed += counts.failed;
  }
}
// An error outside any test (an unhandled rejection, say) fails the run; count it, so the
// closing line never says "0 failed" for a failed run.
if (vitest.status !== 0 && failed === 0) failed = 1;
const line = `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
writeFileSync(join(artifacts, 'summary.txt'), `${line}\n`);
console.log(line);
process.exit(vitest.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
