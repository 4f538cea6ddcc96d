// A spec full of strings that try to escape their place in generated code. The generated code
// must compile under strict tsc, run, and carry every string unchanged.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Diagnostic } from '../../generator/model/types.ts';
import { generateInto, ROOT, scratchDir, typecheck } from './temp-output.ts';

const SPEC = join(ROOT, 'test', 'fixtures', 'specs', 'hostile', 'openapi.yaml');
const source = parse(readFileSync(SPEC, 'utf8'));
const thing = source.components.schemas['Hostile-Thing.v2'];
const summary: string = source.paths['/things/{thing_id}'].get.summary;

let dir: string;
let outDir: string;
let warnings: Diagnostic[];

beforeAll(async () => {
  dir = scratchDir('hostile');
  ({ outDir, warnings } = await generateInto(SPEC, dir));
});

describe('hostile strings', () => {
  it('generates code that passes strict tsc, including a consumer using the hostile enum', () => {
    writeFileSync(
      join(dir, 'consumer.ts'),
      `import type { components } from './generated/types.ts';
import type { Handlers } from './generated/server/routes.ts';
export const kinds: components['schemas']['Hostile-Thing.v2']['kind'][] = ${JSON.stringify(thing.properties.kind.enum)};
// A schema property named \`constructor\` must be given explicitly: TypeScript sees every object
// literal's inherited Object.prototype.constructor otherwise.
export const handlers: Handlers = {
  getThing: async () => ({ status: 200, body: { kind: ${JSON.stringify('*/')}, constructor: 'c' } }),
  createThing: async (request) => ({ status: 201, body: request.body }),
};
`,
    );
    const { status, output } = typecheck(dir);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('keeps scope, role and error-code strings intact', async () => {
    const scopes = await import(join(outDir, 'policy.ts'));
    const flows = source.components.securitySchemes.oauth2;
    expect(scopes.scopes).toEqual(
      Object.entries(flows.flows.clientCredentials.scopes).map(([name, description]) => ({
        name,
        description,
      })),
    );
    expect(scopes.roles[0].name).toBe(flows['x-keyway-roles'][0].name);
    expect(scopes.roles[0].description).toBe('Role "desc"\u2028next');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-literal lookalike is the hostile input
    expect(scopes.errorCodes['odd_*/'].description).toBe('Error */ `${e}` "q"\nline');
    expect(scopes.operationScopes.getThing).toEqual(['weird:"scope"*/']);
  });

  it('keeps schema property names and enum values intact; inherited names are warnings', async () => {
    const { componentSchemas } = await import(join(outDir, 'server', 'schemas.ts'));
    const generated = componentSchemas.definitions['Hostile-Thing.v2'];
    const inherited = ['__proto__', 'constructor'];
    expect(Object.keys(generated.properties)).toEqual(
      Object.keys(thing.properties).filter((name) => !inherited.includes(name)),
    );
    expect(Object.getPrototypeOf(generated.properties)).toBe(Object.prototype);
    expect(generated.properties.kind.enum).toEqual(thing.properties.kind.enum);
    expect(warnings.map((w) => w.pointer)).toEqual(
      expect.arrayContaining(
        inherited.map((name) => `#/components/schemas/Hostile-Thing.v2/properties/${name}`),
      ),
    );
  });

  it('breaks */ in doc comments without losing the rest of the text', () => {
    const routes = readFileSync(join(outDir, 'server', 'routes.ts'), 'utf8');
    expect(routes).toContain(` * ${summary.replaceAll('*/', '*\\/')}\n`);
    // Every handler survived: a comment that swallowed code would drop a member.
    expect(routes).toMatch(/\n {2}getThing\(request: GetThingRequest/);
    expect(routes).toMatch(/\n {2}createThing\(request: CreateThingRequest/);
  });

  it('registers routes whose hostile schemas validate and serialize', async () => {
    const { registerRoutes, ajvOptions } = await import(join(outDir, 'server', 'routes.ts'));
    const app = Fastify({ ajv: { customOptions: ajvOptions } });
    registerRoutes(app, {
      getThing: async () => ({ status: 200, body: { kind: '*/', '`': 'tick' } }),
      createThing: async (request: { body: unknown }) => ({ status: 201, body: request.body }),
    });
    const ok = await app.inject({
      method: 'POST',
      url: '/things/1',
      payload: { kind: 'back`tick', '${x}': 'v' },
    });
    expect(ok.body).not.toContain('FST_ERR_VALIDATION');
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toEqual({ kind: 'back`tick', '${x}': 'v' });
    const bad = await app.inject({ method: 'POST', url: '/things/1', payload: { kind: 'not in the enum' } });
    expect(bad.statusCode).toBe(400);
    const got = await app.inject({ method: 'GET', url: '/things/1' });
    // Serialized by schema: nothing inherited (Object.prototype.constructor) leaks into the body.
    expect(got.body).toBe('{"kind":"*/","`":"tick"}');
    await app.close();
  });
});
