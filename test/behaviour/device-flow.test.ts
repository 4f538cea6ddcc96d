// RFC 8628 device authorization against the real server on both backends: the device
// authorization endpoint (§3.1–3.2), the person's answer through POST /v1/device/verify (§3.3),
// and the token endpoint's device grant with every §3.5 outcome. The device page itself is in
// device-page.test.ts, and a real browser drives it in test/browser/.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import type { Database } from '../../server/db/database.ts';
import { redeemApproved } from '../../server/device-authorization.ts';
import { createServices } from '../../server/services.ts';
import { startServer } from '../../server/start.ts';
import { type ApiResponse, signup } from '../support/api.ts';
import { BACKENDS } from '../support/backends.ts';
import { postForm, useServerDatabase } from './agent-flows.ts';
import {
  createApiKey,
  createServiceAccount,
  expectProblem,
  type Joined,
  JWT,
  joinAs,
  jwtPart,
  REFRESH_TOKEN,
  roleScopes,
  SERVER_ENV,
  sorted,
  useServer,
} from './flows.ts';

const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
const USER_CODE = /^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$/;
const DEVICE_CODE = /^kwd_[0-9A-Za-z]{42}$/;
const ENV = { ...SERVER_ENV, KEYWAY_DEVICE_POLL_INTERVAL: '1', KEYWAY_DEVICE_CLIENT_IDS: 'acme-tv' };

interface Started {
  device_code: string;
  user_code: string;
  verification_uri: string;
  verification_uri_complete: string;
  expires_in: number;
  interval: number;
}

/** Asserts an RFC 6749 §5.2 error body with `error`; returns the response. */
function expectOAuthError(response: ApiResponse, status: number, error: string): ApiResponse {
  expect({ status: response.status, error: response.body?.error }, response.text).toEqual({ status, error });
  expect(typeof response.body.error_description).toBe('string');
  expect(response.headers.get('cache-control')).toBe('no-store');
  return response;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(BACKENDS.map((make) => make()))('RFC 8628 device flow on $name', (backend) => {
  const running = useServer(backend, ENV);
  const { api } = running;
  const serverDatabase = useServerDatabase(running);
  let db: Database;
  let owner: Awaited<ReturnType<typeof signup>>;

  beforeAll(async () => {
    db = serverDatabase();
    owner = await signup(api);
  });

  const url = () => running.server.url;
  const start = async (fields: Record<string, string> = { client_id: 'keyway-cli' }): Promise<Started> => {
    const response = await postForm(url(), '/oauth/device_authorization', fields);
    expect(response.status, response.text).toBe(200);
    return response.body;
  };
  const poll = (deviceCode: string, clientId = 'keyway-cli') =>
    postForm(url(), '/oauth/token', {
      grant_type: DEVICE_GRANT,
      device_code: deviceCode,
      client_id: clientId,
    });
  const verify = (token: string, body: Record<string, unknown>) =>
    api('POST', '/v1/device/verify', { token, body });
  /** Polls once the interval has passed (interval 1 s in these tests). */
  const pollAfterInterval = async (deviceCode: string, seconds = 1) => {
    await sleep(seconds * 1000 + 50);
    return poll(deviceCode);
  };

  describe('the device authorization endpoint (§3.1–3.2)', () => {
    it('answers the codes, the verification URIs, expires_in and interval, with no-store', async () => {
      const response = await postForm(url(), '/oauth/device_authorization', {
        client_id: 'keyway-cli',
        scope: 'keys:read org:read',
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = response.body as Started;
      expect(body.device_code).toMatch(DEVICE_CODE);
      expect(body.user_code).toMatch(USER_CODE);
      expect(body.verification_uri).toBe(`${url()}/device`);
      expect(body.verification_uri_complete).toBe(`${url()}/device?user_code=${body.user_code}`);
      expect(body).toMatchObject({ expires_in: 600, interval: 1 });
    });

    it('accepts a JSON body too', async () => {
      const response = await api('POST', '/oauth/device_authorization', {
        body: { client_id: 'keyway-cli' },
      });
      expect(response.status).toBe(200);
      expect(response.body.user_code).toMatch(USER_CODE);
    });

    it('keeps neither code in the clear: only their hashes are stored', async () => {
      const started = await start();
      const rows = await db.selectFrom('device_authorizations').selectAll().execute();
      const dump = JSON.stringify(rows);
      expect(rows.length).toBeGreaterThan(0);
      expect(dump).not.toContain(started.device_code);
      expect(dump).not.toContain(started.device_code.slice(4, 20));
      expect(dump).not.toContain(started.user_code.replace('-', ''));
      expect(dump).not.toContain(started.user_code);
    });

    it('gives different codes each time', async () => {
      const codes = await Promise.all(Array.from({ length: 10 }, () => start()));
      expect(new Set(codes.map((c) => c.user_code)).size).toBe(10);
      expect(new Set(codes.map((c) => c.device_code)).size).toBe(10);
    });

    const refused: Array<{ name: string; fields: Record<string, string>; status: number; error: string }> = [
      {
        name: 'a client id not on the allow-list',
        fields: { client_id: 'evil-cli' },
        status: 401,
        error: 'invalid_client',
      },
      {
        name: 'a service account id',
        fields: { client_id: 'sa_01JD9Y2K5T8N4C' },
        status: 401,
        error: 'invalid_client',
      },
      {
        name: 'a scope outside the catalogue',
        fields: { client_id: 'keyway-cli', scope: 'keys:read widgets:eat' },
        status: 400,
        error: 'invalid_scope',
      },
      { name: 'no client_id', fields: { scope: 'keys:read' }, status: 400, error: 'invalid_request' },
    ];
    it.each(refused)('refuses $name with $status $error', async ({ fields, status, error }) => {
      expectOAuthError(await postForm(url(), '/oauth/device_authorization', fields), status, error);
    });

    it('lets a client id from KEYWAY_DEVICE_CLIENT_IDS start a flow', async () => {
      const started = await start({ client_id: 'acme-tv' });
      expect(started.user_code).toMatch(USER_CODE);
    });
  });

  describe('the device grant at the token endpoint (§3.4–3.5)', () => {
    it('answers authorization_pending until the person decides', async () => {
      const started = await start();
      expectOAuthError(await poll(started.device_code), 400, 'authorization_pending');
      expectOAuthError(await pollAfterInterval(started.device_code), 400, 'authorization_pending');
    });

    it('answers slow_down when polled within the interval, and each slow_down adds 5 seconds for good', async () => {
      const started = await start();
      const interval = async () =>
        (
          await db
            .selectFrom('device_authorizations')
            .select('poll_interval')
            .where('expires_at', '>', new Date().toISOString())
            .orderBy('id', 'desc')
            .executeTakeFirstOrThrow()
        ).poll_interval;
      expectOAuthError(await poll(started.device_code), 400, 'authorization_pending');
      expectOAuthError(await poll(started.device_code), 400, 'slow_down');
      expect(await interval()).toBe(6);
      // Waiting the original interval is no longer enough: the interval is now 6 seconds.
      expectOAuthError(await pollAfterInterval(started.device_code, 1), 400, 'slow_down');
      expect(await interval()).toBe(11);
    });

    it('keeps the slowed-down interval across server nodes sharing the database', async () => {
      const started = await start();
      const second = await startSecondNode(running.server);
      try {
        expectOAuthError(await poll(started.device_code), 400, 'authorization_pending');
        // The other node knows this code was just polled.
        const other = await postForm(second.url, '/oauth/token', {
          grant_type: DEVICE_GRANT,
          device_code: started.device_code,
          client_id: 'keyway-cli',
        });
        expectOAuthError(other, 400, 'slow_down');
      } finally {
        await second.close();
      }
    });

    it('answers access_denied after the person denies', async () => {
      const started = await start({ client_id: 'keyway-cli', scope: 'keys:read' });
      const denied = await verify(owner.access_token, { user_code: started.user_code, action: 'deny' });
      expect(denied.status).toBe(200);
      expect(denied.body).toEqual({ status: 'denied', client_id: 'keyway-cli', scopes: [] });
      expectOAuthError(await poll(started.device_code), 400, 'access_denied');
    });

    it('answers expired_token once the code has expired', async () => {
      const started = await start();
      // Time passing, without a ten-minute wait: the row's expiry moves into the past.
      await db
        .updateTable('device_authorizations')
        .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
        .where('status', '=', 'pending')
        .execute();
      expectOAuthError(await poll(started.device_code), 400, 'expired_token');
      // The person can no longer answer it either.
      expectProblem(await verify(owner.access_token, { user_code: started.user_code, action: 'approve' }), {
        status: 404,
        code: 'not_found',
        instance: '/v1/device/verify',
      });
    });

    it('answers invalid_grant for an unknown device code, and for a malformed one', async () => {
      const started = await start();
      const unknown = `kwd_${'A'.repeat(36)}`;
      expectOAuthError(await poll(`${unknown}000000`), 400, 'invalid_grant');
      expectOAuthError(await poll(`${started.device_code}x`), 400, 'invalid_grant');
    });

    it('answers invalid_grant for a code issued to another client', async () => {
      const started = await start({ client_id: 'acme-tv' });
      expectOAuthError(await poll(started.device_code, 'keyway-cli'), 400, 'invalid_grant');
    });

    it('answers invalid_client for a client id off the allow-list, invalid_request without device_code', async () => {
      const started = await start();
      expectOAuthError(await poll(started.device_code, 'evil-cli'), 401, 'invalid_client');
      expectOAuthError(
        await postForm(url(), '/oauth/token', { grant_type: DEVICE_GRANT, client_id: 'keyway-cli' }),
        400,
        'invalid_request',
      );
    });

    it('answers unauthorized_client when a service account uses the device grant', async () => {
      const account = await createServiceAccount(api, owner.access_token, ['keys:read'], 'device-sa');
      const started = await start();
      const response = await postForm(
        url(),
        '/oauth/token',
        { grant_type: DEVICE_GRANT, device_code: started.device_code, client_id: 'keyway-cli' },
        {
          authorization: `Basic ${Buffer.from(`${account.client_id}:${account.secret}`).toString('base64')}`,
        },
      );
      expectOAuthError(response, 400, 'unauthorized_client');
    });

    it('after approval: a token response for the approving person and org, then invalid_grant for the spent code', async () => {
      const started = await start({ client_id: 'keyway-cli', scope: 'keys:read org:read' });
      const approved = await verify(owner.access_token, { user_code: started.user_code, action: 'approve' });
      expect(approved.body).toEqual({
        status: 'approved',
        client_id: 'keyway-cli',
        scopes: ['keys:read', 'org:read'],
      });
      const response = await poll(started.device_code);
      expect(response.status, response.text).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.body).toMatchObject({
        token_type: 'Bearer',
        expires_in: 900,
        scope: 'keys:read org:read',
      });
      expect(response.body.access_token).toMatch(JWT);
      expect(response.body.refresh_token).toMatch(REFRESH_TOKEN);
      expect(jwtPart(response.body.access_token, 0)).toMatchObject({ typ: 'at+jwt', alg: 'EdDSA' });
      expect(jwtPart(response.body.access_token, 1)).toMatchObject({
        sub: owner.user.id,
        org_id: owner.org.id,
        client_id: 'keyway-cli',
        scope: 'keys:read org:read',
      });
      const me = await api('GET', '/v1/whoami', { token: response.body.access_token });
      expect(me.body).toMatchObject({ principal: { id: owner.user.id }, org: { id: owner.org.id } });
      expect(sorted(me.body.scopes)).toEqual(['keys:read', 'org:read']);
      await sleep(1050);
      expectOAuthError(await poll(started.device_code), 400, 'invalid_grant');
    });

    it('the refresh token rotates and keeps the approved scopes; another client cannot use it', async () => {
      const started = await start({ client_id: 'keyway-cli', scope: 'keys:read' });
      await verify(owner.access_token, { user_code: started.user_code, action: 'approve' });
      const tokens = (await poll(started.device_code)).body;
      expectOAuthError(
        await postForm(url(), '/oauth/token', {
          grant_type: 'refresh_token',
          refresh_token: tokens.refresh_token,
          client_id: 'acme-tv',
        }),
        400,
        'invalid_grant',
      );
      const refreshed = await postForm(url(), '/oauth/token', {
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token,
        client_id: 'keyway-cli',
      });
      expect(refreshed.status, refreshed.text).toBe(200);
      expect(refreshed.body.scope).toBe('keys:read');
      expect(refreshed.body.refresh_token).toMatch(REFRESH_TOKEN);
      expect(refreshed.body.refresh_token).not.toBe(tokens.refresh_token);
      expect(jwtPart(refreshed.body.access_token, 1)).toMatchObject({
        client_id: 'keyway-cli',
        scope: 'keys:read',
      });
      // RFC 6749 §6: no widening on refresh.
      expectOAuthError(
        await postForm(url(), '/oauth/token', {
          grant_type: 'refresh_token',
          refresh_token: refreshed.body.refresh_token,
          client_id: 'keyway-cli',
          scope: 'keys:read keys:write',
        }),
        400,
        'invalid_scope',
      );
      // Introspection names the client the refresh token was issued to.
      const introspected = await postForm(
        url(),
        '/oauth/introspect',
        { token: refreshed.body.refresh_token },
        { authorization: `Bearer ${owner.access_token}` },
      );
      expect(introspected.body).toMatchObject({
        active: true,
        client_id: 'keyway-cli',
        token_type: 'refresh_token',
      });
    });

    it('redeems a code exactly once under 50 concurrent polls spread over two nodes', async () => {
      // A scope set no other test in this file approves, to count this code's sessions.
      const started = await start({ client_id: 'keyway-cli', scope: 'agents:read app-tokens:read' });
      await verify(owner.access_token, { user_code: started.user_code, action: 'approve' });
      const second = await startSecondNode(running.server);
      try {
        const responses = await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            i % 2 === 0
              ? poll(started.device_code)
              : postForm(second.url, '/oauth/token', {
                  grant_type: DEVICE_GRANT,
                  device_code: started.device_code,
                  client_id: 'keyway-cli',
                }),
          ),
        );
        const statuses = responses.map((r) => (r.status === 200 ? 'tokens' : r.body.error));
        expect(statuses.filter((s) => s === 'tokens')).toHaveLength(1);
        // The others polled at the same moment: too fast, or the code was already spent.
        for (const status of statuses.filter((s) => s !== 'tokens'))
          expect(['slow_down', 'invalid_grant']).toContain(status);
      } finally {
        await second.close();
      }
      const sessions = await db
        .selectFrom('sessions')
        .select('id')
        .where('user_id', '=', owner.user.id)
        .where('scopes', '=', JSON.stringify(['agents:read', 'app-tokens:read']))
        .execute();
      expect(sessions).toHaveLength(1);
    });

    it('the redemption alone is once-only: 20 concurrent redemptions of one approval make one session', async () => {
      // The poll-rate compare-and-set usually stops concurrent polls first; this checks the
      // second guard, the conditional update on redeemed_at, without it.
      const services = await createServices(
        db,
        loadConfig({ KEYWAY_DATA_DIR: running.server.dataDir }),
        () => running.server.url,
      );
      const started = await start({ client_id: 'keyway-cli', scope: 'audit:read' });
      await verify(owner.access_token, { user_code: started.user_code, action: 'approve' });
      const row = await db
        .selectFrom('device_authorizations')
        .select('id')
        .where('status', '=', 'approved')
        .where('granted_scopes', '=', JSON.stringify(['audit:read']))
        .executeTakeFirstOrThrow();
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, () => redeemApproved(services, row.id, 'keyway-cli')),
      ).finally(() => services.authChanges.close());
      expect(outcomes.filter((o) => o.status === 'approved')).toHaveLength(1);
      expect(outcomes.filter((o) => o.status === 'invalid')).toHaveLength(19);
    });

    it('answers access_denied when the approving person left the org before the poll', async () => {
      const member: Joined = await joinAs(api, owner.access_token, owner.org.id, 'member');
      const started = await start({ client_id: 'keyway-cli', scope: 'keys:read' });
      expect(
        (await verify(member.session.access_token, { user_code: started.user_code, action: 'approve' }))
          .status,
      ).toBe(200);
      expect(
        (await api('DELETE', `/v1/members/${member.userId}`, { token: owner.access_token })).status,
      ).toBe(204);
      const response = expectOAuthError(await poll(started.device_code), 400, 'access_denied');
      expect(response.body.error_description).toContain('no longer a member');
    });

    it('a device login refreshes only as its own client, and not through /v1/auth/refresh', async () => {
      const started = await start({ client_id: 'keyway-cli', scope: 'keys:read' });
      await verify(owner.access_token, { user_code: started.user_code, action: 'approve' });
      const tokens = (await poll(started.device_code)).body;
      expectOAuthError(
        await postForm(url(), '/oauth/token', {
          grant_type: 'refresh_token',
          refresh_token: tokens.refresh_token,
        }),
        400,
        'invalid_grant',
      );
      expectProblem(
        await api('POST', '/v1/auth/refresh', { body: { refresh_token: tokens.refresh_token } }),
        {
          status: 401,
          code: 'invalid_credential',
          instance: '/v1/auth/refresh',
        },
      );
      // Both refusals left the token usable by its own client.
      const refreshed = await postForm(url(), '/oauth/token', {
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token,
        client_id: 'keyway-cli',
      });
      expect(refreshed.status, refreshed.text).toBe(200);
    });
  });

  describe('answering a code (POST /v1/device/verify, §3.3)', () => {
    it('matches the code case-insensitively, ignoring the dash and spaces', async () => {
      for (const typed of [
        (c: string) => c.toLowerCase(),
        (c: string) => c.replace('-', ''),
        (c: string) => ` ${c.replace('-', ' ').toLowerCase()} `,
      ]) {
        const started = await start();
        const response = await verify(owner.access_token, {
          user_code: typed(started.user_code),
          action: 'deny',
        });
        expect(response.status, `${typed(started.user_code)}: ${response.text}`).toBe(200);
      }
    });

    it('never accepts a code that is almost right', async () => {
      const started = await start();
      const code = started.user_code;
      const oneOff = `${code.slice(0, 8)}${code[8] === 'B' ? 'C' : 'B'}`;
      const person = await signup(api);
      expectProblem(await verify(person.access_token, { user_code: oneOff, action: 'approve' }), {
        status: 404,
        code: 'not_found',
        instance: '/v1/device/verify',
      });
      expectProblem(await verify(person.access_token, { user_code: code.slice(0, 8), action: 'approve' }), {
        status: 404,
        code: 'not_found',
        instance: '/v1/device/verify',
      });
      expectProblem(await verify(person.access_token, { user_code: `${code}B`, action: 'approve' }), {
        status: 404,
        code: 'not_found',
        instance: '/v1/device/verify',
      });
      expectOAuthError(await poll(started.device_code), 400, 'authorization_pending');
    });

    it('locks code entry after 5 wrong codes: the 6th attempt is 429 even with the right code', async () => {
      const person = await signup(api);
      const started = await start();
      // A right code before the lock does not count towards it.
      const early = await start();
      expect((await verify(person.access_token, { user_code: early.user_code, action: 'deny' })).status).toBe(
        200,
      );
      for (let i = 0; i < 5; i++) {
        expectProblem(await verify(person.access_token, { user_code: 'BBBB-BBBB', action: 'approve' }), {
          status: 404,
          code: 'not_found',
          instance: '/v1/device/verify',
        });
      }
      const locked = await verify(person.access_token, { user_code: started.user_code, action: 'approve' });
      expectProblem(locked, { status: 429, code: 'rate_limited', instance: '/v1/device/verify' });
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
      // Someone else can still answer it: the lock is per person.
      expect(
        (await verify(owner.access_token, { user_code: started.user_code, action: 'deny' })).status,
      ).toBe(200);
    });

    it("caps the granted scopes by the approving person's role", async () => {
      const scopes = await roleScopes(api);
      const viewer: Joined = await joinAs(api, owner.access_token, owner.org.id, 'viewer');
      const started = await start({ client_id: 'keyway-cli', scope: 'keys:read keys:write members:write' });
      const approved = await verify(viewer.session.access_token, {
        user_code: started.user_code,
        action: 'approve',
      });
      expect(approved.status, approved.text).toBe(200);
      expect(approved.body.scopes).toEqual(['keys:read']);
      expect(scopes.viewer).not.toContain('keys:write');
      const tokens = await poll(started.device_code);
      expect(tokens.body.scope).toBe('keys:read');
      expect(jwtPart(tokens.body.access_token, 1)).toMatchObject({
        sub: viewer.session.user.id,
        org_id: owner.org.id,
      });
    });

    it('with no scope asked for, grants what the approving role allows', async () => {
      const scopes = await roleScopes(api);
      const member: Joined = await joinAs(api, owner.access_token, owner.org.id, 'member');
      const started = await start();
      const approved = await verify(member.session.access_token, {
        user_code: started.user_code,
        action: 'approve',
      });
      expect(sorted(approved.body.scopes)).toEqual(sorted(scopes.member));
      expect(sorted((await poll(started.device_code)).body.scope.split(' '))).toEqual(sorted(scopes.member));
    });

    it('grants a picked subset; a pick beyond the request is 400', async () => {
      const started = await start({ client_id: 'keyway-cli', scope: 'keys:read keys:write' });
      const beyond = await verify(owner.access_token, {
        user_code: started.user_code,
        action: 'approve',
        scopes: ['org:write'],
      });
      expectProblem(beyond, { status: 400, code: 'invalid_request', instance: '/v1/device/verify' });
      const picked = await verify(owner.access_token, {
        user_code: started.user_code,
        action: 'approve',
        scopes: ['keys:read'],
      });
      expect(picked.body.scopes).toEqual(['keys:read']);
      expect((await poll(started.device_code)).body.scope).toBe('keys:read');
    });

    it("a device's own login cannot approve another device (403 session_required)", async () => {
      const first = await start({ client_id: 'keyway-cli', scope: 'keys:read' });
      await verify(owner.access_token, { user_code: first.user_code, action: 'approve' });
      const cli = (await poll(first.device_code)).body;
      const second = await start({ client_id: 'keyway-cli', scope: 'keys:read' });
      expectProblem(await verify(cli.access_token, { user_code: second.user_code, action: 'approve' }), {
        status: 403,
        code: 'session_required',
        instance: '/v1/device/verify',
      });
      expectOAuthError(await poll(second.device_code), 400, 'authorization_pending');
    });

    it('approving when nothing requested is grantable is 403 role_cap_exceeded; deny still works', async () => {
      const viewer: Joined = await joinAs(api, owner.access_token, owner.org.id, 'viewer');
      const started = await start({ client_id: 'keyway-cli', scope: 'members:write' });
      expectProblem(
        await verify(viewer.session.access_token, { user_code: started.user_code, action: 'approve' }),
        {
          status: 403,
          code: 'role_cap_exceeded',
          instance: '/v1/device/verify',
        },
      );
      expect(
        (await verify(viewer.session.access_token, { user_code: started.user_code, action: 'deny' })).status,
      ).toBe(200);
      expectOAuthError(await poll(started.device_code), 400, 'access_denied');
    });

    it('answers an already answered code with 404', async () => {
      const started = await start();
      expect(
        (await verify(owner.access_token, { user_code: started.user_code, action: 'deny' })).status,
      ).toBe(200);
      expectProblem(await verify(owner.access_token, { user_code: started.user_code, action: 'approve' }), {
        status: 404,
        code: 'not_found',
        instance: '/v1/device/verify',
      });
      expectOAuthError(await poll(started.device_code), 400, 'access_denied');
    });

    it("needs a person's session: an API key is 403 session_required, no credential 401", async () => {
      const key = await createApiKey(api, owner.access_token, ['keys:read']);
      const started = await start();
      expectProblem(
        await api('POST', '/v1/device/verify', {
          token: key.secret,
          body: { user_code: started.user_code, action: 'approve' },
        }),
        { status: 403, code: 'session_required', instance: '/v1/device/verify' },
      );
      expectProblem(
        await api('POST', '/v1/device/verify', { body: { user_code: started.user_code, action: 'approve' } }),
        { status: 401, code: 'unauthenticated', instance: '/v1/device/verify' },
      );
      expectOAuthError(await poll(started.device_code), 400, 'authorization_pending');
    });

    it('records the answer in the audit log, without the codes', async () => {
      const started = await start({ client_id: 'keyway-cli', scope: 'org:read' });
      await verify(owner.access_token, { user_code: started.user_code, action: 'approve' });
      const events = await db
        .selectFrom('audit_events')
        .selectAll()
        .where('action', 'in', ['device.approved', 'device.denied'])
        .where('actor_id', '=', owner.user.id)
        .execute();
      expect(events.length).toBeGreaterThan(0);
      const dump = JSON.stringify(events);
      expect(dump).not.toContain(started.user_code);
      expect(dump).not.toContain(started.device_code);
    });
  });
});

/** Another server process's worth of state on the same database: a second node. */
async function startSecondNode(first: { dataDir: string; databaseUrl: string | null }) {
  const server = await startServer(
    loadConfig({
      ...ENV,
      PORT: '0',
      KEYWAY_DATA_DIR: first.dataDir,
      ...(first.databaseUrl === null ? {} : { DATABASE_URL: first.databaseUrl }),
    }),
  );
  return { url: server.url, close: () => server.close() };
}
