// Helpers for tests that generate into a scratch directory and compile the result. The
// directories live under test/artifacts/ (ignored by git) so that generated imports of
// `fastify` and `node:*` types resolve through the project's node_modules.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '../../generator/generate.ts';
import { writeGenerated } from '../../generator/write-generated.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function scratchDir(name: string): string {
  const base = join(ROOT, 'test', 'artifacts');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, `${name}-`));
}

/** Generates `specPath` into `<dir>/generated` and returns the result. */
export async function generateInto(specPath: string, dir: string) {
  const outDir = join(dir, 'generated');
  const result = await generate({ specPath, outDir });
  writeGenerated(outDir, result.files);
  return { ...result, outDir };
}

/** Runs strict `tsc --noEmit` over every .ts file in `dir`; returns its exit code and output. */
export function typecheck(dir: string): { status: number | null; output: string } {
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2023',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        types: ['node'],
        strict: true,
        noUncheckedIndexedAccess: true,
        verbatimModuleSyntax: true,
        allowImportingTsExtensions: true,
        noEmit: true,
        skipLibCheck: true,
      },
      include: ['**/*.ts'],
    }),
  );
  const tsc = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir],
    {
      encoding: 'utf8',
    },
  );
  return { status: tsc.status, output: `${tsc.stdout}${tsc.stderr}` };
}
