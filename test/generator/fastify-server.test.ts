// The fastify target on routing edge cases: generated stubs compile under strict tsc, register,
// route, validate and coerce the way the spec says.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { generateInto, ROOT, scratchDir, typecheck } from './temp-output.ts';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'specs', 'routing');

describe('fastify target', () => {
  it('routes a literal ":" after a parameter, coerces params and headers, rejects bad input', async () => {
    const dir = scratchDir('routing');
    const { outDir } = await generateInto(join(FIXTURES, 'openapi.yaml'), dir);
    writeFileSync(
      join(dir, 'consumer.ts'),
      `import type { Handlers } from './generated/server/routes.ts';
export const handlers: Handlers = {
  archiveThing: async ({ params, headers, query }) => ({
    status: 200,
    body: { id: params.id, count: headers['x-count'], mode: query.mode, note: null },
  }),
};
`,
    );
    const tsc = typecheck(dir);
    expect(tsc.output).toBe('');

    const { registerRoutes, routes, ajvOptions, apiInfo } = await import(join(outDir, 'server', 'routes.ts'));
    expect(routes[0].info.url).toBe('/things/:id(^[^/]+?)::archive');
    expect(apiInfo).toEqual({ title: 'Routing', version: '2.0.0' });
    const app = Fastify({ ajv: { customOptions: ajvOptions } });
    registerRoutes(app, {
      archiveThing: async ({ params, headers, query }: Record<string, Record<string, unknown>>) => ({
        status: 200,
        body: { id: params?.id, count: headers?.['x-count'], mode: query?.mode, note: null },
      }),
    });
    const ok = await app.inject({
      method: 'POST',
      url: '/things/7:archive?mode=soft',
      headers: { 'x-count': '5' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ id: 7, count: 5, mode: 'soft', note: null });
    const cases = [
      { url: '/things/7?mode=soft', status: 404 },
      { url: '/things/7:archive', status: 400 },
      { url: '/things/0:archive?mode=soft', status: 400 },
      { url: '/things/7:archive?mode=nope', status: 400 },
    ];
    for (const { url, status } of cases) {
      const res = await app.inject({ method: 'POST', url, headers: { 'x-count': '5' } });
      expect(res.statusCode, url).toBe(status);
    }
    const noHeader = await app.inject({ method: 'POST', url: '/things/7:archive?mode=soft' });
    expect(noHeader.statusCode).toBe(400);
    await app.close();
  });

  it('a spec with no operations still generates code that compiles', async () => {
    const dir = scratchDir('empty');
    const { files } = await generateInto(join(FIXTURES, 'empty.yaml'), dir);
    expect(files.find((f) => f.path === 'server/routes.ts')?.contents).toContain(
      'export type OperationId = never;',
    );
    expect(typecheck(dir).output).toBe('');
  });
});
