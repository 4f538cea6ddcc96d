// spec/README.md rule 2: every operation states its own `security` (public ones say `[]`), names
// only scopes from the catalogue, and its alternatives (bearer, x-api-key, oauth2) all name the same
// scopes, so the server's auth hook gets one scope set whichever credential is presented.
import { deref, isObject, visitOperations } from '../helpers.js';

/** @import { Oas3Rule } from '@redocly/openapi-core' */

// Keyway's convention is stricter than the generator's: the catalogue is exactly this map (the
// device-flow extension aliases it), while the generator, which must take any spec, unions the
// scopes of every oauth2 flow.
const CATALOGUE = 'components.securitySchemes.oauth2.flows.clientCredentials.scopes';

/** @type {Oas3Rule} */
export const OperationSecurityScopes = () => {
  /** @type {Set<string> | undefined} */
  let catalogue;
  return {
    Root: {
      /** @param {any} root @param {import('@redocly/openapi-core').UserContext} ctx */
      enter(root, ctx) {
        // In the split spec the scheme is a $ref to components/security-schemes.yaml.
        const raw = root.components?.securitySchemes?.oauth2;
        const scheme =
          raw && deref(ctx, raw, ctx.location.child(['components', 'securitySchemes', 'oauth2']));
        const scopes = scheme?.node?.flows?.clientCredentials?.scopes;
        catalogue = isObject(scopes) ? new Set(Object.keys(scopes)) : undefined;
      },
    },
    ...visitOperations((operation, ctx, { label }) => {
      const security = operation.security;
      if (security === undefined) {
        ctx.report({
          message: `${label} has no \`security\` of its own; public operations say \`security: []\`.`,
          location: ctx.location.key(),
        });
        return;
      }
      if (!Array.isArray(security)) return; // the struct rule reports the wrong type

      /** @type {Array<{ index: number, schemes: string, scopes: string }>} */
      const alternatives = [];
      security.forEach((requirement, index) => {
        if (!isObject(requirement)) return;
        const names = Object.keys(requirement);
        if (names.length === 0) return; // `{}` (anonymous access) carries no scopes
        /** @type {Set<string>} */
        const scopes = new Set();
        for (const name of names) {
          const list = Array.isArray(requirement[name]) ? requirement[name] : [];
          list.forEach((/** @type {unknown} */ scope, position) => {
            scopes.add(String(scope));
            if (catalogue?.has(String(scope))) return;
            ctx.report({
              message: catalogue
                ? `${label}: scope \`${scope}\` (${name}) is not in the scope catalogue (${CATALOGUE}).`
                : `${label}: scope \`${scope}\` (${name}) cannot be checked: there is no scope catalogue (${CATALOGUE}).`,
              location: ctx.location.child(['security', index, name, position]),
            });
          });
        }
        alternatives.push({
          index,
          schemes: names.join(' + '),
          scopes: `[${[...scopes].sort().join(', ')}]`,
        });
      });

      const [first, ...rest] = alternatives;
      for (const other of rest) {
        if (first && other.scopes !== first.scopes) {
          ctx.report({
            message:
              `${label}: security alternative ${other.index} (${other.schemes}) names ${other.scopes} but ` +
              `alternative ${first.index} (${first.schemes}) names ${first.scopes}; all alternatives must name the same scopes.`,
            location: ctx.location.child(['security', other.index]),
          });
        }
      }
    }),
  };
};
