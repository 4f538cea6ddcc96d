// Loads and bundles a (possibly multi-file) OpenAPI 3.0/3.1 document into one object whose
// references are all local (`#/components/…`), using Redocly's bundler.
import { bundle, createConfig } from '@redocly/openapi-core';
import { SpecError } from './spec-error.ts';

export async function loadSpec(specPath: string): Promise<Record<string, unknown>> {
  // An empty config: linting is `keyway lint`'s job; bundling needs no rules or plugins.
  const config = await createConfig({});
  const result = await bundle({ ref: specPath, config, dereference: false });
  const unresolved = result.problems.filter((p) => p.severity === 'error');
  if (unresolved.length > 0) {
    throw new SpecError(
      `cannot bundle ${specPath}`,
      unresolved.map((p) => `${p.location[0]?.pointer ?? ''} ${p.message}`.trim()),
    );
  }
  const document = result.bundle.parsed as Record<string, unknown> | null;
  if (document === null || typeof document !== 'object')
    throw new SpecError(`${specPath} is not an OpenAPI document`);
  if (typeof document.openapi !== 'string' || !/^3\.[01]\./.test(document.openapi)) {
    throw new SpecError(
      `${specPath}: only OpenAPI 3.0.x and 3.1.x documents are supported (found "openapi: ${String(document.openapi ?? '')}")`,
    );
  }
  return document;
}
