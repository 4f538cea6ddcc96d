// The hostile-strings fixture through the TypeScript client target: the client must compile under
// strict tsc and carry every spec string unchanged. The fixture has no list, event-stream or
// Idempotency-Key operation, so a copy adds hostile ones to reach those parts of the template.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { generateInto, ROOT, scratchDir, typecheck } from './temp-output.ts';

const SPEC = join(ROOT, 'test', 'fixtures', 'specs', 'hostile', 'openapi.yaml');
// Paths the router accepts (no * ( ) ? # or braces) but full of quotes, backticks and `$`.
const LIST_PATH = '/hostile/`list`\'q\'"dq"$x';
const STREAM_PATH = '/hostile/events $x\\';

/** The fixture plus a hostile list (with an Idempotency-Key create) and an event stream. */
function extendedSpec(dir: string): string {
  const spec = parse(readFileSync(SPEC, 'utf8'));
  const thing = { $ref: '#/components/schemas/Hostile-Thing.v2' };
  spec.paths[LIST_PATH] = {
    get: {
      operationId: 'listThings',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-literal lookalike is the hostile input
      summary: 'List */ `${x}`',
      security: [],
      parameters: [
        { name: 'cursor', in: 'query', schema: { type: 'string' } },
        { name: 'limit', in: 'query', schema: { type: 'integer' } },
      ],
      responses: {
        '200': {
          description: 'A page */',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['data', 'next_cursor'],
                properties: {
                  data: { type: 'array', items: thing },
                  next_cursor: { type: ['string', 'null'] },
                },
              },
            },
          },
        },
      },
    },
    post: {
      operationId: 'createListed',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-literal lookalike is the hostile input
      summary: 'Create */ `${x}`',
      security: [],
      parameters: [{ name: 'Idempotency-Key', in: 'header', schema: { type: 'string' } }],
      requestBody: { required: true, content: { 'application/json': { schema: thing } } },
      responses: { '201': { description: 'Created', content: { 'application/json': { schema: thing } } } },
    },
  };
  spec.paths[STREAM_PATH] = {
    get: {
      operationId: 'streamThings',
      summary: 'Stream */\n * @evil',
      security: [],
      responses: {
        '200': { description: 'Events', content: { 'text/event-stream': { schema: { type: 'string' } } } },
      },
    },
  };
  const path = join(dir, 'extended.yaml');
  writeFileSync(path, stringify(spec));
  return path;
}

describe('hostile strings in the TypeScript client', () => {
  let plain: string;
  let extended: string;
  beforeAll(async () => {
    plain = scratchDir('hostile-ts-client');
    await generateInto(SPEC, plain);
    extended = scratchDir('hostile-ts-client-ext');
    await generateInto(extendedSpec(extended), extended);
  });

  it('compiles under strict tsc with a consumer of the fixture as it is', () => {
    writeFileSync(
      join(plain, 'consumer.ts'),
      `import { createKeywayClient, type ProblemCode, type Scope } from './generated/clients/typescript/client.ts';
const kw = createKeywayClient({ baseUrl: 'http://localhost', auth: { exchange: { apiKey: 'k' }, scopes: [${JSON.stringify('weird:"scope"*/')}] } });
export const thing = kw.GET('/things/{thing_id}', { params: { path: { thing_id: '1' } } });
export const scope: Scope = 'plain:read';
export const code: ProblemCode = ${JSON.stringify('odd_*/')};
`,
    );
    const { status, output } = typecheck(plain);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('keeps scopes and problem codes intact in the generated unions', () => {
    const client = readFileSync(join(plain, 'generated', 'clients', 'typescript', 'client.ts'), 'utf8');
    expect(client).toContain(`export type Scope = ${JSON.stringify('weird:"scope"*/')} | "plain:read";`);
    expect(client).toContain(`export type ProblemCode = ${JSON.stringify('odd_*/')};`);
  });

  it('compiles with hostile list, create and stream operations and keeps their paths', async () => {
    writeFileSync(
      join(extended, 'consumer.ts'),
      `import { createKeywayClient } from './generated/clients/typescript/client.ts';
const kw = createKeywayClient({ baseUrl: 'http://localhost' });
export async function kinds(): Promise<string[]> {
  const out: string[] = [];
  for await (const thing of kw.pages.listThings({ query: { limit: 2 } }).items()) out.push(thing.kind);
  for await (const event of kw.streams.streamThings()) out.push(event.data);
  return out;
}
`,
    );
    const { status, output } = typecheck(extended);
    expect(output).toBe('');
    expect(status).toBe(0);
    const { apiDescription } = await import(
      join(extended, 'generated', 'clients', 'typescript', 'client.ts')
    );
    expect(apiDescription.idempotencyKeys).toEqual({ [`POST ${LIST_PATH}`]: 'Idempotency-Key' });
    const client = readFileSync(join(extended, 'generated', 'clients', 'typescript', 'client.ts'), 'utf8');
    expect(client).toContain(`raw.request("get", ${JSON.stringify(LIST_PATH)},`);
    expect(client).toContain(`raw.request("get", ${JSON.stringify(STREAM_PATH)},`);
    expect(client).toContain(' * Stream *\\/\n');
  });
});
