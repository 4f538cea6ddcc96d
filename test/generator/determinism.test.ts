// Two generations of the same spec are byte-identical: no timestamps, no machine paths, no
// unordered iteration.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC, generate } from '../../generator/generate.ts';
import { generateInto, ROOT, scratchDir } from './temp-output.ts';

function readTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}

describe('determinism', () => {
  it.each([
    { name: 'keyway spec', spec: DEFAULT_SPEC },
    { name: 'hostile fixture', spec: join(ROOT, 'test', 'fixtures', 'specs', 'hostile', 'openapi.yaml') },
  ])('$name: two generations into different directories are byte-identical', async ({ spec }) => {
    const first = await generateInto(spec, scratchDir('det-a'));
    const second = await generateInto(spec, scratchDir('det-b'));
    const a = readTree(first.outDir);
    const b = readTree(second.outDir);
    expect(Object.keys(a).length).toBeGreaterThan(5);
    expect(b).toEqual(a);
    // Nothing of the machine leaks in (the checkout's absolute path would differ per clone).
    for (const text of Object.values(a)) expect(text).not.toContain(ROOT);
  });

  it('every generated file says where it comes from and not to edit it', async () => {
    const { files } = await generate();
    for (const file of files) {
      expect(file.contents.slice(0, 200), file.path).toContain(
        'generated from spec/openapi.yaml by keyway generate; do not edit',
      );
    }
  });
});
