// Helpers shared by the Keyway lint rules (one rule per file in ./rules).
/** @import { Location, UserContext } from '@redocly/openapi-core' */

/**
 * @param {unknown} node
 * @returns {node is { $ref: string }}
 */
export function isRef(node) {
  return typeof node === 'object' && node !== null && typeof (/** @type {any} */ (node).$ref) === 'string';
}

/**
 * Follows a $ref chain. `location` is where `node` sits; refs resolve against that file, which
 * matters in the split spec (a response in paths/x.yaml points at ../components/responses.yaml,
 * whose schema ref is relative to components/). Returns undefined for an unresolved ref:
 * the built-in no-unresolved-refs rule reports those.
 * @param {UserContext} ctx
 * @param {any} node
 * @param {Location} location
 * @returns {{ node: any, location: Location } | undefined}
 */
export function deref(ctx, node, location) {
  let current = { node, location };
  for (let hops = 0; isRef(current.node); hops++) {
    if (hops > 32) return undefined; // a ref cycle; not ours to report
    const resolved = ctx.resolve(current.node, current.location.source.absoluteRef);
    if (resolved.location === undefined) return undefined;
    current = { node: resolved.node, location: resolved.location };
  }
  return current;
}

/**
 * Builds a visitor that calls `check` once per operation with a label such as
 * `GET /v1/orgs (listOrgs)`, so every message names the operation it is about.
 * @param {(operation: any, ctx: UserContext, where: { path: string, method: string, label: string }) => void} check
 */
export function visitOperations(check) {
  let path = '';
  return {
    PathItem: {
      /** @param {unknown} _pathItem @param {UserContext} ctx */
      enter(_pathItem, ctx) {
        path = String(ctx.key);
      },
      /** @param {any} operation @param {UserContext} ctx */
      Operation(operation, ctx) {
        const method = String(ctx.key);
        const id = typeof operation.operationId === 'string' ? ` (${operation.operationId})` : '';
        check(operation, ctx, { path, method, label: `${method.toUpperCase()} ${path}${id}` });
      },
    },
  };
}

/**
 * The raw responses of an operation as [status, raw response, location of the raw response].
 * @param {any} operation
 * @param {UserContext} ctx
 * @returns {Array<[string, any, Location]>}
 */
export function responsesOf(operation, ctx) {
  const responses = operation.responses;
  if (typeof responses !== 'object' || responses === null) return [];
  return Object.entries(responses).map(([status, response]) => [
    status,
    response,
    ctx.location.child(['responses', status]),
  ]);
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, any>}
 */
export function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
