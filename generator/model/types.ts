// The one model every target renders from. It is built once from the bundled document
// (build-model.ts); templates read it and never look at the raw OpenAPI document, so they do not
// branch on OpenAPI versions or shapes (STYLE.md §1).

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

/** A JSON Schema (draft-07 compatible) ready for Ajv and fast-json-stringify. */
export type JsonSchema = Record<string, unknown> | boolean;

export interface Diagnostic {
  severity: 'error' | 'warning';
  /** JSON pointer into the bundled document, e.g. `#/paths/~1v1~1api-keys/post/operationId`. */
  pointer: string;
  message: string;
}

export interface Parameter {
  /** As routed: header names lower-cased (Node delivers them so), others as declared. */
  name: string;
  /** As written in the spec (openapi-typescript keys its types by it). */
  declaredName: string;
  location: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  description: string;
  schema: JsonSchema;
}

export interface MediaType {
  contentType: string;
  /**
   * json and form bodies are objects validated by schema; json responses are also serialized by
   * schema; text (HTML, SSE) and binary are passed through as they are.
   */
  kind: 'json' | 'form' | 'text' | 'binary';
  schema: JsonSchema;
  example: unknown;
  hasExample: boolean;
}

export interface RequestBody {
  required: boolean;
  description: string;
  contents: MediaType[];
}

export interface Response {
  /** `200`, `404`, `default`, `2XX`. */
  status: string;
  /** The numeric status, or null for `default` and ranges. */
  code: number | null;
  description: string;
  /** The shared response this one references (`Unauthorized`), if any. */
  sharedName: string | null;
  headers: string[];
  contents: MediaType[];
}

/** One alternative of an operation's `security`: every scheme in it must be satisfied. */
export interface SecurityRequirement {
  /** Where it is written: the operation's `security/N`, or the root's when inherited. */
  pointer: string;
  schemes: { name: string; scopes: string[] }[];
}

export interface Operation {
  operationId: string;
  method: HttpMethod;
  /** The OpenAPI path template, e.g. `/v1/api-keys/{key_id}`. */
  path: string;
  pointer: string;
  summary: string;
  description: string;
  tags: string[];
  deprecated: boolean;
  parameters: Record<Parameter['location'], Parameter[]>;
  requestBody: RequestBody | null;
  responses: Response[];
  /** The alternatives, in spec order. Empty: public. An empty alternative `{}`: credential optional. */
  security: SecurityRequirement[];
  /** True when no credential is needed (no alternatives, or an empty one). */
  isPublic: boolean;
  /**
   * Every scope any alternative names, sorted: for docs and scope tables. Enforcement reads
   * `security`, since alternatives are OR-ed (validate-model warns when they differ).
   */
  scopes: string[];
}

export interface Scope {
  name: string;
  description: string;
}

export interface Role {
  pointer: string;
  name: string;
  description: string;
  scopes: string[];
}

export interface SecurityScheme {
  name: string;
  type: string;
  description: string;
  /** http: `bearer`/`basic`; apiKey: header/query/cookie name. */
  scheme: string | null;
  in: string | null;
  parameterName: string | null;
}

export interface Tag {
  name: string;
  description: string;
}

/** A secret format: a schema with `x-keyway-secret-kind` and `x-keyway-secret-prefix`. */
export interface SecretFormat {
  /** The component schema that publishes it, e.g. `ApiKeySecret`. */
  schema: string;
  kind: string;
  prefix: string;
  /** The schema's `pattern`, which starts with the escaped prefix. */
  pattern: string;
  description: string;
}

/** A stable problem `code` from an `x-keyway-error-codes` map on a schema. */
export interface ErrorCode {
  code: string;
  status: number;
  description: string;
}

export interface ApiModel {
  title: string;
  version: string;
  description: string;
  operations: Operation[];
  tags: Tag[];
  securitySchemes: SecurityScheme[];
  /** The scope catalogue: the union of every oauth2 flow's scopes, in spec order. */
  scopes: Scope[];
  /** `x-keyway-roles`, most powerful first. Empty when the spec has no role map. */
  roles: Role[];
  /** Secret formats, in spec order. */
  secretFormats: SecretFormat[];
  /** Problem codes with their HTTP status, in spec order. */
  errorCodes: ErrorCode[];
  /** Named component schemas, cleaned for JSON Schema validators. */
  schemas: Record<string, JsonSchema>;
  diagnostics: Diagnostic[];
}
