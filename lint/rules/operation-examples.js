// spec/README.md rule 3: every request body and 2xx response media type carries an example; the
// reference docs, the generated clients' doc comments and the conformance suite are built from them.
import { deref, isObject, responsesOf, visitOperations } from '../helpers.js';

/** @import { Location, Oas3Rule, UserContext } from '@redocly/openapi-core' */

/** @type {Oas3Rule} */
export const OperationExamples = () =>
  visitOperations((operation, ctx, { label }) => {
    if (operation.requestBody !== undefined) {
      const body = deref(ctx, operation.requestBody, ctx.location.child('requestBody'));
      if (body) checkContent(ctx, body, `${label}: request body`);
    }
    for (const [status, raw, location] of responsesOf(operation, ctx)) {
      if (!status.startsWith('2')) continue; // 200…299 and 2XX
      const response = deref(ctx, raw, location);
      if (response) checkContent(ctx, response, `${label}: ${status} response`);
    }
  });

/**
 * @param {UserContext} ctx
 * @param {{ node: any, location: Location }} holder a resolved request body or response
 * @param {string} what
 */
function checkContent(ctx, holder, what) {
  const content = holder.node?.content;
  if (!isObject(content)) return;
  for (const [mediaType, media] of Object.entries(content)) {
    const location = holder.location.child(['content', mediaType]);
    if (!hasExample(ctx, media, location)) {
      ctx.report({
        message: `${what} \`${mediaType}\` has no \`example\` or \`examples\` (on the media type or its schema).`,
        location: location.key(),
      });
    }
  }
}

/**
 * @param {UserContext} ctx
 * @param {any} media
 * @param {Location} location
 */
function hasExample(ctx, media, location) {
  if (!isObject(media)) return true; // not a media type object: the struct rule reports it
  if (media.example !== undefined) return true;
  if (isObject(media.examples) && Object.keys(media.examples).length > 0) return true;
  const schema = media.schema === undefined ? undefined : deref(ctx, media.schema, location.child('schema'));
  const node = schema?.node;
  if (!isObject(node)) return false;
  // JSON Schema 2020-12 `examples` (OAS 3.1) or the OAS 3.0-style `example` keyword.
  return (Array.isArray(node.examples) && node.examples.length > 0) || node.example !== undefined;
}
