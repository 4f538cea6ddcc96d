// given an OpenAPI schema → want the JSON Schema the validators get, and the warnings.
import { describe, expect, it } from 'vitest';
import { toJsonSchema } from '../../generator/model/json-schema.ts';
import type { Diagnostic } from '../../generator/model/types.ts';

describe('toJsonSchema', () => {
  const cases: { name: string; given: unknown; want: unknown; warnings?: string[] }[] = [
    {
      name: 'drops OpenAPI-only annotations and extensions',
      given: { type: 'string', example: 'x', 'x-foo': 1, xml: {}, externalDocs: {}, description: 'kept' },
      want: { type: 'string', description: 'kept' },
    },
    {
      name: '3.0 nullable becomes a type array',
      given: { type: 'string', nullable: true },
      want: { type: ['string', 'null'] },
    },
    {
      name: '3.0 nullable enum gains null',
      given: { enum: ['a'], nullable: true },
      want: { enum: ['a', null] },
    },
    {
      name: 'recurses into properties, items and combinators, never into property names',
      given: {
        type: 'object',
        properties: {
          example: { type: 'string', example: 'x' },
          list: { type: 'array', items: { example: 1 } },
        },
        oneOf: [{ discriminator: {}, type: 'object' }],
      },
      want: {
        type: 'object',
        properties: { example: { type: 'string' }, list: { type: 'array', items: {} } },
        oneOf: [{ type: 'object' }],
      },
    },
    {
      name: 'keeps known formats and drops unknown ones with a warning',
      given: { type: 'object', properties: { a: { format: 'uuid' }, b: { format: 'snowflake' } } },
      want: { type: 'object', properties: { a: { format: 'uuid' }, b: {} } },
      warnings: ['#/s/properties/b/format'],
    },
    {
      name: 'drops newer-draft keywords with a warning',
      given: { type: 'array', prefixItems: [{ type: 'string' }] },
      want: { type: 'array' },
      warnings: ['#/s/prefixItems'],
    },
    {
      name: 'drops inherited property names and their required entries with a warning',
      given: { type: 'object', required: ['constructor', 'a'], properties: { constructor: {}, a: {} } },
      want: { type: 'object', required: ['a'], properties: { a: {} } },
      warnings: ['#/s/properties/constructor'],
    },
    {
      name: 'escapes pointer tokens in warnings',
      given: { properties: { 'a/b~c': { format: 'nope' } } },
      want: { properties: { 'a/b~c': {} } },
      warnings: ['#/s/properties/a~1b~0c/format'],
    },
    {
      name: '3.0 nullable enum with a type admits null in both',
      given: { type: 'string', enum: ['a'], nullable: true },
      want: { type: ['string', 'null'], enum: ['a', null] },
    },
    {
      name: '3.0 nullable composition without a type is wrapped',
      given: { allOf: [{ $ref: '#/components/schemas/A' }], nullable: true },
      want: { anyOf: [{ allOf: [{ $ref: '#/components/schemas/A' }] }, { type: 'null' }] },
    },
    {
      name: '3.0 boolean exclusiveMinimum/Maximum become draft-07 numbers',
      given: { type: 'integer', minimum: 0, exclusiveMinimum: true, maximum: 9, exclusiveMaximum: false },
      want: { type: 'integer', exclusiveMinimum: 0, maximum: 9 },
    },
    { name: 'keeps boolean schemas', given: true, want: true },
    {
      name: 'keeps $ref',
      given: { $ref: '#/components/schemas/A' },
      want: { $ref: '#/components/schemas/A' },
    },
  ];
  it.each(cases)('$name', ({ given, want, warnings = [] }) => {
    const diagnostics: Diagnostic[] = [];
    expect(toJsonSchema(given, '#/s', diagnostics)).toEqual(want);
    expect(diagnostics.map((d) => d.pointer)).toEqual(warnings);
    expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });
});
