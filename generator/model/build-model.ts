// Builds the ApiModel from a bundled OpenAPI 3.0/3.1 document (all references local). Every
// problem found on the way is a Diagnostic naming its JSON pointer; errors stop generation
// (see validate-model.ts), warnings come with a safe fallback.
import { escapePointerToken, pointer, resolvePointer } from '../json-pointer.ts';
import { isObject, toJsonSchema } from './json-schema.ts';
import type {
  ApiModel,
  Diagnostic,
  HttpMethod,
  JsonSchema,
  MediaType,
  Operation,
  Parameter,
  RequestBody,
  Response,
  Role,
  Scope,
  SecurityRequirement,
  SecurityScheme,
} from './types.ts';
import { validateModel } from './validate-model.ts';

type Obj = Record<string, unknown>;

export const HTTP_METHODS: readonly HttpMethod[] = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
];
const PARAMETER_LOCATIONS = ['path', 'query', 'header', 'cookie'] as const;
// OpenAPI 3.1 §4.8.12.1: header parameters with these names are ignored.
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

export function buildModel(document: Obj): ApiModel {
  const diagnostics: Diagnostic[] = [];
  const info = obj(document.info);
  const components = obj(document.components);
  const securitySchemes = buildSecuritySchemes(obj(components.securitySchemes));
  const { scopes, roles } = buildScopeCatalogue(obj(components.securitySchemes), diagnostics);
  const context: Context = { document, diagnostics };

  const operations: Operation[] = [];
  for (const [path, rawItem] of Object.entries(obj(document.paths))) {
    const itemPointer = pointer('paths', path);
    const item = deref(context, rawItem);
    for (const method of HTTP_METHODS) {
      if (!isObject(item[method])) continue;
      operations.push(buildOperation(context, path, method, item, `${itemPointer}/${method}`));
    }
  }
  operations.sort((a, b) =>
    a.path === b.path
      ? HTTP_METHODS.indexOf(a.method) - HTTP_METHODS.indexOf(b.method)
      : a.path < b.path
        ? -1
        : 1,
  );

  // fromEntries defines own properties, so even a schema named `__proto__` is kept.
  const schemas: Record<string, JsonSchema> = Object.fromEntries(
    Object.entries(obj(components.schemas)).map(([name, schema]) => [
      name,
      toJsonSchema(schema, pointer('components', 'schemas', name), diagnostics),
    ]),
  );

  const model: ApiModel = {
    title: str(info.title),
    version: str(info.version),
    description: str(info.description),
    operations,
    tags: arr(document.tags).map((t) => ({ name: str(obj(t).name), description: str(obj(t).description) })),
    securitySchemes,
    scopes,
    roles,
    errorCodes: buildErrorCodes(obj(components.schemas), diagnostics),
    secretFormats: buildSecretFormats(obj(components.schemas), diagnostics),
    schemas,
    diagnostics,
  };
  validateModel(model, document);
  return model;
}

interface Context {
  document: Obj;
  diagnostics: Diagnostic[];
}

function buildOperation(
  context: Context,
  path: string,
  method: HttpMethod,
  item: Obj,
  at: string,
): Operation {
  const op = obj(item[method]);
  const security =
    op.security === undefined
      ? buildSecurity(context.document.security, '#/security')
      : buildSecurity(op.security, `${at}/security`);
  const scopes = [...new Set(security.flatMap((alt) => alt.schemes.flatMap((s) => s.scopes)))].sort();
  return {
    operationId: str(op.operationId),
    method,
    path,
    pointer: at,
    summary: str(op.summary),
    description: str(op.description),
    tags: arr(op.tags).map(str),
    deprecated: op.deprecated === true,
    parameters: buildParameters(context, arr(item.parameters), arr(op.parameters), at),
    requestBody:
      op.requestBody === undefined ? null : buildRequestBody(context, op.requestBody, `${at}/requestBody`),
    responses: Object.entries(obj(op.responses)).map(([status, raw]) =>
      buildResponse(context, status, raw, `${at}/responses/${status}`),
    ),
    security,
    isPublic: security.length === 0 || security.some((alt) => alt.schemes.length === 0),
    scopes,
  };
}

function buildParameters(
  context: Context,
  pathLevel: unknown[],
  opLevel: unknown[],
  at: string,
): Operation['parameters'] {
  // Operation-level parameters override path-level ones with the same name and location.
  const byKey = new Map<string, Parameter>();
  const add = (raw: unknown, here: string) => {
    const p = deref(context, raw);
    const location = str(p.in) as Parameter['location'];
    if (!PARAMETER_LOCATIONS.includes(location)) {
      context.diagnostics.push({
        severity: 'error',
        pointer: here,
        message: `parameter location "${str(p.in)}" is not valid`,
      });
      return;
    }
    const declaredName = str(p.name);
    const name = location === 'header' ? declaredName.toLowerCase() : declaredName;
    if (location === 'header' && IGNORED_HEADERS.has(name)) return;
    if (location === 'cookie') {
      context.diagnostics.push({
        severity: 'warning',
        pointer: here,
        message: `cookie parameter "${name}" is typed but not validated by the generated server`,
      });
    }
    let schema: JsonSchema = {};
    if (p.schema !== undefined) schema = toJsonSchema(p.schema, `${here}/schema`, context.diagnostics);
    else
      context.diagnostics.push({
        severity: 'warning',
        pointer: here,
        message: `parameter "${name}" has no schema (\`content\` parameters are not supported); accepting any string`,
      });
    byKey.set(`${location}:${name}`, {
      name,
      declaredName,
      location,
      required: location === 'path' || p.required === true,
      description: str(p.description),
      schema,
    });
  };
  for (const [i, raw] of pathLevel.entries()) add(raw, `${at.slice(0, at.lastIndexOf('/'))}/parameters/${i}`);
  for (const [i, raw] of opLevel.entries()) add(raw, `${at}/parameters/${i}`);
  const grouped: Operation['parameters'] = { path: [], query: [], header: [], cookie: [] };
  for (const p of byKey.values()) grouped[p.location].push(p);
  return grouped;
}

function buildRequestBody(context: Context, raw: unknown, at: string): RequestBody {
  const body = deref(context, raw);
  return {
    required: body.required === true,
    description: str(body.description),
    contents: buildContents(context, body.content, `${at}/content`),
  };
}

function buildResponse(context: Context, status: string, raw: unknown, at: string): Response {
  const response = deref(context, raw);
  const ref = isObject(raw) && typeof raw.$ref === 'string' ? raw.$ref : null;
  const code = /^[1-5]\d\d$/.test(status) ? Number(status) : null;
  if (code === null && status !== 'default' && !/^[1-5]XX$/i.test(status))
    context.diagnostics.push({
      severity: 'error',
      pointer: at,
      message: `"${status}" is not an HTTP status code`,
    });
  return {
    status,
    code,
    description: str(response.description),
    sharedName: ref?.startsWith('#/components/responses/')
      ? ref.slice('#/components/responses/'.length)
      : null,
    headers: Object.keys(obj(response.headers)).sort(),
    contents: buildContents(context, response.content, `${at}/content`),
  };
}

function buildContents(context: Context, raw: unknown, at: string): MediaType[] {
  return Object.entries(obj(raw)).map(([contentType, media]) => {
    const m = obj(media);
    const schema =
      m.schema === undefined
        ? {}
        : toJsonSchema(m.schema, `${at}/${escapePointerToken(contentType)}/schema`, context.diagnostics);
    const example = exampleOf(context, m);
    return { contentType, kind: mediaKind(contentType), schema, ...example };
  });
}

function exampleOf(context: Context, media: Obj): Pick<MediaType, 'example' | 'hasExample'> {
  if ('example' in media) return { example: media.example, hasExample: true };
  const first = Object.values(obj(media.examples))[0];
  if (first !== undefined) return { example: deref(context, first).value, hasExample: true };
  const schema = deref(context, media.schema);
  if ('example' in schema) return { example: schema.example, hasExample: true };
  if (Array.isArray(schema.examples) && schema.examples.length > 0)
    return { example: schema.examples[0], hasExample: true };
  return { example: null, hasExample: false };
}

export function mediaKind(contentType: string): MediaType['kind'] {
  const base = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (base === 'application/json' || base.endsWith('+json')) return 'json';
  if (base === 'application/x-www-form-urlencoded' || base === 'multipart/form-data') return 'form';
  if (base.startsWith('text/')) return 'text';
  return 'binary';
}

function buildSecurity(raw: unknown, at: string): SecurityRequirement[] {
  return arr(raw).map((alt, i) => ({
    pointer: `${at}/${i}`,
    schemes: Object.entries(obj(alt)).map(([name, scopes]) => ({ name, scopes: arr(scopes).map(str) })),
  }));
}

function buildSecuritySchemes(raw: Obj): SecurityScheme[] {
  return Object.entries(raw)
    .map(([name, s]) => {
      const scheme = obj(s);
      return {
        name,
        type: str(scheme.type),
        description: str(scheme.description),
        scheme: typeof scheme.scheme === 'string' ? scheme.scheme.toLowerCase() : null,
        in: typeof scheme.in === 'string' ? scheme.in : null,
        parameterName: typeof scheme.name === 'string' ? scheme.name : null,
      };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The scope catalogue is the union of every oauth2 scheme's flow scopes (Keyway's own spec has
 * exactly one map, shared by its flows); the role map is `x-keyway-roles` on an oauth2 scheme.
 */
function buildScopeCatalogue(raw: Obj, diagnostics: Diagnostic[]): { scopes: Scope[]; roles: Role[] } {
  const scopes = new Map<string, string>();
  const roles: Role[] = [];
  for (const [name, s] of Object.entries(raw)) {
    const scheme = obj(s);
    if (scheme.type !== 'oauth2') continue;
    const flows = {
      ...obj(scheme.flows),
      'x-keyway-device-authorization': scheme['x-keyway-device-authorization'],
    };
    for (const flow of Object.values(flows)) {
      for (const [scope, description] of Object.entries(obj(obj(flow).scopes))) {
        if (!scopes.has(scope)) scopes.set(scope, str(description));
      }
    }
    for (const [i, r] of arr(scheme['x-keyway-roles']).entries()) {
      const role = obj(r);
      const at = pointer('components', 'securitySchemes', name, 'x-keyway-roles', i);
      if (typeof role.name !== 'string' || !Array.isArray(role.scopes)) {
        diagnostics.push({
          severity: 'error',
          pointer: at,
          message: 'a role needs a `name` and a `scopes` list',
        });
        continue;
      }
      roles.push({
        pointer: at,
        name: role.name,
        description: str(role.description),
        scopes: role.scopes.map(str),
      });
    }
  }
  return { scopes: [...scopes].map(([name, description]) => ({ name, description })), roles };
}

/** `x-keyway-error-codes: { code: { status, description } }` on any component schema. */
function buildErrorCodes(schemas: Obj, diagnostics: Diagnostic[]): ApiModel['errorCodes'] {
  const codes: ApiModel['errorCodes'] = [];
  for (const [name, schema] of Object.entries(schemas)) {
    const map = obj(obj(schema)['x-keyway-error-codes']);
    const enumValues = obj(schema).enum;
    // The enum is what clients see; the map is what the server and docs read: one list, twice.
    if (Array.isArray(enumValues) && Object.keys(map).length > 0) {
      const listed = new Set(Object.keys(map));
      const missing = enumValues.filter((v) => !listed.has(String(v)));
      const extra = [...listed].filter((code) => !enumValues.includes(code));
      if (missing.length + extra.length > 0) {
        diagnostics.push({
          severity: 'error',
          pointer: pointer('components', 'schemas', name, 'x-keyway-error-codes'),
          message: `x-keyway-error-codes must list exactly the enum's codes (missing: ${missing.join(', ') || 'none'}; not in the enum: ${extra.join(', ') || 'none'})`,
        });
      }
    }
    for (const [code, raw] of Object.entries(map)) {
      const status = obj(raw).status;
      if (typeof status !== 'number' || status < 400 || status > 599) {
        diagnostics.push({
          severity: 'error',
          pointer: pointer('components', 'schemas', name, 'x-keyway-error-codes', code, 'status'),
          message: `error code "${code}" needs an HTTP status between 400 and 599`,
        });
        continue;
      }
      codes.push({ code, status, description: str(obj(raw).description) });
    }
  }
  return codes;
}

/** Schemas marked with `x-keyway-secret-kind`; the pattern must start with the stated prefix. */
function buildSecretFormats(schemas: Obj, diagnostics: Diagnostic[]): ApiModel['secretFormats'] {
  const formats: ApiModel['secretFormats'] = [];
  for (const [name, raw] of Object.entries(schemas)) {
    const schema = obj(raw);
    if (schema['x-keyway-secret-kind'] === undefined) continue;
    const kind = str(schema['x-keyway-secret-kind']);
    const prefix = str(schema['x-keyway-secret-prefix']);
    const pattern = str(schema.pattern);
    const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (prefix === '' || !pattern.startsWith(`^${escaped}`)) {
      diagnostics.push({
        severity: 'error',
        pointer: pointer('components', 'schemas', name),
        message: `secret format "${kind}" needs an x-keyway-secret-prefix that its pattern starts with`,
      });
      continue;
    }
    formats.push({ schema: name, kind, prefix, pattern, description: str(schema.description) });
  }
  return formats;
}

/** Follows local `$ref`s (bundled documents have no others). */
function deref(context: Context, node: unknown, seen = new Set<string>()): Obj {
  if (!isObject(node)) return {};
  if (typeof node.$ref !== 'string') return node;
  if (seen.has(node.$ref)) return {};
  seen.add(node.$ref);
  return deref(context, resolvePointer(context.document, node.$ref), seen);
}

const obj = (v: unknown): Obj => (isObject(v) ? v : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string =>
  typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
