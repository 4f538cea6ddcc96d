// The pipeline: load and bundle the spec → build and validate the model → render every target →
// write generated/ (or, with check, compare it and name what is stale).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRenderer } from './handlebars/create-renderer.ts';
import { loadSpec, SpecError } from './load-spec.ts';
import { buildModel } from './model/build-model.ts';
import type { ApiModel, Diagnostic } from './model/types.ts';
import { bundleTarget } from './targets/bundle.ts';
import { fastifyServerTarget } from './targets/fastify-server.ts';
import { scopesTarget } from './targets/scopes.ts';
import type { GeneratedFile, Target } from './targets/target.ts';
import { createTypescriptTypesTarget } from './targets/typescript-types.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_SPEC = join(PROJECT_ROOT, 'spec', 'openapi.yaml');
export const DEFAULT_OUT = join(PROJECT_ROOT, 'generated');

/** Every target, in the order they render. Add a new target here (see ARCHITECTURE.md). */
export function createTargets(): Target[] {
  return [bundleTarget, createTypescriptTypesTarget(), fastifyServerTarget, scopesTarget];
}

/** Marks files this generator owns; only such files are ever deleted from the output directory. */
const OWNERSHIP_MARK = 'by keyway generate; do not edit';

export interface GenerateOptions {
  specPath?: string;
  outDir?: string;
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
  // Created first: targets may warm up (load their libraries) while the spec is bundled.
  const targets = createTargets();
  try {
    return await generateWith(targets, specPath, outDir);
  } finally {
    await Promise.all(targets.map((t) => t.dispose?.()));
  }
}

async function generateWith(targets: Target[], specPath: string, outDir: string): Promise<GenerateResult> {
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

export interface StaleFile {
  path: string;
  reason: 'changed' | 'missing' | 'not generated any more';
}

/** Compares rendered files with the output directory without writing anything. */
export function findStale(outDir: string, files: GeneratedFile[]): StaleFile[] {
  const stale: StaleFile[] = [];
  const expected = new Set(files.map((f) => f.path));
  for (const file of files) {
    const current = readIfExists(join(outDir, file.path));
    if (current === null) stale.push({ path: file.path, reason: 'missing' });
    else if (current !== file.contents) stale.push({ path: file.path, reason: 'changed' });
  }
  for (const path of ownedFiles(outDir)) {
    if (!expected.has(path)) stale.push({ path, reason: 'not generated any more' });
  }
  return stale.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Writes the files and removes generated files that are no longer produced. Returns what changed. */
export function writeGenerated(outDir: string, files: GeneratedFile[]): StaleFile[] {
  const stale = findStale(outDir, files);
  const byPath = new Map(files.map((f) => [f.path, f]));
  for (const entry of stale) {
    const target = join(outDir, entry.path);
    const file = byPath.get(entry.path);
    if (file === undefined) {
      rmSync(target);
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
  return stale;
}

function ownedFiles(dir: string, prefix = ''): string[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) return ownedFiles(dir, path);
    const head = readFileSync(join(dir, path), 'utf8').slice(0, 400);
    return head.includes(OWNERSHIP_MARK) ? [path] : [];
  });
}

function readIfExists(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}
