// Ways a credential could gain more than it holds, each closed: rotating a wider key, granting
// a role wider than the calling credential, keys minted by keys outliving them, invitations from
// people since demoted or removed, replaying another credential's idempotent response, and
// concurrent login guesses slipping past the attempt limit.
import { describe, expect, it } from 'vitest';
import { PASSWORD, signup, uniqueEmail } from '../support/api.ts';
import { BACKENDS } from '../support/backends.ts';
import {
  createApiKey,
  createServiceAccount,
  expectProblem,
  invite,
  joinAs,
  must,
  roleScopes,
  SERVER_ENV,
  type Session,
  useServer,
} from './flows.ts';

describe.each(BACKENDS.map((make) => make()))('escalation on $name', (backend) => {
  const running = useServer(backend, { ...SERVER_ENV, KEYWAY_LOGIN_RATE_LIMIT: '3' });
  const { api } = running;

  it('a narrow key cannot rotate a wider key of the same person; the owner’s session can', async () => {
    const owner: Session = await signup(api);
    const wide = await createApiKey(api, owner.access_token, (await roleScopes(api)).owner);
    const narrow = await createApiKey(api, owner.access_token, ['keys:write']);
    const refused = await api('POST', `/v1/api-keys/${wide.id}/rotate`, { apiKey: narrow.secret });
    expectProblem(refused, {
      status: 403,
      code: 'role_cap_exceeded',
      instance: `/v1/api-keys/${wide.id}/rotate`,
    });
    expect(refused.text).not.toMatch(/kwk_/);
    const allowed = await api('POST', `/v1/api-keys/${wide.id}/rotate`, { token: owner.access_token });
    expect(allowed.status).toBe(200);
  });

  it('an equal-rank member may revoke, but not narrow or rotate, another member’s key; an admin may', async () => {
    const owner: Session = await signup(api);
    const alice = await joinAs(api, owner.access_token, owner.org.id, 'member');
    const bob = await joinAs(api, owner.access_token, owner.org.id, 'member');
    const admin = await joinAs(api, owner.access_token, owner.org.id, 'admin');
    const key = await createApiKey(api, alice.session.access_token, ['keys:read', 'keys:write']);
    const path = `/v1/api-keys/${key.id}`;
    const bobToken = bob.session.access_token;
    expectProblem(await api('POST', `${path}/rotate`, { token: bobToken }), {
      status: 403,
      code: 'role_cap_exceeded',
      instance: `${path}/rotate`,
    });
    expectProblem(await api('PATCH', path, { token: bobToken, body: { scopes: ['keys:read'] } }), {
      status: 403,
      code: 'role_cap_exceeded',
      instance: path,
    });
    expect((await api('POST', `${path}/rotate`, { token: admin.session.access_token })).status).toBe(200);
    expect((await api('DELETE', path, { token: bobToken })).status).toBe(200);
  });

  it('a key whose credential holds only members:write cannot grant a role wider than that', async () => {
    const owner: Session = await signup(api);
    const narrow = await createApiKey(api, owner.access_token, ['members:write']);
    const invited = await api('POST', '/v1/invitations', {
      apiKey: narrow.secret,
      body: { invitations: [{ email: uniqueEmail('wide'), role: 'owner' }] },
    });
    expect(invited.status).toBe(200);
    expect(invited.body.results[0]).toMatchObject({
      status: 'rejected',
      error: { code: 'role_cap_exceeded' },
    });
    const member = await joinAs(api, owner.access_token, owner.org.id, 'member');
    const promote = await api('PATCH', `/v1/members/${member.userId}`, {
      apiKey: narrow.secret,
      body: { role: 'admin' },
    });
    expectProblem(promote, {
      status: 403,
      code: 'role_cap_exceeded',
      instance: `/v1/members/${member.userId}`,
    });
  });

  it('a key made by a key expires no later than it, and is revoked with it', async () => {
    const owner: Session = await signup(api);
    const soon = new Date(Date.now() + 60 * 60 * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const parent = await createApiKey(api, owner.access_token, ['keys:read', 'keys:write'], {
      expires_at: soon,
    });
    const child = await createApiKey(api, { apiKey: parent.secret }, ['keys:read', 'keys:write']);
    expect(child.expires_at).toBe(soon);
    const grandchild = await createApiKey(api, { apiKey: child.secret }, ['keys:read']);
    expect((await api('DELETE', `/v1/api-keys/${parent.id}`, { token: owner.access_token })).status).toBe(
      200,
    );
    for (const key of [child, grandchild]) {
      const refused = await api('GET', '/v1/whoami', { apiKey: key.secret });
      expectProblem(refused, { status: 403, code: 'credential_revoked', instance: '/v1/whoami' });
    }
    // A key made with a session is not tied to it.
    const own = await createApiKey(api, owner.access_token, ['keys:read']);
    expect((await api('GET', '/v1/whoami', { apiKey: own.secret })).status).toBe(200);
  });

  it('an invitation from someone since demoted or removed no longer grants their old power', async () => {
    const owner: Session = await signup(api);
    const admin = await joinAs(api, owner.access_token, owner.org.id, 'admin');
    const demotedEmail = uniqueEmail('from-demoted');
    const fromDemoted = await invite(api, admin.session.access_token, demotedEmail, 'admin');
    const removedAdmin = await joinAs(api, owner.access_token, owner.org.id, 'admin');
    const removedEmail = uniqueEmail('from-removed');
    const fromRemoved = await invite(api, removedAdmin.session.access_token, removedEmail, 'member');

    must(
      await api('PATCH', `/v1/members/${admin.userId}`, {
        token: owner.access_token,
        body: { role: 'member' },
      }),
      200,
      'demote',
    );
    must(
      await api('DELETE', `/v1/members/${removedAdmin.userId}`, { token: owner.access_token }),
      204,
      'remove',
    );

    for (const [email, token] of [
      [demotedEmail, fromDemoted.token],
      [removedEmail, fromRemoved.token],
    ] as const) {
      const invitee: Session = await signup(api, { email });
      const accepted = await api('POST', '/v1/invitations/accept', {
        token: invitee.access_token,
        body: { token },
      });
      expectProblem(accepted, { status: 404, code: 'not_found', instance: '/v1/invitations/accept' });
    }
    const list = await api('GET', '/v1/invitations', { token: owner.access_token });
    const removedInvitation = list.body.data.find((i: { id: string }) => i.id === fromRemoved.id);
    expect(removedInvitation.status).toBe('revoked');
  });

  it('an idempotent response is replayed only to the credential that made it', async () => {
    const owner: Session = await signup(api);
    const key = await createApiKey(api, owner.access_token, ['keys:read', 'keys:write']);
    const body = { name: 'once', scopes: ['keys:read'] };
    const headers = { 'idempotency-key': 'same-key-two-credentials' };
    const first = await api('POST', '/v1/api-keys', { token: owner.access_token, body, headers });
    expect(first.status).toBe(201);
    const other = await api('POST', '/v1/api-keys', { apiKey: key.secret, body, headers });
    expect(other.status).toBe(201);
    expect(other.headers.get('idempotent-replayed')).toBeNull();
    expect(other.body.id).not.toBe(first.body.id);
    const replay = await api('POST', '/v1/api-keys', { token: owner.access_token, body, headers });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.secret).toBe(first.body.secret);
  });

  it('concurrent wrong passwords cannot get past the attempt limit (KEYWAY_LOGIN_RATE_LIMIT=3)', async () => {
    const person: Session = await signup(api);
    const attempts = await Promise.all(
      Array.from({ length: 12 }, () =>
        api('POST', '/v1/auth/login', {
          body: { email: person.user.email, password: 'wrong password here' },
        }),
      ),
    );
    const statuses = attempts.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(9);
    const right = await api('POST', '/v1/auth/login', {
      body: { email: person.user.email, password: PASSWORD },
    });
    expectProblem(right, { status: 429, code: 'rate_limited', instance: '/v1/auth/login' });
  });

  it('revoking a key during a rotation grace makes the old secret 403 credential_revoked too', async () => {
    const owner: Session = await signup(api);
    const key = await createApiKey(api, owner.access_token, ['keys:read']);
    const rotated = await api('POST', `/v1/api-keys/${key.id}/rotate`, {
      token: owner.access_token,
      body: { grace_period_seconds: 3600 },
    });
    must(rotated, 200, 'rotate');
    must(await api('DELETE', `/v1/api-keys/${key.id}`, { token: owner.access_token }), 200, 'revoke');
    for (const secret of [key.secret, rotated.body.secret]) {
      const refused = await api('GET', '/v1/whoami', { apiKey: secret });
      expectProblem(refused, { status: 403, code: 'credential_revoked', instance: '/v1/whoami' });
    }
  });

  const exchange = async (apiKey: string) =>
    must(await api('POST', '/v1/access-tokens', { apiKey, body: {} }), 201, 'exchange').body
      .access_token as string;

  it('narrowing a key narrows the access tokens already minted from it', async () => {
    const owner: Session = await signup(api);
    const key = await createApiKey(api, owner.access_token, ['keys:read', 'keys:write']);
    const token = await exchange(key.secret);
    must(
      await api('PATCH', `/v1/api-keys/${key.id}`, {
        token: owner.access_token,
        body: { scopes: ['keys:read'] },
      }),
      200,
      'narrow',
    );
    const me = await api('GET', '/v1/whoami', { token });
    expect(me.body.scopes).toEqual(['keys:read']);
    const refused = await api('POST', '/v1/api-keys', { token, body: { name: 'x', scopes: ['keys:read'] } });
    expectProblem(refused, { status: 403, code: 'insufficient_scope', instance: '/v1/api-keys' });
  });

  it('a token minted before its person was removed stays dead after they rejoin', async () => {
    const owner: Session = await signup(api);
    const member = await joinAs(api, owner.access_token, owner.org.id, 'member');
    const key = await createApiKey(api, member.session.access_token, ['keys:read']);
    const token = await exchange(key.secret);
    must(await api('DELETE', `/v1/members/${member.userId}`, { token: owner.access_token }), 204, 'remove');
    const again = await invite(api, owner.access_token, member.email, 'member');
    must(
      await api('POST', '/v1/invitations/accept', {
        token: member.home.access_token,
        body: { token: again.token },
      }),
      200,
      'rejoin',
    );
    const refused = await api('GET', '/v1/whoami', { token });
    expectProblem(refused, { status: 403, code: 'credential_revoked', instance: '/v1/whoami' });
  });

  it('a key made with a token minted from a key is tied to that key', async () => {
    const owner: Session = await signup(api);
    const parent = await createApiKey(api, owner.access_token, ['keys:read', 'keys:write']);
    const token = await exchange(parent.secret);
    const child = await createApiKey(api, token, ['keys:read']);
    // It expires no later than the token it was made with.
    expect(Date.parse(child.expires_at ?? '')).toBeLessThanOrEqual(Date.now() + 3_600_000);
    must(
      await api('DELETE', `/v1/api-keys/${parent.id}`, { token: owner.access_token }),
      200,
      'revoke the parent',
    );
    const refused = await api('GET', '/v1/whoami', { apiKey: child.secret });
    expectProblem(refused, { status: 403, code: 'credential_revoked', instance: '/v1/whoami' });
  });

  it('a service account can create keys and invitations in the name of the person behind it', async () => {
    const owner: Session = await signup(api);
    const account = await createServiceAccount(api, owner.access_token, [
      'keys:read',
      'keys:write',
      'members:write',
      'org:read',
      'members:read',
      'tokens:read',
      'service-accounts:read',
      'agents:read',
      'app-tokens:read',
    ]);
    const token = must(
      await api('POST', '/v1/access-tokens', {
        body: { service_account_id: account.id, service_account_secret: account.secret },
      }),
      201,
      'exchange the service account',
    ).body.access_token as string;
    const key = await api('POST', '/v1/api-keys', {
      token,
      body: { name: 'from a robot', scopes: ['keys:read'] },
    });
    expect(key.status, key.text).toBe(201);
    expect(key.body.created_by).toBe(owner.user.id);
    const invited = await api('POST', '/v1/invitations', {
      token,
      body: { invitations: [{ email: uniqueEmail('robot'), role: 'viewer' }] },
    });
    expect(invited.status, invited.text).toBe(200);
    expect(invited.body.results[0]).toMatchObject({
      status: 'invited',
      invitation: { invited_by: owner.user.id },
    });
  });

  it('a service account revoking a token not issued to it changes nothing (RFC 7009 §2.1)', async () => {
    const owner: Session = await signup(api);
    const key = await createApiKey(api, owner.access_token, ['keys:read']);
    const token = await exchange(key.secret);
    const account = await createServiceAccount(api, owner.access_token, ['keys:read']);
    const response = await fetch(`${running.server.url}/oauth/revoke`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${account.id}:${account.secret}`).toString('base64')}`,
      },
      body: new URLSearchParams({ token }),
    });
    expect(response.status).toBe(200);
    expect((await api('GET', '/v1/whoami', { token })).status).toBe(200);
  });

  it('a malformed Bearer header is 400 invalid_request (RFC 6750 §3.1)', async () => {
    const response = await api('GET', '/v1/whoami', { headers: { authorization: 'Bearer ' } });
    expectProblem(response, { status: 400, code: 'invalid_request', instance: '/v1/whoami' });
    expect(response.headers.get('www-authenticate')).toContain('error="invalid_request"');
  });
});
