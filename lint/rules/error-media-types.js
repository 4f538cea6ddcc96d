// spec/README.md rule 5: `/v1` errors are RFC 9457 `application/problem+json`; `/oauth` errors are
// RFC 6749 §5.2 `application/json` objects with an `error` member, as OAuth clients expect.
import { deref, isObject, responsesOf, visitOperations } from '../helpers.js';

/** @import { Location, Oas3Rule, UserContext } from '@redocly/openapi-core' */

/** @type {Oas3Rule} */
export const ErrorMediaTypes = () =>
  visitOperations((operation, ctx, { path, label }) => {
    const family = path.startsWith('/v1/') ? 'v1' : path.startsWith('/oauth/') ? 'oauth' : undefined;
    if (family === undefined) return;
    const expected = family === 'v1' ? 'application/problem+json' : 'application/json';

    for (const [status, raw, rawLocation] of responsesOf(operation, ctx)) {
      if (!/^[45]/.test(status)) continue; // 4xx/5xx and 4XX/5XX
      const response = deref(ctx, raw, rawLocation);
      if (!response || !isObject(response.node)) continue;
      const content = isObject(response.node.content) ? response.node.content : {};
      const types = Object.keys(content);
      if (types.length !== 1 || types[0] !== expected) {
        ctx.report({
          message: `${label}: ${status} response content types must be exactly \`${expected}\`, found ${
            types.length ? types.map((type) => `\`${type}\``).join(', ') : 'none'
          }.`,
          location: (types.length ? response.location.child('content') : response.location).key(),
        });
        continue;
      }
      if (family === 'oauth') {
        const location = response.location.child(['content', expected, 'schema']);
        const schema = deref(ctx, content[expected]?.schema, location);
        if (!schema || !hasProperty(ctx, schema, 'error')) {
          ctx.report({
            message: `${label}: ${status} response schema has no \`error\` property; /oauth errors are RFC 6749 \`{error, error_description}\`.`,
            location:
              schema?.node === undefined ? response.location.child(['content', expected]).key() : location,
          });
        }
      }
    }
  });

/**
 * True when the schema, or one of its `allOf` parts, declares `name` in `properties`.
 * @param {UserContext} ctx
 * @param {{ node: any, location: Location }} schema
 * @param {string} name
 * @returns {boolean}
 */
function hasProperty(ctx, schema, name, depth = 0) {
  const node = schema.node;
  if (!isObject(node) || depth > 16) return false;
  if (isObject(node.properties) && name in node.properties) return true;
  const parts = Array.isArray(node.allOf) ? node.allOf : [];
  return parts.some((part, index) => {
    const resolved = deref(ctx, part, schema.location.child(['allOf', index]));
    return resolved !== undefined && hasProperty(ctx, resolved, name, depth + 1);
  });
}
