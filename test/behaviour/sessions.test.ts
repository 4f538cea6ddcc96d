// People's sessions through a real server on each backend: sign-up, login (and its failures and
// rate limit), refresh-token rotation with reuse detection, logout, whoami, and the RFC 6750
// challenges on 401s. The behaviour asserted is the K2 contract's "Sessions" and "Auth hook".
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../server/test-server.ts';
import { type ApiResponse, apiFor, PASSWORD, signup, uniqueEmail } from '../support/api.ts';
import { BACKENDS } from '../support/backends.ts';
import {
  BARE_CHALLENGE,
  createApiKey,
  expectProblem,
  INVALID_TOKEN_CHALLENGE,
  JWT,
  jwtPart,
  login,
  REFRESH_TOKEN,
  type Role,
  roleScopes,
  SERVER_ENV,
  type Session,
  sorted,
  TIMESTAMP,
  useServer,
  wellFormedSecret,
  withoutRequestMembers,
  withWrongChecksum,
} from './flows.ts';

describe.each(BACKENDS.map((make) => make()))('sessions on $name', (backend) => {
  const { api } = useServer(backend);
  let scopesOf: Record<Role, string[]>;
  beforeAll(async () => {
    scopesOf = await roleScopes(api);
  });

  describe('signup', () => {
    it('answers 201 with a session: an at+jwt access token, a kwr_ refresh token, the owner role and its scopes', async () => {
      const email = uniqueEmail('signup');
      const response = await api('POST', '/v1/auth/signup', {
        body: { email, password: PASSWORD, name: 'Ada Lovelace', org_name: 'Analytical Engines' },
      });
      expectSession(response, 201, {
        scope: expect.any(String),
        user: { id: expect.stringMatching(/^usr_/), email, name: 'Ada Lovelace' },
        org: { id: expect.stringMatching(/^org_/), name: 'Analytical Engines' },
        role: 'owner',
      });
      expect(sorted(response.body.scope.split(' '))).toEqual(sorted(scopesOf.owner));
      // RFC 9068 §2.1: typ at+jwt; Keyway signs with Ed25519 and names the key.
      expect(jwtPart(response.body.access_token, 0)).toMatchObject({
        typ: 'at+jwt',
        alg: 'EdDSA',
        kid: expect.stringMatching(/\S/),
      });
    });

    it('answers 409 conflict for an email already registered, in another case', async () => {
      const first: Session = await signup(api);
      const again = first.user.email.toUpperCase();
      expect(again).not.toBe(first.user.email);
      const response = await api('POST', '/v1/auth/signup', {
        body: { email: again, password: PASSWORD, name: 'Ada again', org_name: 'Second Engines' },
      });
      expectProblem(response, { status: 409, code: 'conflict', instance: '/v1/auth/signup' });
    });
  });

  describe('login', () => {
    it.each([
      { name: 'as registered', email: (registered: string) => registered },
      { name: 'in upper case', email: (registered: string) => registered.toUpperCase() },
    ])('with the right password and the email $name answers 200 with a new session', async ({ email }) => {
      const person: Session = await signup(api);
      const response = await api('POST', '/v1/auth/login', {
        body: { email: email(person.user.email), password: PASSWORD },
      });
      expectSession(response, 200, {
        scope: person.scope,
        user: person.user,
        org: person.org,
        role: 'owner',
      });
      expect(response.body.access_token).not.toBe(person.access_token);
      expect(response.body.refresh_token).not.toBe(person.refresh_token);
    });

    it('answers the same 401 invalid_credential for an unknown email, a wrong password and an org_id the person is not in', async () => {
      const person: Session = await signup(api);
      const stranger: Session = await signup(api);
      const cases = [
        { name: 'unknown email', body: { email: uniqueEmail('nobody'), password: PASSWORD } },
        { name: 'wrong password', body: { email: person.user.email, password: 'not the right password' } },
        {
          name: 'org_id of an org the person is not in',
          body: { email: person.user.email, password: PASSWORD, org_id: stranger.org.id },
        },
      ];
      let firstBody: Record<string, unknown> | undefined;
      for (const { name, body } of cases) {
        const response = await api('POST', '/v1/auth/login', { body });
        const problem = expectProblem(response, {
          status: 401,
          code: 'invalid_credential',
          instance: '/v1/auth/login',
        });
        // Nothing but the request id tells the failures apart (instance is the same path).
        firstBody ??= withoutRequestMembers(problem);
        expect(withoutRequestMembers(problem), name).toEqual(firstBody);
      }
    });

    it('signs a person in two orgs in to the org named by org_id, else the one they joined first', async () => {
      const person: Session = await signup(api, { org_name: 'First Org' });
      const created = await api('POST', '/v1/orgs', {
        token: person.access_token,
        body: { name: 'Second Org' },
      });
      expect(created.status, created.text).toBe(201);
      const second = { id: created.body.id as string, name: 'Second Org' };
      const cases = [
        { name: 'org_id of the second org', orgId: second.id, want: second },
        { name: 'org_id of the first org', orgId: person.org.id, want: person.org },
        { name: 'no org_id', orgId: undefined, want: person.org },
      ];
      for (const { name, orgId, want } of cases) {
        const session = await login(api, person.user.email, orgId);
        expect({ org: session.org, role: session.role }, name).toEqual({ org: want, role: 'owner' });
        const whoami = await api('GET', '/v1/whoami', { token: session.access_token });
        expect(whoami.body?.org, name).toEqual(want);
      }
    });

    it('answers 429 rate_limited with Retry-After once KEYWAY_LOGIN_RATE_LIMIT logins for an email failed, even with the right password', async () => {
      const limited = await startTestServer({ ...SERVER_ENV, KEYWAY_LOGIN_RATE_LIMIT: '3' }, backend);
      try {
        const limitedApi = apiFor(limited);
        const person: Session = await signup(limitedApi);
        const bystander: Session = await signup(limitedApi);
        for (let attempt = 1; attempt <= 3; attempt += 1) {
          const wrong = await limitedApi('POST', '/v1/auth/login', {
            body: { email: person.user.email, password: `wrong password ${attempt}` },
          });
          expectProblem(wrong, { status: 401, code: 'invalid_credential', instance: '/v1/auth/login' });
        }
        const right = await limitedApi('POST', '/v1/auth/login', {
          body: { email: person.user.email, password: PASSWORD },
        });
        expectProblem(right, { status: 429, code: 'rate_limited', instance: '/v1/auth/login' });
        const retryAfter = right.headers.get('retry-after');
        expect(retryAfter).toMatch(/^\d+$/);
        // The window is 15 minutes.
        expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
        expect(Number(retryAfter)).toBeLessThanOrEqual(15 * 60);
        // The limit counts per email: another person from the same address still signs in.
        const other = await limitedApi('POST', '/v1/auth/login', {
          body: { email: bystander.user.email, password: PASSWORD },
        });
        expect(other.status, other.text).toBe(200);
      } finally {
        await limited.close();
      }
    });
  });

  describe('refresh', () => {
    it('rotates the refresh token; reusing a used one answers 401 and revokes the whole family', async () => {
      const first: Session = await signup(api);
      const otherLogin = await login(api, first.user.email);

      const refreshed = await api('POST', '/v1/auth/refresh', {
        body: { refresh_token: first.refresh_token },
      });
      const second = expectSession(refreshed, 200, {
        scope: first.scope,
        user: first.user,
        org: first.org,
        role: 'owner',
      });
      expect(second.refresh_token).not.toBe(first.refresh_token);
      expect(second.access_token).not.toBe(first.access_token);
      const beforeReuse = await api('GET', '/v1/whoami', { token: second.access_token });
      expect(beforeReuse.status, beforeReuse.text).toBe(200);

      // RFC 9700 §4.14.2: a used refresh token presented again is treated as theft.
      const reused = await api('POST', '/v1/auth/refresh', { body: { refresh_token: first.refresh_token } });
      expectProblem(reused, { status: 401, code: 'invalid_credential', instance: '/v1/auth/refresh' });
      const newest = await api('POST', '/v1/auth/refresh', { body: { refresh_token: second.refresh_token } });
      expectProblem(newest, { status: 401, code: 'invalid_credential', instance: '/v1/auth/refresh' });
      for (const token of [second.access_token, first.access_token]) {
        const whoami = await api('GET', '/v1/whoami', { token });
        expectProblem(whoami, { status: 403, code: 'credential_revoked', instance: '/v1/whoami' });
      }

      // Another login is another family, untouched.
      const untouched = await api('GET', '/v1/whoami', { token: otherLogin.access_token });
      expect(untouched.status, untouched.text).toBe(200);
    });

    it.each([
      { name: 'a malformed string', token: async () => 'not-a-refresh-token' },
      {
        name: 'a kwr_ token with a wrong checksum',
        token: async () => withWrongChecksum(wellFormedSecret('kwr_')),
      },
      { name: 'a well-formed kwr_ token nobody issued', token: async () => wellFormedSecret('kwr_') },
      {
        name: 'an API key secret',
        token: async (session: Session) =>
          (await createApiKey(api, session.access_token, ['keys:read'])).secret,
      },
    ])('answers 401 invalid_credential for $name', async ({ token }) => {
      const session: Session = await signup(api);
      const response = await api('POST', '/v1/auth/refresh', {
        body: { refresh_token: await token(session) },
      });
      expectProblem(response, { status: 401, code: 'invalid_credential', instance: '/v1/auth/refresh' });
      // The session's own refresh token is untouched.
      const own = await api('POST', '/v1/auth/refresh', { body: { refresh_token: session.refresh_token } });
      expect(own.status, own.text).toBe(200);
    });
  });

  describe('logout', () => {
    it('answers 204; then its access token answers 403 credential_revoked and its refresh token 401', async () => {
      const person: Session = await signup(api);
      const otherLogin = await login(api, person.user.email);

      const out = await api('POST', '/v1/auth/logout', { token: person.access_token });
      expect(out.status, out.text).toBe(204);
      expect(out.text).toBe('');

      const whoami = await api('GET', '/v1/whoami', { token: person.access_token });
      expectProblem(whoami, { status: 403, code: 'credential_revoked', instance: '/v1/whoami' });
      expect(whoami.headers.get('www-authenticate')).toMatch(INVALID_TOKEN_CHALLENGE);
      const refresh = await api('POST', '/v1/auth/refresh', {
        body: { refresh_token: person.refresh_token },
      });
      expectProblem(refresh, { status: 401, code: 'invalid_credential', instance: '/v1/auth/refresh' });

      // Only this session ends: the person's other login goes on.
      const other = await api('GET', '/v1/whoami', { token: otherLogin.access_token });
      expect(other.status, other.text).toBe(200);
    });

    it('answers 403 session_required to an API key', async () => {
      const person: Session = await signup(api);
      const key = await createApiKey(api, person.access_token, ['keys:read']);
      const response = await api('POST', '/v1/auth/logout', { token: key.secret });
      expectProblem(response, { status: 403, code: 'session_required', instance: '/v1/auth/logout' });
      const still = await api('GET', '/v1/whoami', { token: key.secret });
      expect(still.status, still.text).toBe(200);
    });
  });

  describe('whoami', () => {
    it("with a session describes the person, the org, the session credential, the role, its scopes and the token's expiry", async () => {
      const before = Date.now();
      const person: Session = await signup(api);
      const after = Date.now();
      const response = await api('GET', '/v1/whoami', { token: person.access_token });
      expect(response.status, response.text).toBe(200);
      expect(response.body).toEqual({
        principal: { kind: 'user', id: person.user.id, name: person.user.name },
        org: person.org,
        credential: { kind: 'session', id: expect.stringMatching(/\S/), prefix: null },
        role: 'owner',
        scopes: expect.any(Array),
        expires_at: expect.stringMatching(TIMESTAMP),
      });
      expect(sorted(response.body.scopes)).toEqual(sorted(scopesOf.owner));
      // expires_at is the access token's own expiry (its `exp`), expires_in after issue.
      const exp = jwtPart(person.access_token, 1).exp;
      expect(Date.parse(response.body.expires_at)).toBe(Number(exp) * 1000);
      expect(Number(exp) * 1000).toBeGreaterThanOrEqual(before - 1000 + person.expires_in * 1000);
      expect(Number(exp) * 1000).toBeLessThanOrEqual(after + person.expires_in * 1000);
    });

    // RFC 6750 §3.1: no error attribute when no credential was presented; invalid_token otherwise.
    it.each([
      {
        name: 'no credential',
        headers: {} as Record<string, string>,
        code: 'unauthenticated',
        challenge: BARE_CHALLENGE,
      },
      {
        name: 'a scheme other than Bearer',
        headers: { authorization: 'Basic dXNlcjpwYXNzd29yZA==' },
        code: 'unauthenticated',
        challenge: BARE_CHALLENGE,
      },
      {
        name: 'a garbage bearer token',
        headers: { authorization: 'Bearer garbage' },
        code: 'invalid_credential',
        challenge: INVALID_TOKEN_CHALLENGE,
      },
    ])(
      'with $name answers 401 $code and a WWW-Authenticate challenge',
      async ({ headers, code, challenge }) => {
        const response = await api('GET', '/v1/whoami', { headers });
        expectProblem(response, { status: 401, code, instance: '/v1/whoami' });
        expect(response.headers.get('www-authenticate')).toMatch(challenge);
      },
    );
  });
});

/**
 * Asserts a Session answer: `status`, never cached, a JWT access token and a kwr_ refresh token
 * for 900 seconds, and exactly these other members; returns the body.
 */
function expectSession(
  response: ApiResponse,
  status: number,
  members: { [K in 'scope' | 'user' | 'org' | 'role']: unknown },
): Session {
  expect(response.status, response.text).toBe(status);
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.body).toEqual({
    access_token: expect.stringMatching(JWT),
    token_type: 'Bearer',
    expires_in: 900,
    refresh_token: expect.stringMatching(REFRESH_TOKEN),
    ...members,
  });
  return response.body;
}
