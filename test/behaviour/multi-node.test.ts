// Two server processes on one PostgreSQL database behave as one service: a credential revoked,
// narrowed, rotated or capped through node A is refused (or narrowed) by node B on the very next
// request, even right after node B has accepted it; an audit event written through node A
// reaches a stream opened on node B, and a stream resumes on node B after the last event it had
// from node A; and a rate limit counts the requests of both.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, type ApiResponse, apiFor, type CallOptions, signup } from '../support/api.ts';
import { postgresBackend } from '../support/backends.ts';
import { type ServerProcess, startServerProcess } from '../support/server-process.ts';
import { openSse, type SseConnection, type SseEvent } from '../support/sse.ts';
import { createAgent, createAgentKey, createAppToken, exchangeKey, postForm } from './agent-flows.ts';
import {
  asToken,
  createApiKey,
  expectInsufficientScope,
  expectInvalidTokenChallenge,
  expectProblem,
  joinAs,
  must,
  SERVER_ENV,
  type Session,
} from './flows.ts';

const RATE_LIMIT = 12;
/** How long a node may take to exit after SIGTERM once its streams are closed. */
const STOP_GRACE_MS = 10_000;
/** Longer than an event takes to reach a stream (settle + a few polls): silence after it means none is coming. */
const QUIET_MS = 800;

const parse = (event: SseEvent) => JSON.parse(event.data);

/** A credential made through node A, and how node A changes it. */
interface Arranged {
  /** The credential, as node B is asked with it. */
  credential: CallOptions;
  /** Changes it through node A. */
  change: () => Promise<void>;
}

describe('two nodes on one PostgreSQL', () => {
  const backend = postgresBackend();
  let nodeA: ServerProcess;
  let nodeB: ServerProcess;
  let apiA: Api;
  let apiB: Api;
  const open: SseConnection[] = [];

  beforeAll(async () => {
    const storage = await backend.fresh();
    // Nodes of one deployment share the issuer (tokens name it), as README's Configuration says.
    const env = {
      ...SERVER_ENV,
      DATABASE_URL: storage.databaseUrl ?? '',
      KEYWAY_ISSUER: 'http://keyway.test',
      KEYWAY_RATE_LIMIT: String(RATE_LIMIT),
      KEYWAY_AUDIT_STREAM_HEARTBEAT_MS: '1000',
      KEYWAY_AUDIT_STREAM_POLL_MS: '50',
      KEYWAY_AUDIT_STREAM_SETTLE_MS: '200',
    };
    // One after the other: the first runs the migrations and writes the server secret.
    nodeA = await startServerProcess(env);
    nodeB = await startServerProcess(env);
    apiA = apiFor(nodeA);
    apiB = apiFor(nodeB);
  });
  afterAll(async () => {
    for (const connection of open) connection.close();
    // A graceful stop has nothing left to wait for: a node still running this long after SIGTERM
    // is killed, and the file fails.
    const stopped = await Promise.allSettled([nodeA?.stop(STOP_GRACE_MS), nodeB?.stop(STOP_GRACE_MS)]);
    await backend.cleanup();
    const late = stopped.flatMap((result, i) =>
      result.status === 'rejected' ? [`node ${'AB'[i]}: ${result.reason}`] : [],
    );
    expect(late).toEqual([]);
  });

  /** Opens an audit stream on `node` as `apiKey` with `query` and extra headers; closed after the file. */
  async function stream(
    node: ServerProcess,
    apiKey: string,
    query: string,
    headers: Record<string, string> = {},
  ) {
    const connection = await openSse(`${node.url}/v1/audit-events/stream${query}`, {
      'x-api-key': apiKey,
      ...headers,
    });
    open.push(connection);
    expect(connection.status, connection.text).toBe(200);
    // The stream opens with a heartbeat: from then on it is live.
    await connection.waitForComments(1);
    return connection;
  }

  describe('a change through node A reaches node B on its very next request', () => {
    /** `path` and `body` through node A as `caller`, which must answer `status`. */
    const throughA = async (
      method: string,
      path: string,
      caller: CallOptions,
      status: number,
      body?: unknown,
    ) => {
      must(await apiA(method, path, { ...caller, body }), status, `${method} ${path} on node A`);
    };
    const revokedOnB = (response: ApiResponse, instance: string) => {
      expectProblem(response, { status: 403, code: 'credential_revoked', instance });
      expectInvalidTokenChallenge(response);
    };

    it.each<{
      name: string;
      /** A GET that node B answers 200 before the change. */
      probe: string;
      arrange: (owner: Session) => Promise<Arranged>;
      /** Node B's answer to the probe after the change. */
      want: (response: ApiResponse, instance: string) => void;
    }>([
      {
        name: 'an API key revoked',
        probe: '/v1/whoami',
        arrange: async (owner) => {
          const key = await createApiKey(apiA, owner.access_token, ['keys:read']);
          return {
            credential: { apiKey: key.secret },
            change: () => throughA('DELETE', `/v1/api-keys/${key.id}`, asToken(owner), 200),
          };
        },
        want: revokedOnB,
      },
      {
        name: 'an API key narrowed (PATCH without audit:read)',
        probe: '/v1/audit-events',
        arrange: async (owner) => {
          const key = await createApiKey(apiA, owner.access_token, ['keys:read', 'audit:read']);
          return {
            credential: { apiKey: key.secret },
            change: () =>
              throughA('PATCH', `/v1/api-keys/${key.id}`, asToken(owner), 200, { scopes: ['keys:read'] }),
          };
        },
        want: (response, instance) => expectInsufficientScope(response, instance, 'audit:read'),
      },
      {
        name: 'an API key rotated with grace_period_seconds 0 (its old secret)',
        probe: '/v1/whoami',
        arrange: async (owner) => {
          const key = await createApiKey(apiA, owner.access_token, ['keys:read']);
          return {
            credential: { apiKey: key.secret },
            change: () =>
              throughA('POST', `/v1/api-keys/${key.id}/rotate`, asToken(owner), 200, {
                grace_period_seconds: 0,
              }),
          };
        },
        want: (response, instance) => {
          expectProblem(response, { status: 401, code: 'invalid_credential', instance });
          expectInvalidTokenChallenge(response);
        },
      },
      {
        name: "an API key's creator demoted from admin to member (no audit:read)",
        probe: '/v1/audit-events',
        arrange: async (owner) => {
          const admin = await joinAs(apiA, owner.access_token, owner.org.id, 'admin');
          const key = await createApiKey(apiA, admin.session.access_token, ['keys:read', 'audit:read']);
          return {
            credential: { apiKey: key.secret },
            change: () =>
              throughA('PATCH', `/v1/members/${admin.userId}`, asToken(owner), 200, { role: 'member' }),
          };
        },
        want: (response, instance) => expectInsufficientScope(response, instance, 'audit:read'),
      },
      {
        name: 'an agent key revoked',
        probe: '/v1/whoami',
        arrange: async (owner) => {
          const agent = await createAgent(apiA, asToken(owner));
          const key = await createAgentKey(apiA, asToken(owner), agent.id, ['agents:read']);
          return {
            credential: { apiKey: key.secret },
            change: () => throughA('DELETE', `/v1/agents/${agent.id}/keys/${key.id}`, asToken(owner), 204),
          };
        },
        want: revokedOnB,
      },
      {
        name: 'an agent deleted (its key)',
        probe: '/v1/whoami',
        arrange: async (owner) => {
          const agent = await createAgent(apiA, asToken(owner));
          const key = await createAgentKey(apiA, asToken(owner), agent.id, ['agents:read']);
          return {
            credential: { apiKey: key.secret },
            change: () => throughA('DELETE', `/v1/agents/${agent.id}`, asToken(owner), 204),
          };
        },
        want: revokedOnB,
      },
      {
        name: 'an app token revoked',
        probe: '/v1/whoami',
        arrange: async (owner) => {
          const app = await createAppToken(apiA, asToken(owner), ['members:read']);
          return {
            credential: { apiKey: app.secret },
            change: () => throughA('DELETE', `/v1/app-tokens/${app.id}`, asToken(owner), 204),
          };
        },
        want: revokedOnB,
      },
      {
        name: 'a session signed in through node B, ended through node A',
        probe: '/v1/whoami',
        arrange: async () => {
          const person: Session = await signup(apiB);
          // Node B's tokens verify on node A.
          const seen = await apiA('GET', '/v1/whoami', asToken(person));
          expect(seen.status, seen.text).toBe(200);
          return {
            credential: asToken(person),
            change: () => throughA('POST', '/v1/auth/logout', asToken(person), 204, {}),
          };
        },
        want: revokedOnB,
      },
      {
        name: 'an exchanged access token revoked with RFC 7009 /oauth/revoke',
        probe: '/v1/whoami',
        arrange: async (owner) => {
          const key = await createApiKey(apiA, owner.access_token, ['keys:read']);
          const token: string = must(await exchangeKey(apiA, key.secret), 201, 'exchange on node A').body
            .access_token;
          return {
            credential: { token },
            change: async () => {
              const revoked = await postForm(nodeA.url, '/oauth/revoke', {
                token,
                token_type_hint: 'access_token',
              });
              expect(revoked.status, revoked.text).toBe(200);
              expect(revoked.body).toEqual({});
            },
          };
        },
        want: revokedOnB,
      },
    ])('$name', async ({ probe, arrange, want }) => {
      const owner: Session = await signup(apiA);
      const { credential, change } = await arrange(owner);
      // Node B accepts it first, so anything it keeps per credential now holds it.
      const before = await apiB('GET', probe, credential);
      expect(before.status, before.text).toBe(200);
      await change();
      want(await apiB('GET', probe, credential), probe);
    });
  });

  describe('the audit event stream', () => {
    it('an event written through node A arrives on a stream opened on node B, with its id', async () => {
      const person: Session = await signup(apiA);
      const reader = await createApiKey(apiA, person.access_token, ['audit:read'], { name: 'reader' });
      const onB = await stream(nodeB, reader.secret, '?action=api_key.created');
      const viaA = await createApiKey(apiA, person.access_token, ['keys:read'], { name: 'via A' });
      const [event] = await onB.waitForEvents(1);
      const listed = await apiA('GET', `/v1/audit-events?target_id=${viaA.id}`, asToken(person));
      expect(listed.status, listed.text).toBe(200);
      expect(listed.body.data).toHaveLength(1);
      expect(event?.id).toBe(listed.body.data[0].id);
      expect(event?.event).toBe('api_key.created');
      expect(parse(event as SseEvent)).toEqual(listed.body.data[0]);
      expect(parse(event as SseEvent)).toMatchObject({
        action: 'api_key.created',
        org_id: person.org.id,
        target: { kind: 'api_key', id: viaA.id },
      });
    });

    it("a stream on node B resumes after a Last-Event-ID from node A's stream: nothing lost, nothing twice, in id order", async () => {
      const person: Session = await signup(apiA);
      const reader = await createApiKey(apiA, person.access_token, ['audit:read'], { name: 'reader' });
      const create = (api: Api, name: string) =>
        createApiKey(api, person.access_token, ['keys:read'], { name });
      const fromA = await stream(nodeA, reader.secret, '?action=api_key.created');
      const seenKeys = [await create(apiA, 'r1'), await create(apiB, 'r2')];
      const seen = await fromA.waitForEvents(2);
      expect(seen.map((e) => parse(e).target.id).sort()).toEqual(seenKeys.map((k) => k.id).sort());
      fromA.close();
      const lastSeen = seen[0]?.id ?? '';
      // Written through both nodes while no stream is open.
      const laterKeys = [await create(apiA, 'r3'), await create(apiB, 'r4'), await create(apiA, 'r5')];

      const onB = await stream(nodeB, reader.secret, '?action=api_key.created', {
        'last-event-id': lastSeen,
      });
      const replayed = await onB.waitForEvents(4);
      await sleep(QUIET_MS);
      expect(onB.events).toHaveLength(4);
      // Exactly the org's api_key.created events after lastSeen, as the list has them, in id order.
      const listed = await apiA('GET', '/v1/audit-events?action=api_key.created&limit=100', asToken(person));
      expect(listed.status, listed.text).toBe(200);
      const after = (listed.body.data as { id: string }[]).filter((e) => e.id > lastSeen).reverse();
      expect(replayed.map((e) => e.id)).toEqual(after.map((e) => e.id));
      expect(replayed.map(parse)).toEqual(after);
      expect(replayed[0]?.id).toBe(seen[1]?.id);
      expect(replayed.map((e) => parse(e).target.id).sort()).toEqual(
        [seenKeys[1], ...laterKeys].map((k) => k?.id).sort(),
      );
      const ids = replayed.map((e) => e.id ?? '');
      expect([...ids].sort()).toEqual(ids);
    });
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
