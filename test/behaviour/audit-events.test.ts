// GET /v1/audit-events (spec/paths/audit.yaml#/audit-events): every security-relevant action
// appears once, after it happened, with the actor the spec describes (a person through a
// session; otherwise the credential itself, with its display prefix; `system`; `anonymous`),
// its target and non-secret data; the filters (action, actor_id, target_id, since inclusive,
// until exclusive) and the standard pagination; one org never sees another's events; and it
// needs audit:read.
import { describe, expect, it } from 'vitest';
import { type Api, PASSWORD, signup, uniqueEmail } from '../support/api.ts';
import { BACKENDS } from '../support/backends.ts';
import { createAgent, createAgentKey, createAppToken, postForm, useServerDatabase } from './agent-flows.ts';
import {
  basicAuthorization,
  createApiKey,
  createServiceAccount,
  expectInsufficientScope,
  expectProblem,
  joinAs,
  login,
  must,
  SERVER_ENV,
  type Session,
  TIMESTAMP,
  useServer,
} from './flows.ts';

const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

interface AuditEvent {
  id: string;
  action: string;
  actor: { kind: string; id: string | null; credential_prefix: string | null };
  org_id: string;
  target: { kind: string; id: string } | null;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  created_at: string;
  data: Record<string, unknown>;
}

/** Every page of the caller's audit events for `query`, newest first. */
async function allEvents(api: Api, token: string, query: Record<string, string> = {}): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams({ ...query, limit: '100', ...(cursor === null ? {} : { cursor }) });
    const response = await api('GET', `/v1/audit-events?${params}`, { token });
    must(response, 200, `list audit events ${params}`);
    events.push(...response.body.data);
    cursor = response.body.next_cursor;
  } while (cursor !== null);
  return events;
}

describe.each(BACKENDS.map((make) => make()))('the audit log on $name', (backend) => {
  const used = useServer(backend, { ...SERVER_ENV, KEYWAY_LOGIN_RATE_LIMIT: '3' });
  const { api } = used;
  /** Everything secret seen in these tests: none may appear in any org's log. */
  const secrets: string[] = [PASSWORD];
  const orgsSeen: Session[] = [];
  const db = useServerDatabase(used);

  async function newOrg(): Promise<Session> {
    const session = await signup(api);
    secrets.push(session.access_token, session.refresh_token);
    orgsSeen.push(session);
    return session;
  }

  /** The one event of `action` on `targetId` in the caller's org (asserts there is exactly one). */
  async function onlyEvent(token: string, action: string, targetId?: string): Promise<AuditEvent> {
    const query: Record<string, string> = { action };
    if (targetId !== undefined) query.target_id = targetId;
    const events = await allEvents(api, token, query);
    expect(events, `${action} on ${targetId}`).toHaveLength(1);
    return events[0] as AuditEvent;
  }

  it('shows an event in the spec shape: actor, org, target, request data, time', async () => {
    const owner = await newOrg();
    const key = await createApiKey(api, owner.access_token, ['keys:read'], { name: 'shaped' });
    secrets.push(key.secret);
    const response = await api('GET', `/v1/audit-events?target_id=${key.id}`, {
      token: owner.access_token,
      headers: { 'user-agent': 'audit-test/1.0' },
    });
    expect(response.status, response.text).toBe(200);
    expect(response.body.next_cursor).toBeNull();
    const [event] = response.body.data as AuditEvent[];
    expect(event).toEqual({
      id: expect.stringMatching(/^evt_[0-9A-Z]{26}$/),
      action: 'api_key.created',
      actor: { kind: 'user', id: owner.user.id, credential_prefix: null },
      org_id: owner.org.id,
      target: { kind: 'api_key', id: key.id },
      ip: expect.stringMatching(/127\.0\.0\.1|::1/),
      user_agent: expect.any(String),
      request_id: expect.stringMatching(/\S/),
      created_at: expect.stringMatching(TIMESTAMP),
      data: { prefix: key.prefix },
    });
    // The API's RFC 3339 form: seconds, no milliseconds.
    expect(event?.created_at).toMatch(/:\d{2}Z$/);
  });

  it('records API key changes once each, by whoever made them (a key acts as itself)', async () => {
    const owner = await newOrg();
    const token = owner.access_token;
    const key = await createApiKey(api, token, ['keys:read', 'keys:write', 'tokens:write'], { name: 'k' });
    secrets.push(key.secret);
    must(await api('PATCH', `/v1/api-keys/${key.id}`, { token, body: { name: 'renamed' } }), 200, 'rename');
    const rotated = must(await api('POST', `/v1/api-keys/${key.id}/rotate`, { token }), 200, 'rotate').body;
    secrets.push(rotated.secret);
    // A key made with the rotated key: the actor is the key, with its (new) prefix.
    const child = await createApiKey(api, { apiKey: rotated.secret }, ['keys:read'], { name: 'child' });
    secrets.push(child.secret);
    must(await api('DELETE', `/v1/api-keys/${key.id}`, { token }), 200, 'revoke');
    // Revoking again changes nothing and records nothing.
    must(await api('DELETE', `/v1/api-keys/${key.id}`, { token }), 200, 'revoke again');

    const person = { kind: 'user', id: owner.user.id, credential_prefix: null };
    expect(await onlyEvent(token, 'api_key.created', key.id)).toMatchObject({
      actor: person,
      data: { prefix: key.prefix },
    });
    expect(await onlyEvent(token, 'api_key.updated', key.id)).toMatchObject({ actor: person });
    expect(await onlyEvent(token, 'api_key.rotated', key.id)).toMatchObject({
      actor: person,
      data: { prefix: rotated.prefix },
    });
    expect(await onlyEvent(token, 'api_key.revoked', key.id)).toMatchObject({ actor: person });
    expect(await onlyEvent(token, 'api_key.created', child.id)).toMatchObject({
      actor: { kind: 'api_key', id: key.id, credential_prefix: rotated.prefix },
      target: { kind: 'api_key', id: child.id },
    });
  });

  it('records tokens minted and revoked, with the credential they came from as the actor', async () => {
    const owner = await newOrg();
    const token = owner.access_token;
    const key = await createApiKey(api, token, ['keys:read', 'tokens:read'], { name: 'minter' });
    secrets.push(key.secret);
    const minted = must(
      await api('POST', '/v1/access-tokens', { apiKey: key.secret, body: { scopes: ['keys:read'] } }),
      201,
      'exchange',
    ).body;
    secrets.push(minted.access_token);
    must(await api('DELETE', `/v1/access-tokens/${minted.token_id}`, { token }), 204, 'revoke the token');

    const keyActor = { kind: 'api_key', id: key.id, credential_prefix: key.prefix };
    const mintedEvent = await onlyEvent(token, 'access_token.minted', minted.token_id);
    expect(mintedEvent).toMatchObject({
      actor: keyActor,
      target: { kind: 'access_token', id: minted.token_id },
      data: { scopes: ['keys:read'], expires_at: minted.expires_at },
    });
    expect(await onlyEvent(token, 'access_token.revoked', minted.token_id)).toMatchObject({
      actor: { kind: 'user', id: owner.user.id },
    });

    // A key wide enough to act with its token: the token acts as the key.
    const wide = await createApiKey(api, token, ['keys:read', 'keys:write'], { name: 'wide' });
    secrets.push(wide.secret);
    const wideToken = must(
      await api('POST', '/v1/access-tokens', { apiKey: wide.secret, body: {} }),
      201,
      'mint',
    ).body.access_token;
    secrets.push(wideToken);
    const made = await createApiKey(api, wideToken, ['keys:read'], { name: 'made with a token' });
    secrets.push(made.secret);
    expect(await onlyEvent(token, 'api_key.created', made.id)).toMatchObject({
      actor: { kind: 'api_key', id: wide.id, credential_prefix: wide.prefix },
    });
  });

  it('records service account changes and client_credentials tokens (the account as actor)', async () => {
    const owner = await newOrg();
    const token = owner.access_token;
    const account = await createServiceAccount(api, token, ['keys:read'], 'audited');
    secrets.push(account.secret);
    must(
      await api('PATCH', `/v1/service-accounts/${account.id}`, { token, body: { name: 'renamed' } }),
      200,
      'rename',
    );
    const rotated = must(
      await api('POST', `/v1/service-accounts/${account.id}/secrets`, { token }),
      200,
      'rotate',
    ).body;
    secrets.push(rotated.secret);
    const minted = await postForm(
      used.server.url,
      '/oauth/token',
      { grant_type: 'client_credentials' },
      { authorization: basicAuthorization(account.id, rotated.secret) },
    );
    expect(minted.status, minted.text).toBe(200);
    secrets.push(minted.body.access_token);
    must(await api('DELETE', `/v1/service-accounts/${account.id}`, { token }), 204, 'delete');

    for (const action of ['service_account.created', 'service_account.updated', 'service_account.deleted']) {
      expect(await onlyEvent(token, action, account.id)).toMatchObject({
        actor: { kind: 'user', id: owner.user.id },
        target: { kind: 'service_account', id: account.id },
      });
    }
    expect(await onlyEvent(token, 'service_account.rotated', account.id)).toMatchObject({
      data: { prefix: rotated.secret_prefix },
    });
    const [mintedEvent] = await allEvents(api, token, { action: 'access_token.minted' });
    expect(mintedEvent).toMatchObject({
      actor: { kind: 'service_account', id: account.id, credential_prefix: rotated.secret_prefix },
    });
  });

  it('records logins (succeeded and failed), logout, refresh-token reuse and the login limit', async () => {
    const owner = await newOrg();
    // Read with a key: the sessions below are ended on purpose.
    const reader = await createApiKey(api, owner.access_token, ['audit:read'], { name: 'reader' });
    secrets.push(reader.secret);
    const read = (action: string, targetId?: string) => onlyEvent(reader.secret, action, targetId);

    const session = await login(api, owner.user.email);
    secrets.push(session.access_token, session.refresh_token);
    expect(await read('login.succeeded')).toMatchObject({
      actor: { kind: 'user', id: owner.user.id, credential_prefix: null },
      target: { kind: 'session' },
    });

    const wrong = await api('POST', '/v1/auth/login', {
      body: { email: owner.user.email, password: 'not it at all' },
    });
    expect(wrong.status).toBe(401);
    secrets.push('not it at all');
    expect(await read('login.failed')).toMatchObject({
      actor: { kind: 'anonymous', id: null, credential_prefix: null },
      target: null,
      data: { email: owner.user.email, reason: 'invalid_password' },
    });
    // An unknown email names no org: nothing in this one.
    await api('POST', '/v1/auth/login', {
      body: { email: uniqueEmail('nobody'), password: 'whatever it is' },
    });
    expect(await allEvents(api, reader.secret, { action: 'login.failed' })).toHaveLength(1);

    // KEYWAY_LOGIN_RATE_LIMIT=3 per account: the 4th attempt is refused, and recorded once.
    for (let i = 0; i < 4; i++) {
      await api('POST', '/v1/auth/login', { body: { email: owner.user.email, password: 'still not it' } });
    }
    expect(await read('rate_limit.exceeded')).toMatchObject({
      actor: { kind: 'anonymous', id: null },
      data: { limit: 'login_account', email: owner.user.email },
    });

    // Presenting a used refresh token again revokes the family: the server acts.
    const refreshed = must(
      await api('POST', '/v1/auth/refresh', { body: { refresh_token: owner.refresh_token } }),
      200,
      'refresh',
    ).body;
    secrets.push(refreshed.access_token, refreshed.refresh_token);
    const reused = await api('POST', '/v1/auth/refresh', { body: { refresh_token: owner.refresh_token } });
    expect(reused.status).toBe(401);
    expect(await read('refresh_token.reused')).toMatchObject({
      actor: { kind: 'system', id: null, credential_prefix: null },
      target: { kind: 'session' },
      data: { user_id: owner.user.id },
    });

    must(await api('POST', '/v1/auth/logout', { token: session.access_token }), 204, 'logout');
    expect(await read('session.revoked')).toMatchObject({
      actor: { kind: 'user', id: owner.user.id },
      target: { kind: 'session' },
    });
  });

  it('records invitations, role changes and removals', async () => {
    const owner = await newOrg();
    const token = owner.access_token;
    const joined = await joinAs(api, token, owner.org.id, 'member');
    secrets.push(joined.invitation.token, joined.session.access_token, joined.session.refresh_token);
    must(
      await api('PATCH', `/v1/members/${joined.userId}`, { token, body: { role: 'admin' } }),
      200,
      'promote',
    );
    const revokedInvite = await api('POST', '/v1/invitations', {
      token,
      body: { invitations: [{ email: uniqueEmail('later'), role: 'viewer' }] },
    });
    const invitationId = revokedInvite.body.results[0].invitation.id;
    secrets.push(revokedInvite.body.results[0].token);
    must(await api('DELETE', `/v1/invitations/${invitationId}`, { token }), 204, 'revoke the invitation');
    must(await api('DELETE', `/v1/members/${joined.userId}`, { token }), 204, 'remove');

    const ownerActor = { kind: 'user', id: owner.user.id, credential_prefix: null };
    expect(await onlyEvent(token, 'invitation.sent', joined.invitation.id)).toMatchObject({
      actor: ownerActor,
      data: { role: 'member', email: joined.email },
    });
    expect(await onlyEvent(token, 'invitation.accepted', joined.invitation.id)).toMatchObject({
      actor: { kind: 'user', id: joined.userId },
    });
    expect(await onlyEvent(token, 'invitation.revoked', invitationId)).toMatchObject({ actor: ownerActor });
    expect(await onlyEvent(token, 'member.role_changed', joined.userId)).toMatchObject({
      actor: ownerActor,
      target: { kind: 'user', id: joined.userId },
      data: { from: 'member', to: 'admin' },
    });
    expect(await onlyEvent(token, 'member.removed', joined.userId)).toMatchObject({ actor: ownerActor });
  });

  it('records org changes and device-flow answers and logins', async () => {
    const owner = await newOrg();
    const token = owner.access_token;
    expect(await onlyEvent(token, 'org.created', owner.org.id)).toMatchObject({
      actor: { kind: 'user', id: owner.user.id },
    });
    must(
      await api('PATCH', `/v1/orgs/${owner.org.id}`, { token, body: { name: 'Renamed' } }),
      200,
      'rename the org',
    );
    expect(await onlyEvent(token, 'org.updated', owner.org.id)).toMatchObject({
      actor: { kind: 'user', id: owner.user.id },
    });

    const decisions = { approve: 'device.approved', deny: 'device.denied' } as const;
    for (const [decision, action] of Object.entries(decisions)) {
      const started = await postForm(used.server.url, '/oauth/device_authorization', {
        client_id: 'keyway-cli',
        scope: 'org:read',
      });
      expect(started.status, started.text).toBe(200);
      secrets.push(started.body.device_code, started.body.user_code, started.body.user_code.replace('-', ''));
      must(
        await api('POST', '/v1/device/verify', {
          token,
          body: { user_code: started.body.user_code, action: decision },
        }),
        200,
        decision,
      );
      const [event] = await allEvents(api, token, { action });
      expect(event).toMatchObject({
        actor: { kind: 'user', id: owner.user.id },
        target: { kind: 'device_authorization' },
        data: { client_id: 'keyway-cli', scopes: decision === 'approve' ? ['org:read'] : [] },
      });
      if (decision === 'approve') {
        const polled = await postForm(used.server.url, '/oauth/token', {
          grant_type: DEVICE_CODE_GRANT,
          device_code: started.body.device_code,
          client_id: 'keyway-cli',
        });
        expect(polled.status, polled.text).toBe(200);
        secrets.push(polled.body.access_token, polled.body.refresh_token);
        const logins = await allEvents(api, token, { action: 'login.succeeded' });
        expect(logins.filter((e) => e.data.via === 'device_code')).toMatchObject([
          { actor: { kind: 'user', id: owner.user.id }, data: { client_id: 'keyway-cli' } },
        ]);
      }
    }
  });

  it('filters by action, actor_id and target_id, and pages newest first', async () => {
    const owner = await newOrg();
    const token = owner.access_token;
    const keys = [];
    for (let i = 0; i < 5; i++) {
      const key = await createApiKey(api, token, ['keys:read', 'keys:write'], { name: `page ${i}` });
      secrets.push(key.secret);
      keys.push(key);
    }
    const byKey = await createApiKey(api, { apiKey: keys[0]?.secret ?? '' }, ['keys:read'], {
      name: 'by key',
    });
    secrets.push(byKey.secret);

    // Pages of 2: newest first, each event once, the last page's cursor null.
    const pages: AuditEvent[][] = [];
    let cursor: string | null = null;
    do {
      const response = await api(
        'GET',
        `/v1/audit-events?action=api_key.created&limit=2${cursor === null ? '' : `&cursor=${cursor}`}`,
        { token },
      );
      must(response, 200, 'a page');
      pages.push(response.body.data);
      cursor = response.body.next_cursor;
    } while (cursor !== null);
    expect(pages.map((page) => page.length)).toEqual([2, 2, 2]);
    const created = pages.flat().map((e) => e.target?.id);
    expect(created).toEqual([byKey.id, ...keys.map((k) => k.id).reverse()]);

    const everything = await allEvents(api, token);
    const ids = everything.map((e) => e.id);
    expect([...ids].sort().reverse()).toEqual(ids);
    expect(everything.map((e) => e.action)).toContain('org.created');

    expect((await allEvents(api, token, { actor_id: keys[0]?.id ?? '' })).map((e) => e.target?.id)).toEqual([
      byKey.id,
    ]);
    expect((await allEvents(api, token, { target_id: keys[2]?.id ?? '' })).map((e) => e.action)).toEqual([
      'api_key.created',
    ]);
    expect(await allEvents(api, token, { action: 'api_key.revoked' })).toEqual([]);

    const bad = await api('GET', '/v1/audit-events?cursor=not-a-cursor', { token });
    expectProblem(bad, { status: 400, code: 'invalid_request', instance: '/v1/audit-events' });
    const badAction = await api('GET', '/v1/audit-events?action=key.stolen', { token });
    expectProblem(badAction, { status: 400, code: 'invalid_request', instance: '/v1/audit-events' });
    const badTime = await api('GET', '/v1/audit-events?since=yesterday', { token });
    expectProblem(badTime, { status: 400, code: 'invalid_request', instance: '/v1/audit-events' });
  });

  it('filters by time: since inclusive, until exclusive, in any RFC 3339 offset', async () => {
    const owner = await newOrg();
    const token = owner.access_token;
    for (const name of ['t0', 't1', 't2']) {
      const key = await createApiKey(api, token, ['keys:read'], { name });
      secrets.push(key.secret);
    }
    // Exact stored times (milliseconds) of the three events, oldest first.
    const stored = await db()
      .selectFrom('audit_events')
      .select(['id', 'created_at'])
      .where('org_id', '=', owner.org.id)
      .where('action', '=', 'api_key.created')
      .orderBy('id')
      .execute();
    const [t0, t1, t2] = stored.map((row) => row.created_at);
    const ids = (list: AuditEvent[]) => list.map((e) => e.id);
    const query = (q: Record<string, string>) => allEvents(api, token, { action: 'api_key.created', ...q });

    expect(ids(await query({ since: t1 ?? '' }))).toEqual([stored[2]?.id, stored[1]?.id]);
    expect(ids(await query({ until: t1 ?? '' }))).toEqual([stored[0]?.id]);
    expect(ids(await query({ since: t1 ?? '', until: t2 ?? '' }))).toEqual([stored[1]?.id]);
    expect(ids(await query({ since: t0 ?? '', until: t0 ?? '' }))).toEqual([]);
    // The same instant written with an offset: 2026-11-25T10:30:00+01:00 is 09:30:00Z.
    const shifted = new Date(Date.parse(t1 ?? '') + 3_600_000).toISOString().replace('Z', '+01:00');
    expect(ids(await query({ since: shifted }))).toEqual([stored[2]?.id, stored[1]?.id]);
  });

  it("never shows another org's events", async () => {
    const one = await newOrg();
    const two = await newOrg();
    const theirs = await createApiKey(api, two.access_token, ['keys:read'], { name: 'theirs' });
    secrets.push(theirs.secret);
    const mine = await allEvents(api, one.access_token);
    expect(mine.length).toBeGreaterThan(0);
    for (const event of mine) expect(event.org_id).toBe(one.org.id);
    expect(await allEvents(api, one.access_token, { target_id: theirs.id })).toEqual([]);
    expect(await allEvents(api, one.access_token, { actor_id: two.user.id })).toEqual([]);
  });

  it('needs audit:read (403 insufficient_scope) and a credential (401)', async () => {
    const owner = await newOrg();
    const narrow = await createApiKey(api, owner.access_token, ['keys:read']);
    secrets.push(narrow.secret);
    expectInsufficientScope(
      await api('GET', '/v1/audit-events', { apiKey: narrow.secret }),
      '/v1/audit-events',
      'audit:read',
    );
    expectProblem(await api('GET', '/v1/audit-events'), {
      status: 401,
      code: 'unauthenticated',
      instance: '/v1/audit-events',
    });
    const reader = await createApiKey(api, owner.access_token, ['audit:read']);
    secrets.push(reader.secret);
    expect((await api('GET', '/v1/audit-events', { apiKey: reader.secret })).status).toBe(200);
  });

  it("an agent key lists only its own agent's events", async () => {
    const owner = await newOrg();
    const token = owner.access_token;
    const agent = await createAgent(api, token);
    const other = await createAgent(api, token);
    const key = await createAgentKey(api, token, agent.id, ['audit:read']);
    const otherKey = await createAgentKey(api, token, other.id, ['audit:read']);
    secrets.push(key.secret, otherKey.secret);
    const listed = await api('GET', '/v1/audit-events', { apiKey: key.secret });
    expect(listed.status, listed.text).toBe(200);
    expect((listed.body.data as AuditEvent[]).map((e) => [e.action, e.target?.id])).toEqual([
      ['agent_key.created', key.id],
      ['agent.created', agent.id],
    ]);
    const everything = await allEvents(api, token);
    expect(everything.map((e) => e.target?.id)).toEqual(expect.arrayContaining([other.id, otherKey.id]));
  });

  it('records a key revoked by concurrent requests once, and answers each request as a revoke', async () => {
    const owner = await newOrg();
    const token = owner.access_token;
    const apiKey = await createApiKey(api, token, ['keys:read'], { name: 'raced' });
    const agent = await createAgent(api, token);
    const agentKey = await createAgentKey(api, token, agent.id, ['keys:read']);
    const appToken = await createAppToken(api, token, ['keys:read'], { name: 'raced' });
    secrets.push(apiKey.secret, agentKey.secret, appToken.secret);
    const revokeFiveTimes = (path: string) =>
      Promise.all(Array.from({ length: 5 }, () => api('DELETE', path, { token })));

    // spec/paths/api-keys.yaml: revoking an already revoked key returns it unchanged, so every
    // answer is the one revoked key, with the one revocation time that GET shows.
    const keyAnswers = await revokeFiveTimes(`/v1/api-keys/${apiKey.id}`);
    expect(keyAnswers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const stored = must(await api('GET', `/v1/api-keys/${apiKey.id}`, { token }), 200, 'get the key').body;
    expect(stored).toMatchObject({
      id: apiKey.id,
      status: 'revoked',
      revoked_at: expect.stringMatching(TIMESTAMP),
    });
    for (const answer of keyAnswers) expect(answer.body).toEqual(stored);
    // spec/paths/agents.yaml and app-tokens.yaml: revoking again also answers 204.
    const agentKeyAnswers = await revokeFiveTimes(`/v1/agents/${agent.id}/keys/${agentKey.id}`);
    expect(agentKeyAnswers.map((r) => r.status)).toEqual([204, 204, 204, 204, 204]);
    const appTokenAnswers = await revokeFiveTimes(`/v1/app-tokens/${appToken.id}`);
    expect(appTokenAnswers.map((r) => r.status)).toEqual([204, 204, 204, 204, 204]);

    expect(await onlyEvent(token, 'api_key.revoked', apiKey.id)).toMatchObject({
      data: { prefix: apiKey.prefix },
    });
    expect(await onlyEvent(token, 'agent_key.revoked', agentKey.id)).toMatchObject({
      data: { prefix: agentKey.prefix },
    });
    expect(await onlyEvent(token, 'app_token.revoked', appToken.id)).toMatchObject({
      data: { prefix: appToken.prefix },
    });
  });

  it('keeps every secret out of every org’s log (run last)', async () => {
    const rows = await db().selectFrom('audit_events').selectAll().execute();
    const dump = JSON.stringify(rows);
    expect(rows.length).toBeGreaterThan(20);
    for (const secret of secrets) expect(dump).not.toContain(secret);
    expect(orgsSeen.length).toBeGreaterThan(5);
  });
});

describe.each(BACKENDS.map((make) => make()))('rate limit hits in the audit log on $name', (backend) => {
  const { api } = useServer(backend, { ...SERVER_ENV, KEYWAY_RATE_LIMIT: '3' });

  it('records the first refused request of a window once, with the credential as actor', async () => {
    const owner = await signup(api);
    const key = await createApiKey(api, owner.access_token, ['audit:read']);
    const reader = await createApiKey(api, owner.access_token, ['audit:read']);
    for (let i = 0; i < 6; i++) await api('GET', '/v1/whoami', { apiKey: key.secret });
    const listed = await api('GET', '/v1/audit-events?action=rate_limit.exceeded', { apiKey: reader.secret });
    expect(listed.status, listed.text).toBe(200);
    expect(listed.body.data).toMatchObject([
      {
        actor: { kind: 'api_key', id: key.id, credential_prefix: key.prefix },
        org_id: owner.org.id,
        target: null,
        data: { limit: 'credential' },
      },
    ]);
  });
});
