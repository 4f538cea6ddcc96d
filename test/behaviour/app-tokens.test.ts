// App tokens through a real server on each backend (spec/paths/app-tokens.yaml): minted by
// admins and owners only, the secret shown once, both ways of presenting it, whoami as the app,
// listing without secrets, pagination, revocation, expiry, role caps, narrowing by the creator's
// role, exchange for access tokens that die with the token, RFC 7662 introspection and RFC 7009
// revocation, org isolation, audit events and Idempotency-Key.
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CallOptions } from '../support/api.ts';
import { BACKENDS } from '../support/backends.ts';
import {
  ACCESS_TOKEN_TYPE,
  APP_TOKEN_SECRET,
  type AppToken,
  type AppTokenWithSecret,
  createAppToken,
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

const UNKNOWN_TOKEN = `apt_${'0'.repeat(26)}`;

describe.each(BACKENDS.map((make) => make()))('app tokens on $name', (backend) => {
  const running = useServer(backend);
  const { api } = running;
  const db = useServerDatabase(running);
  const { owner, whoami, expectRefused } = credentialCalls(api);
  const listOf = async (session: Session): Promise<AppToken[]> =>
    (await api('GET', '/v1/app-tokens?limit=100', asToken(session))).body.data;

  describe('mint and use', () => {
    it('answers 201 with the secret once: no-store, kwt_ with a valid checksum, prefix its first 12 characters', async () => {
      const session = await owner();
      const before = Date.now();
      const response = await api('POST', '/v1/app-tokens', {
        ...asToken(session),
        body: { name: 'email-worker', scopes: ['members:read', 'audit:read'] },
      });
      const token: AppTokenWithSecret = expectSecretShown(response, APP_TOKEN_SECRET);
      expect(token).toEqual({
        id: expect.stringMatching(/^apt_[0-9A-Za-z]+$/),
        name: 'email-worker',
        prefix: token.secret.slice(0, 12),
        scopes: ['members:read', 'audit:read'],
        effective_scopes: ['members:read', 'audit:read'],
        status: 'active',
        created_by: session.user.id,
        created_at: expect.stringMatching(TIMESTAMP),
        expires_at: expect.stringMatching(TIMESTAMP),
        last_used_at: null,
        revoked_at: null,
        secret: expect.stringMatching(APP_TOKEN_SECRET),
      });
      expectDefaultExpiry(token.expires_at, before);

      const created = await expectAuditedOnce(db(), session.org.id, 'app_token.created', {
        actor_kind: 'user',
        actor_id: session.user.id,
        target_kind: 'app_token',
        target_id: token.id,
      });
      expect(created).toEqual({ prefix: token.prefix });
      await expectNoSecretAudited(db(), session.org.id, token.secret);
    });

    it('the list never returns a secret', async () => {
      const session = await owner();
      const token = await createAppToken(api, asToken(session), ['members:read']);
      const response = await api('GET', '/v1/app-tokens', asToken(session));
      expect(response.status, response.text).toBe(200);
      const { secret: _secret, ...listed } = token;
      expect(response.body).toEqual({ data: [listed], next_cursor: null });
      expect(response.text).not.toContain(token.secret.slice(12));
    });

    it.each(PRESENTATIONS)(
      'the token authenticates as an app sent as $name; whoami has no role',
      async ({ as }) => {
        const session = await owner();
        const token = await createAppToken(api, asToken(session), ['members:read', 'org:read'], {
          name: 'crm-sync',
        });
        const response = await whoami(as(token.secret));
        expect(response.status, response.text).toBe(200);
        expect(response.body).toEqual({
          principal: { kind: 'app', id: token.id, name: 'crm-sync' },
          org: { id: session.org.id, name: session.org.name },
          credential: { kind: 'app_token', id: token.id, prefix: token.prefix },
          role: null,
          scopes: ['members:read', 'org:read'],
          expires_at: token.expires_at,
        });
        expect((await api('GET', '/v1/members', as(token.secret))).status).toBe(200);
        expectInsufficientScope(
          await api('GET', '/v1/app-tokens', as(token.secret)),
          '/v1/app-tokens',
          'app-tokens:read',
        );
        expect((await listOf(session))[0]?.last_used_at).toMatch(TIMESTAMP);
      },
    );

    it('a kwt_ secret never issued answers 401 invalid_credential', async () => {
      const response = await whoami({ token: wellFormedSecret('kwt_') });
      expectProblem(response, { status: 401, code: 'invalid_credential', instance: '/v1/whoami' });
    });

    it('an app token with app-tokens:write mints tokens on behalf of its creator, within its own scopes, that die with it', async () => {
      const session = await owner();
      const parent = await createAppToken(api, asToken(session), ['app-tokens:write', 'members:read']);
      const child = await createAppToken(api, { apiKey: parent.secret }, ['members:read']);
      expect(child.created_by).toBe(session.user.id);
      expectProblem(
        await api('POST', '/v1/app-tokens', {
          apiKey: parent.secret,
          body: { name: 'wider', scopes: ['org:read'] },
        }),
        { status: 403, code: 'role_cap_exceeded', instance: '/v1/app-tokens' },
      );
      must(await api('DELETE', `/v1/app-tokens/${parent.id}`, asToken(session)), 204, 'revoke the parent');
      await expectRefused({ apiKey: child.secret }, 'credential_revoked');
    });
  });

  describe('who may mint', () => {
    let session: Session;
    let admin: Session;
    let member: Session;
    let viewer: Session;
    beforeAll(async () => {
      session = await owner();
      admin = (await joinAs(api, session.access_token, session.org.id, 'admin')).session;
      member = (await joinAs(api, session.access_token, session.org.id, 'member')).session;
      viewer = (await joinAs(api, session.access_token, session.org.id, 'viewer')).session;
    });

    const asOwner = (): CallOptions => asToken(session);
    const asAdmin = (): CallOptions => asToken(admin);
    const asMember = (): CallOptions => asToken(member);
    const asViewer = (): CallOptions => asToken(viewer);
    it.each([
      { who: 'the owner', caller: asOwner, scopes: ['org:write', 'audit:read'], want: '201' },
      { who: 'an admin', caller: asAdmin, scopes: ['members:read', 'audit:read'], want: '201' },
      {
        who: 'an admin',
        caller: asAdmin,
        scopes: ['members:read', 'org:write'],
        want: '403 role_cap_exceeded',
      },
      // app-tokens:write is only in the owner and admin roles (GET /v1/scopes).
      { who: 'a member', caller: asMember, scopes: ['members:read'], want: '403 insufficient_scope' },
      { who: 'a viewer', caller: asViewer, scopes: ['members:read'], want: '403 insufficient_scope' },
      { who: 'the owner', caller: asOwner, scopes: ['widgets:read'], want: '400 invalid_request' },
    ])('$who asking for $scopes answers $want', async ({ caller, scopes, want }) => {
      const response = await api('POST', '/v1/app-tokens', { ...caller(), body: { name: 'capped', scopes } });
      expectCreateAnswer(
        response,
        { want, scopes },
        { instance: '/v1/app-tokens', writeScope: 'app-tokens:write' },
      );
    });

    it('a member lists app tokens (app-tokens:read) but cannot revoke one (403 insufficient_scope)', async () => {
      const token = await createAppToken(api, asOwner(), ['members:read']);
      const list = await api('GET', '/v1/app-tokens', asMember());
      expect(list.status, list.text).toBe(200);
      expect(list.body.data.map((t: AppToken) => t.id)).toContain(token.id);
      const path = `/v1/app-tokens/${token.id}`;
      expectInsufficientScope(await api('DELETE', path, asMember()), path, 'app-tokens:write');
      expect((await whoami({ apiKey: token.secret })).status).toBe(200);
    });

    it("an admin cannot revoke the owner's token (403 role_cap_exceeded); the owner revokes the admin's", async () => {
      const ownersToken = await createAppToken(api, asOwner(), ['members:read']);
      const adminsToken = await createAppToken(api, asAdmin(), ['members:read']);
      const path = `/v1/app-tokens/${ownersToken.id}`;
      expectProblem(await api('DELETE', path, asAdmin()), {
        status: 403,
        code: 'role_cap_exceeded',
        instance: path,
      });
      expect((await whoami({ apiKey: ownersToken.secret })).status).toBe(200);
      expect((await api('DELETE', `/v1/app-tokens/${adminsToken.id}`, asOwner())).status).toBe(204);
      await expectRefused({ apiKey: adminsToken.secret }, 'credential_revoked');
    });

    it("the creator's demotion narrows the token at once; their removal revokes it", async () => {
      const person = await joinAs(api, session.access_token, session.org.id, 'admin');
      const token = await createAppToken(api, asToken(person.session), ['members:read', 'members:write']);
      const access = must(await exchangeKey(api, token.secret), 201, 'exchange').body.access_token as string;
      must(
        await api('PATCH', `/v1/members/${person.userId}`, { ...asOwner(), body: { role: 'member' } }),
        200,
        'demote',
      );
      for (const credential of [{ apiKey: token.secret }, { token: access }]) {
        const response = await whoami(credential);
        expect(response.status, response.text).toBe(200);
        expect(response.body.scopes).toEqual(['members:read']);
      }
      expect((await listOf(session)).find((t) => t.id === token.id)).toMatchObject({
        effective_scopes: ['members:read'],
      });
      must(await api('DELETE', `/v1/members/${person.userId}`, asOwner()), 204, 'remove');
      await expectRefused({ apiKey: token.secret }, 'credential_revoked');
      await expectRefused({ token: access }, 'credential_revoked');
      expect((await listOf(session)).find((t) => t.id === token.id)).toMatchObject({
        status: 'revoked',
        effective_scopes: [],
      });
    });
  });

  describe('revoke and expiry', () => {
    it('revoke answers 204; the very next request is 403 credential_revoked; listed as revoked; again 204', async () => {
      const session = await owner();
      const token = await createAppToken(api, asToken(session), ['members:read']);
      const path = `/v1/app-tokens/${token.id}`;
      const response = await api('DELETE', path, asToken(session));
      expect(response.status, response.text).toBe(204);
      expect(response.text).toBe('');
      for (const { as } of PRESENTATIONS) await expectRefused(as(token.secret), 'credential_revoked');
      expect((await listOf(session))[0]).toMatchObject({
        id: token.id,
        status: 'revoked',
        revoked_at: expect.stringMatching(TIMESTAMP),
      });
      expect((await api('DELETE', path, asToken(session))).status).toBe(204);
      const revoked = await expectAuditedOnce(db(), session.org.id, 'app_token.revoked', {
        target_kind: 'app_token',
        target_id: token.id,
      });
      expect(revoked).toEqual({ prefix: token.prefix });
    });

    it("an unknown id, or another org's token, answers 404 not_found and stays untouched", async () => {
      const session = await owner();
      const token = await createAppToken(api, asToken(session), ['members:read']);
      const stranger = await owner();
      for (const [who, id] of [
        [session, UNKNOWN_TOKEN],
        [stranger, token.id],
      ] as const) {
        const path = `/v1/app-tokens/${id}`;
        expectProblem(await api('DELETE', path, asToken(who)), {
          status: 404,
          code: 'not_found',
          instance: path,
        });
      }
      expect(await listOf(stranger)).toEqual([]);
      expect((await whoami({ apiKey: token.secret })).status).toBe(200);
    });

    it('a token past its expires_at answers 403 credential_expired and is listed as expired', async () => {
      const session = await owner();
      const expiresAt = Date.now() + 1_500;
      const token = await createAppToken(api, asToken(session), ['members:read'], {
        expires_at: new Date(expiresAt).toISOString(),
      });
      expect((await whoami({ apiKey: token.secret })).status).toBe(200);
      await sleep(Math.max(0, expiresAt + 500 - Date.now()));
      await expectRefused({ apiKey: token.secret }, 'credential_expired');
      expect((await listOf(session))[0]).toMatchObject({ id: token.id, status: 'expired' });
    });

    it('expires_at in the past answers 400 invalid_request', async () => {
      const session = await owner();
      const response = await api('POST', '/v1/app-tokens', {
        ...asToken(session),
        body: {
          name: 'x',
          scopes: ['members:read'],
          expires_at: new Date(Date.now() - 60_000).toISOString(),
        },
      });
      expectProblem(response, { status: 400, code: 'invalid_request', instance: '/v1/app-tokens' });
    });
  });

  describe('access tokens from app tokens', () => {
    it.each(PRESENTATIONS)(
      'POST /v1/access-tokens with the token in $name mints a token that stands for the app',
      async ({ as }) => {
        const session = await owner();
        const app = await createAppToken(api, asToken(session), ['members:read', 'org:read'], {
          name: 'crm',
        });
        const response = await exchangeKey(api, app.secret, { as, scopes: ['org:read'] });
        expect(response.status, response.text).toBe(201);
        expect(response.body).toMatchObject({
          access_token: expect.stringMatching(JWT),
          scopes: ['org:read'],
        });
        expect(jwtPart(response.body.access_token, 1)).toMatchObject({ sub: app.id, client_id: app.id });
        const me = await whoami({ token: response.body.access_token });
        expect(me.body).toEqual({
          principal: { kind: 'app', id: app.id, name: 'crm' },
          org: { id: session.org.id, name: session.org.name },
          credential: { kind: 'access_token', id: response.body.token_id, prefix: null },
          role: null,
          scopes: ['org:read'],
          expires_at: response.body.expires_at,
        });
        must(await api('DELETE', `/v1/app-tokens/${app.id}`, asToken(session)), 204, 'revoke');
        await expectRefused({ token: response.body.access_token }, 'credential_revoked');
        expectProblem(await exchangeKey(api, app.secret), {
          status: 403,
          code: 'credential_revoked',
          instance: '/v1/access-tokens',
        });
      },
    );

    it('RFC 8693 token exchange at /oauth/token takes an app token as subject_token', async () => {
      const session = await owner();
      const app = await createAppToken(api, asToken(session), ['members:read', 'org:read']);
      const response = await postForm(running.server.url, '/oauth/token', {
        grant_type: TOKEN_EXCHANGE,
        subject_token: app.secret,
        subject_token_type: ACCESS_TOKEN_TYPE,
        scope: 'members:read',
      });
      expect(response.status, response.text).toBe(200);
      expect(response.body).toMatchObject({ issued_token_type: ACCESS_TOKEN_TYPE, scope: 'members:read' });
      const me = await whoami({ token: response.body.access_token });
      expect(me.body).toMatchObject({ principal: { kind: 'app', id: app.id }, scopes: ['members:read'] });
      must(await api('DELETE', `/v1/app-tokens/${app.id}`, asToken(session)), 204, 'revoke');
      await expectRefused({ token: response.body.access_token }, 'credential_revoked');
    });

    it('an app token made with an API key never outlives it and dies with it', async () => {
      const session = await owner();
      const expiresAt = new Date(Date.now() + DAY_MS).toISOString();
      const parent = await createApiKey(api, session.access_token, ['app-tokens:write', 'members:read'], {
        expires_at: expiresAt,
      });
      const child = await createAppToken(api, { apiKey: parent.secret }, ['members:read']);
      expect(Date.parse(child.expires_at ?? '')).toBeLessThanOrEqual(Date.parse(expiresAt));
      must(await api('DELETE', `/v1/api-keys/${parent.id}`, asToken(session)), 200, 'revoke the API key');
      await expectRefused({ apiKey: child.secret }, 'credential_revoked');
    });
  });

  describe('RFC 7662 introspection and RFC 7009 revocation', () => {
    it('an app token introspects as active with itself as subject and client, inactive once revoked', async () => {
      const session = await owner();
      const app = await createAppToken(api, asToken(session), ['members:read']);
      const introspectApp = () => introspect(running.server.url, app.secret, session.access_token);
      const active = await introspectApp();
      expect(active.status, active.text).toBe(200);
      expect(active.body).toEqual({
        active: true,
        scope: 'members:read',
        client_id: app.id,
        token_type: 'Bearer',
        sub: app.id,
        iss: running.server.url,
        org_id: session.org.id,
        jti: app.id,
        exp: Math.floor(Date.parse(app.expires_at ?? '') / 1000),
      });
      must(await api('DELETE', `/v1/app-tokens/${app.id}`, asToken(session)), 204, 'revoke');
      expect((await introspectApp()).body).toEqual({ active: false });
    });

    it('RFC 7009 revocation with the token itself revokes it and the access tokens minted from it', async () => {
      const session = await owner();
      const app = await createAppToken(api, asToken(session), ['members:read']);
      const access = must(await exchangeKey(api, app.secret), 201, 'exchange').body.access_token as string;
      const response = await postForm(running.server.url, '/oauth/revoke', { token: app.secret });
      expect(response.status, response.text).toBe(200);
      expect(response.body).toEqual({});
      await expectRefused({ apiKey: app.secret }, 'credential_revoked');
      await expectRefused({ token: access }, 'credential_revoked');
      expect((await listOf(session))[0]).toMatchObject({ id: app.id, status: 'revoked' });
      await expectAuditedOnce(db(), session.org.id, 'app_token.revoked', {
        target_kind: 'app_token',
        target_id: app.id,
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
      for (let i = 0; i < 7; i++)
        created.push((await createAppToken(api, asToken(session), ['org:read'])).id);
      // Revoked tokens stay listed.
      must(await api('DELETE', `/v1/app-tokens/${created[0]}`, asToken(session)), 204, 'revoke');
      ids = created.reverse();
    });

    it.each([
      { name: 'limit 3', limit: 3, pageSizes: [3, 3, 1] },
      { name: 'the default limit (50)', limit: undefined, pageSizes: [7] },
    ])('$name returns every token exactly once, newest first', async ({ limit, pageSizes }) => {
      const { ids: seen, sizes } = await collectPages(api, '/v1/app-tokens', asToken(session), limit);
      expect(seen).toEqual(ids);
      expect(sizes).toEqual(pageSizes);
    });
  });

  describe('Idempotency-Key', () => {
    it('a retry replays the same secret and mints one token', async () => {
      const session = await owner();
      const body = { name: 'once', scopes: ['org:read'] };
      const { first, replay } = await postTwice(api, '/v1/app-tokens', asToken(session), body, 'app-once');
      expect(replay.headers.get('cache-control')).toBe('no-store');
      expect((await listOf(session)).map((t) => t.id)).toEqual([first.body.id]);
      // The same key with another body is refused.
      const other = await api('POST', '/v1/app-tokens', {
        ...asToken(session),
        headers: { 'idempotency-key': 'app-once' },
        body: { name: 'other', scopes: ['org:read'] },
      });
      expectProblem(other, { status: 409, code: 'idempotency_key_reused', instance: '/v1/app-tokens' });
    });
  });
});
