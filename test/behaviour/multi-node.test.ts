// Two server processes on one PostgreSQL database behave as one service: a key revoked through
// node A is refused by node B on the very next request, and a rate limit counts the requests of
// both. (Audit events reaching a stream on the other node are in audit-stream.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, apiFor, signup } from '../support/api.ts';
import { postgresBackend } from '../support/backends.ts';
import { type ServerProcess, startServerProcess } from '../support/server-process.ts';
import { createApiKey, expectProblem, SERVER_ENV } from './flows.ts';

const RATE_LIMIT = 12;

describe('two nodes on one PostgreSQL', () => {
  const backend = postgresBackend();
  let nodeA: ServerProcess;
  let nodeB: ServerProcess;
  let apiA: Api;
  let apiB: Api;

  beforeAll(async () => {
    const storage = await backend.fresh();
    // Nodes of one deployment share the issuer (tokens name it), as README's Configuration says.
    const env = {
      ...SERVER_ENV,
      DATABASE_URL: storage.databaseUrl ?? '',
      KEYWAY_ISSUER: 'http://keyway.test',
      KEYWAY_RATE_LIMIT: String(RATE_LIMIT),
    };
    // One after the other: the first runs the migrations and writes the server secret.
    nodeA = await startServerProcess(env);
    nodeB = await startServerProcess(env);
    apiA = apiFor(nodeA);
    apiB = apiFor(nodeB);
  });
  afterAll(async () => {
    await Promise.all([nodeA?.stop(), nodeB?.stop()]);
    await backend.cleanup();
  });

  it('a key revoked through node A is refused by node B on the next request', async () => {
    const owner = await signup(apiA);
    const key = await createApiKey(apiA, owner.access_token, ['keys:read']);
    expect((await apiB('GET', '/v1/whoami', { apiKey: key.secret })).status).toBe(200);
    const revoked = await apiA('DELETE', `/v1/api-keys/${key.id}`, { token: owner.access_token });
    expect(revoked.status).toBe(200);
    expectProblem(await apiB('GET', '/v1/whoami', { apiKey: key.secret }), {
      status: 403,
      code: 'credential_revoked',
      instance: '/v1/whoami',
    });
  });

  it("a session ended through node A is refused by node B, and node B's tokens verify on node A", async () => {
    const owner = await signup(apiB);
    const seen = await apiA('GET', '/v1/whoami', { token: owner.access_token });
    expect(seen.status, seen.text).toBe(200);
    expect((await apiA('POST', '/v1/auth/logout', { token: owner.access_token, body: {} })).status).toBe(204);
    expect((await apiB('GET', '/v1/whoami', { token: owner.access_token })).status).toBe(403);
  });

  it('one rate limit counts the requests of both nodes', async () => {
    const owner = await signup(apiA);
    const key = await createApiKey(apiA, owner.access_token, ['keys:read']);
    // Windows are fixed minutes: start well inside one so that all requests share it.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 45_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 200));
    const remaining: number[] = [];
    for (let i = 0; i < RATE_LIMIT; i++) {
      const response = await (i % 2 === 0 ? apiA : apiB)('GET', '/v1/whoami', { apiKey: key.secret });
      expect(response.status).toBe(200);
      remaining.push(Number(response.headers.get('ratelimit-remaining')));
    }
    // Each node's answer counts the other's requests too.
    expect(remaining).toEqual(Array.from({ length: RATE_LIMIT }, (_, i) => RATE_LIMIT - 1 - i));
    const over = await apiB('GET', '/v1/whoami', { apiKey: key.secret });
    expectProblem(over, { status: 429, code: 'rate_limited', instance: '/v1/whoami' });
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
