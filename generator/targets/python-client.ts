// Target `python-client`: a pip-installable package (generated/clients/python/) with dataclass
// models from the component schemas, a sync httpx client with one method per operation, and the
// auth lifecycle (static token or key, token provider, exchange with proactive single-flight
// refresh and one replay on 401, device login kept in a login store, retries, typed errors, page
// iterators, and reconnecting event-stream readers).
//
// Everything spec-specific is read from the model here and handed to the templates as a view;
// the runtime templates (base.py → _base.py, errors.py, …; templates named `_*` are partials) are the same for every spec. Three operations
// drive the auth lifecycle and are found by their operationId, the spec's stable contract
// (spec/README.md): the exchange, the device authorization and the token endpoint. A spec
// without them (the hostile fixture) still generates a client, whose exchange and device-login
// helpers then raise a clear error.
import { pyClassName, pySnakeName, pyString, uniqueName } from '../handlebars/helpers-python.ts';
import type { ApiModel, JsonSchema, MediaType, Operation, Parameter } from '../model/types.ts';
import type { GeneratedFile, Target } from './target.ts';

export const PYTHON_PACKAGE = 'keyway_client';
const OUT = 'clients/python';
const TEMPLATES = 'clients/python';

/** The operations the auth lifecycle calls (see the header comment). */
export const AUTH_OPERATIONS = {
  exchange: 'createAccessToken',
  deviceAuthorization: 'startDeviceAuthorization',
  token: 'requestToken',
} as const;

/** RFC 9110 §9.2.2: methods whose repetition has the effect of one request. */
const IDEMPOTENT_METHODS = new Set(['get', 'head', 'put', 'delete', 'options', 'trace']);
/** draft-ietf-httpapi-idempotency-key-header: a create that carries one may be retried. */
const IDEMPOTENCY_HEADER = 'idempotency-key';

/** Names the client's base class and models' base class define; operations and fields avoid them. */
const CLIENT_MEMBERS = new Set(['close', 'device_login', 'token_manager', 'base_url', 'http', 'self']);
// The builtins hints use: a field of that name would shadow them when get_type_hints() reads the
// class namespace.
const MODEL_MEMBERS = new Set(['from_dict', 'to_dict', 'self', 'str', 'int', 'float', 'bool']);

export const pythonClientTarget: Target = {
  name: 'python-client',
  description: 'Python client package (httpx, dataclasses): clients/python/',
  render({ model, renderer, provenance }) {
    const types = new TypeNamer(model);
    const operations = buildOperations(model, types);
    const models = types.finish();
    const byId = new Map(operations.map((op) => [op.operationId, op]));
    const authOp = (id: string) => (byId.has(id) ? pyString(id) : null);
    const exchange = byId.get(AUTH_OPERATIONS.exchange);
    const view = {
      provenance,
      package: PYTHON_PACKAGE,
      title: model.title,
      description: model.description,
      version: pep440(model.version),
      apiVersion: model.version,
      models,
      operations,
      auth: {
        exchange: authOp(AUTH_OPERATIONS.exchange),
        exchangeRequest: exchange?.body?.modelHint ?? null,
        deviceAuthorization: authOp(AUTH_OPERATIONS.deviceAuthorization),
        token: authOp(AUTH_OPERATIONS.token),
      },
      // README examples: the first secured GET without parameters, the first scope, the
      // published secret prefixes (placeholders when the spec has none).
      example: operations.find((op) => op.method === 'GET' && op.bearer && op.signature.length === 0) ?? null,
      exampleScope: model.scopes[0]?.name ?? '',
      apiKeyExample: `${secretPrefix(model, 'api_key')}...`,
      serviceAccountExample: `${secretPrefix(model, 'service_account_secret')}...`,
      paginated: operations.filter((op) => op.paginator !== null),
      followed: operations.filter((op) => op.follower !== null),
      // The first event stream that needs no argument, for the README.
      streamExample:
        operations.find(
          (op) => op.follower !== null && op.pathParams.length === 0 && op.body?.required !== true,
        ) ?? null,
    };
    const file = (path: string, template: string): GeneratedFile => ({
      path: `${OUT}/${path}`,
      contents: renderer.render(TEMPLATES, template, view),
    });
    return [
      file('pyproject.toml', 'pyproject.toml'),
      file('README.md', 'README.md'),
      file('.gitignore', 'gitignore'),
      file(`${PYTHON_PACKAGE}/__init__.py`, 'init.py'),
      file(`${PYTHON_PACKAGE}/_base.py`, 'base.py'),
      file(`${PYTHON_PACKAGE}/_serde.py`, 'serde.py'),
      file(`${PYTHON_PACKAGE}/errors.py`, 'errors.py'),
      file(`${PYTHON_PACKAGE}/models.py`, 'models.py'),
      file(`${PYTHON_PACKAGE}/client.py`, 'client.py'),
      file(`${PYTHON_PACKAGE}/py.typed`, 'py.typed'),
    ];
  },
};

function secretPrefix(model: ApiModel, kind: string): string {
  return model.secretFormats.find((f) => f.kind === kind)?.prefix ?? '';
}

/** PEP 440 needs a version pip accepts; a spec version that is not one becomes `0.0.0`. */
function pep440(version: string): string {
  return /^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$/.test(version) ? version : '0.0.0';
}

// ---------------------------------------------------------------------------------------------
// Types: component schemas → dataclasses (objects with properties) or aliases (everything else).

interface FieldView {
  name: string;
  wire: string;
  hint: string;
  /** The hint, Optional when the field may be left out. */
  annotation: string;
  /** The field's metadata dict, read by _serde.py. */
  metadata: string;
  required: boolean;
  doc: string;
}
interface ClassView {
  name: string;
  doc: string;
  fields: FieldView[];
}
interface AliasView {
  name: string;
  hint: string;
  doc: string;
}

const REF = '#/components/schemas/';
const isObject = (s: unknown): s is Record<string, unknown> =>
  typeof s === 'object' && s !== null && !Array.isArray(s);

/**
 * Maps schemas to Python type hints. `_t` is `typing`; models are referenced bare inside
 * models.py and as `_m.Name` from client.py. What has no faithful hint (unions of several
 * types, `not`, recursive aliases) is `_t.Any`: decoded as plain JSON.
 */
class TypeNamer {
  private readonly names = new Map<string, string>();
  private readonly taken = new Set<string>();
  private readonly classes: ClassView[] = [];
  private readonly aliases = new Map<string, { view: AliasView; deps: string[] }>();

  constructor(private readonly model: ApiModel) {
    for (const name of Object.keys(model.schemas)) {
      this.names.set(name, uniqueName(pyClassName(name), this.taken, ''));
    }
    for (const [name, schema] of Object.entries(model.schemas)) {
      const py = this.names.get(name) ?? 'Model';
      const merged =
        isObject(schema) && schema.$ref === undefined ? this.objectOf(schema, new Set([name])) : null;
      if (merged !== null && isObject(schema)) {
        this.addClass(py, { ...merged, description: schema.description });
      } else {
        const deps: string[] = [];
        const hint = this.hint(schema, '', py, deps);
        this.aliases.set(py, { view: { name: py, hint, doc: docOf(schema) }, deps });
      }
    }
  }

  /**
   * The object a schema describes: its own properties, or the union of an `allOf` whose members
   * are all objects (component references followed); null when it is not one.
   */
  private objectOf(schema: JsonSchema, seen: Set<string>): Record<string, unknown> | null {
    if (!isObject(schema)) return null;
    if (typeof schema.$ref === 'string') {
      const name = schema.$ref.startsWith(REF) ? decodeRef(schema.$ref.slice(REF.length)) : '';
      if (seen.has(name) || this.model.schemas[name] === undefined) return null;
      return this.objectOf(this.model.schemas[name], new Set([...seen, name]));
    }
    if (Array.isArray(schema.allOf) && schema.properties === undefined && schema.oneOf === undefined) {
      const parts = schema.allOf.map((part) => this.objectOf(part as JsonSchema, seen));
      if (parts.length === 0 || parts.some((part) => part === null)) return null;
      const objects = parts as Record<string, unknown>[];
      return {
        type: 'object',
        properties: Object.assign({}, ...objects.map((o) => o.properties)),
        required: objects.flatMap((o) => (Array.isArray(o.required) ? o.required : [])),
      };
    }
    return isObject(schema.properties) && schema.oneOf === undefined && schema.anyOf === undefined
      ? schema
      : null;
  }

  private addClass(py: string, schema: Record<string, unknown>): void {
    const view: ClassView = { name: py, doc: docOf(schema), fields: [] };
    this.classes.push(view);
    const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
    const fieldNames = new Set<string>();
    for (const [wire, property] of Object.entries(schema.properties as Record<string, JsonSchema>)) {
      const hint = this.hint(property, '', `${py}-${wire}`, []);
      view.fields.push({
        name: uniqueName(pySnakeName(wire, MODEL_MEMBERS), fieldNames),
        wire,
        hint,
        annotation: required.has(wire) ? hint : optional(hint),
        metadata: `{"wire": ${pyString(wire)}, "required": ${required.has(wire) ? 'True' : 'False'}}`,
        required: required.has(wire),
        doc: docOf(property),
      });
    }
    // Required fields first, each group in spec order (the dataclasses are keyword-only anyway).
    view.fields.sort((a, b) => Number(b.required) - Number(a.required));
  }

  /** A hint for `schema`; `deps` collects the aliases it names (aliases are ordered by them). */
  hint(schema: JsonSchema, prefix: string, context: string, deps: string[]): string {
    if (!isObject(schema)) return '_t.Any';
    if (typeof schema.$ref === 'string') {
      const name = schema.$ref.startsWith(REF) ? decodeRef(schema.$ref.slice(REF.length)) : null;
      const py = name === null ? undefined : this.names.get(name);
      if (py === undefined) return '_t.Any';
      deps.push(py);
      return `${prefix}${py}`;
    }
    const options = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
    if (Array.isArray(options)) {
      const nonNull = options.filter((o) => !(isObject(o) && o.type === 'null'));
      if (nonNull.length === 1 && nonNull[0] !== undefined) {
        const inner = this.hint(nonNull[0], prefix, context, deps);
        return nonNull.length < options.length ? optional(inner) : inner;
      }
      return '_t.Any';
    }
    if (Array.isArray(schema.allOf) && schema.allOf.length === 1) {
      return this.hint(schema.allOf[0] as JsonSchema, prefix, context, deps);
    }
    if (schema.allOf !== undefined || schema.not !== undefined) return '_t.Any';
    const types = Array.isArray(schema.type) ? schema.type.map(String) : [String(schema.type ?? '')];
    const nullable = types.includes('null');
    const nonNull = types.filter((t) => t !== 'null' && t !== '');
    const wrap = (hint: string) => (nullable && hint !== '_t.Any' ? optional(hint) : hint);
    if (Array.isArray(schema.enum) && schema.enum.length > 0) {
      const values = schema.enum.filter((v) => v !== null);
      const literal = values.every(
        (v) => typeof v === 'string' || typeof v === 'boolean' || Number.isInteger(v),
      );
      if (!literal || values.length === 0) return '_t.Any';
      const hint = `_t.Literal[${values.map(pyLiteralValue).join(', ')}]`;
      return values.length < schema.enum.length || nullable ? optional(hint) : hint;
    }
    if (nonNull.length !== 1)
      return nonNull.length === 0 && isObject(schema.properties)
        ? wrap(this.inline(schema, prefix, context))
        : '_t.Any';
    switch (nonNull[0]) {
      case 'string':
        return wrap('str');
      case 'integer':
        return wrap('int');
      case 'number':
        return wrap('float');
      case 'boolean':
        return wrap('bool');
      case 'array':
        return wrap(
          `_t.List[${schema.items === undefined ? '_t.Any' : this.hint(schema.items as JsonSchema, prefix, `${context}-item`, deps)}]`,
        );
      case 'object': {
        if (isObject(schema.properties) && Object.keys(schema.properties).length > 0) {
          return wrap(this.inline(schema, prefix, context));
        }
        const extra = schema.additionalProperties;
        const value = isObject(extra) ? this.hint(extra, prefix, `${context}-value`, deps) : '_t.Any';
        return wrap(`_t.Dict[str, ${value}]`);
      }
      default:
        return '_t.Any';
    }
  }

  /** An inline object with properties becomes its own dataclass, named after where it appears. */
  private inline(schema: Record<string, unknown>, prefix: string, context: string): string {
    const py = uniqueName(pyClassName(context), this.taken, '');
    this.addClass(py, schema);
    return `${prefix}${py}`;
  }

  /** The dataclass a component schema became, if it became one. */
  classOf(schema: string): ClassView | undefined {
    const py = this.names.get(schema);
    return this.classes.find((c) => c.name === py);
  }

  /** A property's schema in a component schema. */
  propertySchema(schema: string, property: string): JsonSchema | undefined {
    const s = this.model.schemas[schema];
    return isObject(s) && isObject(s.properties)
      ? (s.properties as Record<string, JsonSchema>)[property]
      : undefined;
  }

  /** Classes in spec order; aliases after them, each after the aliases it names (cycles → Any). */
  finish(): { classes: ClassView[]; aliases: AliasView[] } {
    const ordered: AliasView[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (name: string): boolean => {
      const alias = this.aliases.get(name);
      if (alias === undefined || state.get(name) === 'done') return true;
      if (state.get(name) === 'visiting') return false;
      state.set(name, 'visiting');
      const acyclic = alias.deps.every(visit);
      if (!acyclic) alias.view.hint = '_t.Any';
      state.set(name, 'done');
      ordered.push(alias.view);
      return true;
    };
    for (const name of this.aliases.keys()) visit(name);
    return { classes: this.classes, aliases: ordered };
  }
}

const optional = (hint: string) =>
  hint.startsWith('_t.Optional[') || hint === '_t.Any' ? hint : `_t.Optional[${hint}]`;
const pyLiteralValue = (v: unknown) =>
  typeof v === 'string' ? pyString(v) : typeof v === 'boolean' ? (v ? 'True' : 'False') : String(v);
const decodeRef = (ref: string) => ref.replaceAll('~1', '/').replaceAll('~0', '~');

function docOf(schema: JsonSchema): string {
  return isObject(schema) && typeof schema.description === 'string' ? schema.description : '';
}

// ---------------------------------------------------------------------------------------------
// Operations: one method each, with the metadata the runtime needs.

interface ParamView {
  name: string;
  wire: string;
  hint: string;
}

function buildOperations(model: ApiModel, types: TypeNamer) {
  const methodNames = new Set<string>(CLIENT_MEMBERS);
  const apiKeySchemes = new Map(
    model.securitySchemes
      .filter((s) => s.type === 'apiKey' && s.in === 'header' && s.parameterName !== null)
      .map((s) => [s.name, s.parameterName as string]),
  );
  const bearerSchemes = new Set(
    model.securitySchemes
      .filter(
        (s) =>
          s.type === 'oauth2' ||
          s.type === 'openIdConnect' ||
          (s.type === 'http' && s.scheme?.toLowerCase() === 'bearer'),
      )
      .map((s) => s.name),
  );
  const views = model.operations.map((op) => {
    const name = uniqueName(pySnakeName(op.operationId), methodNames);
    const locals = new Set(['self', 'body']);
    const param = (p: Parameter): ParamView => ({
      name: uniqueName(pySnakeName(p.name), locals),
      wire: p.name,
      hint: types.hint(p.schema, '_m.', `${op.operationId}-${p.name}`, []),
    });
    const path = op.parameters.path.map(param);
    const query = op.parameters.query.map(param);
    const headers = op.parameters.header.map(param);
    const idempotency = headers.find((h) => h.wire.toLowerCase() === IDEMPOTENCY_HEADER) ?? null;
    const body = bodyView(op, types);
    const result = resultView(op, types);
    const alternatives = op.security.map((alt) => alt.schemes.map((s) => s.name));
    // A credential is sent when an alternative needs only that kind of scheme.
    const bearer = alternatives.some((alt) => alt.length === 1 && bearerSchemes.has(alt[0] ?? ''));
    const apiKeyAlt = alternatives.find((alt) => alt.length === 1 && apiKeySchemes.has(alt[0] ?? ''));
    const apiKeyHeader = apiKeyAlt === undefined ? null : (apiKeySchemes.get(apiKeyAlt[0] ?? '') ?? null);

    // Signature: path parameters, the body, then keyword-only query and header parameters.
    const signature: string[] = path.map((p) => `${p.name}: ${p.hint}`);
    if (body !== null)
      signature.push(body.required ? `body: ${body.hint}` : `body: ${optional(body.hint)} = None`);
    const keywords = [...query, ...headers].map((p) => `${p.name}: ${optional(p.hint)} = None`);
    if (keywords.length > 0) signature.push('*', ...keywords);

    return {
      operationId: op.operationId,
      name,
      method: op.method.toUpperCase(),
      path: op.path,
      doc: [op.summary, op.description, op.deprecated ? 'Deprecated.' : '']
        .filter((t) => t !== '')
        .join('\n\n'),
      signature,
      pathParams: path,
      query,
      headers,
      idempotencyHeader: idempotency?.wire ?? null,
      retryable: IDEMPOTENT_METHODS.has(op.method) || idempotency !== null,
      bearer,
      apiKeyHeader,
      body,
      result,
      paginator: paginatorView(op, result, path, query, types),
      follower: followerView(result, signature, locals),
    };
  });
  // Page iterators and stream readers after every operation, so an operation named `iter_…`
  // keeps its own name.
  for (const view of views) {
    if (view.paginator !== null) view.paginator.name = uniqueName(`iter_${view.name}`, methodNames);
    if (view.follower !== null) view.follower.name = uniqueName(`iter_${view.name}`, methodNames);
  }
  return views;
}

function bodyView(op: Operation, types: TypeNamer) {
  const body = op.requestBody;
  if (body === null) return null;
  // The first structured content type in spec order: for the OAuth endpoints that is the form.
  const media = body.contents.find((c) => c.kind === 'json' || c.kind === 'form') ?? body.contents[0];
  if (media === undefined) return null;
  const structured = media.kind === 'json' || media.kind === 'form';
  const modelHint = structured ? types.hint(media.schema, '_m.', `${op.operationId}-body`, []) : null;
  const isModel = modelHint?.startsWith('_m.') === true;
  return {
    required: body.required,
    contentType: media.contentType,
    encoding: media.kind,
    modelHint: isModel ? modelHint : null,
    // A model instance or the equivalent dict; text and binary bodies are str or bytes.
    hint: structured
      ? isModel
        ? `_t.Union[${modelHint}, _t.Dict[str, _t.Any]]`
        : (modelHint ?? '_t.Any')
      : '_t.Union[str, bytes]',
  };
}

function successResponse(op: Operation) {
  return (
    op.responses.find((r) => r.code !== null && r.code >= 200 && r.code < 300) ??
    op.responses.find((r) => /^2/.test(r.status)) ??
    null
  );
}

function resultView(op: Operation, types: TypeNamer) {
  const response = successResponse(op);
  const media: MediaType | undefined = response?.contents[0];
  if (media === undefined) return { kind: 'none', hint: 'None', type: 'None' };
  if (media.kind === 'json') {
    const hint = types.hint(media.schema, '_m.', `${op.operationId}-result`, []);
    return { kind: 'json', hint, type: hint };
  }
  if (media.contentType.toLowerCase() === 'text/event-stream')
    return { kind: 'sse', hint: '_base.EventStream', type: 'None' };
  if (media.kind === 'text') return { kind: 'text', hint: 'str', type: 'None' };
  return { kind: 'binary', hint: 'bytes', type: 'None' };
}

/**
 * An event-stream operation also gets `iter_…`, which returns an EventSource: the same parameters,
 * then the reconnection options, named apart from the parameters.
 */
function followerView(result: { kind: string }, signature: string[], locals: Set<string>) {
  if (result.kind !== 'sse') return null;
  const reconnect = uniqueName('reconnect', locals);
  const maxReconnects = uniqueName('max_reconnects', locals);
  return {
    name: '',
    signature: [
      ...signature,
      ...(signature.includes('*') ? [] : ['*']),
      `${reconnect}: bool = True`,
      `${maxReconnects}: _t.Optional[int] = None`,
    ],
    reconnect,
    maxReconnects,
  };
}

/**
 * spec/README.md: lists take `limit` and `cursor` and answer `{ data: [...], next_cursor }`.
 * An operation is paged when it has a `cursor` query parameter and its result model has both.
 */
function paginatorView(
  op: Operation,
  result: { kind: string },
  path: ParamView[],
  query: ParamView[],
  types: TypeNamer,
) {
  const cursor = query.find((q) => q.wire === 'cursor');
  const media = successResponse(op)?.contents[0];
  if (cursor === undefined || result.kind !== 'json' || media === undefined) return null;
  const schema = media.schema;
  const ref =
    isObject(schema) && typeof schema.$ref === 'string' && schema.$ref.startsWith(REF)
      ? decodeRef(schema.$ref.slice(REF.length))
      : null;
  const page = ref === null ? null : types.classOf(ref);
  const data = page?.fields.find((f) => f.wire === 'data');
  const next = page?.fields.find((f) => f.wire === 'next_cursor');
  const dataSchema = ref === null ? undefined : types.propertySchema(ref, 'data');
  if (data === undefined || next === undefined || !isObject(dataSchema) || dataSchema.type !== 'array')
    return null;
  return {
    name: '',
    cursor: cursor.name,
    dataField: data.name,
    nextField: next.name,
    itemHint:
      dataSchema.items === undefined
        ? '_t.Any'
        : types.hint(dataSchema.items as JsonSchema, '_m.', `${op.operationId}-item`, []),
    signature: [
      ...path.map((p) => `${p.name}: ${p.hint}`),
      ...(query.length > 1 ? ['*'] : []),
      ...query.filter((q) => q !== cursor).map((q) => `${q.name}: ${optional(q.hint)} = None`),
    ],
    pathArgs: path.map((p) => p.name),
    queryArgs: query.filter((q) => q !== cursor).map((q) => q.name),
  };
}
