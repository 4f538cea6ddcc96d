// The reference server's HTTP behaviour through a real listening server: routing (404 vs 405),
// request bodies (400, 413, 415), RFC 9457 problems, OAuth-shaped errors, request ids and what
// reaches the log.
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { roles, scopes } from '../../generated/policy.ts';
import { apiFor, signup } from '../support/api.ts';
import { expectProblem, mediaTypeOf } from './expect-problem.ts';
import { startTestServer, type TestServer } from './test-server.ts';

const BODY_LIMIT = 2048;
const GENERATED_ID = /^req_[0-9a-f]{16}$/;
const SECRET = 'kwk_10jkRsVVpLaRqyzsbR0a0AH2HUSP3dnE4Q7Zy4';
const USER_CODE = 'BCDF-GHJK';
const JSON_HEADERS = { 'content-type': 'application/json' };

let server: TestServer;
/** An owner's API key with every scope: /v1 requests carry it unless a case sends its own credential. */
let ownerKey: string;
beforeAll(async () => {
  server = await startTestServer({ KEYWAY_BODY_LIMIT: String(BODY_LIMIT) });
  const api = apiFor(server);
  const session = await signup(api);
  const key = await api('POST', '/v1/api-keys', {
    token: session.access_token,
    body: { name: 'http tests', scopes: roles[0].scopes },
  });
  ownerKey = key.body.secret;
});
afterAll(async () => {
  await server?.close();
});

interface Given {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | URLSearchParams | (() => ReadableStream<Uint8Array>);
}

function send({ method = 'GET', path, headers = {}, body }: Given): Promise<Response> {
  const credential = 'authorization' in headers || 'x-api-key' in headers || !path.startsWith('/v1/');
  const init: RequestInit & { duplex?: 'half' } = {
    method,
    headers: credential ? headers : { ...headers, 'x-api-key': ownerKey },
  };
  if (typeof body === 'function') {
    // A stream is sent chunked, without Content-Length.
    init.body = body();
    init.duplex = 'half';
  } else if (body !== undefined) {
    init.body = body;
  }
  return fetch(`${server.url}${path}`, init);
}

function streamOf(text: string): () => ReadableStream<Uint8Array> {
  return () =>
    new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    });
}

const tooLarge = JSON.stringify({ name: 'x'.repeat(BODY_LIMIT), scopes: ['keys:read'] });

interface Case {
  name: string;
  given: Given;
  want: {
    status: number;
    contentType: string;
    /** A problem code: the body must then be a complete RFC 9457 problem. */
    code?: string;
    /** The whole body, for non-problem responses. */
    body?: unknown;
    /** A problem's `errors`, in any order. */
    errors?: Array<{ field: string; message: RegExp }>;
    headers?: Record<string, string>;
  };
}

const cases: Case[] = [
  {
    name: 'GET /healthz is ok',
    given: { path: '/healthz' },
    want: {
      status: 200,
      contentType: 'application/json',
      body: { status: 'ok', version: expect.any(String) },
    },
  },
  {
    name: 'HEAD /healthz answers like GET without a body',
    given: { method: 'HEAD', path: '/healthz' },
    want: { status: 200, contentType: 'application/json' },
  },
  {
    name: 'GET /v1/scopes is the generated catalogue',
    given: { path: '/v1/scopes' },
    want: { status: 200, contentType: 'application/json', body: { scopes, roles } },
  },
  {
    name: 'DELETE /healthz is 405 with Allow',
    given: { method: 'DELETE', path: '/healthz' },
    want: {
      status: 405,
      contentType: 'application/problem+json',
      code: 'method_not_allowed',
      headers: { allow: 'GET, HEAD' },
    },
  },
  {
    name: 'POST /v1/scopes is 405 with Allow',
    given: { method: 'POST', path: '/v1/scopes', headers: JSON_HEADERS, body: '{}' },
    want: {
      status: 405,
      contentType: 'application/problem+json',
      code: 'method_not_allowed',
      headers: { allow: 'GET, HEAD' },
    },
  },
  {
    name: 'POST on a templated path lists every method of that path',
    given: { method: 'POST', path: '/v1/api-keys/key_123' },
    want: {
      status: 405,
      contentType: 'application/problem+json',
      code: 'method_not_allowed',
      headers: { allow: 'DELETE, GET, HEAD, PATCH' },
    },
  },
  {
    name: 'an unknown path is 404',
    given: { path: '/nope' },
    want: { status: 404, contentType: 'application/problem+json', code: 'not_found' },
  },
  {
    name: 'an unknown path with any method is 404, not 405',
    given: { method: 'DELETE', path: '/nope' },
    want: { status: 404, contentType: 'application/problem+json', code: 'not_found' },
  },
  {
    name: 'an unknown nested path under a known prefix is 404',
    given: { path: '/v1/api-keys/x/y/z' },
    want: { status: 404, contentType: 'application/problem+json', code: 'not_found' },
  },
  {
    name: 'HEAD on an unknown path is 404',
    given: { method: 'HEAD', path: '/nope' },
    want: { status: 404, contentType: 'application/problem+json' },
  },
  {
    name: 'invalid JSON is 400',
    given: { method: 'POST', path: '/v1/api-keys', headers: JSON_HEADERS, body: '{"name": "x",' },
    want: { status: 400, contentType: 'application/problem+json', code: 'invalid_request' },
  },
  {
    name: 'an unknown field and a bad scope are 400, each named in errors',
    given: {
      method: 'POST',
      path: '/v1/api-keys',
      headers: JSON_HEADERS,
      body: JSON.stringify({ name: 'x', scopes: ['bad'], extra: 1 }),
    },
    want: {
      status: 400,
      contentType: 'application/problem+json',
      code: 'invalid_request',
      errors: [
        { field: 'body.extra', message: /additional properties/ },
        { field: 'body.scopes[0]', message: /pattern/ },
      ],
    },
  },
  {
    name: 'a missing required field is 400 naming the field',
    given: {
      method: 'POST',
      path: '/v1/api-keys',
      headers: JSON_HEADERS,
      body: JSON.stringify({ name: 'x' }),
    },
    want: {
      status: 400,
      contentType: 'application/problem+json',
      code: 'invalid_request',
      errors: [{ field: 'body.scopes', message: /required/ }],
    },
  },
  {
    name: 'a text/plain body is 415',
    given: { method: 'POST', path: '/v1/api-keys', headers: { 'content-type': 'text/plain' }, body: 'hello' },
    want: { status: 415, contentType: 'application/problem+json', code: 'unsupported_media_type' },
  },
  {
    name: 'a body on an operation that takes none is 415',
    given: { method: 'DELETE', path: '/v1/api-keys/key_123', headers: JSON_HEADERS, body: '{}' },
    want: { status: 415, contentType: 'application/problem+json', code: 'unsupported_media_type' },
  },
  {
    name: 'no body on an operation that takes none passes (to a 404: no such key)',
    given: { method: 'DELETE', path: '/v1/api-keys/key_123' },
    want: { status: 404, contentType: 'application/problem+json', code: 'not_found' },
  },
  {
    name: 'a bad path parameter is 400 naming it',
    given: { path: `/v1/api-keys/key_${'a'.repeat(61)}` },
    want: {
      status: 400,
      contentType: 'application/problem+json',
      code: 'invalid_request',
      errors: [{ field: 'params.key_id', message: /64/ }],
    },
  },
  {
    name: 'a bad query parameter is 400 naming it',
    given: { path: '/v1/api-keys?limit=500&cursor=x' },
    want: {
      status: 400,
      contentType: 'application/problem+json',
      code: 'invalid_request',
      errors: [{ field: 'query.limit', message: /200/ }],
    },
  },
  {
    name: 'a query parameter is coerced to its schema type',
    given: { path: '/v1/api-keys?limit=5' },
    want: { status: 200, contentType: 'application/json' },
  },
  {
    // fetch sends `Content-Length: 0` for a POST without a body, as most clients do.
    name: 'no body where one is required is 400',
    given: { method: 'POST', path: '/v1/api-keys' },
    want: {
      status: 400,
      contentType: 'application/problem+json',
      code: 'invalid_request',
      errors: [{ field: 'body', message: /required/ }],
    },
  },
  {
    name: 'an empty JSON body is 400',
    given: { method: 'POST', path: '/v1/api-keys', headers: JSON_HEADERS, body: '' },
    want: { status: 400, contentType: 'application/problem+json', code: 'invalid_request' },
  },
  {
    name: 'a body over the limit is 413',
    given: { method: 'POST', path: '/v1/api-keys', headers: JSON_HEADERS, body: tooLarge },
    want: { status: 413, contentType: 'application/problem+json', code: 'payload_too_large' },
  },
  {
    name: 'a chunked body over the limit is 413',
    given: { method: 'POST', path: '/v1/api-keys', headers: JSON_HEADERS, body: streamOf(tooLarge) },
    want: { status: 413, contentType: 'application/problem+json', code: 'payload_too_large' },
  },
  {
    // RFC 6749 §5.2: the token endpoint's errors are `{error, error_description}`, never cached.
    name: 'POST /oauth/token with a bogus grant_type is an RFC 6749 error',
    given: { method: 'POST', path: '/oauth/token', body: new URLSearchParams({ grant_type: 'bogus' }) },
    want: {
      status: 400,
      contentType: 'application/json',
      // RFC 6749 §5.2: an unknown grant type has its own error.
      body: { error: 'unsupported_grant_type', error_description: expect.stringMatching(/grant_type/) },
      headers: { 'cache-control': 'no-store' },
    },
  },
  {
    name: 'POST /oauth/token with a text/plain body is an RFC 6749 error',
    given: { method: 'POST', path: '/oauth/token', headers: { 'content-type': 'text/plain' }, body: 'x' },
    want: {
      status: 400,
      contentType: 'application/json',
      body: { error: 'invalid_request', error_description: expect.any(String) },
      headers: { 'cache-control': 'no-store' },
    },
  },
  {
    name: 'a JSON body with a charset parameter is accepted',
    given: {
      method: 'POST',
      path: '/v1/api-keys',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ name: 'ci', scopes: ['keys:read'] }),
    },
    want: { status: 201, contentType: 'application/json' },
  },
  {
    // The instance is the path: a query string (a pasted device link's user code, say) stays
    // out of the body.
    name: 'a problem instance leaves out the query string',
    given: { path: `/v1/no-such-route?user_code=${USER_CODE}` },
    want: { status: 404, contentType: 'application/problem+json', code: 'not_found' },
  },
];

describe('HTTP responses', () => {
  test.each(cases)('$name', async ({ given, want }) => {
    const response = await send(given);
    expect(response.status).toBe(want.status);
    expect(mediaTypeOf(response)).toBe(want.contentType);
    // Every response carries a request id; none was sent, so the server made one.
    expect(response.headers.get('x-request-id')).toMatch(GENERATED_ID);
    for (const [name, value] of Object.entries(want.headers ?? {})) {
      expect(response.headers.get(name), name).toBe(value);
    }
    if (want.code !== undefined) {
      const problem = await expectProblem(response, {
        status: want.status,
        code: want.code,
        instance: given.path.split('?')[0] ?? given.path,
      });
      expect(JSON.stringify(problem)).not.toContain(USER_CODE);
      if (want.errors !== undefined) {
        const errors = [...((problem.errors as Array<{ field: string }>) ?? [])].sort((a, b) =>
          a.field.localeCompare(b.field),
        );
        expect(errors).toEqual(
          want.errors.map(({ field, message }) => ({ field, message: expect.stringMatching(message) })),
        );
      }
    } else if (want.body !== undefined) {
      expect(await response.json()).toEqual(want.body);
    } else if (given.method === 'HEAD') {
      expect(await response.text()).toBe('');
    }
  });

  // A trailing slash is another path to the router, so these are 404, never a 405 whose Allow
  // lists the refused method (RFC 9110 §15.5.6).
  const paths: Given[] = [
    { method: 'GET', path: '/healthz/' },
    { method: 'HEAD', path: '/healthz/' },
    { method: 'DELETE', path: '/v1/api-keys/key_123/' },
  ];
  test.each(paths)('a trailing slash is an unknown route: $method $path', async (given) => {
    const response = await send(given);
    await response.arrayBuffer();
    expect(response.status).toBe(404);
    expect(response.headers.get('allow')).toBeNull();
  });
});

describe('X-Request-Id', () => {
  const cases: Array<{ given: string; want: 'echoed' | 'replaced' }> = [
    { given: 'abc-123', want: 'echoed' },
    { given: 'trace.01:span_02', want: 'echoed' },
    { given: 'a'.repeat(128), want: 'echoed' },
    { given: 'a'.repeat(129), want: 'replaced' },
    { given: 'a'.repeat(300), want: 'replaced' },
    { given: 'has spaces', want: 'replaced' },
    { given: '"quoted"', want: 'replaced' },
    { given: 'a,b', want: 'replaced' },
    { given: 'line\tbreak', want: 'replaced' },
    { given: '{"level":60}', want: 'replaced' },
  ];

  test.each(cases)('$given is $want', async ({ given, want }) => {
    // A 404 so that the id is checked both in the header and in the problem body.
    const response = await send({ path: '/nope', headers: { 'x-request-id': given } });
    const id = response.headers.get('x-request-id');
    if (want === 'echoed') expect(id).toBe(given);
    else expect(id).toMatch(GENERATED_ID);
    const body = await expectProblem(response, { status: 404, code: 'not_found', instance: '/nope' });
    expect(body.request_id).toBe(id);
  });

  test('generated ids differ between requests', async () => {
    const ids = new Set<string | null>();
    for (let i = 0; i < 5; i++) {
      const response = await send({ path: '/healthz' });
      await response.arrayBuffer();
      ids.add(response.headers.get('x-request-id'));
    }
    expect(ids.size).toBe(5);
  });
});

describe('the log', () => {
  test('holds request ids but no credential and no user code', async () => {
    const auth = { authorization: `Bearer ${SECRET}`, 'x-api-key': SECRET };
    const probes: Given[] = [
      { path: `/healthz?user_code=${USER_CODE}`, headers: auth },
      {
        method: 'POST',
        path: '/v1/api-keys',
        headers: { ...auth, ...JSON_HEADERS },
        body: JSON.stringify({ name: 'ci', scopes: ['keys:read'] }),
      },
      { method: 'POST', path: '/v1/api-keys', headers: { ...auth, ...JSON_HEADERS }, body: '{"bad' },
      { path: `/device?user_code=${USER_CODE}`, headers: auth },
      { path: `/nope?user_code=${USER_CODE}`, headers: auth },
      { method: 'DELETE', path: `/healthz?user_code=${USER_CODE}`, headers: auth },
      {
        method: 'POST',
        path: `/oauth/token?user_code=${USER_CODE}`,
        headers: auth,
        body: new URLSearchParams({ grant_type: 'bogus' }),
      },
    ];
    const ids = probes.map((_, i) => `log-probe-${i}`);
    for (const [i, probe] of probes.entries()) {
      const response = await send({ ...probe, headers: { ...probe.headers, 'x-request-id': ids[i] ?? '' } });
      await response.arrayBuffer();
    }
    // "request completed" is logged when the response finishes, which may be after fetch returns.
    await vi.waitFor(() => {
      for (const id of ids) expect(server.log()).toContain(`"reqId":"${id}","res"`);
    });
    const log = server.log();
    expect(log).not.toContain(SECRET);
    expect(log).not.toContain(USER_CODE);
    expect(log).not.toContain('user_code');
    // Each line is JSON, and the requests are logged by path.
    const lines = log
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { reqId?: string; req?: { path?: string } });
    const paths = lines.filter((l) => l.reqId?.startsWith('log-probe-') && l.req).map((l) => l.req?.path);
    expect(paths).toEqual(probes.map((p) => p.path.split('?')[0]));
  });
});
