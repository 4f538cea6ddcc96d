// Target `scopes`: the scope catalogue, the role map, each operation's scopes and the problem
// codes, as a TypeScript module (for the server and clients) and as JSON (for everything else).
import type { Target } from './target.ts';

export const scopesTarget: Target = {
  name: 'scopes',
  description: 'the scope catalogue and role map: scopes.ts, scopes.json',
  render({ model, renderer, provenance }) {
    const view = {
      provenance,
      scopes: model.scopes,
      roles: model.roles,
      errorCodes: model.errorCodes,
      operations: model.operations.map((op) => ({
        operationId: op.operationId,
        isPublic: op.isPublic,
        scopes: op.scopes,
      })),
    };
    return [
      { path: 'scopes.ts', contents: renderer.render('scopes', 'scopes.ts', view) },
      { path: 'scopes.json', contents: renderer.render('scopes', 'scopes.json', view) },
    ];
  },
};
