// `keyway generate --target NAME`: only the named targets render; --check compares only their
// files; an unknown name is an error that lists every target.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTargetNames } from '../../cli/generate-command.ts';
import { createTargets, DEFAULT_OUT, generate } from '../../generator/generate.ts';
import { ROOT, scratchDir } from './temp-output.ts';

const keyway = (args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'bin', 'keyway.js'), ...args], { cwd: ROOT, encoding: 'utf8' });

describe('parseTargetNames', () => {
  const cases: { given: string[]; want: string[] }[] = [
    { given: [], want: [] },
    { given: ['types'], want: ['types'] },
    { given: ['types,policy'], want: ['types', 'policy'] },
    { given: ['types', ' policy , fastify'], want: ['types', 'policy', 'fastify'] },
    { given: ['types', 'types'], want: ['types'] },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => {
    expect(parseTargetNames(given)).toEqual(want);
  });
  it('refuses an empty name', () => {
    expect(() => parseTargetNames(['types,'])).toThrow('--target needs a target name');
  });
});

describe('generate({ targets })', () => {
  it('renders only the named targets', async () => {
    const { files } = await generate({ targets: ['policy', 'typescript-client'] });
    expect(files.map((f) => f.path)).toEqual([
      'clients/typescript/README.md',
      'clients/typescript/client.ts',
      'clients/typescript/runtime.ts',
      'policy.json',
      'policy.ts',
    ]);
  });

  it('names every target when one is unknown', async () => {
    const names = createTargets().map((t) => t.name);
    await expect(generate({ targets: ['policy', 'cobol-client'] })).rejects.toThrow(
      new RegExp(`unknown target "cobol-client"; the targets are:\\n[^]*${names.join('[^]*')}`),
    );
  });
});

describe('keyway generate --target', () => {
  /** A copy of spec/ and generated/ side by side, so that provenance lines match. */
  function copyProject() {
    const dir = scratchDir('targets');
    cpSync(join(ROOT, 'spec'), join(dir, 'spec'), { recursive: true });
    cpSync(DEFAULT_OUT, join(dir, 'generated'), { recursive: true });
    return { spec: join(dir, 'spec', 'openapi.yaml'), out: join(dir, 'generated') };
  }

  it('--check with targets compares only their files', () => {
    const { spec, out } = copyProject();
    rmSync(join(out, 'server', 'routes.ts')); // another target's file: not this check's business
    const ok = keyway([
      'generate',
      '--check',
      '--target',
      'typescript-client',
      '--target',
      'policy',
      '--spec',
      spec,
      '--out',
      out,
    ]);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain('is up to date (5 files)');
    expect(ok.status).toBe(0);
    rmSync(join(out, 'clients', 'typescript', 'runtime.ts'));
    const stale = keyway([
      'generate',
      '--check',
      '--target',
      'typescript-client',
      '--spec',
      spec,
      '--out',
      out,
    ]);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('clients/typescript/runtime.ts (missing)');
    expect(stale.stderr).not.toContain('routes.ts');
  });

  it('writes only the named targets and removes nothing else', () => {
    const { spec, out } = copyProject();
    rmSync(join(out, 'server', 'routes.ts'));
    rmSync(join(out, 'policy.ts'));
    const run = keyway(['generate', '--target', 'policy', '--spec', spec, '--out', out]);
    expect(run.status).toBe(0);
    expect(existsSync(join(out, 'policy.ts'))).toBe(true);
    expect(existsSync(join(out, 'server', 'routes.ts'))).toBe(false);
    expect(existsSync(join(out, 'types.ts'))).toBe(true);
  });

  it('an unknown target exits 1 and lists the targets', () => {
    const run = keyway(['generate', '--check', '--target', 'nope']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('unknown target "nope"; the targets are:');
    for (const target of createTargets().map((t) => t.name)) expect(run.stderr).toContain(`  ${target}: `);
  });
});
