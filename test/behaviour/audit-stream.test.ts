// GET /v1/audit-events/stream (spec/paths/audit.yaml#/stream): Server-Sent Events of the
// caller's org's audit events, in id order; `id:`, `event:` and one `data:` line per event;
// `: heartbeat` comments; resumption with Last-Event-ID (nothing lost, nothing twice); `since`
// replay; the list's filters; `until`; the credential checked while the stream is open; and an
// agent key sees only its agent's events. Short intervals through KEYWAY_AUDIT_STREAM_*. (Events
// and resumption across two server processes are in multi-node.test.ts.)
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idFloorAt, newId } from '../../server/ids.ts';
import { startTestServer } from '../server/test-server.ts';
import { apiFor, signup } from '../support/api.ts';
import { BACKENDS } from '../support/backends.ts';
import { latch } from '../support/latch.ts';
import { openSse, type SseConnection, type SseEvent } from '../support/sse.ts';
import { createAgent, createAgentKey, useServerDatabase } from './agent-flows.ts';
import { createApiKey, expectProblem, must, SERVER_ENV, type Session, useServer } from './flows.ts';

const STREAM_ENV = {
  ...SERVER_ENV,
  KEYWAY_AUDIT_STREAM_HEARTBEAT_MS: '250',
  KEYWAY_AUDIT_STREAM_POLL_MS: '50',
  KEYWAY_AUDIT_STREAM_SETTLE_MS: '200',
};
/** Longer than an event takes to reach a stream (settle + a few polls): silence after it means none is coming. */
const QUIET_MS = 800;

const parse = (event: SseEvent) => JSON.parse(event.data);

describe.each(BACKENDS.map((make) => make()))('the audit event stream on $name', (backend) => {
  const used = useServer(backend, STREAM_ENV);
  const { api } = used;
  const db = useServerDatabase(used);
  const open: SseConnection[] = [];
  let owner: Session;

  /** Opens a stream as `credential` (Bearer) with `query` and extra headers; closed after the file. */
  async function stream(credential: string, query = '', headers: Record<string, string> = {}) {
    const connection = await openSse(`${used.server.url}/v1/audit-events/stream${query}`, {
      authorization: `Bearer ${credential}`,
      ...headers,
    });
    open.push(connection);
    return connection;
  }

  beforeAll(async () => {
    owner = await signup(api);
  });

  afterAll(() => {
    for (const connection of open) connection.close();
  });

  it('delivers a new event with id, event and one data line holding the AuditEvent', async () => {
    const sse = await stream(owner.access_token, '?action=api_key.created');
    expect(sse.status).toBe(200);
    expect(sse.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(sse.headers.get('cache-control')).toBe('no-store');
    expect(sse.headers.get('x-request-id')).toMatch(/\S/);
    expect(sse.headers.get('ratelimit-limit')).toMatch(/^\d+$/);
    // The stream opens with a heartbeat, so the client knows it is live.
    await sse.waitForComments(1);
    expect(sse.comments[0]).toBe('heartbeat');

    const key = await createApiKey(api, owner.access_token, ['keys:read'], { name: 'streamed' });
    const [event] = await sse.waitForEvents(1);
    expect(event?.id).toMatch(/^evt_[0-9A-Z]{26}$/);
    expect(event?.event).toBe('api_key.created');
    const body = parse(event as SseEvent);
    expect(body).toMatchObject({
      id: event?.id,
      action: 'api_key.created',
      actor: { kind: 'user', id: owner.user.id, credential_prefix: null },
      org_id: owner.org.id,
      target: { kind: 'api_key', id: key.id },
      data: { prefix: key.prefix },
    });
    // The same event as the list shows it.
    const listed = await api('GET', `/v1/audit-events?target_id=${key.id}`, { token: owner.access_token });
    expect(listed.body.data).toEqual([body]);
    expect(event?.data).not.toContain(key.secret);
  });

  it('sends `: heartbeat` comments at the configured interval', async () => {
    const sse = await stream(owner.access_token);
    const comments = await sse.waitForComments(4, 5000);
    expect(comments).toEqual(['heartbeat', 'heartbeat', 'heartbeat', 'heartbeat']);
  });

  it('resumes after Last-Event-ID with nothing lost and nothing twice, in id order', async () => {
    const first = await stream(owner.access_token, '?action=api_key.created');
    const keys = [];
    for (const name of ['r1', 'r2', 'r3'])
      keys.push(await createApiKey(api, owner.access_token, ['keys:read'], { name }));
    const seen = await first.waitForEvents(3);
    first.close();
    // Written while no stream is open.
    for (const name of ['r4', 'r5'])
      keys.push(await createApiKey(api, owner.access_token, ['keys:read'], { name }));

    const resumed = await stream(owner.access_token, '?action=api_key.created', {
      'last-event-id': seen[0]?.id ?? '',
    });
    const replayed = await resumed.waitForEvents(4);
    await sleep(QUIET_MS);
    expect(resumed.events).toHaveLength(4);
    expect(replayed.map((e) => parse(e).target.id)).toEqual(keys.slice(1).map((k) => k.id));
    expect(replayed.slice(0, 2).map((e) => e.id)).toEqual(seen.slice(1).map((e) => e.id));
    const ids = replayed.map((e) => e.id ?? '');
    expect([...ids].sort()).toEqual(ids);
  });

  it('replays from `since`, then continues live', async () => {
    const person = await signup(api);
    const since = new Date(Date.now() - 60_000).toISOString();
    const before = await createApiKey(api, person.access_token, ['keys:read'], { name: 'before' });
    const sse = await stream(
      person.access_token,
      `?since=${encodeURIComponent(since)}&action=api_key.created`,
    );
    const [replayed] = await sse.waitForEvents(1);
    expect(parse(replayed as SseEvent).target.id).toBe(before.id);
    const after = await createApiKey(api, person.access_token, ['keys:read'], { name: 'after' });
    const events = await sse.waitForEvents(2);
    expect(parse(events[1] as SseEvent).target.id).toBe(after.id);
  });

  it('without since or Last-Event-ID starts with events after the connection opens', async () => {
    const person = await signup(api);
    await createApiKey(api, person.access_token, ['keys:read'], { name: 'earlier' });
    const sse = await stream(person.access_token, '?action=api_key.created');
    await sse.waitForComments(1);
    const later = await createApiKey(api, person.access_token, ['keys:read'], { name: 'later' });
    await sse.waitForEvents(1);
    await sleep(QUIET_MS);
    expect(sse.events.map((e) => parse(e).target.id)).toEqual([later.id]);
  });

  it('applies the filters: action, actor_id, target_id', async () => {
    const person = await signup(api);
    const token = person.access_token;
    const watched = await createApiKey(api, token, ['keys:read', 'keys:write'], { name: 'watched' });
    const byTarget = await stream(token, `?target_id=${watched.id}`);
    const byActor = await stream(token, `?actor_id=${watched.id}`);
    const byAction = await stream(token, '?action=api_key.revoked');
    await Promise.all([byTarget, byActor, byAction].map((s) => s.waitForComments(1)));

    // Done by the watched key itself: its actor is the key.
    const child = await createApiKey(api, { apiKey: watched.secret }, ['keys:read'], { name: 'child' });
    must(await api('DELETE', `/v1/api-keys/${child.id}`, { token }), 200, 'revoke the child key');
    must(await api('DELETE', `/v1/api-keys/${watched.id}`, { token }), 200, 'revoke the watched key');

    const [targeted] = await byTarget.waitForEvents(1);
    expect(parse(targeted as SseEvent)).toMatchObject({
      action: 'api_key.revoked',
      target: { id: watched.id },
    });
    const [acted] = await byActor.waitForEvents(1);
    expect(parse(acted as SseEvent)).toMatchObject({
      action: 'api_key.created',
      actor: { kind: 'api_key', id: watched.id, credential_prefix: watched.prefix },
      target: { id: child.id },
    });
    const revoked = await byAction.waitForEvents(2);
    expect(revoked.map((e) => parse(e).target.id)).toEqual([child.id, watched.id]);
    await sleep(QUIET_MS);
    expect([byTarget.events.length, byActor.events.length, byAction.events.length]).toEqual([1, 1, 2]);
  });

  it('closes by itself once `until` has passed, after the events before it', async () => {
    const person = await signup(api);
    const until = new Date(Date.now() + 1000).toISOString();
    const sse = await stream(
      person.access_token,
      `?action=api_key.created&until=${encodeURIComponent(until)}`,
    );
    const key = await createApiKey(api, person.access_token, ['keys:read']);
    await sse.ended;
    expect(sse.events.map((e) => parse(e).target.id)).toEqual([key.id]);
  });

  it("shows only the caller's org", async () => {
    const other = await signup(api);
    const sse = await stream(owner.access_token, '?action=api_key.created');
    await sse.waitForComments(1);
    await createApiKey(api, other.access_token, ['keys:read'], { name: 'elsewhere' });
    const mine = await createApiKey(api, owner.access_token, ['keys:read'], { name: 'here' });
    await sse.waitForEvents(1);
    await sleep(QUIET_MS);
    expect(sse.events.map((e) => parse(e))).toMatchObject([
      { org_id: owner.org.id, target: { id: mine.id } },
    ]);
  });

  it('needs audit:read, and a credential: 403 and 401 problems, not a stream', async () => {
    const narrow = await createApiKey(api, owner.access_token, ['keys:read']);
    const refused = await stream(narrow.secret);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(refused.text)).toMatchObject({ code: 'insufficient_scope', scopes: ['audit:read'] });

    const anonymous = await openSse(`${used.server.url}/v1/audit-events/stream`);
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.text)).toMatchObject({ code: 'unauthenticated' });
  });

  it('refuses a Last-Event-ID that is not an event id (400)', async () => {
    const response = await api('GET', '/v1/audit-events/stream', {
      token: owner.access_token,
      headers: { 'last-event-id': 'not-an-id' },
    });
    expectProblem(response, { status: 400, code: 'invalid_request', instance: '/v1/audit-events/stream' });
  });

  it('refuses a Last-Event-ID that names no event the caller can see, and a `since` in the future (400)', async () => {
    const person = await signup(api);
    const other = await signup(api);
    const mine = await createApiKey(api, person.access_token, ['keys:read'], { name: 'mine' });
    const theirs = await createApiKey(api, other.access_token, ['keys:read'], { name: 'theirs' });
    const eventOf = async (session: Session, targetId: string) => {
      const listed = await api('GET', `/v1/audit-events?target_id=${targetId}`, {
        token: session.access_token,
      });
      return must(listed, 200, 'list the event').body.data[0].id as string;
    };
    const theirEvent = await eventOf(other, theirs.id);
    const refusals: [string, Record<string, string>, string][] = [
      // Well formed, but after every event there is: the stream would stay silent until then.
      // (Not newId: its ids only move forward in this process, which the server shares.)
      ['an id of no event', { 'last-event-id': idFloorAt('evt', Date.now() + 3_600_000) }, ''],
      // Another org's event: the same answer, so that it does not tell which ids exist.
      ["another org's event", { 'last-event-id': theirEvent }, ''],
      [
        'a since a day ahead',
        {},
        `?since=${encodeURIComponent(new Date(Date.now() + 86_400_000).toISOString())}`,
      ],
    ];
    for (const [what, headers, query] of refusals) {
      const refused = await stream(person.access_token, query, headers);
      expect(refused.status, what).toBe(400);
      expect(refused.headers.get('content-type'), what).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(refused.text), what).toMatchObject({
        code: 'invalid_request',
        errors: [{ field: query === '' ? 'headers.last-event-id' : 'query.since' }],
      });
    }
    // The caller's own event is a place to resume from.
    const resumed = await stream(person.access_token, '', {
      'last-event-id': await eventOf(person, mine.id),
    });
    expect(resumed.status).toBe(200);
  });

  if (backend.name === 'postgres')
    it('delivers an event whose transaction commits long after its id was taken: once, in id order, also on resume', async () => {
      const person = await signup(api);
      const sse = await stream(person.access_token, '?action=api_key.created');
      await sse.waitForComments(1);
      const first = await createApiKey(api, person.access_token, ['keys:read'], { name: 'first' });
      const [firstEvent] = await sse.waitForEvents(1);
      // Another connection holds an event in an open transaction (a slow writer, another node)
      // for several settle intervals while later events are written.
      const slowId = newId('evt');
      const committed = latch();
      const held = latch();
      const slow = db()
        .transaction()
        .execute(async (trx) => {
          await trx
            .insertInto('audit_events')
            .values({
              id: slowId,
              org_id: person.org.id,
              action: 'api_key.created',
              actor_kind: 'system',
              actor_id: null,
              target_kind: 'api_key',
              target_id: 'key_slow',
              credential_prefix: null,
              ip: null,
              user_agent: null,
              request_id: null,
              data: null,
              created_at: new Date().toISOString(),
            })
            .execute();
          held.open();
          await committed.opened;
        });
      const later = [];
      try {
        await held.opened;
        for (const name of ['later 1', 'later 2'])
          later.push(await createApiKey(api, person.access_token, ['keys:read'], { name }));
        await sleep(QUIET_MS);
        // Nothing passes the uncommitted event: the stream is in id order.
        expect(sse.events.map((e) => parse(e).target.id)).toEqual([first.id]);
      } finally {
        committed.open();
        await slow;
      }

      const all = await sse.waitForEvents(4);
      await sleep(QUIET_MS);
      expect(sse.events).toHaveLength(4);
      expect(all.map((e) => parse(e).target.id)).toEqual([first.id, 'key_slow', ...later.map((k) => k.id)]);
      expect(all[1]?.id).toBe(slowId);
      const ids = all.map((e) => e.id ?? '');
      expect([...ids].sort()).toEqual(ids);

      const resumed = await stream(person.access_token, '?action=api_key.created', {
        'last-event-id': firstEvent?.id ?? '',
      });
      const replayed = await resumed.waitForEvents(3);
      await sleep(QUIET_MS);
      expect(resumed.events).toHaveLength(3);
      expect(replayed.map((e) => e.id)).toEqual(ids.slice(1));
    });

  it('ends when its credential is revoked', async () => {
    const key = await createApiKey(api, owner.access_token, ['audit:read'], { name: 'watcher' });
    const sse = await stream(key.secret);
    await sse.waitForComments(1);
    must(await api('DELETE', `/v1/api-keys/${key.id}`, { token: owner.access_token }), 200, 'revoke');
    await sse.ended;
    expect(sse.isEnded).toBe(true);
    // The client learns why when it reconnects.
    expect((await stream(key.secret)).status).toBe(403);
  });

  it("an agent key sees only its own agent's events", async () => {
    const person = await signup(api);
    const token = person.access_token;
    const agent = await createAgent(api, token);
    const otherAgent = await createAgent(api, token);
    const agentKey = await createAgentKey(api, token, agent.id, ['audit:read', 'keys:read']);
    const sse = await stream(agentKey.secret, '?since=2000-01-01T00:00:00Z');
    // Before the stream: the agent was created (target: the agent), then its key (target: one
    // of its keys); the other agent's creation is not shown.
    const history = await sse.waitForEvents(2);
    expect(history.map(parse)).toMatchObject([
      { action: 'agent.created', target: { kind: 'agent', id: agent.id } },
      { action: 'agent_key.created', target: { kind: 'agent_key', id: agentKey.id } },
    ]);

    // Live: another agent's key, the person's own key: not shown; the agent's second key: shown.
    await createAgentKey(api, token, otherAgent.id, ['keys:read']);
    await createApiKey(api, token, ['keys:read']);
    const second = await createAgentKey(api, token, agent.id, ['keys:read'], { label: 'second' });
    // Done by the agent key itself (actor: one of its keys): its token exchange.
    must(await api('POST', '/v1/access-tokens', { apiKey: agentKey.secret, body: {} }), 201, 'exchange');
    const events = await sse.waitForEvents(4);
    await sleep(QUIET_MS);
    expect(sse.events).toHaveLength(4);
    expect(parse(events[2] as SseEvent)).toMatchObject({ target: { id: second.id } });
    expect(parse(events[3] as SseEvent)).toMatchObject({
      action: 'access_token.minted',
      actor: { kind: 'agent_key', id: agentKey.id, credential_prefix: agentKey.prefix },
    });

    // The list shows the same.
    const listed = await api('GET', '/v1/audit-events', { apiKey: agentKey.secret });
    expect(listed.status, listed.text).toBe(200);
    expect(listed.body.data.map((e: { id: string }) => e.id)).toEqual(sse.events.map((e) => e.id).reverse());
  });
});

describe('closing a server with open streams', () => {
  it('ends the streams and does not wait for them', async () => {
    const running = await startTestServer(STREAM_ENV);
    const person = await signup(apiFor(running));
    const connections = await Promise.all(
      [1, 2].map(() =>
        openSse(`${running.url}/v1/audit-events/stream`, { authorization: `Bearer ${person.access_token}` }),
      ),
    );
    await Promise.all(connections.map((c) => c.waitForComments(1)));
    const started = Date.now();
    await running.close();
    expect(Date.now() - started).toBeLessThan(1000);
    await Promise.all(connections.map((c) => c.ended));
  });
});
