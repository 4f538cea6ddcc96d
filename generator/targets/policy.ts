// Target `policy`: the scope catalogue, the role map, each operation's scopes, the problem codes
// and the secret formats, as a TypeScript module (for the server and clients) and as JSON (for
// everything else).
import type { Target } from './target.ts';

export const policyTarget: Target = {
  name: 'policy',
  description: 'the scope catalogue, role map, error codes and secret formats: policy.ts, policy.json',
  render({ model, renderer, provenance }) {
    const view = {
      provenance,
      scopes: model.scopes,
      roles: model.roles,
      errorCodes: model.errorCodes,
      secretFormats: model.secretFormats,
      operations: model.operations.map((op) => ({
        operationId: op.operationId,
        isPublic: op.isPublic,
        scopes: op.scopes,
      })),
    };
    return [
      { path: 'policy.ts', contents: renderer.render('policy', 'policy.ts', view) },
      { path: 'policy.json', contents: renderer.render('policy', 'policy.json', view) },
    ];
  },
};
