// The generated TypeScript client (generated/clients/typescript/) against a live reference server
// on a real port: exchange and refresh, single-flight, replay, retries, device login, pagination,
// typed errors and the audit event stream. Retries of 429/503/network errors go through a small
// fault-injecting proxy in front of the live server: the server's own rate limit is a fixed
// one-minute window, so waiting for its Retry-After would take up to a minute; the server's real
// 429 is still checked (a Retry-After beyond the client's limit is not waited for).
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createKeywayClient,
  deviceLogin,
  KeywayApiError,
  type KeywayClientOptions,
  memoryLoginStore,
  type Scope,
} from '../../generated/clients/typescript/client.ts';
import { SERVER_ENV } from '../behaviour/flows.ts';
import { startTestServer, type TestServer } from '../server/test-server.ts';
import { type Api, apiFor, signup } from '../support/api.ts';

const ENV = {
  ...SERVER_ENV,
  KEYWAY_DEVICE_POLL_INTERVAL: '1',
  KEYWAY_AUDIT_STREAM_SETTLE_MS: '0',
  KEYWAY_AUDIT_STREAM_POLL_MS: '50',
};
const ALL_SCOPES: Scope[] = ['keys:read', 'keys:write', 'tokens:read', 'tokens:write', 'audit:read'];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let server: TestServer;
let api: Api;
let owner: Awaited<ReturnType<typeof signup>>;

beforeAll(async () => {
  server = await startTestServer(ENV);
  api = apiFor(server);
  owner = await signup(api);
});
afterAll(async () => {
  await server?.close();
});

/** A new API key of the owner's org; its secret and id. */
async function newKey(scopes: Scope[] = ALL_SCOPES, session = owner.access_token) {
  const created = await api('POST', '/v1/api-keys', {
    token: session,
    body: { name: 'client test', scopes },
  });
  expect(created.status, created.text).toBe(201);
  return { id: created.body.id as string, secret: created.body.secret as string };
}

/** The access tokens the server minted from `keyId` (its own list, not the client's word). */
async function tokensMintedFrom(keyId: string) {
  const listed = await api('GET', '/v1/access-tokens?limit=200', { token: owner.access_token });
  expect(listed.status, listed.text).toBe(200);
  return (listed.body.data as { id: string; client_id: string }[]).filter((t) => t.client_id === keyId);
}

function client(options: Omit<KeywayClientOptions, 'baseUrl'>, baseUrl = server.url) {
  return createKeywayClient({ baseUrl, ...options });
}

describe('access-token exchange', () => {
  it('exchanges an API key, then refreshes the token before it expires', async () => {
    const key = await newKey();
    const kw = client({
      auth: { exchange: { apiKey: key.secret }, ttlSeconds: 60, refreshBeforeSeconds: 58 },
    });
    const first = await kw.GET('/v1/whoami');
    expect(first.data?.credential.kind).toBe('access_token');
    const [minted] = await tokensMintedFrom(key.id);
    expect(await tokensMintedFrom(key.id)).toHaveLength(1);
    await sleep(2_200); // now inside the 58 s refresh window of a 60 s token, which is still valid
    const second = await kw.GET('/v1/whoami');
    expect(second.data?.credential.kind).toBe('access_token');
    const tokens = await tokensMintedFrom(key.id);
    expect(tokens).toHaveLength(2);
    expect(second.data?.credential.id).not.toBe(first.data?.credential.id);
    expect(tokens.map((t) => t.id)).toContain(minted?.id);
    // Proactive: the first token was never refused, it is still live.
    expect((await api('GET', '/v1/whoami', { token: owner.access_token })).status).toBe(200);
  });

  it('20 concurrent requests share one exchange (single-flight)', async () => {
    const key = await newKey();
    const kw = client({
      auth: { exchange: { apiKeyId: key.id, apiKeySecret: key.secret }, scopes: ['keys:read'] },
    });
    const results = await Promise.all(Array.from({ length: 20 }, () => kw.GET('/v1/whoami')));
    expect(results.map((r) => r.response.status)).toEqual(Array(20).fill(200));
    expect(await tokensMintedFrom(key.id)).toHaveLength(1);
    expect(new Set(results.map((r) => r.data?.credential.id)).size).toBe(1);
  });

  it('exchanges a service account', async () => {
    const created = await api('POST', '/v1/service-accounts', {
      token: owner.access_token,
      body: { name: 'ci', scopes: ['keys:read'] },
    });
    expect(created.status, created.text).toBe(201);
    const kw = client({
      auth: { exchange: { serviceAccountId: created.body.id, serviceAccountSecret: created.body.secret } },
    });
    const { data } = await kw.GET('/v1/whoami');
    expect(data?.principal).toMatchObject({ kind: 'service_account', id: created.body.id });
  });

  it('replays once with a fresh token when the server refuses one (revoked: 403 invalid_token)', async () => {
    const key = await newKey();
    const kw = client({ auth: { exchange: { apiKey: key.secret } } });
    await kw.GET('/v1/whoami');
    const [token] = await tokensMintedFrom(key.id);
    const revoked = await api('DELETE', `/v1/access-tokens/${token?.id}`, { token: owner.access_token });
    expect(revoked.status).toBe(204);
    const again = await kw.GET('/v1/whoami');
    expect(again.response.status).toBe(200);
    expect(await tokensMintedFrom(key.id)).toHaveLength(2);
  });
});

describe('tokenProvider and static credentials', () => {
  it('asks the provider again after a 401 and replays the request once', async () => {
    const key = await newKey();
    const reasons: string[] = [];
    const kw = client({
      auth: {
        tokenProvider: ({ reason }) => {
          reasons.push(reason);
          // An unknown credential first: the server answers 401 invalid_credential.
          return reasons.length === 1 ? 'kwk_unknown' : key.secret;
        },
      },
    });
    const { data, response } = await kw.GET('/v1/whoami');
    expect(response.status).toBe(200);
    expect(data?.credential.id).toBe(key.id);
    expect(reasons).toEqual(['initial', 'rejected']);
  });

  it('replays at most once: a provider that keeps failing ends in the typed 401', async () => {
    let calls = 0;
    const kw = client({
      auth: {
        tokenProvider: () => {
          calls += 1;
          return 'kwk_unknown';
        },
      },
    });
    const error = await kw.GET('/v1/whoami').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KeywayApiError);
    expect(error).toMatchObject({ status: 401, code: 'invalid_credential' });
    expect(calls).toBe(2);
  });

  it('sends a static key as Bearer or in the apiKey header', async () => {
    const key = await newKey();
    for (const header of [false, true]) {
      const { data } = await client({ auth: { apiKey: key.secret, header } }).GET('/v1/whoami');
      expect(data?.credential).toMatchObject({ kind: 'api_key', id: key.id });
    }
  });
});

describe('typed errors', () => {
  it('carry the problem code, status, request id and instance', async () => {
    const key = await newKey(['keys:read']);
    const kw = client({ auth: { apiKey: key.secret } });
    const missing = await kw
      .GET('/v1/api-keys/{key_id}', { params: { path: { key_id: 'key_doesnotexist' } } })
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(KeywayApiError);
    const error = missing as KeywayApiError;
    expect({ status: error.status, code: error.code, method: error.method }).toEqual({
      status: 404,
      code: 'not_found',
      method: 'GET',
    });
    expect(error.requestId).toMatch(/^req_/);
    expect(error.body).toMatchObject({ code: 'not_found', request_id: error.requestId });
    const forbidden = await kw
      .POST('/v1/api-keys', { body: { name: 'x', scopes: ['keys:read'] } })
      .catch((e) => e);
    expect(forbidden).toMatchObject({ status: 403, code: 'insufficient_scope' });
  });

  it('throwOnError: false gives openapi-fetch’s { error } instead', async () => {
    const kw = client({ throwOnError: false });
    const { data, error, response } = await kw.GET('/v1/whoami');
    expect(data).toBeUndefined();
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ code: 'unauthenticated' });
  });
});

describe('pagination', () => {
  it('iterates every page of a list of 120 items', async () => {
    const other = await signup(api); // an org of its own, so the count is exact
    const kw = client({ auth: { token: other.access_token } });
    for (let batch = 0; batch < 6; batch += 1) {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          kw.POST('/v1/api-keys', { body: { name: `key ${batch * 20 + i}`, scopes: ['keys:read'] } }),
        ),
      );
    }
    const sizes: number[] = [];
    for await (const page of kw.pages.listApiKeys({ query: { limit: 50 } })) sizes.push(page.data.length);
    expect(sizes).toEqual([50, 50, 20]);
    const ids: string[] = [];
    for await (const item of kw.pages.listApiKeys({ query: { limit: 50 } }).items()) ids.push(item.id);
    expect(new Set(ids).size).toBe(120);
  });
});

describe('device login (RFC 8628)', () => {
  it('starts, prompts, polls until approved through the API, stores and refreshes the login', async () => {
    const store = memoryLoginStore();
    const prompts: string[] = [];
    const login = await deviceLogin({
      baseUrl: server.url,
      clientId: 'keyway-cli',
      scopes: ['keys:read'],
      store,
      onPrompt: async (prompt) => {
        prompts.push(prompt.userCode);
        expect(prompt.verificationUriComplete).toContain(encodeURIComponent(prompt.userCode).slice(0, 4));
        // The person approves from another device, after the client has started polling.
        setTimeout(() => {
          void api('POST', '/v1/device/verify', {
            token: owner.access_token,
            body: { user_code: prompt.userCode, action: 'approve' },
          });
        }, 1_500);
      },
    });
    expect(prompts).toHaveLength(1);
    expect(login.scope).toBe('keys:read');
    expect(await store.load()).toEqual(login);

    const kw = client({ auth: { device: { clientId: 'keyway-cli', store } } });
    expect((await kw.GET('/v1/whoami')).data?.scopes).toEqual(['keys:read']);

    // An expired stored login is refreshed with its refresh token, and the rotated one stored.
    await store.save({ ...login, expiresAt: Date.now() - 1_000 });
    const later = client({ auth: { device: { clientId: 'keyway-cli', store } } });
    expect((await later.GET('/v1/whoami')).response.status).toBe(200);
    const refreshed = await store.load();
    expect(refreshed?.refreshToken).not.toBe(login.refreshToken);
    expect(refreshed?.accessToken).not.toBe(login.accessToken);
  });
});

/** What the proxy does with the next request. */
type Fault = 'forward' | '429' | '503' | 'forward-then-503' | 'reset' | 'cut-after-first-event';

interface Proxy {
  url: string;
  faults: Fault[];
  seen: { method: string; url: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

/** A fault-injecting HTTP proxy in front of the live server: each request takes the next fault. */
async function startProxy(target: string): Promise<Proxy> {
  const upstream = new URL(target);
  const faults: Fault[] = [];
  const seen: Proxy['seen'] = [];
  const proxy: Server = createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    const fault = faults.shift() ?? 'forward';
    if (fault === 'reset') {
      req.socket.destroy();
      return;
    }
    if (fault === '429' || fault === '503') {
      req.resume();
      res.writeHead(Number(fault), {
        'content-type': 'application/problem+json',
        'retry-after': '1',
        'x-request-id': 'req_proxy',
      });
      res.end(
        JSON.stringify({ status: Number(fault), code: fault === '429' ? 'rate_limited' : 'unavailable' }),
      );
      return;
    }
    const forwarded = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        if (fault === 'forward-then-503') {
          answer.resume();
          answer.on('end', () => {
            res.writeHead(503, { 'content-type': 'text/plain' });
            res.end('lost on the way back');
          });
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        if (fault === 'cut-after-first-event') {
          answer.on('end', () => res.end());
          let text = '';
          answer.on('data', (chunk: Buffer) => {
            text += chunk.toString();
            const cut = /\ndata: .*\n\n/.test(text);
            if (cut) answer.pause();
            // Cut once the first event has reached the client, not before it is flushed.
            res.write(chunk, () => {
              if (cut) setTimeout(() => res.socket?.destroy(), 50);
            });
          });
          return;
        }
        answer.pipe(res);
      },
    );
    forwarded.on('error', () => res.socket?.destroy());
    req.pipe(forwarded);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    faults,
    seen,
    close: () =>
      new Promise((resolve) => {
        proxy.closeAllConnections();
        proxy.close(() => resolve());
      }),
  };
}

describe('retries', () => {
  let proxy: Proxy;
  beforeAll(async () => {
    proxy = await startProxy(server.url);
  });
  afterAll(async () => {
    await proxy?.close();
  });

  it('retries a 429 after its Retry-After, then a 503 and a reset connection, for a GET', async () => {
    const key = await newKey();
    const kw = client({ auth: { apiKey: key.secret } }, proxy.url);
    proxy.faults.push('429', '503', 'reset');
    proxy.seen.length = 0;
    const started = Date.now();
    const { data } = await kw.GET('/v1/whoami');
    expect(data?.credential.id).toBe(key.id);
    expect(proxy.seen).toHaveLength(4);
    // Retry-After: 1 on the 429 and on the 503, each waited in full.
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
  });

  it('retries a create with the Idempotency-Key it set, so the server creates it once', async () => {
    const key = await newKey();
    const kw = client({ auth: { apiKey: key.secret } }, proxy.url);
    proxy.faults.push('forward-then-503');
    proxy.seen.length = 0;
    const name = `idempotent ${Date.now()}`;
    const { data, response } = await kw.POST('/v1/api-keys', { body: { name, scopes: ['keys:read'] } });
    expect(response.status).toBe(201);
    expect(response.headers.get('idempotent-replayed')).toBe('true');
    const keys = proxy.seen.map((s) => s.headers['idempotency-key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    const listed = await api('GET', '/v1/api-keys?limit=200', { token: owner.access_token });
    expect((listed.body.data as { name: string }[]).filter((k) => k.name === name)).toHaveLength(1);
    expect(data?.name).toBe(name);
  });

  it('does not retry a POST without an Idempotency-Key', async () => {
    const key = await newKey();
    const kw = client({ auth: { apiKey: key.secret } }, proxy.url);
    proxy.faults.push('503');
    proxy.seen.length = 0;
    const error = await kw.POST('/v1/access-tokens', { body: {} }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503, requestId: 'req_proxy' });
    expect(proxy.seen).toHaveLength(1);
  });

  it("surfaces the live server's own 429 when its Retry-After is beyond the client's limit", async () => {
    const limited = await startTestServer({ ...ENV, KEYWAY_RATE_LIMIT: '3' });
    try {
      const session = await signup(apiFor(limited));
      const kw = client(
        { auth: { token: session.access_token }, retry: { maxRetryAfterSeconds: 0 } },
        limited.url,
      );
      const answers: unknown[] = [];
      for (let i = 0; i < 4; i += 1) answers.push(await kw.GET('/v1/whoami').catch((e: unknown) => e));
      const error = answers.at(-1) as KeywayApiError;
      expect(error).toBeInstanceOf(KeywayApiError);
      expect({ status: error.status, code: error.code }).toEqual({ status: 429, code: 'rate_limited' });
      expect(error.retryAfter).toBeGreaterThanOrEqual(1);
      expect(error.requestId).toMatch(/^req_/);
    } finally {
      await limited.close();
    }
  });
});

describe('audit event stream', () => {
  it('reads events and, after the connection drops, resumes with Last-Event-ID', async () => {
    const proxy = await startProxy(server.url);
    try {
      const key = await newKey(['audit:read', 'keys:write', 'keys:read']);
      const kw = client({ auth: { apiKey: key.secret } }, proxy.url);
      const since = new Date(Date.now() - 1_000).toISOString();
      const ids: string[] = [];
      for (const name of ['stream a', 'stream b']) {
        const { data } = await kw.POST('/v1/api-keys', { body: { name, scopes: ['keys:read'] } });
        ids.push(data?.id ?? '');
      }
      // The stream opens at the first next(), and replays the events since `since`.
      proxy.faults.push('cut-after-first-event');
      proxy.seen.length = 0;
      const events = kw.streams.streamAuditEvents(
        { query: { action: 'api_key.created', actor_id: key.id, since } },
        { retryMs: 50, maxReconnects: 5 },
      );
      const got: { id: string | null; target: string }[] = [];
      for await (const event of events) {
        expect(event.event).toBe('api_key.created');
        got.push({ id: event.id, target: JSON.parse(event.data).target.id });
        if (got.length === 2) break;
      }
      expect(got.map((g) => g.target)).toEqual(ids);
      const streams = proxy.seen.filter((s) => s.url.startsWith('/v1/audit-events/stream'));
      expect(streams).toHaveLength(2);
      expect(streams[0]?.headers['last-event-id']).toBeUndefined();
      expect(streams[1]?.headers['last-event-id']).toBe(got[0]?.id);
    } finally {
      await proxy.close();
    }
  });
});
