// Target `fastify`: the strict server interface (STYLE.md §4). Per operation a typed request and
// a response union keyed by status; one `Handlers` interface; `registerRoutes(app, handlers)`
// registering every route with the spec's JSON schemas and its security data in route config.
import { operationTypeName } from '../model/names.ts';
import type { JsonSchema, MediaType, Operation, Parameter } from '../model/types.ts';
import type { Target } from './target.ts';

/** The `$id` under which the component schemas are added to Fastify (one `addSchema`). */
export const COMPONENTS_SCHEMA_ID = 'openapi-components';

export const fastifyServerTarget: Target = {
  name: 'fastify',
  description: 'Fastify server stubs: server/routes.ts, server/schemas.ts',
  render({ model, renderer, provenance }) {
    const operations = model.operations.map((op) => operationView(op));
    const schemas = {
      $id: COMPONENTS_SCHEMA_ID,
      definitions: Object.fromEntries(
        Object.entries(model.schemas).map(([name, s]) => [name, rewriteRefs(s)]),
      ),
    };
    const api = { title: model.title, version: model.version };
    return [
      {
        path: 'server/routes.ts',
        contents: renderer.render('fastify', 'routes.ts', {
          provenance,
          operations,
          api,
          securitySchemes: model.securitySchemes.map((s) => ({
            ...s,
            scheme: s.scheme?.toLowerCase() ?? null,
          })),
        }),
      },
      {
        path: 'server/schemas.ts',
        contents: renderer.render('fastify', 'schemas.ts', { provenance, schemas }),
      },
    ];
  },
};

interface ResponseView {
  /** A numeric literal type, or `number` for `default` and ranges. */
  status: string;
  /** The key into openapi-typescript's `responses`: `201` or `"default"`. */
  index: string;
  contentType: string | null;
  contentTypeRequired: boolean;
}

function operationView(op: Operation) {
  const responses = op.responses.flatMap((r): ResponseView[] => {
    const status = r.code === null ? 'number' : String(r.code);
    const index = r.code === null ? JSON.stringify(r.status) : String(r.code);
    if (r.contents.length === 0) return [{ status, index, contentType: null, contentTypeRequired: false }];
    return r.contents.map((c) => ({
      status,
      index,
      contentType: c.contentType,
      contentTypeRequired: r.contents.length > 1,
    }));
  });
  const requestBody =
    op.requestBody === null
      ? null
      : {
          required: op.requestBody.required,
          contentTypes: op.requestBody.contents.map((c) => c.contentType),
        };
  return {
    operationId: op.operationId,
    typeName: operationTypeName(op.operationId),
    doc: [op.summary, op.description, op.deprecated ? '@deprecated' : '']
      .filter((t) => t !== '')
      .join('\n\n'),
    hasPath: op.parameters.path.length > 0,
    hasQuery: op.parameters.query.length > 0,
    headers: op.parameters.header.map((p) => ({
      name: p.name,
      declaredName: p.declaredName,
      required: p.required,
    })),
    body: requestBody,
    responses,
    route: {
      info: {
        operationId: op.operationId,
        method: op.method.toUpperCase(),
        path: op.path,
        url: fastifyUrl(op.path),
        tags: op.tags,
        security: op.security.map((alt) => alt.schemes.map((s) => ({ scheme: s.name, scopes: s.scopes }))),
        isPublic: op.isPublic,
        scopes: op.scopes,
        requestBody,
        responseContentTypes: Object.fromEntries(
          op.responses
            .filter((r) => r.contents.length > 0)
            .map((r) => [r.status.toUpperCase(), r.contents[0]?.contentType]),
        ),
      },
      schema: routeSchema(op),
    },
  };
}

/**
 * OpenAPI template → find-my-way pattern: `{id}` → `:id`; a literal `:` is escaped as `::`; a
 * parameter followed by more text in its segment (`/things/{id}:archive`) gets an explicit
 * pattern, since find-my-way would otherwise read the following characters as its name.
 */
function fastifyUrl(path: string): string {
  const parts = path.split(/(\{[^}]+\})/);
  return parts
    .map((part, i) => {
      if (!part.startsWith('{')) return part.replaceAll(':', '::');
      const next = parts[i + 1] ?? '';
      return next === '' || next.startsWith('/') ? `:${part.slice(1, -1)}` : `:${part.slice(1, -1)}(^[^/]+?)`;
    })
    .join('');
}

/** Fastify route schema: params, querystring, headers, body and JSON responses, from the spec. */
function routeSchema(op: Operation): Record<string, unknown> {
  const schema: Record<string, unknown> = {};
  const objectOf = (params: Parameter[]) => ({
    type: 'object',
    properties: Object.fromEntries(params.map((p) => [p.name, rewriteRefs(p.schema)])),
    required: params.filter((p) => p.required).map((p) => p.name),
  });
  if (op.parameters.path.length > 0) schema.params = objectOf(op.parameters.path);
  if (op.parameters.query.length > 0) schema.querystring = objectOf(op.parameters.query);
  if (op.parameters.header.length > 0) schema.headers = objectOf(op.parameters.header);
  const structured = (op.requestBody?.contents ?? []).filter((c) => c.kind === 'json' || c.kind === 'form');
  if (structured.length > 0) schema.body = { content: contentSchemas(structured) };
  const response: Record<string, unknown> = {};
  for (const r of op.responses) {
    const json = r.contents.filter((c) => c.kind === 'json');
    // fast-json-stringify serializes JSON bodies by schema; text bodies (HTML, SSE) pass through.
    // Fastify names ranges `2xx`; OpenAPI writes `2XX`.
    if (json.length > 0) response[r.status.toLowerCase()] = { content: contentSchemas(json) };
  }
  if (Object.keys(response).length > 0) schema.response = response;
  return schema;
}

function contentSchemas(contents: MediaType[]) {
  return Object.fromEntries(contents.map((c) => [c.contentType, { schema: rewriteRefs(c.schema) }]));
}

/** `#/components/schemas/X` → `openapi-components#/definitions/X`, the shared schema Fastify knows. */
function rewriteRefs(schema: JsonSchema): JsonSchema {
  return JSON.parse(JSON.stringify(schema), (key, value) =>
    key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')
      ? `${COMPONENTS_SCHEMA_ID}#/definitions/${value.slice('#/components/schemas/'.length)}`
      : value,
  );
}
