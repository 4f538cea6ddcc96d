// The `types` target calls openapi-typescript's transform directly (skipping its second Redocly
// pass): its output must be exactly what openapiTS() itself makes, so that an upgrade that changes
// the package's internals fails here instead of drifting silently.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from '../../generator/generate.ts';
import { generateInto, ROOT, scratchDir } from './temp-output.ts';

describe('types target', () => {
  it.each([
    { name: 'keyway spec', spec: DEFAULT_SPEC },
    { name: 'hostile fixture', spec: join(ROOT, 'test', 'fixtures', 'specs', 'hostile', 'openapi.yaml') },
    {
      name: 'OpenAPI 3.0 routing fixture',
      spec: join(ROOT, 'test', 'fixtures', 'specs', 'routing', 'openapi.yaml'),
    },
  ])('$name: equals openapiTS() on the same bundled document', async ({ spec }) => {
    const { outDir } = await generateInto(spec, scratchDir('types'));
    const bundled = JSON.parse(readFileSync(join(outDir, 'openapi.json'), 'utf8'));
    delete bundled['x-generated'];
    const expected = astToString(await openapiTS(bundled, { silent: true }));
    const generated = readFileSync(join(outDir, 'types.ts'), 'utf8');
    expect(generated.slice(generated.indexOf('\n\n') + 2)).toBe(expected);
  });
});
