// Strict tsc over the whole project (generated/ included: the server implementing every
// generated handler is what proves the stubs complete) and Biome over the hand-written code.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'node_modules', script), ...args], { cwd: ROOT, encoding: 'utf8' });

describe('static checks', () => {
  it('tsc --noEmit (strict) passes over the whole project', () => {
    const tsc = run('typescript/bin/tsc', ['--noEmit', '-p', 'tsconfig.json']);
    expect(`${tsc.stdout}${tsc.stderr}`).toBe('');
    expect(tsc.status).toBe(0);
    // The whole project type-checked in one process: about 30 s on an idle 2-core machine, more
    // beside the rest of the suite.
  }, 300_000);

  it('biome check passes (formatting and lint; generated/ and spec/ excluded)', () => {
    const biome = run('@biomejs/biome/bin/biome', ['check', '--colors=off', '--error-on-warnings', '.']);
    expect(biome.status, `${biome.stdout}${biome.stderr}`).toBe(0);
  });
});
