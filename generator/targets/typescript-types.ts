// Target `types`: TypeScript types for every schema, path and operation, from
// openapi-typescript's programmatic API (types by AST, not by template; STYLE.md §3).
import { Worker } from 'node:worker_threads';
import type { Target } from './target.ts';

/**
 * Creating the target starts its worker at once, so that loading openapi-typescript overlaps with
 * bundling the spec; `dispose()` stops it.
 */
export function createTypescriptTypesTarget(): Target {
  const worker = new Worker(new URL('./typescript-types.worker.js', import.meta.url));
  return {
    name: 'types',
    description: 'TypeScript types (openapi-typescript): types.ts',
    async render({ document, provenance }) {
      const result = await new Promise<{ ok: true; source: string } | { ok: false; message: string }>(
        (resolve, reject) => {
          const exited = (code: number) =>
            reject(new Error(`openapi-typescript's worker exited (code ${code})`));
          worker.once('message', (message) => {
            worker.off('exit', exited);
            resolve(message);
          });
          worker.once('error', reject);
          worker.once('exit', exited);
          worker.postMessage({ document });
        },
      );
      if (!result.ok) throw new Error(`openapi-typescript failed: ${result.message}`);
      return [{ path: 'types.ts', contents: `// ${provenance}\n\n${result.source}` }];
    },
    async dispose() {
      await worker.terminate();
    },
  };
}
