// The Keyway Redocly plugin: the conventions of spec/README.md (rules 1–5) as lint rules, one per
// file in ./rules. Redocly v2 imports this module and calls its default export; rules are then
// addressed as `keyway/<rule-id>` in redocly.yaml.
import { ErrorMediaTypes } from './rules/error-media-types.js';
import { OperationDocumented } from './rules/operation-documented.js';
import { OperationExamples } from './rules/operation-examples.js';
import { OperationSecurityScopes } from './rules/operation-security-scopes.js';
import { SharedErrorResponses } from './rules/shared-error-responses.js';

/** @returns {import('@redocly/openapi-core').Plugin} */
export default function keywayPlugin() {
  return {
    id: 'keyway',
    rules: {
      oas3: {
        'operation-documented': OperationDocumented,
        'operation-security-scopes': OperationSecurityScopes,
        'operation-examples': OperationExamples,
        'shared-error-responses': SharedErrorResponses,
        'error-media-types': ErrorMediaTypes,
      },
    },
  };
}
