// The real spec must pass every rule in redocly.yaml: recommended plus the Keyway plugin.
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { lintSpec } from '../../generator/lint-spec.ts';

test('spec/openapi.yaml has no lint errors or warnings', async () => {
  const result = await lintSpec({
    specPath: fileURLToPath(new URL('../../spec/openapi.yaml', import.meta.url)),
  });
  // On failure the stylish report says which file, line, rule and message.
  expect({ errors: result.errors, warnings: result.warnings }, result.report).toEqual({
    errors: 0,
    warnings: 0,
  });
});
