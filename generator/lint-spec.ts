// Lints a spec in-process with Redocly (no subprocess): the repo's redocly.yaml, i.e. the
// recommended rules plus the Keyway plugin in lint/ (spec/README.md rules 1–5).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblems, getTotals, lint, loadConfig, logger } from '@redocly/openapi-core';

const DEFAULT_CONFIG = fileURLToPath(new URL('../redocly.yaml', import.meta.url));

export interface LintSpecResult {
  errors: number;
  warnings: number;
  /** Redocly's `stylish` report (one line per problem, grouped by file); empty when clean. */
  report: string;
}

export async function lintSpec(options: { specPath: string; configPath?: string }): Promise<LintSpecResult> {
  const config = await loadConfig({ configPath: path.resolve(options.configPath ?? DEFAULT_CONFIG) });
  const problems = await lint({ ref: path.resolve(options.specPath), config });
  const totals = getTotals(problems);
  return { errors: totals.errors, warnings: totals.warnings, report: formatStylish(problems, totals) };
}

type Problems = Awaited<ReturnType<typeof lint>>;

// formatProblems only prints, through Redocly's logger; capture it for the duration of this
// synchronous call. color: false keeps ANSI codes out of the text.
function formatStylish(problems: Problems, totals: ReturnType<typeof getTotals>): string {
  const print = logger.output;
  let report = '';
  logger.output = (text: string) => {
    report += text;
  };
  try {
    formatProblems(problems, {
      format: 'stylish',
      totals,
      color: false,
      maxProblems: Number.MAX_SAFE_INTEGER,
    });
  } finally {
    logger.output = print;
  }
  return report;
}
