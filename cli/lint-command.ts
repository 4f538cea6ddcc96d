import { parseArgs } from 'node:util';
import { DEFAULT_SPEC } from '../generator/generate.ts';
import type { Command } from './main.ts';

export const lintCommand: Command = {
  name: 'lint',
  summary: "Lint the spec with Redocly's recommended rules and Keyway's own",
  usage: `Usage: keyway lint [--spec PATH] [--config PATH]

Lints the spec with redocly.yaml: Redocly's recommended ruleset plus the keyway plugin
(lint/rules/). Exits 1 on any error or warning.

Options:
  --spec PATH     the root OpenAPI document (default: spec/openapi.yaml)
  --config PATH   the Redocly configuration (default: redocly.yaml)
  -h, --help      show this help`,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { spec: { type: 'string' }, config: { type: 'string' } },
      strict: true,
    });
    const { lintSpec } = await import('../generator/lint-spec.ts');
    const result = await lintSpec({
      specPath: values.spec ?? DEFAULT_SPEC,
      ...(values.config === undefined ? {} : { configPath: values.config }),
    });
    if (result.report.trim() !== '') console.log(result.report);
    console.log(`${result.errors} error(s), ${result.warnings} warning(s)`);
    return result.errors + result.warnings === 0 ? 0 : 1;
  },
};
