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
  // Listened to from the start: the worker may fail while loading, before render() is called.
  const failed = new Promise<never>((_, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`openapi-typescript's worker exited (code ${code})`)));
  });
  failed.catch(() => {}); // observed by render(); dispose() ends the worker on purpose
  return {
    name: 'types',
    description: 'TypeScript types (openapi-typescript): types.ts',
    async render({ document, provenance }) {
      const reply = new Promise<{ ok: true; source: string } | { ok: false; message: string }>((resolve) => {
        worker.once('message', resolve);
      });
      worker.postMessage({ document });
      const result = await Promise.race([reply, failed]);
      if (!result.ok) throw new Error(`openapi-typescript failed: ${result.message}`);
      return [{ path: 'types.ts', contents: `// ${provenance}\n\n${result.source}` }];
    },
    async dispose() {
      await worker.terminate();
    },
  };
}
