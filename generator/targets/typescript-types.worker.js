// Worker thread for the `types` target: openapi-typescript's transformSchema() on the document
// Keyway has already bundled and validated. openapiTS() would first load its own copy of Redocly
// (v1) to lint and bundle it a second time, which is most of its cost; the functions used here
// are the ones its main entry re-exports (transformSchema, scanDiscriminators, resolveRef,
// astToString), loaded from their modules so that Redocly is never loaded.
// test/generator/typescript-types.test.ts checks the output equals openapiTS()'s.
// Plain JavaScript so that it needs no TypeScript loader; require() rather than import, since
// importing ESM makes Node scan the 9 MB CommonJS `typescript` module for named exports.
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';

const require = createRequire(import.meta.url);
/** The package's modules, typed as the functions its main entry re-exports. */
const dist = (/** @type {string} */ path) => require(`openapi-typescript/dist/${path}`);
/** @type {typeof import('openapi-typescript').transformSchema} */
const transformSchema = dist('transform/index.cjs');
/** @type {Pick<typeof import('openapi-typescript'), 'scanDiscriminators' | 'resolveRef'>} */
const { scanDiscriminators, resolveRef } = dist('lib/utils.cjs');
/** @type {Pick<typeof import('openapi-typescript'), 'astToString'>} */
const { astToString } = dist('lib/ts.cjs');

/**
 * openapiTS()'s context with its default options (openapi-typescript 7, src/index.ts).
 * @param {any} schema
 * @returns {import('openapi-typescript').GlobalContext}
 */
function defaultContext(schema) {
  const options = { silent: true };
  return /** @type {any} */ ({
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: scanDiscriminators(schema, options),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    redoc: undefined,
    silent: true,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    /** @param {string} $ref */
    resolve($ref) {
      return resolveRef(schema, $ref, options);
    },
  });
}

parentPort?.on('message', (/** @type {{ document: any }} */ { document }) => {
  try {
    const source = astToString(transformSchema(document, defaultContext(document)));
    parentPort?.postMessage({ ok: true, source });
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
