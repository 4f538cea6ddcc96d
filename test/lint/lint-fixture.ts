// Lints a fixture under test/fixtures/lint/<rule-id>/ with the repo's redocly.yaml (so the plugin is
// loaded exactly as `redocly lint` loads it) and keeps the problems of one Keyway rule.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint, loadConfig } from '@redocly/openapi-core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Found {
  ruleId: string;
  message: string;
  /** The file the problem is in, relative to the fixture directory. */
  file: string;
  /** The JSON pointer Redocly reports. */
  pointer: string | undefined;
}

export async function lintFixture(ruleId: string, fixture: string): Promise<Found[]> {
  const dir = path.join(ROOT, 'test/fixtures/lint', ruleId);
  const config = await loadConfig({ configPath: path.join(ROOT, 'redocly.yaml') });
  const problems = await lint({ ref: path.join(dir, fixture), config });
  return problems
    .filter((problem) => problem.ruleId === `keyway/${ruleId}`)
    .map((problem) => {
      const [location] = problem.location;
      return {
        ruleId: problem.ruleId,
        message: problem.message,
        file: location ? path.relative(dir, location.source.absoluteRef) : '',
        pointer: location?.pointer,
      };
    });
}
