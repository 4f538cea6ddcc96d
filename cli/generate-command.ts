import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_OUT, DEFAULT_SPEC, generate } from '../generator/generate.ts';
import { findStale, writeGenerated } from '../generator/write-generated.ts';
import type { Command } from './main.ts';

export const generateCommand: Command = {
  name: 'generate',
  summary: 'Render generated/ from the spec (--check: verify it is up to date)',
  usage: `Usage: keyway generate [--check] [--target NAME]... [--spec PATH] [--out DIR]

Bundles and validates the spec, builds the model and renders every target into the output
directory: the bundled spec, TypeScript types, the Fastify server stubs, the scope catalogue and
the clients.

Options:
  --check        write nothing; exit 1 and name every stale file if the output is out of date
  --target NAME  render only this target (repeatable, or comma-separated: --target a,b); files
                 of other targets are neither compared nor removed
  --spec PATH    the root OpenAPI document (default: spec/openapi.yaml)
  --out DIR      the output directory (default: generated/)
  -h, --help     show this help`,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        check: { type: 'boolean' },
        target: { type: 'string', multiple: true },
        spec: { type: 'string' },
        out: { type: 'string' },
      },
      strict: true,
    });
    const outDir = resolve(values.out ?? DEFAULT_OUT);
    const targets = parseTargetNames(values.target ?? []);
    const { files, warnings } = await generate({ specPath: values.spec ?? DEFAULT_SPEC, outDir, targets });
    // With a subset of targets, files of the others are neither stale nor removed.
    const sync = { sweep: targets.length === 0 };
    for (const w of warnings) console.error(`warning ${w.pointer}: ${w.message}`);
    const shown = relative(process.cwd(), outDir) || '.';
    if (values.check) {
      const stale = findStale(outDir, files, sync);
      if (stale.length === 0) {
        console.log(`${shown}/ is up to date (${files.length} files)`);
        return 0;
      }
      console.error(`${shown}/ is out of date with the spec:`);
      for (const s of stale) console.error(`  ${shown}/${s.path} (${s.reason})`);
      console.error('Run `npm run generate` (or `npx keyway generate`) and commit the result.');
      return 1;
    }
    const changed = writeGenerated(outDir, files, sync);
    console.log(`${shown}/: ${files.length} files, ${changed.length} written or removed`);
    const done = { missing: 'created', changed: 'updated', 'not generated any more': 'removed' } as const;
    for (const c of changed) console.log(`  ${shown}/${c.path} (${done[c.reason]})`);
    return 0;
  },
};

/** `--target a,b --target c` → `['a', 'b', 'c']`; an empty name is an error. */
export function parseTargetNames(values: readonly string[]): string[] {
  const names = values.flatMap((v) => v.split(',')).map((n) => n.trim());
  if (names.some((n) => n === '')) throw new Error('--target needs a target name (e.g. --target types)');
  return [...new Set(names)];
}
