// Target `typescript-client`: an openapi-fetch client with the auth lifecycle built in
// (generated/clients/typescript/). The runtime (middleware, retries, pagination, SSE) is a static
// template; what is specific to the spec (the auth endpoints, which creates take an
// Idempotency-Key, which operations are lists or event streams, scopes, problem codes) is derived
// here from the model and rendered into client.ts.
//
// The client imports openapi-typescript's types from generated/types.ts rather than carrying a
// copy: openapi-typescript runs once per generation (STYLE.md §3), and the client and the server
// stubs can never disagree about a type. Vendoring the client means copying the folder and
// types.ts beside it (README.md says so).
import type { JsonSchema, MediaType, Operation } from '../model/types.ts';
import type { Target } from './target.ts';

const TEMPLATES = 'clients/typescript';
const OUT = 'clients/typescript';

export const typescriptClientTarget: Target = {
  name: 'typescript-client',
  description: 'TypeScript client (openapi-fetch, auth lifecycle): clients/typescript/',
  render({ model, renderer, provenance }) {
    const schemas = model.schemas;
    const view = {
      provenance,
      title: model.title,
      version: model.version,
      endpoints: {
        exchange: findExchange(model.operations, schemas)?.path ?? null,
        token: findTokenEndpoint(model.operations, schemas)?.path ?? null,
        deviceAuthorization: findDeviceAuthorization(model.operations, schemas)?.path ?? null,
      },
      apiKeyHeader:
        model.securitySchemes.find((s) => s.type === 'apiKey' && s.in === 'header')?.parameterName ?? null,
      idempotencyKeys: Object.fromEntries(
        model.operations.flatMap((op) => {
          const header = idempotencyHeader(op);
          return header === null ? [] : [[`${op.method.toUpperCase()} ${op.path}`, header]];
        }),
      ),
      lists: model.operations.flatMap((op) => {
        const list = listShape(op, schemas);
        return list === null ? [] : [{ ...operationView(op), ...list }];
      }),
      streams: model.operations.filter(isEventStream).map(operationView),
      scopes: model.scopes.map((s) => s.name),
      errorCodes: model.errorCodes.map((e) => e.code),
    };
    const call = model.operations.find(
      (op) => op.method === 'get' && !op.isPublic && operationView(op).paramsOptional,
    );
    const example = {
      call: call === undefined ? null : { path: call.path, summary: call.summary },
      list: view.lists[0] ?? null,
      scopes: view.scopes.slice(0, 1),
    };
    const render = (template: string) => renderer.render(TEMPLATES, template, { ...view, example });
    return [
      { path: `${OUT}/runtime.ts`, contents: render('runtime.ts') },
      { path: `${OUT}/client.ts`, contents: render('client.ts') },
      { path: `${OUT}/README.md`, contents: render('README.md') },
    ];
  },
};

function operationView(op: Operation) {
  const params = Object.values(op.parameters).flat();
  return {
    operationId: op.operationId,
    method: op.method,
    path: op.path,
    summary: op.summary,
    // openapi-fetch makes `params` required exactly when a parameter is.
    paramsOptional: !params.some((p) => p.required),
  };
}

type Schemas = Record<string, JsonSchema>;

/** The object properties of `schema`, following local `$ref`s and merging `allOf`. */
export function propertiesOf(
  schema: JsonSchema | undefined,
  schemas: Schemas,
  depth = 0,
): Record<string, JsonSchema> {
  if (typeof schema !== 'object' || schema === null || depth > 16) return {};
  const ref = schema.$ref;
  if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) {
    return propertiesOf(schemas[ref.slice('#/components/schemas/'.length)], schemas, depth + 1);
  }
  const own = (
    typeof schema.properties === 'object' && schema.properties !== null ? schema.properties : {}
  ) as Record<string, JsonSchema>;
  const parts = Array.isArray(schema.allOf) ? (schema.allOf as JsonSchema[]) : [];
  return Object.assign({}, ...parts.map((p) => propertiesOf(p, schemas, depth + 1)), own);
}

function hasProperties(contents: MediaType[], schemas: Schemas, names: string[]): boolean {
  return contents.some((c) => {
    const props = propertiesOf(c.schema, schemas);
    return names.every((n) => Object.hasOwn(props, n));
  });
}

function successContents(op: Operation): MediaType[] {
  return op.responses
    .filter((r) => r.code !== null && r.code >= 200 && r.code < 300)
    .flatMap((r) => r.contents);
}

/** RFC 6749 §4.1.3/§4.4.2: the token endpoint takes a form with `grant_type`. */
function findTokenEndpoint(ops: Operation[], schemas: Schemas): Operation | undefined {
  return ops.find(
    (op) =>
      op.method === 'post' &&
      hasProperties(
        (op.requestBody?.contents ?? []).filter((c) => c.kind === 'form'),
        schemas,
        ['grant_type'],
      ) &&
      hasProperties(successContents(op), schemas, ['access_token']),
  );
}

/** RFC 8628 §3.2: the device authorization response has device_code, user_code, verification_uri. */
function findDeviceAuthorization(ops: Operation[], schemas: Schemas): Operation | undefined {
  return ops.find(
    (op) =>
      op.method === 'post' &&
      hasProperties(successContents(op), schemas, ['device_code', 'user_code', 'verification_uri']),
  );
}

/**
 * The key → access-token exchange: a JSON create answering a token response that takes a service
 * account's id and secret (the runtime sends exactly these fields).
 */
function findExchange(ops: Operation[], schemas: Schemas): Operation | undefined {
  return ops.find(
    (op) =>
      op.method === 'post' &&
      hasProperties(
        (op.requestBody?.contents ?? []).filter((c) => c.kind === 'json'),
        schemas,
        ['api_key_id', 'api_key_secret', 'service_account_id', 'service_account_secret'],
      ) &&
      hasProperties(successContents(op), schemas, ['access_token', 'expires_in']),
  );
}

/** The declared name of the operation's Idempotency-Key header parameter, if it takes one. */
function idempotencyHeader(op: Operation): string | null {
  return op.parameters.header.find((p) => p.name === 'idempotency-key')?.declaredName ?? null;
}

/**
 * spec/README.md rule 7: a list takes a `cursor` query parameter and answers
 * `{ data: [...], next_cursor }`.
 */
function listShape(op: Operation, schemas: Schemas) {
  if (op.method !== 'get') return null;
  const cursor = op.parameters.query.find((p) => p.declaredName === 'cursor');
  if (cursor === undefined) return null;
  for (const response of op.responses) {
    if (response.code === null || response.code < 200 || response.code >= 300) continue;
    for (const content of response.contents) {
      if (content.kind !== 'json') continue;
      const props = propertiesOf(content.schema, schemas);
      const data = props.data;
      if (
        typeof data === 'object' &&
        data !== null &&
        data.type === 'array' &&
        Object.hasOwn(props, 'next_cursor')
      ) {
        return {
          status: response.code,
          contentType: content.contentType,
          cursorParam: cursor.declaredName,
          itemsField: 'data',
          nextField: 'next_cursor',
        };
      }
    }
  }
  return null;
}

/** A GET answering `text/event-stream` (WHATWG HTML §9.2). */
function isEventStream(op: Operation): boolean {
  return (
    op.method === 'get' &&
    successContents(op).some((c) => c.contentType.split(';')[0]?.trim().toLowerCase() === 'text/event-stream')
  );
}
