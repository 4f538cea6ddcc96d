// The pipeline: load and bundle the spec → build and validate the model → render every target.
// write-generated.ts then writes the files, or compares them and names what is stale.
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRenderer } from './handlebars/create-renderer.ts';
import type { loadSpec as LoadSpec } from './load-spec.ts';
import { buildModel } from './model/build-model.ts';
import type { ApiModel, Diagnostic } from './model/types.ts';
import { SpecError } from './spec-error.ts';
import { bundleTarget } from './targets/bundle.ts';
import { fastifyServerTarget } from './targets/fastify-server.ts';
import { goClientTarget } from './targets/go-client.ts';
import { policyTarget } from './targets/policy.ts';
import { pythonClientTarget } from './targets/python-client.ts';
import type { GeneratedFile, Target } from './targets/target.ts';
import { typescriptClientTarget } from './targets/typescript-client.ts';
import { createTypescriptTypesTarget } from './targets/typescript-types.ts';
import { OWNERSHIP_MARK } from './write-generated.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_SPEC = join(PROJECT_ROOT, 'spec', 'openapi.yaml');
export const DEFAULT_OUT = join(PROJECT_ROOT, 'generated');

/** Every target, in the order they render. Add a new target here (see ARCHITECTURE.md). */
export function createTargets(): Target[] {
  return [
    bundleTarget,
    createTypescriptTypesTarget(),
    fastifyServerTarget,
    policyTarget,
    // Clients (K7): one line per language.
    goClientTarget,
    pythonClientTarget,
    typescriptClientTarget,
  ];
}

export interface GenerateOptions {
  specPath?: string;
  outDir?: string;
  /** Render only these targets (by `Target.name`); all of them when omitted or empty. */
  targets?: readonly string[];
}

/** Throws a message listing every target name when one of `names` is not a target. */
export function selectTargets(targets: Target[], names: readonly string[] | undefined): Target[] {
  if (names === undefined || names.length === 0) return targets;
  const known = targets.map((t) => t.name);
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    const list = targets.map((t) => `  ${t.name}: ${t.description}`).join('\n');
    throw new Error(
      `unknown target${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n}"`).join(', ')}; the targets are:\n${list}`,
    );
  }
  return targets.filter((t) => names.includes(t.name));
}

export interface GenerateResult {
  model: ApiModel;
  files: GeneratedFile[];
  warnings: Diagnostic[];
}

/** Renders every target in memory. Throws SpecError listing every error diagnostic. */
export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const specPath = resolve(options.specPath ?? DEFAULT_SPEC);
  const outDir = resolve(options.outDir ?? DEFAULT_OUT);
  // Created first: targets may warm up (load their libraries) while the spec is bundled. Redocly
  // is imported only after that, for the same reason (it takes half a second to load).
  const targets = createTargets();
  try {
    const selected = selectTargets(targets, options.targets);
    const { loadSpec } = await import('./load-spec.ts');
    return await generateWith(loadSpec, selected, specPath, outDir);
  } finally {
    await Promise.all(targets.map((t) => t.dispose?.()));
  }
}

async function generateWith(
  loadSpec: typeof LoadSpec,
  targets: Target[],
  specPath: string,
  outDir: string,
): Promise<GenerateResult> {
  const document = await loadSpec(specPath);
  const model = buildModel(document);
  const errors = model.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    throw new SpecError(
      `${relative(process.cwd(), specPath) || specPath} has ${errors.length} error(s) the generator cannot represent`,
      errors.map((d) => `${d.pointer}: ${d.message}`),
    );
  }
  // Relative to the output directory's parent, so the line is the same on every machine.
  const specName = relative(dirname(outDir), specPath).split(sep).join('/');
  const context = {
    model,
    document,
    renderer: createRenderer(),
    // A control character in the path could end the comment line this is written into.
    provenance: `generated from ${specName.replace(/[\p{Cc}\u2028\u2029]/gu, '?')} ${OWNERSHIP_MARK}`,
  };
  const rendered = await Promise.all(targets.map((target) => target.render(context)));
  const files = rendered.flat();
  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  return { model, files, warnings: model.diagnostics.filter((d) => d.severity === 'warning') };
}
