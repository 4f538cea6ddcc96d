// given a spec fragment → want (part of) the model.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../generator/model/build-model.ts';
import { op, specWith } from './spec-fragment.ts';

describe('buildModel: operations', () => {
  const cases = [
    {
      name: 'path-level parameters merge with operation-level ones, which win',
      given: specWith({
        paths: {
          '/things/{id}': {
            parameters: [
              { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
              { name: 'q', in: 'query', schema: { type: 'string' } },
            ],
            get: op({
              parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'integer' } }],
            }),
          },
        },
      }),
      want: {
        parameters: {
          path: [
            { name: 'id', location: 'path', required: true, description: '', schema: { type: 'string' } },
          ],
          query: [
            { name: 'q', location: 'query', required: true, description: '', schema: { type: 'integer' } },
          ],
          header: [],
          cookie: [],
        },
      },
    },
    {
      name: 'header names are lower-cased; Accept, Content-Type and Authorization are ignored (OAS §4.8.12.1)',
      given: specWith({
        paths: {
          '/a': {
            get: op({
              parameters: ['Idempotency-Key', 'Accept', 'Content-Type', 'Authorization'].map((name) => ({
                name,
                in: 'header',
                schema: { type: 'string' },
              })),
            }),
          },
        },
      }),
      want: {
        parameters: {
          path: [],
          query: [],
          header: [
            {
              name: 'idempotency-key',
              location: 'header',
              required: false,
              description: '',
              schema: { type: 'string' },
            },
          ],
          cookie: [],
        },
      },
    },
    {
      name: 'cookie parameters are kept, with a warning that the server does not validate them',
      given: specWith({
        paths: {
          '/a': { get: op({ parameters: [{ name: 'sid', in: 'cookie', schema: { type: 'string' } }] }) },
        },
      }),
      want: {
        parameters: { path: [], query: [], header: [], cookie: [expect.objectContaining({ name: 'sid' })] },
      },
      warnings: ['#/paths/~1a/get/parameters/0'],
    },
    {
      name: 'operation security overrides the root; scopes are the sorted union',
      given: specWith({
        security: [{ bearerAuth: [] }],
        paths: {
          '/a': {
            get: op({
              security: [{ oauth2: ['things:write', 'things:read'] }, { bearerAuth: ['things:read'] }],
            }),
          },
        },
      }),
      want: {
        security: [
          { schemes: [{ name: 'oauth2', scopes: ['things:write', 'things:read'] }] },
          { schemes: [{ name: 'bearerAuth', scopes: ['things:read'] }] },
        ],
        isPublic: false,
        scopes: ['things:read', 'things:write'],
      },
      // The alternatives name different scopes: a warning, since enforcement must read each.
      warnings: ['#/paths/~1a/get/security'],
    },
    {
      name: 'root security applies when the operation has none',
      given: specWith({ security: [{ bearerAuth: [] }], paths: { '/a': { get: op() } } }),
      want: { security: [{ schemes: [{ name: 'bearerAuth', scopes: [] }] }], isPublic: false, scopes: [] },
    },
    {
      name: 'an empty alternative makes the credential optional',
      given: specWith({ paths: { '/a': { get: op({ security: [{}, { bearerAuth: [] }] }) } } }),
      want: { isPublic: true },
    },
    {
      name: 'no security at all is public',
      given: specWith({ paths: { '/a': { get: op() } } }),
      want: { security: [], isPublic: true, scopes: [] },
    },
  ];
  it.each(cases)(
    '$name',
    ({
      given,
      want,
      warnings = [],
    }: {
      given: Record<string, unknown>;
      want: object;
      warnings?: string[];
    }) => {
      const model = buildModel(given);
      expect(model.diagnostics.map((d) => d.pointer)).toEqual(warnings);
      expect(model.operations[0]).toMatchObject(want);
    },
  );
});

describe('buildModel: bodies and responses', () => {
  const model = buildModel(
    specWith({
      paths: {
        '/a': {
          post: op({
            requestBody: {
              required: true,
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/Thing' }, example: { n: 1 } },
                'application/x-www-form-urlencoded': {
                  schema: { type: 'object' },
                  examples: { first: { value: 'n=1' } },
                },
              },
            },
            responses: {
              '201': {
                description: 'created',
                headers: { 'X-B': { schema: { type: 'string' } }, 'X-A': { schema: { type: 'string' } } },
                content: { 'application/vnd.keyway+json': { schema: { type: 'object', example: { n: 2 } } } },
              },
              '4XX': { $ref: '#/components/responses/Oops' },
              default: { description: 'other', content: { 'text/html': { schema: { type: 'string' } } } },
            },
          }),
        },
      },
      components: {
        schemas: { Thing: { type: 'object', properties: { n: { type: 'integer' } } } },
        responses: { Oops: { description: 'oops', content: { 'application/problem+json': {} } } },
      },
    }),
  );
  const operation = model.operations[0];

  it('reads each body media type with its kind and example', () => {
    expect(operation?.requestBody).toEqual({
      required: true,
      description: '',
      contents: [
        {
          contentType: 'application/json',
          kind: 'json',
          schema: { $ref: '#/components/schemas/Thing' },
          example: { n: 1 },
          hasExample: true,
        },
        {
          contentType: 'application/x-www-form-urlencoded',
          kind: 'form',
          schema: { type: 'object' },
          example: 'n=1',
          hasExample: true,
        },
      ],
    });
  });

  it.each([
    { status: '201', want: { code: 201, sharedName: null, headers: ['X-A', 'X-B'] } },
    { status: '4XX', want: { code: null, sharedName: 'Oops', description: 'oops' } },
    { status: 'default', want: { code: null, sharedName: null } },
  ])('reads response $status', ({ status, want }) => {
    expect(operation?.responses.find((r) => r.status === status)).toMatchObject(want);
  });

  it.each([
    {
      status: '201',
      want: { kind: 'json', example: { n: 2 }, hasExample: true, schema: { type: 'object' } },
    },
    { status: '4XX', want: { kind: 'json', hasExample: false, schema: {} } },
    { status: 'default', want: { kind: 'text', hasExample: false } },
  ])('classifies the media type of $status and finds its example', ({ status, want }) => {
    expect(operation?.responses.find((r) => r.status === status)?.contents[0]).toMatchObject(want);
  });
});

describe('buildModel: catalogue, roles, error codes, order', () => {
  const model = buildModel(
    specWith({
      paths: {
        '/b': { get: op({ operationId: 'getB' }), delete: op({ operationId: 'deleteB' }) },
        '/a': { post: op({ operationId: 'postA' }), get: op({ operationId: 'getA' }) },
      },
      components: {
        securitySchemes: {
          oauth2: {
            type: 'oauth2',
            flows: { clientCredentials: { tokenUrl: '/t', scopes: { 'a:read': 'A' } } },
            'x-keyway-device-authorization': { scopes: { 'a:read': 'A', 'b:write': 'B' } },
            'x-keyway-roles': [
              { name: 'owner', description: 'All', scopes: ['a:read', 'b:write'] },
              { name: 'viewer', scopes: ['a:read'] },
            ],
          },
        },
        schemas: {
          Code: {
            type: 'string',
            'x-keyway-error-codes': { nope: { status: 404, description: 'Not there' } },
          },
          Key: {
            type: 'string',
            description: 'A key',
            pattern: '^k\\.x_[0-9]{4}$',
            'x-keyway-secret-kind': 'key',
            'x-keyway-secret-prefix': 'k.x_',
          },
        },
      },
    }),
  );

  it('unions the scopes of every oauth2 flow, including the device extension', () => {
    expect(model.scopes).toEqual([
      { name: 'a:read', description: 'A' },
      { name: 'b:write', description: 'B' },
    ]);
  });

  it('reads the role map in order', () => {
    const at = '#/components/securitySchemes/oauth2/x-keyway-roles';
    expect(model.roles).toEqual([
      { pointer: `${at}/0`, name: 'owner', description: 'All', scopes: ['a:read', 'b:write'] },
      { pointer: `${at}/1`, name: 'viewer', description: '', scopes: ['a:read'] },
    ]);
  });

  it('reads error codes', () => {
    expect(model.errorCodes).toEqual([{ code: 'nope', status: 404, description: 'Not there' }]);
  });

  it('reads secret formats, whose patterns start with their (escaped) prefix', () => {
    expect(model.secretFormats).toEqual([
      { schema: 'Key', kind: 'key', prefix: 'k.x_', pattern: '^k\\.x_[0-9]{4}$', description: 'A key' },
    ]);
    expect(model.diagnostics).toEqual([]);
  });

  it('sorts operations by path, then by method in HTTP order', () => {
    expect(model.operations.map((o) => o.operationId)).toEqual(['getA', 'postA', 'getB', 'deleteB']);
  });
});
