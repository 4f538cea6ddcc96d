// Loads and bundles a (possibly multi-file) OpenAPI 3.0/3.1 document into one object whose
// references are all local (`#/components/…`), using Redocly's bundler.
// Redocly's bundle-only entry point: a third of the full package's load time, and the generator
// needs nothing else from it (linting is `keyway lint`'s job).
import { bundleOas, createEmptyRedoclyConfig } from '@redocly/openapi-core/lib/bundle-oas';
import { SpecError } from './spec-error.ts';

export async function loadSpec(specPath: string): Promise<Record<string, unknown>> {
  const result = await bundleOas({ ref: specPath, config: createEmptyRedoclyConfig(), dereference: false });
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
