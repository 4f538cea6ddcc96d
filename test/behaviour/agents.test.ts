// Agents and agent keys through a real server on each backend (spec/paths/agents.yaml): agent
// CRUD, names unique among live agents, pagination, org isolation; keys shown once, both ways of
// presenting them, whoami as the agent, revocation, expiry, role caps, narrowing by the
// creator's role, exchange for access tokens that die with their key or agent, deletion revoking
// every key, RFC 7662 introspection and RFC 7009 revocation, audit events and Idempotency-Key.
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CallOptions } from '../support/api.ts';
import { BACKENDS } from '../support/backends.ts';
import {
  ACCESS_TOKEN_TYPE,
  AGENT_KEY_SECRET,
  type Agent,
  type AgentKey,
  type AgentKeyWithSecret,
  auditEventsOf,
  createAgent,
  createAgentKey,
  exchangeKey,
  expectAuditedOnce,
  expectNoSecretAudited,
  introspect,
  postForm,
  TOKEN_EXCHANGE,
  useServerDatabase,
} from './agent-flows.ts';
import {
  asToken,
  collectPages,
  createApiKey,
  credentialCalls,
  DAY_MS,
  expectCreateAnswer,
  expectDefaultExpiry,
  expectInsufficientScope,
  expectProblem,
  expectSecretShown,
  JWT,
  joinAs,
  jwtPart,
  must,
  PRESENTATIONS,
  postTwice,
  type Session,
  TIMESTAMP,
  useServer,
  wellFormedSecret,
} from './flows.ts';

const UNKNOWN_AGENT = `agt_${'0'.repeat(26)}`;

describe.each(BACKENDS.map((make) => make()))('agents on $name', (backend) => {
  const running = useServer(backend);
  const { api } = running;
  const db = useServerDatabase(running);
  const { owner, whoami, expectRefused } = credentialCalls(api);
  const keysOf = (session: Session, agentId: string) =>
    api('GET', `/v1/agents/${agentId}/keys?limit=100`, asToken(session));

  describe('agents', () => {
    it('create answers 201 with the agent; get, list and the audit log show it', async () => {
      const session = await owner();
      const response = await api('POST', '/v1/agents', {
        ...asToken(session),
        body: { name: 'support-triage', description: 'Labels and routes tickets.' },
      });
      expect(response.status, response.text).toBe(201);
      const agent: Agent = response.body;
      expect(agent).toEqual({
        id: expect.stringMatching(/^agt_[0-9A-Za-z]+$/),
        name: 'support-triage',
        description: 'Labels and routes tickets.',
        created_by: session.user.id,
        created_at: expect.stringMatching(TIMESTAMP),
      });
      expect((await api('GET', `/v1/agents/${agent.id}`, asToken(session))).body).toEqual(agent);
      const list = await api('GET', '/v1/agents', asToken(session));
      expect(list.body).toEqual({ data: [agent], next_cursor: null });
      await expectAuditedOnce(db(), session.org.id, 'agent.created', {
        actor_kind: 'user',
        actor_id: session.user.id,
        target_kind: 'agent',
        target_id: agent.id,
      });
    });

    it('without a description, description is null', async () => {
      const agent = await createAgent(api, (await owner()).access_token);
      expect(agent.description).toBeNull();
    });

    it('PATCH renames, and a null description clears it', async () => {
      const session = await owner();
      const agent = await createAgent(api, asToken(session), { description: 'old' });
      const path = `/v1/agents/${agent.id}`;
      const response = await api('PATCH', path, {
        ...asToken(session),
        body: { name: 'renamed', description: null },
      });
      expect(response.status, response.text).toBe(200);
      expect(response.body).toEqual({ ...agent, name: 'renamed', description: null });
      expect((await api('GET', path, asToken(session))).body).toEqual(response.body);
    });

    it('PATCH with an empty body answers 400 invalid_request', async () => {
      const session = await owner();
      const agent = await createAgent(api, asToken(session));
      const path = `/v1/agents/${agent.id}`;
      expectProblem(await api('PATCH', path, { ...asToken(session), body: {} }), {
        status: 400,
        code: 'invalid_request',
        instance: path,
      });
    });

    it('a name taken by a live agent answers 409 conflict on create and rename; a deleted agent frees it', async () => {
      const session = await owner();
      const first = await createAgent(api, asToken(session), { name: 'deployer' });
      const second = await createAgent(api, asToken(session), { name: 'builder' });
      expectProblem(await api('POST', '/v1/agents', { ...asToken(session), body: { name: 'deployer' } }), {
        status: 409,
        code: 'conflict',
        instance: '/v1/agents',
      });
      const path = `/v1/agents/${second.id}`;
      expectProblem(await api('PATCH', path, { ...asToken(session), body: { name: 'deployer' } }), {
        status: 409,
        code: 'conflict',
        instance: path,
      });
      expect((await api('GET', path, asToken(session))).body.name).toBe('builder');
      // Another org may use the name.
      await createAgent(api, (await owner()).access_token, { name: 'deployer' });

      must(await api('DELETE', `/v1/agents/${first.id}`, asToken(session)), 204, 'delete');
      const again = await createAgent(api, asToken(session), { name: 'deployer' });
      expect(again.id).not.toBe(first.id);
    });

    it('DELETE answers 204; the agent is then 404 everywhere, and a second DELETE is 404', async () => {
      const session = await owner();
      const agent = await createAgent(api, asToken(session));
      const path = `/v1/agents/${agent.id}`;
      const deleted = await api('DELETE', path, asToken(session));
      expect(deleted.status, deleted.text).toBe(204);
      expect(deleted.text).toBe('');
      for (const [method, suffix, body] of [
        ['GET', '', undefined],
        ['PATCH', '', { name: 'back' }],
        ['DELETE', '', undefined],
        ['GET', '/keys', undefined],
        ['POST', '/keys', { label: 'x', scopes: ['agents:read'] }],
      ] as const) {
        const response = await api(method, `${path}${suffix}`, { ...asToken(session), body });
        expectProblem(response, { status: 404, code: 'not_found', instance: `${path}${suffix}` });
      }
      expect((await api('GET', '/v1/agents', asToken(session))).body.data).toEqual([]);
      await expectAuditedOnce(db(), session.org.id, 'agent.deleted', {
        target_kind: 'agent',
        target_id: agent.id,
      });
    });

    it("another org's agent and its keys answer 404 not_found, and stay untouched", async () => {
      const session = await owner();
      const agent = await createAgent(api, asToken(session));
      const key = await createAgentKey(api, asToken(session), agent.id, ['agents:read']);
      const stranger = await owner();
      const agentPath = `/v1/agents/${agent.id}`;
      const keyPath = `${agentPath}/keys/${key.id}`;
      for (const [method, path, body] of [
        ['GET', agentPath, undefined],
        ['PATCH', agentPath, { name: 'mine now' }],
        ['DELETE', agentPath, undefined],
        ['GET', `${agentPath}/keys`, undefined],
        ['POST', `${agentPath}/keys`, { label: 'x', scopes: ['agents:read'] }],
        ['DELETE', keyPath, undefined],
      ] as const) {
        const response = await api(method, path, { ...asToken(stranger), body });
        expectProblem(response, { status: 404, code: 'not_found', instance: path });
      }
      expect((await api('GET', '/v1/agents', asToken(stranger))).body.data).toEqual([]);
      expect((await api('GET', agentPath, asToken(session))).body.name).toBe(agent.name);
      expect((await whoami({ apiKey: key.secret })).status).toBe(200);
    });

    it('an unknown agent id answers 404 not_found', async () => {
      const session = await owner();
      const path = `/v1/agents/${UNKNOWN_AGENT}`;
      expectProblem(await api('GET', path, asToken(session)), {
        status: 404,
        code: 'not_found',
        instance: path,
      });
    });
  });

  describe('pagination', () => {
    let session: Session;
    /** Newest first. */
    let ids: string[];
    beforeAll(async () => {
      session = await owner();
      const created: string[] = [];
      for (let i = 0; i < 12; i++) created.push((await createAgent(api, asToken(session))).id);
      // A deleted agent is never listed.
      const deleted = await createAgent(api, asToken(session));
      must(await api('DELETE', `/v1/agents/${deleted.id}`, asToken(session)), 204, 'delete');
      ids = created.reverse();
    });

    it.each([
      { name: 'limit 5', limit: 5, pageSizes: [5, 5, 2] },
      { name: 'the default limit (50)', limit: undefined, pageSizes: [12] },
      { name: 'limit 12', limit: 12, pageSizes: [12] },
    ])('$name returns every agent exactly once, newest first', async ({ limit, pageSizes }) => {
      const { ids: seen, sizes } = await collectPages(api, '/v1/agents', asToken(session), limit);
      expect(seen).toEqual(ids);
      expect(sizes).toEqual(pageSizes);
    });

    it("an agent's keys are listed newest first across pages", async () => {
      const agent = await createAgent(api, asToken(session));
      const created: string[] = [];
      for (let i = 0; i < 5; i++) {
        created.push((await createAgentKey(api, asToken(session), agent.id, ['agents:read'])).id);
      }
      const first = await api('GET', `/v1/agents/${agent.id}/keys?limit=3`, asToken(session));
      expect(first.status, first.text).toBe(200);
      const cursor = encodeURIComponent(first.body.next_cursor);
      const second = await api(
        'GET',
        `/v1/agents/${agent.id}/keys?limit=3&cursor=${cursor}`,
        asToken(session),
      );
      expect(second.body.next_cursor).toBeNull();
      expect([...first.body.data, ...second.body.data].map((k: AgentKey) => k.id)).toEqual(created.reverse());
    });

    it('a garbled cursor answers 400 invalid_request', async () => {
      const response = await api('GET', '/v1/agents?cursor=not-a-cursor', asToken(session));
      expectProblem(response, { status: 400, code: 'invalid_request', instance: '/v1/agents' });
    });
  });

  describe('agent keys', () => {
    it('create answers 201 with the secret once: no-store, kwa_ with a valid checksum, prefix its first 12 characters', async () => {
      const session = await owner();
      const agent = await createAgent(api, asToken(session));
      const before = Date.now();
      const response = await api('POST', `/v1/agents/${agent.id}/keys`, {
        ...asToken(session),
        body: { label: 'production', scopes: ['agents:read', 'audit:read'] },
      });
      const key: AgentKeyWithSecret = expectSecretShown(response, AGENT_KEY_SECRET);
      expect(key).toEqual({
        id: expect.stringMatching(/^akey_[0-9A-Za-z]+$/),
        agent_id: agent.id,
        label: 'production',
        prefix: key.secret.slice(0, 12),
        scopes: ['agents:read', 'audit:read'],
        effective_scopes: ['agents:read', 'audit:read'],
        status: 'active',
        created_by: session.user.id,
        created_at: expect.stringMatching(TIMESTAMP),
        expires_at: expect.stringMatching(TIMESTAMP),
        last_used_at: null,
        revoked_at: null,
        secret: expect.stringMatching(AGENT_KEY_SECRET),
      });
      expectDefaultExpiry(key.expires_at, before);

      const created = await expectAuditedOnce(db(), session.org.id, 'agent_key.created', {
        target_kind: 'agent_key',
        target_id: key.id,
        actor_id: session.user.id,
      });
      expect(created).toEqual({ prefix: key.prefix });
      // No event carries the secret, nor its hidden part.
      await expectNoSecretAudited(db(), session.org.id, key.secret);
    });

    it('the list never returns a secret', async () => {
      const session = await owner();
      const agent = await createAgent(api, asToken(session));
      const key = await createAgentKey(api, asToken(session), agent.id, ['agents:read']);
      const response = await keysOf(session, agent.id);
      expect(response.status, response.text).toBe(200);
      const { secret: _secret, ...listed } = key;
      expect(response.body).toEqual({ data: [listed], next_cursor: null });
      expect(response.text).not.toContain(key.secret.slice(12));
    });

    it.each(PRESENTATIONS)(
      'the key authenticates as its agent sent as $name; whoami has no role',
      async ({ as }) => {
        const session = await owner();
        const agent = await createAgent(api, asToken(session), { name: 'triage-bot' });
        const key = await createAgentKey(api, asToken(session), agent.id, ['agents:read', 'audit:read']);
        const response = await whoami(as(key.secret));
        expect(response.status, response.text).toBe(200);
        expect(response.body).toEqual({
          principal: { kind: 'agent', id: agent.id, name: 'triage-bot' },
          org: { id: session.org.id, name: session.org.name },
          credential: { kind: 'agent_key', id: key.id, prefix: key.prefix },
          role: null,
          scopes: ['agents:read', 'audit:read'],
          expires_at: key.expires_at,
        });
        // It acts within its scopes: it can read agents, not create them.
        expect((await api('GET', `/v1/agents/${agent.id}`, as(key.secret))).status).toBe(200);
        expectInsufficientScope(
          await api('POST', '/v1/agents', { ...as(key.secret), body: { name: 'child' } }),
          '/v1/agents',
          'agents:write',
        );
        const listed = (await keysOf(session, agent.id)).body.data[0] as AgentKey;
        expect(listed.last_used_at).toMatch(TIMESTAMP);
      },
    );

    it('a kwa_ secret never issued answers 401 invalid_credential', async () => {
      const response = await whoami({ apiKey: wellFormedSecret('kwa_') });
      expectProblem(response, { status: 401, code: 'invalid_credential', instance: '/v1/whoami' });
    });

    it('revoke answers 204; the very next request is 403 credential_revoked; listed as revoked; again 204', async () => {
      const session = await owner();
      const agent = await createAgent(api, asToken(session));
      const key = await createAgentKey(api, asToken(session), agent.id, ['agents:read']);
      const other = await createAgentKey(api, asToken(session), agent.id, ['agents:read']);
      const path = `/v1/agents/${agent.id}/keys/${key.id}`;
      const response = await api('DELETE', path, asToken(session));
      expect(response.status, response.text).toBe(204);
      for (const { as } of PRESENTATIONS) await expectRefused(as(key.secret), 'credential_revoked');
      // The agent's other key is unaffected.
      expect((await whoami({ apiKey: other.secret })).status).toBe(200);
      const listed = (await keysOf(session, agent.id)).body.data.find((k: AgentKey) => k.id === key.id);
      expect(listed).toMatchObject({ status: 'revoked', revoked_at: expect.stringMatching(TIMESTAMP) });
      expect((await api('DELETE', path, asToken(session))).status).toBe(204);

      const revoked = await expectAuditedOnce(db(), session.org.id, 'agent_key.revoked', {
        target_kind: 'agent_key',
        target_id: key.id,
      });
      expect(revoked).toEqual({ prefix: key.prefix });
    });

    it("revoking a key through another agent's path answers 404 not_found and leaves it working", async () => {
      const session = await owner();
      const agent = await createAgent(api, asToken(session));
      const other = await createAgent(api, asToken(session));
      const key = await createAgentKey(api, asToken(session), agent.id, ['agents:read']);
      const path = `/v1/agents/${other.id}/keys/${key.id}`;
      expectProblem(await api('DELETE', path, asToken(session)), {
        status: 404,
        code: 'not_found',
        instance: path,
      });
      expect((await whoami({ apiKey: key.secret })).status).toBe(200);
    });

    it('a key past its expires_at answers 403 credential_expired and is listed as expired', async () => {
      const session = await owner();
      const agent = await createAgent(api, asToken(session));
      const expiresAt = Date.now() + 1_500;
      const key = await createAgentKey(api, asToken(session), agent.id, ['agents:read'], {
        expires_at: new Date(expiresAt).toISOString(),
      });
      expect((await whoami({ apiKey: key.secret })).status).toBe(200);
      await sleep(Math.max(0, expiresAt + 500 - Date.now()));
      await expectRefused({ apiKey: key.secret }, 'credential_expired');
      expect((await keysOf(session, agent.id)).body.data[0]).toMatchObject({ id: key.id, status: 'expired' });
      const exchanged = await exchangeKey(api, key.secret);
      expectProblem(exchanged, { status: 403, code: 'credential_expired', instance: '/v1/access-tokens' });
    });

    it.each([
      { name: 'in the past', offset: -60_000 },
      { name: 'beyond the maximum key lifetime (365 days)', offset: 400 * DAY_MS },
    ])('expires_at $name answers 400 invalid_request', async ({ offset }) => {
      const session = await owner();
      const agent = await createAgent(api, asToken(session));
      const path = `/v1/agents/${agent.id}/keys`;
      const response = await api('POST', path, {
        ...asToken(session),
        body: {
          label: 'x',
          scopes: ['agents:read'],
          expires_at: new Date(Date.now() + offset).toISOString(),
        },
      });
      expectProblem(response, { status: 400, code: 'invalid_request', instance: path });
    });
  });

  describe('scopes and role caps', () => {
    let session: Session;
    let admin: Session;
    let member: Session;
    let viewer: Session;
    let agent: Agent;
    beforeAll(async () => {
      session = await owner();
      admin = (await joinAs(api, session.access_token, session.org.id, 'admin')).session;
      member = (await joinAs(api, session.access_token, session.org.id, 'member')).session;
      viewer = (await joinAs(api, session.access_token, session.org.id, 'viewer')).session;
      agent = await createAgent(api, asToken(session));
    });

    const asOwner = (): CallOptions => asToken(session);
    const asAdmin = (): CallOptions => asToken(admin);
    const asMember = (): CallOptions => asToken(member);
    const asViewer = (): CallOptions => asToken(viewer);
    it.each([
      { who: 'the owner', caller: asOwner, scopes: ['org:write', 'audit:read'], want: '201' },
      { who: 'an admin', caller: asAdmin, scopes: ['agents:read', 'audit:read'], want: '201' },
      // org:write and audit:write belong to the owner role only.
      {
        who: 'an admin',
        caller: asAdmin,
        scopes: ['agents:read', 'org:write'],
        want: '403 role_cap_exceeded',
      },
      // The member and viewer roles lack agents:write itself, so the scope check refuses first.
      { who: 'a member', caller: asMember, scopes: ['agents:read'], want: '403 insufficient_scope' },
      { who: 'a viewer', caller: asViewer, scopes: ['agents:read'], want: '403 insufficient_scope' },
      { who: 'the owner', caller: asOwner, scopes: ['widgets:read'], want: '400 invalid_request' },
    ])('minting a key: $who asking for $scopes answers $want', async ({ caller, scopes, want }) => {
      const path = `/v1/agents/${agent.id}/keys`;
      const response = await api('POST', path, { ...caller(), body: { label: 'capped', scopes } });
      expectCreateAnswer(response, { want, scopes }, { instance: path, writeScope: 'agents:write' });
    });

    it.each([
      { who: 'a member', caller: asMember },
      { who: 'a viewer', caller: asViewer },
    ])(
      '$who reads agents (agents:read) but creating one answers 403 insufficient_scope',
      async ({ caller }) => {
        expect((await api('GET', '/v1/agents', caller())).status).toBe(200);
        expect((await api('GET', `/v1/agents/${agent.id}/keys`, caller())).status).toBe(200);
        expectInsufficientScope(
          await api('POST', '/v1/agents', { ...caller(), body: { name: 'nope' } }),
          '/v1/agents',
          'agents:write',
        );
      },
    );

    it('a key can only grant scopes the calling credential holds, not merely its role', async () => {
      const narrow = await createApiKey(api, session.access_token, ['agents:write']);
      const path = `/v1/agents/${agent.id}/keys`;
      const response = await api('POST', path, {
        apiKey: narrow.secret,
        body: { label: 'wider', scopes: ['audit:read'] },
      });
      expectProblem(response, { status: 403, code: 'role_cap_exceeded', instance: path });
      const within = await createAgentKey(api, { apiKey: narrow.secret }, agent.id, ['agents:write']);
      expect(within.created_by).toBe(session.user.id);
    });

    it("an admin cannot revoke the owner's agent key or delete an agent holding one (403 role_cap_exceeded); the owner can", async () => {
      const own = await createAgent(api, asToken(session));
      const key = await createAgentKey(api, asToken(session), own.id, ['agents:read']);
      const keyPath = `/v1/agents/${own.id}/keys/${key.id}`;
      expectProblem(await api('DELETE', keyPath, asAdmin()), {
        status: 403,
        code: 'role_cap_exceeded',
        instance: keyPath,
      });
      const adminsAgent = await createAgent(api, asAdmin());
      await createAgentKey(api, asToken(session), adminsAgent.id, ['agents:read']);
      const agentPath = `/v1/agents/${adminsAgent.id}`;
      expectProblem(await api('DELETE', agentPath, asAdmin()), {
        status: 403,
        code: 'role_cap_exceeded',
        instance: agentPath,
      });
      // Nothing changed.
      expect((await api('GET', agentPath, asAdmin())).status).toBe(200);
      expect((await whoami({ apiKey: key.secret })).status).toBe(200);
      expect((await api('DELETE', keyPath, asOwner())).status).toBe(204);
      expect((await api('DELETE', agentPath, asOwner())).status).toBe(204);
    });

    it("the creator's demotion narrows the key at once; their removal revokes it", async () => {
      const person = await joinAs(api, session.access_token, session.org.id, 'admin');
      const key = await createAgentKey(api, asToken(person.session), agent.id, ['agents:read', 'audit:read']);
      const token = must(await exchangeKey(api, key.secret), 201, 'exchange').body.access_token as string;
      must(
        await api('PATCH', `/v1/members/${person.userId}`, { ...asOwner(), body: { role: 'member' } }),
        200,
        'demote',
      );
      for (const credential of [{ apiKey: key.secret }, { token }]) {
        const response = await whoami(credential);
        expect(response.status, response.text).toBe(200);
        expect(response.body.scopes).toEqual(['agents:read']);
      }
      const listed = (await keysOf(session, agent.id)).body.data.find((k: AgentKey) => k.id === key.id);
      expect(listed).toMatchObject({
        scopes: ['agents:read', 'audit:read'],
        effective_scopes: ['agents:read'],
      });

      must(await api('DELETE', `/v1/members/${person.userId}`, asOwner()), 204, 'remove');
      await expectRefused({ apiKey: key.secret }, 'credential_revoked');
      await expectRefused({ token }, 'credential_revoked');
      const after = (await keysOf(session, agent.id)).body.data.find((k: AgentKey) => k.id === key.id);
      expect(after).toMatchObject({ status: 'revoked', effective_scopes: [] });
    });
  });

  describe('access tokens from agent keys', () => {
    it.each(PRESENTATIONS)(
      'POST /v1/access-tokens with the key in $name mints a token that stands for the agent',
      async ({ as }) => {
        const session = await owner();
        const agent = await createAgent(api, asToken(session), { name: 'exporter' });
        const key = await createAgentKey(api, asToken(session), agent.id, ['agents:read', 'audit:read']);
        const response = await exchangeKey(api, key.secret, { as, scopes: ['agents:read'] });
        expect(response.status, response.text).toBe(201);
        expect(response.headers.get('cache-control')).toBe('no-store');
        expect(response.body).toMatchObject({
          access_token: expect.stringMatching(JWT),
          scopes: ['agents:read'],
        });
        expect(jwtPart(response.body.access_token, 1)).toMatchObject({
          sub: agent.id,
          client_id: key.id,
          org_id: session.org.id,
          scope: 'agents:read',
        });
        const me = await whoami({ token: response.body.access_token });
        expect(me.body).toEqual({
          principal: { kind: 'agent', id: agent.id, name: 'exporter' },
          org: { id: session.org.id, name: session.org.name },
          credential: { kind: 'access_token', id: response.body.token_id, prefix: null },
          role: null,
          scopes: ['agents:read'],
          expires_at: response.body.expires_at,
        });
        const tokens = await api('GET', '/v1/access-tokens', asToken(session));
        expect(tokens.body.data).toContainEqual(
          expect.objectContaining({
            id: response.body.token_id,
            client_id: key.id,
            subject: agent.id,
            credential_prefix: key.prefix,
          }),
        );
        // More than the key holds: 403 insufficient_scope.
        expectProblem(await exchangeKey(api, key.secret, { scopes: ['keys:read'] }), {
          status: 403,
          code: 'insufficient_scope',
          instance: '/v1/access-tokens',
        });
        await expectAuditedOnce(db(), session.org.id, 'access_token.minted', {
          target_id: response.body.token_id,
        });
      },
    );

    it('RFC 8693 token exchange at /oauth/token takes an agent key as subject_token', async () => {
      const session = await owner();
      const agent = await createAgent(api, asToken(session));
      const key = await createAgentKey(api, asToken(session), agent.id, ['agents:read', 'audit:read']);
      const response = await postForm(running.server.url, '/oauth/token', {
        grant_type: TOKEN_EXCHANGE,
        subject_token: key.secret,
        subject_token_type: ACCESS_TOKEN_TYPE,
        scope: 'audit:read',
      });
      expect(response.status, response.text).toBe(200);
      expect(response.body).toMatchObject({ issued_token_type: ACCESS_TOKEN_TYPE, scope: 'audit:read' });
      const me = await whoami({ token: response.body.access_token });
      expect(me.body).toMatchObject({ principal: { kind: 'agent', id: agent.id }, scopes: ['audit:read'] });
      // A token exchanged from that token still answers to the key.
      const chained = await postForm(running.server.url, '/oauth/token', {
        grant_type: TOKEN_EXCHANGE,
        subject_token: response.body.access_token,
        subject_token_type: ACCESS_TOKEN_TYPE,
      });
      expect(chained.status, chained.text).toBe(200);
      must(await api('DELETE', `/v1/agents/${agent.id}/keys/${key.id}`, asToken(session)), 204, 'revoke');
      for (const token of [response.body.access_token, chained.body.access_token]) {
        await expectRefused({ token }, 'credential_revoked');
      }
    });

    it.each([
      {
        name: 'revoking the key',
        end: (s: Session, agentId: string, keyId: string) =>
          ['DELETE', `/v1/agents/${agentId}/keys/${keyId}`, s] as const,
      },
      {
        name: 'deleting the agent',
        end: (s: Session, agentId: string) => ['DELETE', `/v1/agents/${agentId}`, s] as const,
      },
    ])('$name ends the access tokens minted from the key on their next request', async ({ end }) => {
      const session = await owner();
      const agent = await createAgent(api, asToken(session));
      const key = await createAgentKey(api, asToken(session), agent.id, ['agents:read']);
      const token = must(await exchangeKey(api, key.secret), 201, 'exchange').body;
      expect((await whoami({ token: token.access_token })).status).toBe(200);
      const [method, path, as] = end(session, agent.id, key.id);
      must(await api(method, path, asToken(as)), 204, 'end');
      await expectRefused({ token: token.access_token }, 'credential_revoked');
      const listed = (await api('GET', '/v1/access-tokens', asToken(session))).body.data;
      expect(listed).toContainEqual(
        expect.objectContaining({ id: token.token_id, revoked_at: expect.stringMatching(TIMESTAMP) }),
      );
    });
  });

  describe('deleting an agent', () => {
    it('revokes every key it has, each audited as agent_key.revoked before agent.deleted', async () => {
      const session = await owner();
      const agent = await createAgent(api, asToken(session));
      const keys = [
        await createAgentKey(api, asToken(session), agent.id, ['agents:read'], { label: 'a' }),
        await createAgentKey(api, asToken(session), agent.id, ['agents:read'], { label: 'b' }),
      ];
      const revokedEarlier = await createAgentKey(api, asToken(session), agent.id, ['agents:read']);
      must(
        await api('DELETE', `/v1/agents/${agent.id}/keys/${revokedEarlier.id}`, asToken(session)),
        204,
        'revoke one',
      );
      const before = (await auditEventsOf(db(), session.org.id)).length;
      must(await api('DELETE', `/v1/agents/${agent.id}`, asToken(session)), 204, 'delete');
      for (const key of keys) await expectRefused({ apiKey: key.secret }, 'credential_revoked');
      const events = (await auditEventsOf(db(), session.org.id)).slice(before);
      expect(events.map((e) => [e.action, e.target_id])).toEqual([
        ...keys
          .map((k) => ['agent_key.revoked', k.id])
          .sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
        ['agent.deleted', agent.id],
      ]);
    });

    it('keys minted with an API key die with it and never outlive it', async () => {
      const session = await owner();
      const agent = await createAgent(api, asToken(session));
      const expiresAt = new Date(Date.now() + DAY_MS).toISOString();
      const parent = await createApiKey(api, session.access_token, ['agents:write', 'agents:read'], {
        expires_at: expiresAt,
      });
      const child = await createAgentKey(api, { apiKey: parent.secret }, agent.id, ['agents:read']);
      expect(Date.parse(child.expires_at ?? '')).toBeLessThanOrEqual(Date.parse(expiresAt));
      expect((await whoami({ apiKey: child.secret })).status).toBe(200);
      must(await api('DELETE', `/v1/api-keys/${parent.id}`, asToken(session)), 200, 'revoke the API key');
      await expectRefused({ apiKey: child.secret }, 'credential_revoked');
    });
  });

  describe('RFC 7662 introspection and RFC 7009 revocation', () => {
    it('an agent key introspects as active with the agent as subject, inactive once revoked', async () => {
      const session = await owner();
      const agent = await createAgent(api, asToken(session));
      const key = await createAgentKey(api, asToken(session), agent.id, ['agents:read']);
      const introspectKey = () => introspect(running.server.url, key.secret, session.access_token);
      const active = await introspectKey();
      expect(active.status, active.text).toBe(200);
      expect(active.body).toEqual({
        active: true,
        scope: 'agents:read',
        client_id: key.id,
        token_type: 'Bearer',
        sub: agent.id,
        iss: running.server.url,
        org_id: session.org.id,
        jti: key.id,
        exp: Math.floor(Date.parse(key.expires_at ?? '') / 1000),
      });
      // Another org's caller learns nothing.
      const stranger = await owner();
      const foreign = await introspect(running.server.url, key.secret, stranger.access_token);
      expect(foreign.body).toEqual({ active: false });
      must(await api('DELETE', `/v1/agents/${agent.id}/keys/${key.id}`, asToken(session)), 204, 'revoke');
      expect((await introspectKey()).body).toEqual({ active: false });
    });

    it('RFC 7009 revocation with the key itself revokes it and the tokens minted from it', async () => {
      const session = await owner();
      const agent = await createAgent(api, asToken(session));
      const key = await createAgentKey(api, asToken(session), agent.id, ['agents:read']);
      const token = must(await exchangeKey(api, key.secret), 201, 'exchange').body.access_token as string;
      const response = await postForm(running.server.url, '/oauth/revoke', { token: key.secret });
      expect(response.status, response.text).toBe(200);
      expect(response.body).toEqual({});
      await expectRefused({ apiKey: key.secret }, 'credential_revoked');
      await expectRefused({ token }, 'credential_revoked');
      expect((await keysOf(session, agent.id)).body.data[0]).toMatchObject({ id: key.id, status: 'revoked' });
      await expectAuditedOnce(db(), session.org.id, 'agent_key.revoked', {
        target_kind: 'agent_key',
        target_id: key.id,
      });
    });
  });

  describe('Idempotency-Key', () => {
    it('creating an agent: a retry replays the first answer and creates one agent', async () => {
      const session = await owner();
      await postTwice(api, '/v1/agents', asToken(session), { name: 'once' }, 'agent-once');
      expect((await api('GET', '/v1/agents', asToken(session))).body.data).toHaveLength(1);
    });

    it('minting a key: a retry replays the same secret and mints one key', async () => {
      const session = await owner();
      const agent = await createAgent(api, asToken(session));
      const path = `/v1/agents/${agent.id}/keys`;
      const body = { label: 'once', scopes: ['agents:read'] };
      const { first, replay } = await postTwice(api, path, asToken(session), body, 'key-once');
      expect(replay.headers.get('cache-control')).toBe('no-store');
      expect(replay.body.secret).toBe(first.body.secret);
      expect((await keysOf(session, agent.id)).body.data.map((k: AgentKey) => k.id)).toEqual([first.body.id]);
      expect((await whoami({ apiKey: first.body.secret })).status).toBe(200);
    });
  });
});
