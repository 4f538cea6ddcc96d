// The OAuth 2.0 endpoints through a real server on each backend (spec/paths/oauth.yaml): the
// token endpoint's grants (client_credentials with client_secret_basic and client_secret_post,
// refresh_token with rotation and reuse detection, RFC 8693 token exchange) in form-encoded and
// JSON bodies, every RFC 6749 §5.2 error, RFC 7662 introspection of each kind of credential and
// RFC 7009 revocation, refresh-token families included.
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { mediaTypeOf } from '../server/expect-problem.ts';
import { type ApiResponse, readResponse, signup } from '../support/api.ts';
import { BACKENDS } from '../support/backends.ts';
import {
  type ApiKeyWithSecret,
  basicAuthorization,
  createApiKey,
  createServiceAccount,
  expectProblem,
  invite,
  JWT,
  joinAs,
  jwtPart,
  login,
  must,
  REFRESH_TOKEN,
  type ServiceAccountWithSecret,
  type Session,
  sorted,
  TIMESTAMP,
  useServer,
  wellFormedSecret,
  withTamperedSignature,
} from './flows.ts';

type Encoding = 'form' | 'json';
/** RFC 6749 §3.2 requests are form-encoded; the spec accepts JSON too. */
const ENCODINGS: Encoding[] = ['form', 'json'];

const TOKEN = '/oauth/token';
const INTROSPECT = '/oauth/introspect';
const REVOKE = '/oauth/revoke';
const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';
const REFRESH_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:refresh_token';
/** RFC 6749 §5.2: error_description is printable ASCII without `"` and `\`. */
const ERROR_DESCRIPTION = /^[\x20\x21\x23-\x5B\x5D-\x7E]+$/;
/** RFC 6749 §5.2 invalid_client after HTTP Basic: a challenge for the scheme the client used. */
const BASIC_CHALLENGE = 'Basic realm="keyway"';
/** KEYWAY_ACCESS_TOKEN_TTL and KEYWAY_SESSION_TTL when unset (server/config.ts). */
const DEFAULT_TTL = 900;
const ACCOUNT_SCOPES = ['keys:read', 'tokens:read'];
const KEY_SCOPES = ['keys:read', 'tokens:read'];
const UNKNOWN_ACCOUNT = `sa_${'0'.repeat(26)}`;

/** The tokens RFC 7662 §2.2 introspection must answer `{"active": false}` for. */
const INACTIVE = [
  'an API key never issued',
  'a refresh token never issued',
  'a string that is no token',
  'a JWT with a tampered signature',
  'an unsigned JWT (alg none)',
  'a revoked access token',
  'a revoked API key',
  'an expired API key',
  'a used refresh token',
  'a refresh token of a revoked family',
  'a device code',
  'an invitation token',
  "another organization's access token",
  "another organization's API key",
  "another organization's refresh token",
  "another organization's session access token",
] as const;
type Inactive = (typeof INACTIVE)[number];

/**
 * Asserts an RFC 6749 §5.2 error: `status`, a JSON `{error, error_description}` and nothing else,
 * and `Cache-Control: no-store` where the spec declares it (400, 401).
 */
function expectOAuthError(response: ApiResponse, status: number, error: string): void {
  expect(response.status, response.text).toBe(status);
  expect(mediaTypeOf(response)).toBe('application/json');
  expect(response.body).toEqual({ error, error_description: expect.any(String) });
  expect(response.body.error_description).toMatch(ERROR_DESCRIPTION);
  if (status === 400 || status === 401) expect(response.headers.get('cache-control')).toBe('no-store');
}

/** RFC 6749 §5.1; `refresh_token` and `issued_token_type` only where expectTokenResponse asserted them. */
interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
  scope: string;
  refresh_token: string;
  issued_token_type: string;
}

/**
 * Asserts an RFC 6749 §5.1 token response (RFC 8693 §2.2.1 with `exchange`) granting `scopes`,
 * with a refresh token only when `refresh`; returns the body.
 */
function expectTokenResponse(
  response: ApiResponse,
  want: { scopes: readonly string[]; refresh?: boolean; exchange?: boolean },
): TokenResponse {
  expect(response.status, response.text).toBe(200);
  expect(mediaTypeOf(response)).toBe('application/json');
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.body).toEqual({
    access_token: expect.stringMatching(JWT),
    token_type: 'Bearer',
    expires_in: expect.any(Number),
    scope: expect.any(String),
    ...(want.refresh === true ? { refresh_token: expect.stringMatching(REFRESH_TOKEN) } : {}),
    ...(want.exchange === true ? { issued_token_type: ACCESS_TOKEN_TYPE } : {}),
  });
  if (want.refresh !== true) expect(response.body).not.toHaveProperty('refresh_token');
  expect(sorted(response.body.scope.split(' '))).toEqual(sorted(want.scopes));
  // The token says the same as the response.
  const claims = jwtPart(response.body.access_token, 1);
  expect(claims.scope).toBe(response.body.scope);
  expect(Number(claims.exp) - Number(claims.iat)).toBe(response.body.expires_in);
  expect(jwtPart(response.body.access_token, 0)).toMatchObject({ typ: 'at+jwt', alg: 'EdDSA' });
  return response.body;
}

describe.each(BACKENDS.map((make) => make()))('OAuth endpoints on $name', (backend) => {
  const running = useServer(backend);
  const { api } = running;

  /** POSTs `params` form-encoded (the default) or as JSON. */
  async function post(
    path: string,
    params: Record<string, string>,
    options: { encoding?: Encoding; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse> {
    const encoding = options.encoding ?? 'form';
    const response = await fetch(`${running.server.url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': encoding === 'form' ? 'application/x-www-form-urlencoded' : 'application/json',
        ...options.headers,
      },
      body: encoding === 'form' ? new URLSearchParams(params).toString() : JSON.stringify(params),
    });
    return readResponse(response);
  }

  const basic = (clientId: string, secret: string) => ({
    authorization: basicAuthorization(clientId, secret),
  });
  const whoami = (token: string) => api('GET', '/v1/whoami', { token });
  const refresh = (refreshToken: string, more: Record<string, string> = {}, encoding: Encoding = 'form') =>
    post(TOKEN, { grant_type: 'refresh_token', refresh_token: refreshToken, ...more }, { encoding });
  const exchangeToken = (subject: string, more: Record<string, string> = {}, encoding: Encoding = 'form') =>
    post(
      TOKEN,
      { grant_type: TOKEN_EXCHANGE, subject_token: subject, subject_token_type: ACCESS_TOKEN_TYPE, ...more },
      { encoding },
    );
  /** `POST /v1/access-tokens` with an API key in the body. */
  const mint = async (secret: string, scopes?: string[]) =>
    must(
      await api('POST', '/v1/access-tokens', { body: { api_key: secret, ...(scopes ? { scopes } : {}) } }),
      201,
      'mint an access token',
    ).body as { access_token: string; token_id: string; expires_at: string };

  let owner: Session;
  let account: ServiceAccountWithSecret;
  let key: ApiKeyWithSecret;
  beforeAll(async () => {
    owner = await signup(api);
    account = await createServiceAccount(api, owner.access_token, ACCOUNT_SCOPES);
    key = await createApiKey(api, owner.access_token, KEY_SCOPES);
  });

  describe('client_credentials (RFC 6749 §4.4)', () => {
    const methods = [
      {
        name: 'client_secret_basic',
        auth: () => ({ params: {}, headers: basic(account.id, account.secret) }),
      },
      {
        name: 'client_secret_post',
        auth: () => ({ params: { client_id: account.id, client_secret: account.secret }, headers: {} }),
      },
    ];
    it.each(ENCODINGS.flatMap((encoding) => methods.map((m) => ({ ...m, encoding }))))(
      '$name, $encoding: 200 with the account token, no refresh_token, no-store',
      async ({ auth, encoding }) => {
        const { params, headers } = auth();
        const response = await post(
          TOKEN,
          { grant_type: 'client_credentials', ...params },
          { encoding, headers },
        );
        const body = expectTokenResponse(response, { scopes: ACCOUNT_SCOPES });
        expect(body.expires_in).toBe(DEFAULT_TTL);
        const { url } = running.server;
        expect(jwtPart(body.access_token, 1)).toMatchObject({
          iss: url,
          aud: url,
          sub: account.id,
          client_id: account.id,
          org_id: owner.org.id,
        });
        const me = await whoami(body.access_token);
        expect(me.status, me.text).toBe(200);
        expect(me.body.principal).toEqual({ kind: 'service_account', id: account.id, name: account.name });
        expect(sorted(me.body.scopes)).toEqual(sorted(ACCOUNT_SCOPES));
      },
    );

    const scopes: { scope: string; want: string[] | 'invalid_scope' }[] = [
      { scope: 'keys:read', want: ['keys:read'] },
      { scope: 'tokens:read keys:read', want: ['keys:read', 'tokens:read'] },
      { scope: 'keys:write', want: 'invalid_scope' },
      { scope: 'keys:read org:write', want: 'invalid_scope' },
      { scope: 'widgets:read', want: 'invalid_scope' },
    ];
    it.each(ENCODINGS.flatMap((encoding) => scopes.map((c) => ({ ...c, encoding }))))(
      'scope "$scope", $encoding: $want',
      async ({ scope, want, encoding }) => {
        const response = await post(
          TOKEN,
          { grant_type: 'client_credentials', scope },
          { encoding, headers: basic(account.id, account.secret) },
        );
        if (want === 'invalid_scope') {
          expectOAuthError(response, 400, 'invalid_scope');
        } else {
          const body = expectTokenResponse(response, { scopes: want });
          const me = await whoami(body.access_token);
          expect(sorted(me.body.scopes)).toEqual(sorted(want));
        }
      },
    );

    it.each(ENCODINGS)('unknown parameters are ignored (RFC 6749 §3.2), %s', async (encoding) => {
      const response = await post(
        TOKEN,
        { grant_type: 'client_credentials', state: 'xyz', foo: 'bar' },
        { encoding, headers: basic(account.id, account.secret) },
      );
      expectTokenResponse(response, { scopes: ACCOUNT_SCOPES });
    });
  });

  describe('refresh_token (RFC 6749 §6)', () => {
    it.each(ENCODINGS)(
      '%s: rotates; reusing a used refresh token is invalid_grant and revokes the whole family',
      async (encoding) => {
        const person = await signup(api);
        const first = expectTokenResponse(await refresh(person.refresh_token, {}, encoding), {
          scopes: person.scope.split(' '),
          refresh: true,
        });
        expect(first.refresh_token).not.toBe(person.refresh_token);
        expect(first.expires_in).toBe(DEFAULT_TTL);
        expect(jwtPart(first.access_token, 1)).toMatchObject({ sub: person.user.id, org_id: person.org.id });
        expect((await whoami(first.access_token)).status).toBe(200);

        const second = expectTokenResponse(await refresh(first.refresh_token, {}, encoding), {
          scopes: person.scope.split(' '),
          refresh: true,
        });
        expect(second.refresh_token).not.toBe(first.refresh_token);

        // The first refresh token again: one copy must have been stolen.
        expectOAuthError(await refresh(person.refresh_token, {}, encoding), 400, 'invalid_grant');
        // The family is gone: the newest refresh token and every access token of it.
        expectOAuthError(await refresh(second.refresh_token, {}, encoding), 400, 'invalid_grant');
        for (const token of [person.access_token, first.access_token, second.access_token]) {
          expectProblem(await whoami(token), {
            status: 403,
            code: 'credential_revoked',
            instance: '/v1/whoami',
          });
        }
      },
    );

    it('scope narrows the refreshed token; the narrowed grant works on /v1 with those scopes only', async () => {
      const person = await signup(api);
      const narrowed = expectTokenResponse(await refresh(person.refresh_token, { scope: 'keys:read' }), {
        scopes: ['keys:read'],
        refresh: true,
      });
      expect((await api('GET', '/v1/api-keys', { token: narrowed.access_token })).status).toBe(200);
      expect((await api('GET', '/v1/members', { token: narrowed.access_token })).status).toBe(403);
    });

    it('a scope beyond the grant is invalid_scope, and the refresh token stays usable', async () => {
      const { session: viewer } = await joinAs(api, owner.access_token, owner.org.id, 'viewer');
      // A viewer has no keys:write.
      expectOAuthError(
        await refresh(viewer.refresh_token, { scope: 'keys:read keys:write' }),
        400,
        'invalid_scope',
      );
      // The refused request used nothing up: the same refresh token still works.
      expectTokenResponse(await refresh(viewer.refresh_token), {
        scopes: viewer.scope.split(' '),
        refresh: true,
      });
    });
  });

  describe('token exchange (RFC 8693)', () => {
    let minted: { access_token: string; token_id: string; expires_at: string };
    let narrow: { access_token: string; token_id: string };
    beforeAll(async () => {
      minted = await mint(key.secret);
      narrow = await mint(key.secret, ['keys:read']);
    });

    const subjects = [
      { name: 'an API key', subject: () => key.secret, clientId: () => key.id },
      {
        name: 'an access token from POST /v1/access-tokens',
        subject: () => minted.access_token,
        clientId: () => key.id,
      },
      // A token from a session names the login API as its client (RFC 9068 §2.2), as the
      // session's own tokens do.
      {
        name: "a session's access token",
        subject: () => owner.access_token,
        clientId: () => 'keyway-login',
      },
    ];
    it.each(ENCODINGS.flatMap((encoding) => subjects.map((s) => ({ ...s, encoding }))))(
      '$name, $encoding, narrowed to keys:read: 200 with issued_token_type, the subject narrowed',
      async ({ subject, clientId, encoding }) => {
        const body = expectTokenResponse(await exchangeToken(subject(), { scope: 'keys:read' }, encoding), {
          scopes: ['keys:read'],
          exchange: true,
        });
        const claims = jwtPart(body.access_token, 1);
        expect(claims).toMatchObject({ sub: owner.user.id, org_id: owner.org.id, iss: running.server.url });
        if (clientId() !== undefined) expect(claims.client_id).toBe(clientId());
        // A new token, not the subject.
        if (subject().includes('.')) expect(claims.jti).not.toBe(jwtPart(subject(), 1).jti);
        const me = await whoami(body.access_token);
        expect(me.status, me.text).toBe(200);
        expect(me.body.scopes).toEqual(['keys:read']);
        expect(me.body.credential.kind).toBe('access_token');
        expect((await api('GET', '/v1/access-tokens', { token: body.access_token })).status).toBe(403);
      },
    );

    it("without scope, the token carries all of the subject's scopes", async () => {
      expectTokenResponse(await exchangeToken(key.secret), { scopes: KEY_SCOPES, exchange: true });
      expectTokenResponse(await exchangeToken(narrow.access_token), {
        scopes: ['keys:read'],
        exchange: true,
      });
    });

    it('a token exchanged from an access token does not outlive it', async () => {
      const short = must(
        await api('POST', '/v1/access-tokens', { body: { api_key: key.secret, ttl_seconds: 120 } }),
        201,
        'mint a short token',
      ).body;
      const body = expectTokenResponse(await exchangeToken(short.access_token), {
        scopes: KEY_SCOPES,
        exchange: true,
      });
      expect(Number(jwtPart(body.access_token, 1).exp)).toBeLessThanOrEqual(
        Number(jwtPart(short.access_token, 1).exp),
      );
    });

    const widening = [
      {
        name: 'an API key asking for a scope it lacks',
        subject: () => key.secret,
        scope: 'keys:read keys:write',
      },
      {
        name: 'a narrowed access token asking back a scope its key has',
        subject: () => narrow.access_token,
        scope: 'keys:read tokens:read',
      },
      {
        name: 'an API key asking for a scope outside the catalogue',
        subject: () => key.secret,
        scope: 'widgets:read',
      },
    ];
    it.each(widening)('$name: invalid_scope', async ({ subject, scope }) => {
      expectOAuthError(await exchangeToken(subject(), { scope }), 400, 'invalid_scope');
    });

    const badSubjects: { name: string; subject: () => Promise<string> }[] = [
      { name: 'an API key never issued', subject: async () => wellFormedSecret('kwk_') },
      { name: 'a string that is no token', subject: async () => 'not-a-token' },
      {
        name: 'a JWT with a tampered signature',
        subject: async () => withTamperedSignature(minted.access_token),
      },
      { name: 'a refresh token', subject: async () => (await signup(api)).refresh_token },
      { name: 'a service account secret', subject: async () => account.secret },
      {
        name: 'a revoked API key',
        subject: async () => {
          const revoked = await createApiKey(api, owner.access_token, ['keys:read']);
          must(
            await api('DELETE', `/v1/api-keys/${revoked.id}`, { token: owner.access_token }),
            200,
            'revoke',
          );
          return revoked.secret;
        },
      },
      {
        name: 'a revoked access token',
        subject: async () => {
          const token = await mint(key.secret);
          must(
            await api('DELETE', `/v1/access-tokens/${token.token_id}`, { token: owner.access_token }),
            204,
            'revoke',
          );
          return token.access_token;
        },
      },
    ];
    // RFC 8693 §2.2.2: "If the subject_token ... is invalid for any reason ... invalid_request".
    it.each(badSubjects)('$name as subject_token: invalid_request', async ({ subject }) => {
      expectOAuthError(await exchangeToken(await subject()), 400, 'invalid_request');
    });

    const malformed: { name: string; params: () => Record<string, string>; error: string }[] = [
      {
        name: 'no subject_token_type',
        params: () => ({ grant_type: TOKEN_EXCHANGE, subject_token: key.secret }),
        error: 'invalid_request',
      },
      {
        name: 'no subject_token',
        params: () => ({ grant_type: TOKEN_EXCHANGE, subject_token_type: ACCESS_TOKEN_TYPE }),
        error: 'invalid_request',
      },
      {
        name: 'a subject_token_type this server does not take',
        params: () => ({
          grant_type: TOKEN_EXCHANGE,
          subject_token: key.secret,
          subject_token_type: REFRESH_TOKEN_TYPE,
        }),
        error: 'invalid_request',
      },
      {
        name: 'a requested_token_type this server does not issue',
        params: () => ({
          grant_type: TOKEN_EXCHANGE,
          subject_token: key.secret,
          subject_token_type: ACCESS_TOKEN_TYPE,
          requested_token_type: REFRESH_TOKEN_TYPE,
        }),
        error: 'invalid_request',
      },
      {
        name: 'an audience other than this issuer',
        params: () => ({
          grant_type: TOKEN_EXCHANGE,
          subject_token: key.secret,
          subject_token_type: ACCESS_TOKEN_TYPE,
          audience: 'https://elsewhere.example',
        }),
        error: 'invalid_target',
      },
      {
        name: 'a resource other than this issuer',
        params: () => ({
          grant_type: TOKEN_EXCHANGE,
          subject_token: key.secret,
          subject_token_type: ACCESS_TOKEN_TYPE,
          resource: 'https://elsewhere.example/api',
        }),
        error: 'invalid_target',
      },
    ];
    it.each(malformed)('$name: $error', async ({ params, error }) => {
      expectOAuthError(await post(TOKEN, params()), 400, error);
    });

    it.each(['audience', 'resource'])('%s naming this issuer is accepted', async (parameter) => {
      const response = await exchangeToken(key.secret, { [parameter]: running.server.url });
      const body = expectTokenResponse(response, { scopes: KEY_SCOPES, exchange: true });
      expect(jwtPart(body.access_token, 1).aud).toBe(running.server.url);
    });
  });

  describe('RFC 6749 §5.2 errors at the token endpoint', () => {
    const clientCredentials = { grant_type: 'client_credentials' };
    const cases: {
      name: string;
      params: () => Record<string, string>;
      headers?: () => Record<string, string>;
      status: number;
      error: string;
      challenge?: boolean;
    }[] = [
      {
        name: 'no grant_type',
        params: () => ({ scope: 'keys:read' }),
        headers: () => basic(account.id, account.secret),
        status: 400,
        error: 'invalid_request',
      },
      {
        name: 'the client authenticated with HTTP Basic and client_secret both',
        params: () => ({ ...clientCredentials, client_id: account.id, client_secret: account.secret }),
        headers: () => basic(account.id, account.secret),
        status: 400,
        error: 'invalid_request',
      },
      {
        name: 'refresh_token without the refresh token',
        params: () => ({ grant_type: 'refresh_token' }),
        status: 400,
        error: 'invalid_request',
      },
      {
        name: 'a wrong secret in HTTP Basic',
        params: () => clientCredentials,
        headers: () => basic(account.id, wellFormedSecret('kws_')),
        status: 401,
        error: 'invalid_client',
        challenge: true,
      },
      {
        name: 'an unknown client in HTTP Basic',
        params: () => clientCredentials,
        headers: () => basic(UNKNOWN_ACCOUNT, account.secret),
        status: 401,
        error: 'invalid_client',
        challenge: true,
      },
      {
        name: 'malformed HTTP Basic credentials',
        params: () => clientCredentials,
        headers: () => ({ authorization: 'Basic !!!' }),
        status: 401,
        error: 'invalid_client',
        challenge: true,
      },
      {
        name: 'a wrong client_secret in the body',
        params: () => ({
          ...clientCredentials,
          client_id: account.id,
          client_secret: wellFormedSecret('kws_'),
        }),
        status: 401,
        error: 'invalid_client',
      },
      {
        name: 'client_credentials without client authentication',
        params: () => clientCredentials,
        status: 401,
        error: 'invalid_client',
      },
      {
        name: 'client_credentials with a client_id but no secret',
        params: () => ({ ...clientCredentials, client_id: account.id }),
        status: 401,
        error: 'invalid_client',
      },
      {
        name: 'an unknown refresh token',
        params: () => ({ grant_type: 'refresh_token', refresh_token: wellFormedSecret('kwr_') }),
        status: 400,
        error: 'invalid_grant',
      },
      {
        name: 'a malformed refresh token',
        params: () => ({ grant_type: 'refresh_token', refresh_token: 'kwr_nope' }),
        status: 400,
        error: 'invalid_grant',
      },
      {
        name: 'grant_type=password',
        params: () => ({ grant_type: 'password', username: owner.user.email, password: 'x' }),
        status: 400,
        error: 'unsupported_grant_type',
      },
      {
        name: 'grant_type=authorization_code',
        params: () => ({
          grant_type: 'authorization_code',
          code: 'abc',
          redirect_uri: 'https://x.example/cb',
        }),
        status: 400,
        error: 'unsupported_grant_type',
      },
      {
        name: 'a scope the client was not granted',
        params: () => ({ ...clientCredentials, scope: 'keys:write' }),
        headers: () => basic(account.id, account.secret),
        status: 400,
        error: 'invalid_scope',
      },
      {
        // Refresh tokens are issued to people's sessions, never to a service account.
        name: 'a service account presenting a refresh token',
        params: () => ({ grant_type: 'refresh_token', refresh_token: owner.refresh_token }),
        headers: () => basic(account.id, account.secret),
        status: 400,
        error: 'unauthorized_client',
      },
    ];
    it.each(ENCODINGS.flatMap((encoding) => cases.map((c) => ({ ...c, encoding }))))(
      '$name, $encoding: $status $error',
      async ({ params, headers, status, error, challenge, encoding }) => {
        const response = await post(TOKEN, params(), { encoding, headers: headers?.() ?? {} });
        expectOAuthError(response, status, error);
        if (challenge === true) expect(response.headers.get('www-authenticate')).toBe(BASIC_CHALLENGE);
        expect(response.body).not.toHaveProperty('access_token');
      },
    );

    it('a repeated parameter is invalid_request (RFC 6749 §3.1)', async () => {
      const response = await fetch(`${running.server.url}${TOKEN}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: basicAuthorization(account.id, account.secret),
        },
        body: 'grant_type=client_credentials&scope=keys:read&scope=tokens:read',
      });
      expectOAuthError(await readResponse(response), 400, 'invalid_request');
    });
  });

  describe('introspection (RFC 7662)', () => {
    let subjectKey: ApiKeyWithSecret;
    let minted: { access_token: string; token_id: string };
    let person: Session;
    let callerToken: string;
    let inactive: Record<Inactive, string>;
    beforeAll(async () => {
      const expiresAt = Date.now() + 1_500;
      const expiring = await createApiKey(api, owner.access_token, ['keys:read'], {
        expires_at: new Date(expiresAt).toISOString(),
      });
      subjectKey = await createApiKey(api, owner.access_token, ['keys:read']);
      minted = await mint(subjectKey.secret, ['keys:read']);
      person = await login(api, owner.user.email);
      callerToken = (await mint(key.secret)).access_token;

      const revokedToken = await mint(subjectKey.secret);
      must(
        await api('DELETE', `/v1/access-tokens/${revokedToken.token_id}`, { token: owner.access_token }),
        204,
        'revoke a token',
      );
      const revokedKey = await createApiKey(api, owner.access_token, ['keys:read']);
      must(
        await api('DELETE', `/v1/api-keys/${revokedKey.id}`, { token: owner.access_token }),
        200,
        'revoke a key',
      );
      // A family: the first refresh token used, then reused, which revokes the second too.
      const family = await login(api, owner.user.email);
      const rotated = must(await refresh(family.refresh_token), 200, 'refresh').body;
      must(await refresh(family.refresh_token), 400, 'reuse the refresh token');
      const stranger = await signup(api);
      const strangerKey = await createApiKey(api, stranger.access_token, ['keys:read']);
      const strangerToken = await mint(strangerKey.secret);
      const invitation = await invite(
        api,
        owner.access_token,
        `introspect-${Date.now()}@example.com`,
        'member',
      );
      inactive = {
        'an API key never issued': wellFormedSecret('kwk_'),
        'a refresh token never issued': wellFormedSecret('kwr_'),
        'a string that is no token': 'not-a-token',
        'a JWT with a tampered signature': withTamperedSignature(minted.access_token),
        'an unsigned JWT (alg none)': `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'at+jwt' })).toString('base64url')}.${minted.access_token.split('.')[1]}.`,
        'a revoked access token': revokedToken.access_token,
        'a revoked API key': revokedKey.secret,
        'an expired API key': expiring.secret,
        'a used refresh token': family.refresh_token,
        'a refresh token of a revoked family': rotated.refresh_token,
        'a device code': wellFormedSecret('kwd_'),
        'an invitation token': invitation.token,
        "another organization's access token": strangerToken.access_token,
        "another organization's API key": strangerKey.secret,
        "another organization's refresh token": stranger.refresh_token,
        "another organization's session access token": stranger.access_token,
      };
      await sleep(Math.max(0, expiresAt + 500 - Date.now()));
    });

    const callers = [
      { name: 'a session (Bearer)', headers: () => ({ authorization: `Bearer ${owner.access_token}` }) },
      {
        name: 'an API key with tokens:read (Bearer)',
        headers: () => ({ authorization: `Bearer ${key.secret}` }),
      },
      {
        name: 'an API key with tokens:read (x-api-key)',
        headers: (): Record<string, string> => ({ 'x-api-key': key.secret }),
      },
      {
        name: 'an access token with tokens:read (Bearer)',
        headers: () => ({ authorization: `Bearer ${callerToken}` }),
      },
      {
        name: 'a service account with tokens:read (HTTP Basic)',
        headers: () => basic(account.id, account.secret),
      },
    ];
    const actives: { name: string; token: () => string; want: () => Record<string, unknown> }[] = [
      {
        name: 'an access token',
        token: () => minted.access_token,
        want: () => {
          const claims = jwtPart(minted.access_token, 1);
          return {
            active: true,
            scope: 'keys:read',
            client_id: subjectKey.id,
            token_type: 'Bearer',
            sub: owner.user.id,
            iss: running.server.url,
            aud: running.server.url,
            jti: minted.token_id,
            exp: claims.exp,
            iat: claims.iat,
            org_id: owner.org.id,
          };
        },
      },
      {
        name: 'an API key',
        token: () => subjectKey.secret,
        want: () => ({
          active: true,
          scope: 'keys:read',
          client_id: subjectKey.id,
          sub: owner.user.id,
          iss: running.server.url,
          exp: Math.floor(Date.parse(subjectKey.expires_at ?? '') / 1000),
          org_id: owner.org.id,
        }),
      },
      {
        name: 'a refresh token',
        token: () => person.refresh_token,
        want: () => ({
          active: true,
          // The client the refresh token was issued to: the same as its access tokens'.
          client_id: jwtPart(person.access_token, 1).client_id,
          sub: owner.user.id,
          iss: running.server.url,
          exp: expect.any(Number),
          org_id: owner.org.id,
        }),
      },
      {
        name: "a session's access token",
        token: () => person.access_token,
        want: () => {
          const claims = jwtPart(person.access_token, 1);
          return {
            active: true,
            scope: claims.scope,
            client_id: claims.client_id,
            token_type: 'Bearer',
            sub: owner.user.id,
            iss: running.server.url,
            aud: running.server.url,
            jti: claims.jti,
            exp: claims.exp,
            iat: claims.iat,
            org_id: owner.org.id,
          };
        },
      },
    ];
    it.each(
      actives.flatMap((subject) =>
        callers.map((caller) => ({ ...subject, caller: caller.name, headers: caller.headers })),
      ),
    )('$name, asked by $caller: active with its claims', async ({ token, want, headers }) => {
      const response = await post(INTROSPECT, { token: token() }, { headers: headers() });
      expect(response.status, response.text).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.body).toMatchObject(want());
      if (typeof response.body.exp === 'number') expect(response.body.exp * 1000).toBeGreaterThan(Date.now());
      expect(response.text).not.toContain(token());
    });

    it.each(actives)("$name of a person names them in username (the person's email)", async ({ token }) => {
      const response = await post(
        INTROSPECT,
        { token: token() },
        { headers: basic(account.id, account.secret) },
      );
      expect(response.status, response.text).toBe(200);
      expect(response.body.username).toBe(owner.user.email);
    });

    it('a JSON body and a wrong token_type_hint find the token too', async () => {
      const response = await post(
        INTROSPECT,
        { token: minted.access_token, token_type_hint: 'refresh_token' },
        { encoding: 'json', headers: basic(account.id, account.secret) },
      );
      expect(response.status, response.text).toBe(200);
      expect(response.body).toMatchObject({ active: true, jti: minted.token_id });
    });

    it('a service account token is introspected with the account as subject and client', async () => {
      const issued = must(
        await post(
          TOKEN,
          { grant_type: 'client_credentials', scope: 'keys:read' },
          { headers: basic(account.id, account.secret) },
        ),
        200,
        'client_credentials',
      ).body;
      const response = await post(
        INTROSPECT,
        { token: issued.access_token },
        { headers: basic(account.id, account.secret) },
      );
      expect(response.body).toMatchObject({
        active: true,
        scope: 'keys:read',
        sub: account.id,
        client_id: account.id,
      });
    });

    it.each(INACTIVE)('%s: 200, exactly {"active": false}', async (name) => {
      const response = await post(
        INTROSPECT,
        { token: inactive[name] },
        { headers: { authorization: `Bearer ${owner.access_token}` } },
      );
      expect(response.status, response.text).toBe(200);
      expect(response.body).toEqual({ active: false });
      expect(response.headers.get('cache-control')).toBe('no-store');
    });

    it('the expired key and the revoked token are refused on /v1 too (the inactive cases are real)', async () => {
      expect((await api('GET', '/v1/whoami', { apiKey: inactive['an expired API key'] })).status).toBe(403);
      expect((await whoami(inactive['a revoked access token'])).status).toBe(403);
      expect(
        (await api('GET', '/v1/whoami', { apiKey: inactive["another organization's API key"] })).status,
      ).toBe(200);
    });

    const refusedCallers: {
      name: string;
      headers: () => Promise<Record<string, string>>;
      status: number;
      error: string;
      challenge?: boolean;
    }[] = [
      { name: 'no credential', headers: async () => ({}), status: 401, error: 'invalid_client' },
      {
        name: 'a wrong service-account secret (HTTP Basic)',
        headers: async () => basic(account.id, wellFormedSecret('kws_')),
        status: 401,
        error: 'invalid_client',
        challenge: true,
      },
      {
        name: 'an API key without tokens:read',
        headers: async () => ({
          'x-api-key': (await createApiKey(api, owner.access_token, ['keys:read'])).secret,
        }),
        status: 403,
        error: 'insufficient_scope',
      },
      {
        name: 'an access token without tokens:read',
        headers: async () => ({
          authorization: `Bearer ${(await mint(key.secret, ['keys:read'])).access_token}`,
        }),
        status: 403,
        error: 'insufficient_scope',
      },
      {
        name: 'a service account without tokens:read (HTTP Basic)',
        headers: async () => {
          const narrowAccount = await createServiceAccount(
            api,
            owner.access_token,
            ['keys:read'],
            'no-tokens-read',
          );
          return basic(narrowAccount.id, narrowAccount.secret);
        },
        status: 403,
        error: 'insufficient_scope',
      },
    ];
    it.each(refusedCallers)(
      'asked with $name: $status $error',
      async ({ headers, status, error, challenge }) => {
        const response = await post(INTROSPECT, { token: minted.access_token }, { headers: await headers() });
        expectOAuthError(response, status, error);
        if (challenge === true) expect(response.headers.get('www-authenticate')).toBe(BASIC_CHALLENGE);
        expect(response.body).not.toHaveProperty('active');
      },
    );

    it('without the token parameter: 400 invalid_request', async () => {
      const response = await post(
        INTROSPECT,
        { token_type_hint: 'access_token' },
        { headers: basic(account.id, account.secret) },
      );
      expectOAuthError(response, 400, 'invalid_request');
    });
  });

  describe('revocation (RFC 7009)', () => {
    const unknown: { name: string; token: () => string }[] = [
      { name: 'a refresh token never issued', token: () => wellFormedSecret('kwr_') },
      { name: 'an API key never issued', token: () => wellFormedSecret('kwk_') },
      { name: 'a string that is no token', token: () => 'not-a-token' },
      { name: 'a JWT with a tampered signature', token: () => withTamperedSignature(owner.access_token) },
    ];
    it.each(ENCODINGS.flatMap((encoding) => unknown.map((u) => ({ ...u, encoding }))))(
      '$name, $encoding: 200 {}',
      async ({ token, encoding }) => {
        const response = await post(REVOKE, { token: token() }, { encoding });
        expect(response.status, response.text).toBe(200);
        expect(response.body).toEqual({});
        const authenticated = await post(
          REVOKE,
          { token: token() },
          { encoding, headers: basic(account.id, account.secret) },
        );
        expect(authenticated.status, authenticated.text).toBe(200);
        expect(authenticated.body).toEqual({});
      },
    );

    it('revoking a refresh token revokes its family and every access token issued from it', async () => {
      const person = await signup(api);
      const rotated = must(await refresh(person.refresh_token), 200, 'refresh').body;
      // An access token exchanged from the session's access token belongs to the family too.
      const exchanged = must(await exchangeToken(rotated.access_token), 200, 'token exchange').body;
      for (const token of [person.access_token, rotated.access_token, exchanged.access_token]) {
        expect((await whoami(token)).status).toBe(200);
      }
      const response = await post(REVOKE, { token: rotated.refresh_token, token_type_hint: 'refresh_token' });
      expect(response.status, response.text).toBe(200);
      expect(response.body).toEqual({});

      for (const token of [person.access_token, rotated.access_token, exchanged.access_token]) {
        expectProblem(await whoami(token), {
          status: 403,
          code: 'credential_revoked',
          instance: '/v1/whoami',
        });
      }
      expectOAuthError(await refresh(rotated.refresh_token), 400, 'invalid_grant');
      expectOAuthError(await refresh(person.refresh_token), 400, 'invalid_grant');
      const introspected = await post(
        INTROSPECT,
        { token: rotated.refresh_token },
        { headers: basic(account.id, account.secret) },
      );
      expect(introspected.body).toEqual({ active: false });
    });

    it.each(ENCODINGS)(
      '%s: revoking an access token refuses it at once, listed as revoked',
      async (encoding) => {
        const token = await mint(key.secret);
        expect((await whoami(token.access_token)).status).toBe(200);
        const response = await post(
          REVOKE,
          { token: token.access_token, token_type_hint: 'access_token' },
          { encoding },
        );
        expect(response.status, response.text).toBe(200);
        expect(response.body).toEqual({});
        expectProblem(await whoami(token.access_token), {
          status: 403,
          code: 'credential_revoked',
          instance: '/v1/whoami',
        });
        const introspected = await post(
          INTROSPECT,
          { token: token.access_token },
          { headers: basic(account.id, account.secret) },
        );
        expect(introspected.body).toEqual({ active: false });
        const list = await api('GET', '/v1/access-tokens?limit=100', { token: owner.access_token });
        const info = list.body.data.find((t: { id: string }) => t.id === token.token_id);
        expect(info.revoked_at).toMatch(TIMESTAMP);
      },
    );

    it('a client revokes its own client_credentials token with HTTP Basic', async () => {
      const issued = must(
        await post(
          TOKEN,
          { grant_type: 'client_credentials' },
          { headers: basic(account.id, account.secret) },
        ),
        200,
        'client_credentials',
      ).body;
      expect((await whoami(issued.access_token)).status).toBe(200);
      const response = await post(
        REVOKE,
        { token: issued.access_token },
        { headers: basic(account.id, account.secret) },
      );
      expect(response.status, response.text).toBe(200);
      expectProblem(await whoami(issued.access_token), {
        status: 403,
        code: 'credential_revoked',
        instance: '/v1/whoami',
      });
    });

    it('a client of another organization gets 200 {} and the token stays valid', async () => {
      const stranger = await signup(api);
      const strangerAccount = await createServiceAccount(api, stranger.access_token, ['keys:read']);
      const token = await mint(key.secret);
      const response = await post(
        REVOKE,
        { token: token.access_token },
        { headers: basic(strangerAccount.id, strangerAccount.secret) },
      );
      expect(response.status, response.text).toBe(200);
      expect(response.body).toEqual({});
      expect((await whoami(token.access_token)).status).toBe(200);
    });

    it('a wrong client secret with HTTP Basic is 401 invalid_client with a Basic challenge; nothing is revoked', async () => {
      const token = await mint(key.secret);
      const response = await post(
        REVOKE,
        { token: token.access_token },
        { headers: basic(account.id, wellFormedSecret('kws_')) },
      );
      expectOAuthError(response, 401, 'invalid_client');
      expect(response.headers.get('www-authenticate')).toBe(BASIC_CHALLENGE);
      expect((await whoami(token.access_token)).status).toBe(200);
    });

    it('a device code is 400 unsupported_token_type (RFC 7009 §2.2.1)', async () => {
      const response = await post(REVOKE, {
        token: wellFormedSecret('kwd_'),
        token_type_hint: 'device_code',
      });
      expectOAuthError(response, 400, 'unsupported_token_type');
    });
  });
});
