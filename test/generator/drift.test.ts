// The drift check: committed generated/ matches the spec, and `generate --check` fails naming
// every stale file (and the command that fixes it) when the spec changes.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OUT, generate } from '../../generator/generate.ts';
import { findStale } from '../../generator/write-generated.ts';
import { ROOT, scratchDir } from './temp-output.ts';

const keyway = (args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'bin', 'keyway.js'), ...args], { cwd: ROOT, encoding: 'utf8' });

/** A copy of spec/ and generated/ to change freely; optionally with one summary changed. */
function copyProject({ changeSummary = false } = {}) {
  const dir = scratchDir('drift');
  cpSync(join(ROOT, 'spec'), join(dir, 'spec'), { recursive: true });
  cpSync(DEFAULT_OUT, join(dir, 'generated'), { recursive: true });
  if (changeSummary) {
    const meta = join(dir, 'spec', 'paths', 'meta.yaml');
    const text = readFileSync(meta, 'utf8');
    expect(text).toContain('Check that the server is up');
    writeFileSync(meta, text.replace('Check that the server is up', 'Is the server up?'));
  }
  return { spec: join(dir, 'spec', 'openapi.yaml'), out: join(dir, 'generated') };
}

describe('drift check', () => {
  it('the committed generated/ is up to date with spec/', async () => {
    const { files } = await generate();
    expect(findStale(DEFAULT_OUT, files)).toEqual([]);
  });

  it('keyway generate --check passes on an unchanged copy and writes nothing', () => {
    const { spec, out } = copyProject();
    const run = keyway(['generate', '--check', '--spec', spec, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('after one summary changes, --check exits 1 and names the stale files and the fix', () => {
    const { spec, out } = copyProject({ changeSummary: true });
    const before = readFileSync(join(out, 'openapi.json'), 'utf8');
    const run = keyway(['generate', '--check', '--spec', spec, '--out', out]);
    expect(run.status).toBe(1);
    for (const file of ['openapi.json', 'openapi.yaml', 'types.ts', 'server/routes.ts']) {
      expect(run.stderr).toContain(`generated/${file} (changed)`);
    }
    expect(run.stderr).not.toContain('policy.ts');
    expect(run.stderr).toContain('npm run generate');
    expect(readFileSync(join(out, 'openapi.json'), 'utf8')).toBe(before);
  });

  it('npm run generate -- --check does the same', () => {
    const { spec, out } = copyProject({ changeSummary: true });
    const run = spawnSync(
      'npm',
      ['run', '--silent', 'generate', '--', '--check', '--spec', spec, '--out', out],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('generated/server/routes.ts (changed)');
  });

  it('names generated files that are no longer produced, and generate removes them', () => {
    const { spec, out } = copyProject();
    writeFileSync(
      join(out, 'old.ts'),
      '// generated from spec/openapi.yaml by keyway generate; do not edit\n',
    );
    writeFileSync(join(out, 'notes.md'), 'a file of the user, not generated\n');
    const check = keyway(['generate', '--check', '--spec', spec, '--out', out]);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('generated/old.ts (not generated any more)');
    expect(check.stderr).not.toContain('notes.md');
    const write = keyway(['generate', '--spec', spec, '--out', out]);
    expect(write.status).toBe(0);
    expect(keyway(['generate', '--check', '--spec', spec, '--out', out]).status).toBe(0);
    expect(readFileSync(join(out, 'notes.md'), 'utf8')).toContain('not generated');
  });
});
