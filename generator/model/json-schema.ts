// Turns an OpenAPI schema object into a JSON Schema that Ajv (draft-07, Fastify's default) and
// fast-json-stringify accept. OpenAPI-only keywords are dropped, 3.0 `nullable` becomes a type
// array, and what draft-07 cannot express is dropped with a warning: validation gets looser,
// never wrong, and generation never fails on it.
import { escapePointerToken } from '../json-pointer.ts';
import type { Diagnostic, JsonSchema } from './types.ts';

type Obj = Record<string, unknown>;

/** Keywords that hold a map of sub-schemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', 'dependencies']);
/** Keywords that hold one sub-schema. */
const SCHEMA_VALUES = new Set([
  'additionalProperties',
  'items',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'additionalItems',
]);
/** Keywords that hold a list of sub-schemas. */
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);
/** OpenAPI annotations with no JSON Schema meaning: dropped silently. */
const OPENAPI_ONLY = new Set(['example', 'discriminator', 'xml', 'externalDocs', 'nullable']);
/** JSON Schema 2019-09/2020-12 keywords that draft-07 validators do not know. */
const NEWER_DRAFTS = new Set([
  'prefixItems',
  '$defs',
  'unevaluatedProperties',
  'unevaluatedItems',
  'dependentSchemas',
  'dependentRequired',
  'contentSchema',
  '$dynamicRef',
  '$dynamicAnchor',
  '$anchor',
  '$vocabulary',
  'minContains',
  'maxContains',
]);
/** Formats that ajv-formats validates; OpenAPI's own (int32, byte, password…) are annotations. */
const KNOWN_FORMATS = new Set([
  'date',
  'time',
  'date-time',
  'duration',
  'uri',
  'uri-reference',
  'uri-template',
  'url',
  'email',
  'hostname',
  'ipv4',
  'ipv6',
  'regex',
  'uuid',
  'json-pointer',
  'relative-json-pointer',
  'byte',
  'int32',
  'int64',
  'float',
  'double',
  'password',
  'binary',
]);

/**
 * Property names every JavaScript object already has. Ajv and fast-json-stringify read
 * `data[name]`, so an inherited `constructor` would be validated and even serialized
 * ("function Object() { [native code] }"), and `__proto__` is refused by Fastify's JSON parser
 * (prototype poisoning) and set as a prototype by copies made by assignment.
 */
export const INHERITED_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

export function toJsonSchema(schema: unknown, at: string, diagnostics: Diagnostic[]): JsonSchema {
  if (typeof schema === 'boolean') return schema;
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
    diagnostics.push({
      severity: 'warning',
      pointer: at,
      message: 'schema is not an object; accepting any value',
    });
    return {};
  }
  const source = schema as Obj;
  const out: Obj = {};
  for (const [key, value] of Object.entries(source)) {
    const here = `${at}/${escapePointerToken(key)}`;
    if (key.startsWith('x-') || OPENAPI_ONLY.has(key)) continue;
    if (NEWER_DRAFTS.has(key)) {
      diagnostics.push({
        severity: 'warning',
        pointer: here,
        message: `\`${key}\` is not supported by the generated validators; it is not enforced`,
      });
      continue;
    }
    if (key === 'format' && typeof value === 'string' && !KNOWN_FORMATS.has(value)) {
      diagnostics.push({
        severity: 'warning',
        pointer: here,
        message: `unknown format "${value}" is not validated`,
      });
      continue;
    }
    if (SCHEMA_MAPS.has(key) && isObject(value)) {
      const entries = Object.entries(value).filter(([name]) => {
        if (!INHERITED_NAMES.has(name)) return true;
        diagnostics.push({
          severity: 'warning',
          pointer: `${here}/${escapePointerToken(name)}`,
          message: `a property named \`${name}\` cannot be validated or serialized by the generated server (every JavaScript object inherits one); it is left out of the server's schema`,
        });
        return false;
      });
      out[key] = Object.fromEntries(
        entries.map(([name, sub]) => [
          name,
          Array.isArray(sub) ? sub : toJsonSchema(sub, `${here}/${escapePointerToken(name)}`, diagnostics),
        ]),
      );
    } else if (SCHEMA_VALUES.has(key) && (isObject(value) || typeof value === 'boolean')) {
      out[key] = toJsonSchema(value, here, diagnostics);
    } else if ((SCHEMA_LISTS.has(key) || key === 'items') && Array.isArray(value)) {
      out[key] = value.map((sub, i) => toJsonSchema(sub, `${here}/${i}`, diagnostics));
    } else {
      out[key] = value;
    }
  }
  // OpenAPI 3.0's boolean exclusiveMinimum/Maximum modify minimum/maximum; draft-07's are numbers.
  for (const [exclusive, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof out[exclusive] !== 'boolean') continue;
    if (out[exclusive] === true && typeof out[bound] === 'number') {
      out[exclusive] = out[bound];
      delete out[bound];
    } else delete out[exclusive];
  }
  if (Array.isArray(out.required)) out.required = out.required.filter((name) => !INHERITED_NAMES.has(name));
  // A 3.1 `examples` keyword must be an array in JSON Schema; OpenAPI 3.0 documents sometimes
  // misuse it as a map.
  if ('examples' in out && !Array.isArray(out.examples)) delete out.examples;
  // OpenAPI 3.0 `nullable: true` also admits null: in the type, in an enum, or around a
  // composition that has no type of its own.
  if (source.nullable === true) {
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else if (Array.isArray(out.type)) {
      if (!out.type.includes('null')) out.type = [...out.type, 'null'];
    } else if (!Array.isArray(out.enum)) return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

export function isObject(value: unknown): value is Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
