// given a spec with something the targets cannot represent → want an error at its JSON pointer.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { generate } from '../../generator/generate.ts';
import { buildModel } from '../../generator/model/build-model.ts';
import { SpecError } from '../../generator/spec-error.ts';
import { op, specWith } from './spec-fragment.ts';
import { scratchDir } from './temp-output.ts';

const pathParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });

describe('validation errors name the JSON pointer', () => {
  const cases = [
    {
      name: 'duplicate operationId',
      given: specWith({ paths: { '/a': { get: op() }, '/b': { get: op() } } }),
      want: [
        {
          pointer: '#/paths/~1b/get/operationId',
          message: 'duplicate operationId "doThing" (first used at #/paths/~1a/get/operationId)',
        },
      ],
    },
    {
      name: 'operationId that is not an identifier',
      given: specWith({ paths: { '/a': { get: op({ operationId: 'get-thing' }) } } }),
      want: [
        {
          pointer: '#/paths/~1a/get/operationId',
          message: 'operationId "get-thing" is not an identifier (letters, digits, _)',
        },
      ],
    },
    {
      name: 'missing operationId',
      given: specWith({ paths: { '/a': { get: op({ operationId: undefined }) } } }),
      want: [{ pointer: '#/paths/~1a/get', message: 'operation has no operationId' }],
    },
    {
      name: 'scope not in the catalogue',
      given: specWith({
        paths: { '/a': { get: op({ security: [{ oauth2: ['things:read', 'nope:read'] }] }) } },
      }),
      want: [
        {
          pointer: '#/paths/~1a/get/security/0/oauth2/1',
          message: 'scope "nope:read" is not in the scope catalogue (the oauth2 scheme\'s scopes)',
        },
      ],
    },
    {
      name: 'undefined security scheme',
      given: specWith({ paths: { '/a': { get: op({ security: [{ mystery: [] }] }) } } }),
      want: [
        {
          pointer: '#/paths/~1a/get/security/0/mystery',
          message: 'security scheme "mystery" is not defined in components.securitySchemes',
        },
      ],
    },
    {
      name: 'path template parameter not declared',
      given: specWith({ paths: { '/a/{id}': { get: op() } } }),
      want: [
        { pointer: '#/paths/~1a~1{id}/get', message: 'path parameter "{id}" is not declared in parameters' },
      ],
    },
    {
      name: 'declared path parameter missing from the template',
      given: specWith({ paths: { '/a': { get: op({ parameters: [pathParam('id')] }) } } }),
      want: [
        {
          pointer: '#/paths/~1a/get/parameters',
          message: 'path parameter "id" does not appear in the path template /a',
        },
      ],
    },
    {
      name: 'path parameter the router cannot capture',
      given: specWith({ paths: { '/a/{thing-id}': { get: op({ parameters: [pathParam('thing-id')] }) } } }),
      want: [
        {
          pointer: '#/paths/~1a~1{thing-id}',
          message: 'path parameter "{thing-id}" cannot be routed: use letters, digits and _',
        },
      ],
    },
    {
      name: 'operationId that every JavaScript object already has',
      given: specWith({ paths: { '/a': { get: op({ operationId: 'constructor' }) } } }),
      want: [
        {
          pointer: '#/paths/~1a/get/operationId',
          message: 'operationId "constructor" is a name every JavaScript object already has; choose another',
        },
      ],
    },
    {
      name: 'operationIds that differ only in the case of their first letter',
      given: specWith({
        paths: { '/a': { get: op({ operationId: 'getThing' }), put: op({ operationId: 'GetThing' }) } },
      }),
      want: [
        {
          pointer: '#/paths/~1a/put/operationId',
          message:
            'operationId "GetThing" differs only in its first letter\'s case from the one at #/paths/~1a/get/operationId',
        },
      ],
    },
    {
      name: 'two templates the router cannot tell apart',
      given: specWith({
        paths: {
          '/a/{x}': { get: op({ operationId: 'getX', parameters: [pathParam('x')] }) },
          '/a/{y}': { get: op({ operationId: 'getY', parameters: [pathParam('y')] }) },
        },
      }),
      want: [
        {
          pointer: '#/paths/~1a~1{y}/get',
          message: 'GET /a/{y} matches the same requests as #/paths/~1a~1{x}/get',
        },
      ],
    },
    {
      name: 'a path literal the router would read as a pattern',
      given: specWith({ paths: { '/files/*': { get: op() } } }),
      want: [
        {
          pointer: '#/paths/~1files~1*',
          message: 'path /files/* has a character (* ( ) ? #) the router would read as a pattern',
        },
      ],
    },
    {
      name: 'scope outside the catalogue in security inherited from the root',
      given: specWith({ security: [{ oauth2: ['nope:read'] }], paths: { '/a': { get: op() } } }),
      want: [
        {
          pointer: '#/security/0/oauth2/0',
          message: 'scope "nope:read" is not in the scope catalogue (the oauth2 scheme\'s scopes)',
        },
      ],
    },
    {
      name: 'error codes that disagree with the enum',
      given: specWith({
        components: {
          schemas: {
            E: { enum: ['a', 'b'], 'x-keyway-error-codes': { a: { status: 400 }, c: { status: 409 } } },
          },
        },
      }),
      want: [
        {
          pointer: '#/components/schemas/E/x-keyway-error-codes',
          message: "x-keyway-error-codes must list exactly the enum's codes (missing: b; not in the enum: c)",
        },
      ],
    },
    {
      name: 'status that is not an HTTP status',
      given: specWith({ paths: { '/a': { get: op({ responses: { ok: { description: 'x' } } }) } } }),
      want: [{ pointer: '#/paths/~1a/get/responses/ok', message: '"ok" is not an HTTP status code' }],
    },
    {
      name: 'role granting a scope outside the catalogue',
      given: specWith({
        components: {
          securitySchemes: {
            oauth2: {
              type: 'oauth2',
              flows: { clientCredentials: { tokenUrl: '/t', scopes: { 'a:read': 'A' } } },
              'x-keyway-roles': [{ name: 'owner', scopes: ['a:read', 'z:write'] }],
            },
          },
        },
      }),
      want: [
        {
          pointer: '#/components/securitySchemes/oauth2/x-keyway-roles/0/scopes/1',
          message: 'role "owner" grants "z:write", which is not in the scope catalogue',
        },
      ],
    },
    {
      name: 'secret format whose pattern does not start with its prefix',
      given: specWith({
        components: {
          schemas: {
            S: {
              type: 'string',
              pattern: '^abc_[0-9]{4}$',
              'x-keyway-secret-kind': 'k',
              'x-keyway-secret-prefix': 'xyz_',
            },
          },
        },
      }),
      want: [
        {
          pointer: '#/components/schemas/S',
          message: 'secret format "k" needs an x-keyway-secret-prefix that its pattern starts with',
        },
      ],
    },
    {
      name: 'two path parameters with nothing between them',
      given: specWith({
        paths: { '/a/{x}{y}': { get: op({ parameters: [pathParam('x'), pathParam('y')] }) } },
      }),
      want: [
        {
          pointer: '#/paths/~1a~1{x}{y}',
          message:
            'path /a/{x}{y} has two parameters with nothing between them; the router cannot split them',
        },
      ],
    },
    {
      name: 'secret formats whose kinds repeat or whose prefixes overlap',
      given: specWith({
        components: {
          schemas: {
            A: {
              type: 'string',
              pattern: '^ka_[0-9]{4}$',
              'x-keyway-secret-kind': 'a',
              'x-keyway-secret-prefix': 'ka_',
            },
            B: {
              type: 'string',
              pattern: '^kb_[0-9]{4}$',
              'x-keyway-secret-kind': 'a',
              'x-keyway-secret-prefix': 'kb_',
            },
            C: {
              type: 'string',
              pattern: '^ka_x[0-9]{4}$',
              'x-keyway-secret-kind': 'c',
              'x-keyway-secret-prefix': 'ka_x',
            },
          },
        },
      }),
      want: [
        { pointer: '#/components/schemas/B', message: 'secret format B repeats the kind "a"' },
        {
          pointer: '#/components/schemas/C',
          message: 'secret format C has a prefix that overlaps "ka_" of A',
        },
      ],
    },
    {
      name: 'discriminator mapping that names a schema instead of referencing it',
      given: specWith({
        components: {
          schemas: {
            Pet: {
              oneOf: [{ $ref: '#/components/schemas/Dog' }],
              discriminator: { propertyName: 'kind', mapping: { dog: 'Dog' } },
            },
            Dog: { type: 'object', properties: { kind: { type: 'string' } } },
          },
        },
      }),
      want: [
        {
          pointer: '#/components/schemas/Pet/discriminator/mapping/dog',
          message: 'discriminator mapping "dog" must be a reference such as "#/components/schemas/Dog"',
        },
      ],
    },
    {
      name: "OpenID Connect scopes are the provider's, not the catalogue's: no error",
      given: specWith({
        paths: { '/a': { get: op({ security: [{ oidc: ['openid', 'profile'] }] }) } },
        components: {
          securitySchemes: {
            oidc: {
              type: 'openIdConnect',
              openIdConnectUrl: 'https://id.example/.well-known/openid-configuration',
            },
          },
        },
      }),
      want: [],
    },
    {
      name: 'error code without a valid status',
      given: specWith({
        components: { schemas: { E: { 'x-keyway-error-codes': { bad: { status: 200 } } } } },
      }),
      want: [
        {
          pointer: '#/components/schemas/E/x-keyway-error-codes/bad/status',
          message: 'error code "bad" needs an HTTP status between 400 and 599',
        },
      ],
    },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    const errors = buildModel(given).diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map(({ pointer, message }) => ({ pointer, message }))).toEqual(want);
  });

  it('warns when security alternatives name different scopes', () => {
    const model = buildModel(
      specWith({
        paths: {
          '/a': { get: op({ security: [{ oauth2: ['things:read'] }, { bearerAuth: ['things:write'] }] }) },
        },
      }),
    );
    expect(model.diagnostics).toEqual([
      {
        severity: 'warning',
        pointer: '#/paths/~1a/get/security',
        message:
          'the security alternatives of doThing name different scopes; `scopes` lists their union, enforcement must read each alternative',
      },
    ]);
  });

  it('generate() refuses a spec with errors and lists every pointer', async () => {
    const dir = scratchDir('invalid');
    const specPath = join(dir, 'openapi.yaml');
    writeFileSync(
      specPath,
      stringify(specWith({ paths: { '/a': { get: op() }, '/b': { get: op({ operationId: 'x-y' }) } } })),
    );
    const failure = await generate({ specPath, outDir: join(dir, 'out') }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SpecError);
    expect((failure as SpecError).details).toEqual([
      '#/paths/~1b/get/operationId: operationId "x-y" is not an identifier (letters, digits, _)',
    ]);
  });

  it('generate() reports unresolvable references', async () => {
    const dir = scratchDir('unresolved');
    const specPath = join(dir, 'openapi.yaml');
    writeFileSync(specPath, stringify(specWith({ paths: { '/a': { $ref: 'missing.yaml#/a' } } })));
    await expect(generate({ specPath, outDir: join(dir, 'out') })).rejects.toThrow(/Can't resolve \$ref/);
  });
});
