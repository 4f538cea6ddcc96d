// Each route's errors come in the shape its spec declares: problem+json on /v1, RFC 6749
// `{error, error_description}` on the OAuth endpoints, HTML on the device page; and validation
// is as strict as the spec's types (JSON bodies are not coerced; form parameters are not repeated).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFor, signup } from '../support/api.ts';
import { expectProblem, mediaTypeOf } from './expect-problem.ts';
import { startTestServer, type TestServer } from './test-server.ts';

let server: TestServer;
/** A session token for the /v1 routes, so that requests get past authentication to validation. */
let token: string;
beforeAll(async () => {
  server = await startTestServer();
  token = (await signup(apiFor(server))).access_token;
});
afterAll(async () => server.close());

const post = (path: string, body: string, contentType: string) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': contentType, authorization: `Bearer ${token}` },
    body,
  });
const get = (path: string) =>
  fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

describe('error shapes and strict validation', () => {
  it('a JSON body is typed: a string where the spec says array is a 400, not coerced', async () => {
    const response = await post('/v1/api-keys', '{"name":"ci","scopes":"keys:read"}', 'application/json');
    const body = await expectProblem(response, {
      status: 400,
      code: 'invalid_request',
      instance: '/v1/api-keys',
    });
    expect(body.errors).toEqual([{ field: 'body.scopes', message: 'must be array' }]);
  });

  it('query parameters are still coerced from strings', async () => {
    const response = await get('/v1/api-keys?limit=abc');
    const body = await expectProblem(response, {
      status: 400,
      code: 'invalid_request',
      instance: '/v1/api-keys',
    });
    expect(body.errors).toEqual([{ field: 'query.limit', message: 'must be integer' }]);
    const ok = await get('/v1/api-keys?limit=5');
    await ok.arrayBuffer();
    expect(ok.status).toBe(200);
  });

  it.each([
    {
      name: 'a repeated form parameter (RFC 6749 §3.1)',
      body: 'grant_type=client_credentials&grant_type=refresh_token',
      contentType: 'application/x-www-form-urlencoded',
      status: 400,
    },
    { name: 'an unsupported content type', body: 'grant_type=x', contentType: 'text/plain', status: 400 },
  ])(
    'the token endpoint answers $name with RFC 6749 invalid_request',
    async ({ body, contentType, status }) => {
      const response = await post('/oauth/token', body, contentType);
      expect(response.status).toBe(status);
      expect(mediaTypeOf(response)).toBe('application/json');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({
        error: 'invalid_request',
        error_description: expect.any(String),
      });
    },
  );

  it('the device page answers a malformed form with an HTML page', async () => {
    const response = await post('/device', 'action=launch', 'application/x-www-form-urlencoded');
    expect(response.status).toBe(400);
    expect(mediaTypeOf(response)).toBe('text/html');
    const html = await response.text();
    expect(html).toContain('<h1>Invalid request</h1>');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html).not.toContain('<script');
  });

  it('a malformed %-escape in the path is a problem+json 400 with a request id', async () => {
    const response = await fetch(`${server.url}/v1/api-keys/%zz`);
    await expectProblem(response, { status: 400, code: 'invalid_request', instance: '/v1/api-keys/%zz' });
    expect(response.headers.get('x-request-id')).toMatch(/^req_[0-9a-f]{16}$/);
  });
});

describe('bounded error responses', () => {
  it('a body with many invalid items names at most 20 of them', async () => {
    const scopes = Array.from({ length: 500 }, () => 1);
    const response = await post('/v1/api-keys', JSON.stringify({ name: 'x', scopes }), 'application/json');
    const body = await expectProblem(response, {
      status: 400,
      code: 'invalid_request',
      instance: '/v1/api-keys',
    });
    expect((body.errors as unknown[]).length).toBe(20);
    expect(String(body.detail).length).toBeLessThan(2000);
  });
});
