// spec/README.md rule 4: secured operations use the shared 401, 403 and 429, and operations with a
// body the shared 400, so every error of a kind has one shape, one set of headers and one example.
import { isObject, isRef, visitOperations } from '../helpers.js';

/** @import { Oas3Rule } from '@redocly/openapi-core' */

/**
 * A shared response: `#/components/responses/X` once bundled, or a file under `components/responses`
 * (`../components/responses.yaml#/X`, `components/responses/x.yaml`) in the split spec.
 * @param {string} ref
 */
export function isSharedResponseRef(ref) {
  const [file = '', pointer = ''] = ref.split('#');
  if (file === '') return /^\/components\/responses\/[^/]+$/.test(pointer);
  // components/responses.yaml#/X, or a whole file (or one top-level entry) under components/responses/
  return (
    /(^|\/)components\/(responses\.(ya?ml|json)|responses\/.+\.(ya?ml|json))$/.test(file) &&
    /^(\/[^/]+)?$/.test(pointer)
  );
}

/** @type {Oas3Rule} */
export const SharedErrorResponses = () =>
  visitOperations((operation, ctx, { label }) => {
    const security = Array.isArray(operation.security) ? operation.security : [];
    // `[]` is public; `[{}]` is anonymous access only. Anything naming a scheme needs credentials.
    const secured = security.some(
      (/** @type {unknown} */ requirement) => isObject(requirement) && Object.keys(requirement).length > 0,
    );
    /** @type {Array<[string, string]>} */
    const required = [];
    if (secured) required.push(['401', 'is secured'], ['403', 'is secured'], ['429', 'is secured']);
    if (operation.requestBody !== undefined) required.push(['400', 'has a request body']);

    const responses = isObject(operation.responses) ? operation.responses : undefined;
    for (const [status, why] of required) {
      const raw = responses?.[status];
      if (raw === undefined) {
        ctx.report({
          message: `${label} ${why} but has no ${status} response; reference the shared one under components/responses.`,
          location: responses ? ctx.location.child('responses').key() : ctx.location.key(),
        });
      } else if (!isRef(raw)) {
        ctx.report({
          message: `${label}: the ${status} response is inline; make it a $ref to the shared response under components/responses.`,
          location: ctx.location.child(['responses', status]).key(),
        });
      } else if (!isSharedResponseRef(raw.$ref)) {
        ctx.report({
          message: `${label}: the ${status} response references \`${raw.$ref}\`, which is not a shared response under components/responses.`,
          location: ctx.location.child(['responses', status, '$ref']),
        });
      }
    }
  });
