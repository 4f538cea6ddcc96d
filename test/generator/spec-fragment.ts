// Builds a small complete OpenAPI 3.1 document around a fragment, for given/want model tests.

type Obj = Record<string, unknown>;

export const CATALOGUE = { 'things:read': 'Read things', 'things:write': 'Write things' };

export function specWith(fragment: { paths?: Obj; components?: Obj; security?: unknown[] }): Obj {
  return {
    openapi: '3.1.0',
    info: { title: 'Test', version: '1.0.0' },
    paths: fragment.paths ?? {},
    ...(fragment.security === undefined ? {} : { security: fragment.security }),
    components: {
      ...fragment.components,
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer' },
        oauth2: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: '/token', scopes: CATALOGUE } } },
        ...((fragment.components?.securitySchemes as Obj | undefined) ?? {}),
      },
    },
  };
}

/** One operation with the given fields, answering 204. */
export function op(fields: Obj = {}): Obj {
  return { operationId: 'doThing', responses: { '204': { description: 'done' } }, ...fields };
}
