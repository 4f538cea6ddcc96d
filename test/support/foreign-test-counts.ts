// The Python and Go clients' own test counts, kept for the closing line of `npm test`
// (test/run.js adds them to vitest's): CI reads one `N passed, N failed` for every language.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FOREIGN_COUNTS_DIR = fileURLToPath(new URL('../artifacts/foreign-tests/', import.meta.url));

export function recordForeignCounts(suite: string, counts: { passed: number; failed: number }): void {
  mkdirSync(FOREIGN_COUNTS_DIR, { recursive: true });
  writeFileSync(join(FOREIGN_COUNTS_DIR, `${suite}.json`), `${JSON.stringify(counts)}\n`);
}
