// API keys through a real server on each backend: the secret shown once, both ways of presenting
// it, the RFC 6750 challenges on refusals, scopes and role caps, revocation, rotation with and
// without a grace period, expiry, narrowing, org isolation, Idempotency-Key, pagination, filters
// and the per-credential rate-limit headers. The behaviour asserted is the K2 contract's
// "API keys", "Auth hook" and "Idempotency-Key" sections.
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSecret } from '../../server/secrets/secret.ts';
import { type CallOptions, uniqueEmail } from '../support/api.ts';
import { BACKENDS } from '../support/backends.ts';
import {
  API_KEY_SECRET,
  type ApiKey,
  type ApiKeyWithSecret,
  asToken,
  BARE_CHALLENGE,
  collectPages,
  createApiKey,
  credentialCalls,
  DAY_MS,
  expectCreateAnswer,
  expectDefaultExpiry,
  expectInsufficientScope,
  expectInvalidTokenChallenge,
  expectProblem,
  expectSecretShown,
  invite,
  joinAs,
  must,
  PRESENTATIONS,
  postTwice,
  SERVER_ENV,
  type Session,
  sorted,
  TIMESTAMP,
  useServer,
  withWrongChecksum,
} from './flows.ts';

describe.each(BACKENDS.map((make) => make()))('API keys on $name', (backend) => {
  const { api } = useServer(backend);
  const { owner, whoami, expectRefused } = credentialCalls(api);

  describe('create and use', () => {
    it('answers 201 with the secret once: no-store, kwk_ with a valid checksum, prefix its first 12 characters', async () => {
      const session = await owner();
      const before = Date.now();
      const response = await api('POST', '/v1/api-keys', {
        token: session.access_token,
        body: { name: 'Reporting script', scopes: ['keys:read', 'org:read'] },
      });
      const key: ApiKeyWithSecret = expectSecretShown(response, API_KEY_SECRET);
      expect(key).toEqual({
        id: expect.stringMatching(/^key_[0-9A-Za-z]+$/),
        name: 'Reporting script',
        prefix: key.secret.slice(0, 12),
        scopes: ['keys:read', 'org:read'],
        effective_scopes: expect.any(Array),
        status: 'active',
        created_by: session.user.id,
        created_at: expect.stringMatching(TIMESTAMP),
        expires_at: expect.stringMatching(TIMESTAMP),
        last_used_at: null,
        revoked_at: null,
        previous_secret_expires_at: null,
        secret: expect.stringMatching(API_KEY_SECRET),
      });
      expect(sorted(key.effective_scopes)).toEqual(['keys:read', 'org:read']);
      expectDefaultExpiry(key.expires_at, before);
    });

    it.each(PRESENTATIONS)('the key authenticates GET /v1/whoami sent as $name', async ({ as }) => {
      const session = await owner();
      const key = await createApiKey(api, session.access_token, ['keys:read', 'keys:write']);
      const response = await whoami(as(key.secret));
      expect(response.status, response.text).toBe(200);
      expect(response.body).toEqual({
        principal: { kind: 'user', id: session.user.id, name: session.user.name },
        org: { id: session.org.id, name: session.org.name },
        credential: { kind: 'api_key', id: key.id, prefix: key.secret.slice(0, 12) },
        role: 'owner',
        scopes: expect.any(Array),
        expires_at: key.expires_at,
      });
      expect(sorted(response.body.scopes)).toEqual(['keys:read', 'keys:write']);
    });

    it('using the key sets last_used_at', async () => {
      const session = await owner();
      const key = await createApiKey(api, session.access_token, ['keys:read']);
      const unused = await api('GET', `/v1/api-keys/${key.id}`, { token: session.access_token });
      expect(unused.body.last_used_at).toBeNull();
      expect((await whoami({ apiKey: key.secret })).status).toBe(200);
      const used = await api('GET', `/v1/api-keys/${key.id}`, { token: session.access_token });
      expect(used.body.last_used_at).toMatch(TIMESTAMP);
    });

    const reads: { name: string; method: string; path: (key: ApiKey) => string; body?: unknown }[] = [
      { name: 'GET /v1/api-keys/{id}', method: 'GET', path: (key) => `/v1/api-keys/${key.id}` },
      { name: 'GET /v1/api-keys', method: 'GET', path: () => '/v1/api-keys' },
      {
        name: 'PATCH /v1/api-keys/{id}',
        method: 'PATCH',
        path: (key) => `/v1/api-keys/${key.id}`,
        body: { name: 'renamed' },
      },
      { name: 'DELETE /v1/api-keys/{id}', method: 'DELETE', path: (key) => `/v1/api-keys/${key.id}` },
    ];
    it.each(reads)('$name never returns the secret', async ({ method, path: pathOf, body }) => {
      const session = await owner();
      const key = await createApiKey(api, session.access_token, ['keys:read']);
      const path = pathOf(key);
      const response = await api(method, path, { token: session.access_token, body });
      expect(response.status, response.text).toBe(200);
      const items: ApiKey[] =
        method === 'GET' && path === '/v1/api-keys' ? response.body.data : [response.body];
      expect(items.map((item) => item.id)).toContain(key.id);
      for (const item of items) expect(item).not.toHaveProperty('secret');
      expect(response.text).not.toContain(key.secret);
      // The hidden part of the secret (after its display prefix) in no other form either.
      expect(response.text).not.toContain(key.secret.slice(12));
    });
  });

  describe('refused credentials', () => {
    let session: Session;
    let key: ApiKeyWithSecret;
    let invitationToken: string;
    beforeAll(async () => {
      session = await owner();
      key = await createApiKey(api, session.access_token, ['keys:read', 'keys:write']);
      invitationToken = (await invite(api, session.access_token, uniqueEmail('invitee'), 'member')).token;
    });

    it.each<{ name: string; headers: Record<string, string> }>([
      { name: 'no credential', headers: {} },
      {
        name: 'Authorization: Basic',
        headers: { authorization: 'Basic a2V5d2F5OmtleXdheQ==' },
      },
    ])('$name answers 401 unauthenticated with the bare challenge', async ({ headers }) => {
      const response = await api('GET', '/v1/api-keys', { headers });
      expectProblem(response, { status: 401, code: 'unauthenticated', instance: '/v1/api-keys' });
      expect(response.headers.get('www-authenticate')).toMatch(BARE_CHALLENGE);
    });

    const refused = [
      { name: 'kwk_abc (malformed)', credential: () => 'kwk_abc' },
      {
        name: 'a real secret, checksum changed',
        credential: () => withWrongChecksum(key.secret),
      },
      {
        name: 'a kwk_ secret never issued',
        credential: () => generateSecret('api_key'),
      },
      { name: 'a refresh token', credential: () => session.refresh_token },
      { name: 'an invitation token', credential: () => invitationToken },
    ];
    it.each(refused.flatMap((c) => PRESENTATIONS.map((p) => ({ ...c, presentation: p.name, as: p.as }))))(
      '$name sent as $presentation answers 401 invalid_credential with error="invalid_token"',
      async ({ credential, as }) => {
        const response = await api('GET', '/v1/api-keys', as(credential()));
        expectProblem(response, { status: 401, code: 'invalid_credential', instance: '/v1/api-keys' });
        expectInvalidTokenChallenge(response);
      },
    );

    it('a session JWT in x-api-key answers 401 invalid_credential (x-api-key takes Keyway secrets only)', async () => {
      expect((await api('GET', '/v1/api-keys', { token: session.access_token })).status).toBe(200);
      const response = await api('GET', '/v1/api-keys', { apiKey: session.access_token });
      expectProblem(response, { status: 401, code: 'invalid_credential', instance: '/v1/api-keys' });
      expectInvalidTokenChallenge(response);
    });

    it('both Authorization: Bearer and x-api-key answers 400 invalid_request (RFC 6750 §2: one method)', async () => {
      const response = await api('GET', '/v1/api-keys', { token: key.secret, apiKey: key.secret });
      expectProblem(response, { status: 400, code: 'invalid_request', instance: '/v1/api-keys' });
    });
  });

  describe('scopes and role caps', () => {
    let session: Session;
    let member: Session;
    let viewer: Session;
    let readOnly: ApiKeyWithSecret;
    let writeOnly: ApiKeyWithSecret;
    beforeAll(async () => {
      session = await owner();
      member = (await joinAs(api, session.access_token, session.org.id, 'member')).session;
      viewer = (await joinAs(api, session.access_token, session.org.id, 'viewer')).session;
      readOnly = await createApiKey(api, session.access_token, ['keys:read']);
      writeOnly = await createApiKey(api, session.access_token, ['keys:write']);
    });

    it('a key without keys:write answers 403 insufficient_scope on POST /v1/api-keys, naming the scope', async () => {
      expect((await api('GET', '/v1/api-keys', { apiKey: readOnly.secret })).status).toBe(200);
      const response = await api('POST', '/v1/api-keys', {
        apiKey: readOnly.secret,
        body: { name: 'wider', scopes: ['keys:read'] },
      });
      expectInsufficientScope(response, '/v1/api-keys', 'keys:write');
    });

    const asOwner = (): CallOptions => ({ token: session.access_token });
    const asMember = (): CallOptions => ({ token: member.access_token });
    const asViewer = (): CallOptions => ({ token: viewer.access_token });
    const asWriteOnlyKey = (): CallOptions => ({ apiKey: writeOnly.secret });
    it.each([
      { who: 'the owner', caller: asOwner, scopes: ['org:write', 'members:write'], want: '201' },
      { who: 'a member', caller: asMember, scopes: ['keys:read', 'keys:write'], want: '201' },
      {
        who: 'a member',
        caller: asMember,
        scopes: ['keys:read', 'members:write'],
        want: '403 role_cap_exceeded',
      },
      { who: 'a member', caller: asMember, scopes: ['org:write'], want: '403 role_cap_exceeded' },
      // The viewer role lacks keys:write itself, so the scope check refuses first.
      { who: 'a viewer', caller: asViewer, scopes: ['keys:read'], want: '403 insufficient_scope' },
      { who: 'a keys:write-only key', caller: asWriteOnlyKey, scopes: ['keys:write'], want: '201' },
      // Within the calling credential's own effective scopes, not its creator's role.
      {
        who: 'a keys:write-only key',
        caller: asWriteOnlyKey,
        scopes: ['keys:read'],
        want: '403 role_cap_exceeded',
      },
      // Matches the Scope pattern but is not in the catalogue.
      { who: 'the owner', caller: asOwner, scopes: ['widgets:read'], want: '400 invalid_request' },
    ])('creating a key: $who asking for $scopes answers $want', async ({ caller, scopes, want }) => {
      const response = await api('POST', '/v1/api-keys', { ...caller(), body: { name: 'capped', scopes } });
      expectCreateAnswer(response, { want, scopes }, { instance: '/v1/api-keys', writeScope: 'keys:write' });
    });

    it.each([
      { name: 'PATCH', method: 'PATCH', suffix: '', body: { name: 'taken over' } },
      { name: 'DELETE', method: 'DELETE', suffix: '', body: undefined },
      { name: 'rotate', method: 'POST', suffix: '/rotate', body: { grace_period_seconds: 0 } },
    ])(
      "a member's $name of a key the owner created answers 403 role_cap_exceeded",
      async ({ method, suffix, body }) => {
        const ownersKey = await createApiKey(api, session.access_token, ['keys:read']);
        const path = `/v1/api-keys/${ownersKey.id}${suffix}`;
        const response = await api(method, path, { token: member.access_token, body });
        expectProblem(response, { status: 403, code: 'role_cap_exceeded', instance: path });
        // Nothing changed: the owner's key still works under its old name.
        expect((await whoami({ apiKey: ownersKey.secret })).status).toBe(200);
        const after = await api('GET', `/v1/api-keys/${ownersKey.id}`, { token: session.access_token });
        expect(after.body).toMatchObject({
          name: 'behaviour test',
          status: 'active',
          prefix: ownersKey.prefix,
        });
      },
    );
  });

  describe('revoke', () => {
    it('DELETE answers 200 with status revoked; the very next request with the key is 403 credential_revoked', async () => {
      const session = await owner();
      const key = await createApiKey(api, session.access_token, ['keys:read', 'keys:write']);
      expect((await whoami({ apiKey: key.secret })).status).toBe(200);

      const response = await api('DELETE', `/v1/api-keys/${key.id}`, { token: session.access_token });
      expect(response.status, response.text).toBe(200);
      expect(response.body).toMatchObject({
        id: key.id,
        status: 'revoked',
        revoked_at: expect.stringMatching(TIMESTAMP),
      });

      for (const { as } of PRESENTATIONS) await expectRefused(as(key.secret), 'credential_revoked');
      const listed = await api('GET', `/v1/api-keys/${key.id}`, { token: session.access_token });
      expect(listed.body).toMatchObject({ status: 'revoked', revoked_at: response.body.revoked_at });
    });

    it('revoking again answers 200 unchanged', async () => {
      const session = await owner();
      const key = await createApiKey(api, session.access_token, ['keys:read']);
      const first = await api('DELETE', `/v1/api-keys/${key.id}`, { token: session.access_token });
      expect(first.status, first.text).toBe(200);
      await sleep(1_100); // a second revocation would show a later revoked_at
      const again = await api('DELETE', `/v1/api-keys/${key.id}`, { token: session.access_token });
      expect(again.status, again.text).toBe(200);
      expect(again.body).toEqual(first.body);
    });

    it('rotating a revoked key answers 409 conflict', async () => {
      const session = await owner();
      const key = await createApiKey(api, session.access_token, ['keys:read']);
      must(await api('DELETE', `/v1/api-keys/${key.id}`, { token: session.access_token }), 200, 'revoke');
      const path = `/v1/api-keys/${key.id}/rotate`;
      const response = await api('POST', path, {
        token: session.access_token,
        body: { grace_period_seconds: 0 },
      });
      expectProblem(response, { status: 409, code: 'conflict', instance: path });
      expectProblem(await whoami({ apiKey: key.secret }), {
        status: 403,
        code: 'credential_revoked',
        instance: '/v1/whoami',
      });
    });
  });

  describe('rotate', () => {
    it.each([
      { name: 'grace_period_seconds 0', body: { grace_period_seconds: 0 } },
      { name: 'no body (default grace 0)', body: undefined },
    ])(
      'with $name: a new secret and prefix; the old secret is 401 invalid_credential at once',
      async ({ body }) => {
        const session = await owner();
        const key = await createApiKey(api, session.access_token, ['keys:read']);
        const response = await api('POST', `/v1/api-keys/${key.id}/rotate`, {
          token: session.access_token,
          body,
        });
        expect(response.status, response.text).toBe(200);
        expect(response.headers.get('cache-control')).toBe('no-store');
        const rotated: ApiKeyWithSecret = response.body;
        expect(rotated).toMatchObject({
          id: key.id,
          name: key.name,
          scopes: key.scopes,
          status: 'active',
          previous_secret_expires_at: null,
          secret: expect.stringMatching(API_KEY_SECRET),
        });
        expect(rotated.secret).not.toBe(key.secret);
        expect(rotated.prefix).toBe(rotated.secret.slice(0, 12));
        expect(rotated.prefix).not.toBe(key.prefix);

        const old = await whoami({ apiKey: key.secret });
        expectProblem(old, { status: 401, code: 'invalid_credential', instance: '/v1/whoami' });
        expectInvalidTokenChallenge(old);
        const renewed = await whoami({ apiKey: rotated.secret });
        expect(renewed.status, renewed.text).toBe(200);
        expect(renewed.body.credential).toEqual({ kind: 'api_key', id: key.id, prefix: rotated.prefix });
      },
    );

    it('with grace_period_seconds 4: both secrets work until previous_secret_expires_at, then only the new one', async () => {
      const session = await owner();
      const key = await createApiKey(api, session.access_token, ['keys:read']);
      const before = Date.now();
      const response = await api('POST', `/v1/api-keys/${key.id}/rotate`, {
        token: session.access_token,
        body: { grace_period_seconds: 4 },
      });
      const answered = Date.now();
      expect(response.status, response.text).toBe(200);
      const rotated: ApiKeyWithSecret = response.body;
      expect(rotated.previous_secret_expires_at).toMatch(TIMESTAMP);
      // The API's timestamps have whole seconds: allow the truncation.
      const graceEnds = Date.parse(rotated.previous_secret_expires_at ?? '');
      expect(graceEnds).toBeGreaterThanOrEqual(before + 4_000 - 1_000);
      expect(graceEnds).toBeLessThanOrEqual(answered + 4_000);

      for (const secret of [key.secret, rotated.secret]) {
        const response = await whoami({ apiKey: secret });
        expect(response.status, response.text).toBe(200);
        expect(response.body.credential.id).toBe(key.id);
      }
      // The checks above ran inside the grace period (4 s leaves room for a loaded CI machine).
      expect(Date.now()).toBeLessThan(before + 3_000);

      await sleep(Math.max(0, answered + 4_500 - Date.now()));
      const old = await whoami({ apiKey: key.secret });
      expectProblem(old, { status: 401, code: 'invalid_credential', instance: '/v1/whoami' });
      expect((await whoami({ apiKey: rotated.secret })).status).toBe(200);
      const after = await api('GET', `/v1/api-keys/${key.id}`, { token: session.access_token });
      expect(after.body).toMatchObject({ status: 'active', previous_secret_expires_at: null });
    });
  });

  describe('expiry', () => {
    it('a key past its expires_at answers 403 credential_expired and is listed as expired', async () => {
      const session = await owner();
      const expiresAt = Date.now() + 2_000;
      const key = await createApiKey(api, session.access_token, ['keys:read'], {
        expires_at: new Date(expiresAt).toISOString(),
      });
      // The API's timestamps may drop the milliseconds.
      expect(Date.parse(key.expires_at ?? '')).toBeGreaterThanOrEqual(Math.floor(expiresAt / 1000) * 1000);
      expect(Date.parse(key.expires_at ?? '')).toBeLessThanOrEqual(expiresAt);
      expect((await whoami({ apiKey: key.secret })).status).toBe(200);

      await sleep(Math.max(0, expiresAt + 500 - Date.now()));
      for (const { as } of PRESENTATIONS) await expectRefused(as(key.secret), 'credential_expired');
      const list = await api('GET', '/v1/api-keys', { token: session.access_token });
      expect(list.body.data).toEqual([expect.objectContaining({ id: key.id, status: 'expired' })]);
      const got = await api('GET', `/v1/api-keys/${key.id}`, { token: session.access_token });
      expect(got.body.status).toBe('expired');

      const path = `/v1/api-keys/${key.id}/rotate`;
      const rotate = await api('POST', path, {
        token: session.access_token,
        body: { grace_period_seconds: 0 },
      });
      expectProblem(rotate, { status: 409, code: 'conflict', instance: path });
    });

    it.each([
      { name: 'in the past', expiresAt: () => new Date(Date.now() - 60_000).toISOString() },
      { name: 'one second ago', expiresAt: () => new Date(Date.now() - 1_000).toISOString() },
      {
        name: 'beyond the maximum (365 days)',
        expiresAt: () => new Date(Date.now() + 366 * DAY_MS).toISOString(),
      },
    ])('expires_at $name answers 400 invalid_request and creates nothing', async ({ expiresAt }) => {
      const session = await owner();
      const response = await api('POST', '/v1/api-keys', {
        token: session.access_token,
        body: { name: 'bad expiry', scopes: ['keys:read'], expires_at: expiresAt() },
      });
      expectProblem(response, { status: 400, code: 'invalid_request', instance: '/v1/api-keys' });
      const list = await api('GET', '/v1/api-keys', { token: session.access_token });
      expect(list.body.data).toEqual([]);
    });
  });

  describe('PATCH', () => {
    it.each([
      { name: 'adding a scope', from: ['keys:read'], to: ['keys:read', 'keys:write'] },
      { name: 'swapping a scope', from: ['keys:read'], to: ['org:read'] },
    ])('$name answers 403 scope_widening and changes nothing', async ({ from, to }) => {
      const session = await owner();
      const key = await createApiKey(api, session.access_token, from);
      const path = `/v1/api-keys/${key.id}`;
      const response = await api('PATCH', path, { token: session.access_token, body: { scopes: to } });
      expectProblem(response, { status: 403, code: 'scope_widening', instance: path });
      const after = await api('GET', path, { token: session.access_token });
      expect(after.body.scopes).toEqual(from);
      const seen = await whoami({ apiKey: key.secret });
      expect(sorted(seen.body.scopes)).toEqual(sorted(from));
    });

    it('narrowing answers 200 and takes effect on the very next request', async () => {
      const session = await owner();
      const key = await createApiKey(api, session.access_token, ['keys:read', 'keys:write']);
      const probe = () =>
        api('POST', '/v1/api-keys', { apiKey: key.secret, body: { name: 'probe', scopes: ['keys:read'] } });
      expect((await probe()).status).toBe(201);

      const path = `/v1/api-keys/${key.id}`;
      const response = await api('PATCH', path, {
        token: session.access_token,
        body: { scopes: ['keys:read'] },
      });
      expect(response.status, response.text).toBe(200);
      expect(response.body).toMatchObject({
        id: key.id,
        scopes: ['keys:read'],
        effective_scopes: ['keys:read'],
      });
      expect(response.body).not.toHaveProperty('secret');

      expectProblem(await probe(), { status: 403, code: 'insufficient_scope', instance: '/v1/api-keys' });
      expect((await whoami({ apiKey: key.secret })).body.scopes).toEqual(['keys:read']);
    });

    it('renaming answers 200 with the new name and keeps the scopes', async () => {
      const session = await owner();
      const key = await createApiKey(api, session.access_token, ['keys:read']);
      const path = `/v1/api-keys/${key.id}`;
      const response = await api('PATCH', path, { token: session.access_token, body: { name: 'Renamed' } });
      expect(response.status, response.text).toBe(200);
      expect(response.body).toMatchObject({ id: key.id, name: 'Renamed', scopes: ['keys:read'] });
    });
  });

  describe("another org's key", () => {
    let key: ApiKeyWithSecret;
    let ownerA: Session;
    let ownerB: Session;
    let keyB: ApiKeyWithSecret;
    beforeAll(async () => {
      ownerA = await owner();
      key = await createApiKey(api, ownerA.access_token, ['keys:read']);
      ownerB = await owner();
      keyB = await createApiKey(api, ownerB.access_token, ['keys:read', 'keys:write']);
    });

    const callers = [
      { caller: "org B's owner session", as: (): CallOptions => ({ token: ownerB.access_token }) },
      { caller: "org B's API key", as: (): CallOptions => ({ apiKey: keyB.secret }) },
    ];
    const operations = [
      { operation: 'GET', method: 'GET', suffix: '', body: undefined },
      { operation: 'PATCH', method: 'PATCH', suffix: '', body: { name: 'mine now' } },
      { operation: 'DELETE', method: 'DELETE', suffix: '', body: undefined },
      { operation: 'rotate', method: 'POST', suffix: '/rotate', body: { grace_period_seconds: 0 } },
    ];
    it.each(operations.flatMap((o) => callers.map((c) => ({ ...o, ...c }))))(
      '$operation by $caller answers 404 not_found and changes nothing',
      async ({ method, suffix, body, as }) => {
        const path = `/v1/api-keys/${key.id}${suffix}`;
        const response = await api(method, path, { ...as(), body });
        expectProblem(response, { status: 404, code: 'not_found', instance: path });
        const seen = await whoami({ apiKey: key.secret });
        expect(seen.status, seen.text).toBe(200);
        expect(seen.body.credential.prefix).toBe(key.prefix);
        const own = await api('GET', `/v1/api-keys/${key.id}`, { token: ownerA.access_token });
        expect(own.body).toMatchObject({ name: 'behaviour test', status: 'active' });
      },
    );

    it("an unknown key id answers 404 not_found like another org's", async () => {
      const path = `/v1/api-keys/key_${'0'.repeat(26)}`;
      expectProblem(await api('GET', path, { token: ownerB.access_token }), {
        status: 404,
        code: 'not_found',
        instance: path,
      });
    });
  });

  describe('Idempotency-Key', () => {
    it('the same key and body replays the first response (same id and secret) and creates one key', async () => {
      const session = await owner();
      const body = { name: 'deploy hook', scopes: ['keys:read'] };
      const caller = { token: session.access_token };
      const { first, replay } = await postTwice(api, '/v1/api-keys', caller, body, 'create-once');
      expect(replay.headers.get('cache-control')).toBe('no-store');
      expect(replay.body.secret).toMatch(API_KEY_SECRET);

      const list = await api('GET', '/v1/api-keys', { token: session.access_token });
      expect(list.body.data.map((k: ApiKey) => k.id)).toEqual([first.body.id]);
      expect((await whoami({ apiKey: first.body.secret })).status).toBe(200);
    });

    it('the same key with a different body answers 409 idempotency_key_reused and creates nothing more', async () => {
      const session = await owner();
      const call = (name: string) =>
        api('POST', '/v1/api-keys', {
          token: session.access_token,
          headers: { 'idempotency-key': 'reused' },
          body: { name, scopes: ['keys:read'] },
        });
      const first = await call('first');
      expect(first.status, first.text).toBe(201);
      expectProblem(await call('second'), {
        status: 409,
        code: 'idempotency_key_reused',
        instance: '/v1/api-keys',
      });
      const list = await api('GET', '/v1/api-keys', { token: session.access_token });
      expect(list.body.data.map((k: ApiKey) => k.id)).toEqual([first.body.id]);
    });

    it('a replayed rotate returns the same new secret and does not rotate twice', async () => {
      const session = await owner();
      const key = await createApiKey(api, session.access_token, ['keys:read']);
      const rotate = () =>
        api('POST', `/v1/api-keys/${key.id}/rotate`, {
          token: session.access_token,
          headers: { 'idempotency-key': 'rotate-once' },
          body: { grace_period_seconds: 0 },
        });
      const first = await rotate();
      expect(first.status, first.text).toBe(200);
      const replay = await rotate();
      expect(replay.status, replay.text).toBe(200);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.body.secret).toBe(first.body.secret);
      // A second rotation would have retired the first new secret at once (grace 0).
      expect((await whoami({ apiKey: first.body.secret })).status).toBe(200);
    });
  });

  describe('pagination', () => {
    let session: Session;
    /** Newest first. */
    let ids: string[];
    beforeAll(async () => {
      session = await owner();
      const created: string[] = [];
      // One at a time: the creation order is the order the list must reverse.
      for (let i = 0; i < 120; i++) {
        created.push((await createApiKey(api, session.access_token, ['keys:read'], { name: `key ${i}` })).id);
      }
      ids = created.reverse();
    });

    it.each([
      { name: 'limit 7', limit: 7, pageSizes: [...Array(17).fill(7), 1] },
      { name: 'the default limit (50)', limit: undefined, pageSizes: [50, 50, 20] },
      { name: 'limit 200', limit: 200, pageSizes: [120] },
    ])(
      '$name returns every key exactly once, newest first, next_cursor null at the end',
      async ({ limit, pageSizes }) => {
        const { ids: seen, sizes } = await collectPages(api, '/v1/api-keys', asToken(session), limit);
        expect(seen).toEqual(ids);
        expect(new Set(seen).size).toBe(120);
        expect(sizes).toEqual(pageSizes);
      },
    );

    it.each([
      { name: 'not base64url JSON', cursor: () => 'not-a-cursor' },
      { name: 'a real cursor cut short', cursor: (real: string) => real.slice(0, -3) },
      { name: 'a real cursor with a character changed', cursor: (real: string) => `!${real.slice(1)}` },
    ])('a garbled cursor ($name) answers 400 invalid_request', async ({ cursor }) => {
      const first = await api('GET', '/v1/api-keys?limit=7', { token: session.access_token });
      const real: string = first.body.next_cursor;
      expect(real).toEqual(expect.any(String));
      const response = await api('GET', `/v1/api-keys?cursor=${encodeURIComponent(cursor(real))}`, {
        token: session.access_token,
      });
      expectProblem(response, { status: 400, code: 'invalid_request', instance: '/v1/api-keys' });
    });
  });

  describe('filters', () => {
    let session: Session;
    let member: Session;
    const keys = {} as Record<'expired' | 'revoked' | 'owner' | 'member', ApiKeyWithSecret>;
    beforeAll(async () => {
      session = await owner();
      member = (await joinAs(api, session.access_token, session.org.id, 'member')).session;
      const expiresAt = Date.now() + 2_000;
      keys.expired = await createApiKey(api, session.access_token, ['keys:read'], {
        name: 'expiring',
        expires_at: new Date(expiresAt).toISOString(),
      });
      keys.revoked = await createApiKey(api, session.access_token, ['keys:read', 'keys:write'], {
        name: 'revoked',
      });
      must(
        await api('DELETE', `/v1/api-keys/${keys.revoked.id}`, { token: session.access_token }),
        200,
        'revoke',
      );
      keys.owner = await createApiKey(api, session.access_token, ['keys:write'], { name: 'owner write' });
      keys.member = await createApiKey(api, member.access_token, ['keys:read'], { name: 'member read' });
      await sleep(Math.max(0, expiresAt + 500 - Date.now()));
    });

    type Name = keyof typeof keys;
    it.each([
      { query: '', want: ['member', 'owner', 'revoked', 'expired'] as Name[] },
      { query: 'status=active', want: ['member', 'owner'] as Name[] },
      { query: 'status=revoked', want: ['revoked'] as Name[] },
      { query: 'status=expired', want: ['expired'] as Name[] },
      { query: 'created_by=<member>', want: ['member'] as Name[] },
      { query: 'created_by=<owner>', want: ['owner', 'revoked', 'expired'] as Name[] },
      { query: 'created_by=usr_nobody', want: [] as Name[] },
      { query: 'scope=keys:write', want: ['owner', 'revoked'] as Name[] },
      { query: 'scope=keys:read', want: ['member', 'revoked', 'expired'] as Name[] },
      { query: 'scope=org:read', want: [] as Name[] },
      { query: 'status=active&scope=keys:read', want: ['member'] as Name[] },
      { query: 'status=revoked&created_by=<member>', want: [] as Name[] },
    ])('GET /v1/api-keys?$query lists $want', async ({ query, want }) => {
      // Keys: expired and revoked (the owner's), owner (keys:write) and member (keys:read); newest first.
      const resolved = query.replace('<member>', member.user.id).replace('<owner>', session.user.id);
      const response = await api('GET', `/v1/api-keys${resolved === '' ? '' : `?${resolved}`}`, {
        token: session.access_token,
      });
      expect(response.status, response.text).toBe(200);
      expect(response.body.data.map((k: ApiKey) => k.id)).toEqual(want.map((name) => keys[name].id));
      expect(response.body.next_cursor).toBeNull();
      const statuses: Record<Name, ApiKey['status']> = {
        expired: 'expired',
        revoked: 'revoked',
        owner: 'active',
        member: 'active',
      };
      expect(response.body.data.map((k: ApiKey) => k.status)).toEqual(want.map((name) => statuses[name]));
    });
  });

  describe('rate-limit headers', () => {
    let session: Session;
    let key: ApiKeyWithSecret;
    beforeAll(async () => {
      session = await owner();
      key = await createApiKey(api, session.access_token, ['keys:read']);
    });

    it.each([
      { name: 'a 200 to an API key', call: () => whoami({ apiKey: key.secret }), status: 200 },
      {
        name: 'a 200 to a session',
        call: () => api('GET', '/v1/api-keys', { token: session.access_token }),
        status: 200,
      },
      {
        name: 'a 201 to a session',
        call: () =>
          api('POST', '/v1/api-keys', {
            token: session.access_token,
            body: { name: 'n', scopes: ['keys:read'] },
          }),
        status: 201,
      },
      {
        name: 'a 403 insufficient_scope',
        call: () =>
          api('POST', '/v1/api-keys', { apiKey: key.secret, body: { name: 'n', scopes: ['keys:read'] } }),
        status: 403,
      },
      {
        name: 'a 404',
        call: () => api('GET', `/v1/api-keys/key_${'0'.repeat(26)}`, { apiKey: key.secret }),
        status: 404,
      },
    ])(
      '$name carries integer RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset',
      async ({ call, status }) => {
        const response = await call();
        expect(response.status, response.text).toBe(status);
        expect(response.headers.get('ratelimit-limit')).toBe(SERVER_ENV.KEYWAY_RATE_LIMIT);
        expect(response.headers.get('ratelimit-remaining')).toMatch(/^\d+$/);
        expect(Number(response.headers.get('ratelimit-remaining'))).toBeLessThan(
          Number(SERVER_ENV.KEYWAY_RATE_LIMIT),
        );
        expect(response.headers.get('ratelimit-reset')).toMatch(/^\d+$/);
        expect(Number(response.headers.get('ratelimit-reset'))).toBeLessThanOrEqual(60);
      },
    );
  });
});
