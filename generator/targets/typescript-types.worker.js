// Worker thread for the `types` target. openapi-typescript loads the TypeScript compiler and its
// own copy of Redocly (about a second); in a worker that happens on the second core while the
// main thread bundles the spec. Plain JavaScript so it needs no TypeScript loader.
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';

// require() rather than import: importing the ESM build makes Node scan the 9 MB CommonJS
// `typescript` module for named exports, which costs about a second more.
const require = createRequire(import.meta.url);
/** @type {typeof import('openapi-typescript')} */
const { default: openapiTS, astToString } = require('openapi-typescript');

parentPort?.on('message', async (/** @type {{ document: Record<string, unknown> }} */ { document }) => {
  try {
    // silent: the model already reported what matters, with JSON pointers.
    const nodes = await openapiTS(/** @type {any} */ (document), { silent: true });
    parentPort?.postMessage({ ok: true, source: astToString(nodes) });
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
