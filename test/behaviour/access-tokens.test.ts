// The access-token exchange through a real server on each backend (spec/paths/access-tokens.yaml):
// every way of presenting the credential, the RFC 9068 header and claims checked against the
// served JWKS with a JOSE library, narrowing-only scopes, the TTL bound, the token on /v1 routes
// with its own scopes only, listing (metadata only) and revocation, which the issuing server
// enforces on the very next request even for a token it has verified and cached before.
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CallOptions, signup } from '../support/api.ts';
import { BACKENDS } from '../support/backends.ts';
import {
  type ApiKeyWithSecret,
  createApiKey,
  createServiceAccount,
  expectInsufficientScope,
  expectInvalidTokenChallenge,
  expectProblem,
  JWT,
  joinAs,
  must,
  type ServiceAccountWithSecret,
  type Session,
  sorted,
  TIMESTAMP,
  useServer,
  wellFormedSecret,
  withTamperedSignature,
  withWrongChecksum,
} from './flows.ts';

/** spec/components/schemas/access-tokens.yaml#/AccessTokenExchangeResponse */
interface MintedToken {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  expires_at: string;
  scope: string;
  scopes: string[];
  token_id: string;
}

const PATH = '/v1/access-tokens';
const TOKEN_ID = /^tok_[0-9A-Za-z]+$/;
/** KEYWAY_ACCESS_TOKEN_TTL and KEYWAY_ACCESS_TOKEN_MAX_TTL when unset (server/config.ts). */
const DEFAULT_TTL = 900;
const MAX_TTL = 3600;
const KEY_SCOPES = ['keys:read', 'tokens:read', 'tokens:write'];
const ACCOUNT_SCOPES = ['keys:read', 'tokens:read'];

describe.each(BACKENDS.map((make) => make()))('access tokens on $name', (backend) => {
  const running = useServer(backend);
  const { api } = running;

  let owner: Session;
  let key: ApiKeyWithSecret;
  let account: ServiceAccountWithSecret;
  beforeAll(async () => {
    owner = await signup(api);
    key = await createApiKey(api, owner.access_token, KEY_SCOPES);
    account = await createServiceAccount(api, owner.access_token, ACCOUNT_SCOPES);
  });

  const mint = (options: CallOptions) => api('POST', PATH, options);

  /** A token minted with `options`; fails the test when the exchange is refused. */
  async function tokenFrom(options: CallOptions): Promise<MintedToken> {
    return must(await mint(options), 201, `POST ${PATH}`).body;
  }

  const fromKey = (secret: string, scopes?: string[]) =>
    tokenFrom({ body: { api_key: secret, ...(scopes === undefined ? {} : { scopes }) } });

  /** RFC 9068 §4: what a resource server does, with nothing but the published key set. */
  const verify = (token: string) => {
    const { url } = running.server;
    const jwks = createRemoteJWKSet(new URL(`${url}/.well-known/jwks.json`));
    return jwtVerify(token, jwks, { issuer: url, audience: url, typ: 'at+jwt', algorithms: ['EdDSA'] });
  };

  const whoami = (token: string) => api('GET', '/v1/whoami', { token });

  describe('exchange', () => {
    const presentations: {
      name: string;
      as: () => CallOptions;
      from: 'key' | 'account';
    }[] = [
      {
        name: 'an API key in Authorization: Bearer',
        as: () => ({ token: key.secret, body: {} }),
        from: 'key',
      },
      { name: 'an API key in x-api-key', as: () => ({ apiKey: key.secret, body: {} }), from: 'key' },
      { name: 'an API key as the body api_key', as: () => ({ body: { api_key: key.secret } }), from: 'key' },
      {
        name: 'api_key_id + api_key_secret',
        as: () => ({ body: { api_key_id: key.id, api_key_secret: key.secret } }),
        from: 'key',
      },
      {
        name: 'service_account_id + service_account_secret',
        as: () => ({ body: { service_account_id: account.id, service_account_secret: account.secret } }),
        from: 'account',
      },
    ];

    it.each(presentations)(
      '$name answers 201, no-store, with an RFC 9068 at+jwt that verifies against the JWKS',
      async ({ as, from }) => {
        const before = Math.floor(Date.now() / 1000);
        const response = await mint(as());
        expect(response.status, response.text).toBe(201);
        expect(response.headers.get('cache-control')).toBe('no-store');
        const token: MintedToken = response.body;
        expect(token).toEqual({
          access_token: expect.stringMatching(JWT),
          token_type: 'Bearer',
          expires_in: DEFAULT_TTL,
          expires_at: expect.stringMatching(TIMESTAMP),
          scope: token.scopes.join(' '),
          scopes: expect.any(Array),
          token_id: expect.stringMatching(TOKEN_ID),
        });
        const wantScopes = from === 'key' ? KEY_SCOPES : ACCOUNT_SCOPES;
        expect(sorted(token.scopes)).toEqual(sorted(wantScopes));

        // RFC 9068 §2.1: typ at+jwt, an asymmetric alg, and the kid of a published key.
        const header = decodeProtectedHeader(token.access_token);
        expect(header).toEqual({ typ: 'at+jwt', alg: 'EdDSA', kid: expect.any(String) });
        const jwks = await api('GET', '/.well-known/jwks.json');
        expect(jwks.body.keys.map((k: { kid: string }) => k.kid)).toContain(header.kid);

        // RFC 9068 §2.2: the claims, checked after a JOSE library verified the signature.
        const { payload } = await verify(token.access_token);
        const { url } = running.server;
        expect(payload).toEqual({
          iss: url,
          sub: from === 'key' ? owner.user.id : account.id,
          aud: url,
          exp: expect.any(Number),
          iat: expect.any(Number),
          jti: token.token_id,
          client_id: from === 'key' ? key.id : account.id,
          scope: token.scope,
          org_id: owner.org.id,
        });
        expect(payload.iat).toBeGreaterThanOrEqual(before);
        expect(payload.iat).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
        expect(payload.exp).toBe((payload.iat ?? 0) + token.expires_in);
        expect(Date.parse(token.expires_at)).toBe((payload.exp ?? 0) * 1000);
      },
    );

    it('the same secret twice mints two distinct tokens (a fresh jti each time)', async () => {
      const first = await fromKey(key.secret);
      const second = await fromKey(key.secret);
      expect(second.token_id).not.toBe(first.token_id);
      expect(second.access_token).not.toBe(first.access_token);
    });

    const refused: { name: string; as: () => CallOptions; status: number; code: string }[] = [
      {
        name: 'an api_key_id that names no key',
        as: () => ({ body: { api_key_id: `key_${'0'.repeat(26)}`, api_key_secret: key.secret } }),
        status: 401,
        code: 'invalid_credential',
      },
      {
        name: 'an API key never issued',
        as: () => ({ body: { api_key: wellFormedSecret('kwk_') } }),
        status: 401,
        code: 'invalid_credential',
      },
      {
        name: 'an API key with a wrong checksum',
        as: () => ({ token: withWrongChecksum(key.secret), body: {} }),
        status: 401,
        code: 'invalid_credential',
      },
      {
        name: 'a service account with a wrong secret',
        as: () => ({
          body: { service_account_id: account.id, service_account_secret: wellFormedSecret('kws_') },
        }),
        status: 401,
        code: 'invalid_credential',
      },
      {
        name: 'an unknown service account',
        as: () => ({
          body: { service_account_id: `sa_${'0'.repeat(26)}`, service_account_secret: account.secret },
        }),
        status: 401,
        code: 'invalid_credential',
      },
      {
        // A short-lived token must not buy another one here: only API keys and accounts exchange.
        name: "a session's access token in Authorization: Bearer",
        as: () => ({ token: owner.access_token, body: {} }),
        status: 401,
        code: 'invalid_credential',
      },
    ];
    it.each(refused)('$name answers $status $code and mints nothing', async ({ as, status, code }) => {
      const response = await mint(as());
      expectProblem(response, { status, code, instance: PATH });
      expectInvalidTokenChallenge(response);
      expect(response.body).not.toHaveProperty('access_token');
    });

    it("api_key_id of another existing key with this key's secret answers 401 invalid_credential", async () => {
      const other = await createApiKey(api, owner.access_token, ['keys:read']);
      const response = await mint({ body: { api_key_id: other.id, api_key_secret: key.secret } });
      expectProblem(response, { status: 401, code: 'invalid_credential', instance: PATH });
      // The pair is right when it matches.
      expect((await mint({ body: { api_key_id: other.id, api_key_secret: other.secret } })).status).toBe(201);
    });

    it('a revoked API key answers 403 credential_revoked', async () => {
      const revoked = await createApiKey(api, owner.access_token, ['keys:read']);
      expect((await mint({ body: { api_key: revoked.secret } })).status).toBe(201);
      must(
        await api('DELETE', `/v1/api-keys/${revoked.id}`, { token: owner.access_token }),
        200,
        'revoke the key',
      );
      const response = await mint({ body: { api_key: revoked.secret } });
      expectProblem(response, { status: 403, code: 'credential_revoked', instance: PATH });
      expectInvalidTokenChallenge(response);
    });

    // Exactly one credential, in one of the documented forms (AccessTokenExchangeRequest).
    const ambiguous: { name: string; as: () => CallOptions }[] = [
      { name: 'Bearer and body api_key', as: () => ({ token: key.secret, body: { api_key: key.secret } }) },
      { name: 'Bearer and x-api-key', as: () => ({ token: key.secret, apiKey: key.secret, body: {} }) },
      {
        name: 'x-api-key and a service account in the body',
        as: () => ({
          apiKey: key.secret,
          body: { service_account_id: account.id, service_account_secret: account.secret },
        }),
      },
      {
        name: 'api_key and api_key_id + api_key_secret',
        as: () => ({ body: { api_key: key.secret, api_key_id: key.id, api_key_secret: key.secret } }),
      },
      {
        name: 'api_key and a service account',
        as: () => ({
          body: {
            api_key: key.secret,
            service_account_id: account.id,
            service_account_secret: account.secret,
          },
        }),
      },
      { name: 'api_key_id without api_key_secret', as: () => ({ body: { api_key_id: key.id } }) },
      {
        name: 'service_account_id without service_account_secret',
        as: () => ({ body: { service_account_id: account.id } }),
      },
    ];
    it.each(ambiguous)('$name answers 400 invalid_request and mints nothing', async ({ as }) => {
      const response = await mint(as());
      expectProblem(response, { status: 400, code: 'invalid_request', instance: PATH });
      expect(response.body).not.toHaveProperty('access_token');
    });
  });

  describe('scopes: narrowing only', () => {
    const cases: { name: string; from: 'key' | 'account'; scopes?: string[]; want: string[] | string }[] = [
      { name: 'an API key, none requested', from: 'key', want: KEY_SCOPES },
      { name: 'an API key, a subset', from: 'key', scopes: ['keys:read'], want: ['keys:read'] },
      { name: 'an API key, all of them', from: 'key', scopes: KEY_SCOPES, want: KEY_SCOPES },
      {
        name: 'an API key, two it lacks',
        from: 'key',
        scopes: ['keys:read', 'keys:write', 'org:write'],
        want: '403 keys:write org:write',
      },
      { name: 'a service account, none requested', from: 'account', want: ACCOUNT_SCOPES },
      {
        name: 'a service account, a subset',
        from: 'account',
        scopes: ['tokens:read'],
        want: ['tokens:read'],
      },
      {
        name: 'a service account, one it lacks',
        from: 'account',
        scopes: ['tokens:read', 'tokens:write'],
        want: '403 tokens:write',
      },
      {
        name: 'an API key, a scope outside the catalogue (one it cannot hold)',
        from: 'key',
        scopes: ['keys:read', 'widgets:read'],
        want: '403 widgets:read',
      },
    ];
    it.each(cases)('$name: $want', async ({ from, scopes, want }) => {
      const credential =
        from === 'key'
          ? { api_key: key.secret }
          : { service_account_id: account.id, service_account_secret: account.secret };
      const response = await mint({ body: { ...credential, ...(scopes === undefined ? {} : { scopes }) } });
      if (Array.isArray(want)) {
        expect(response.status, response.text).toBe(201);
        expect(sorted(response.body.scopes)).toEqual(sorted(want));
        const { payload } = await verify(response.body.access_token);
        expect(sorted(String(payload.scope).split(' '))).toEqual(sorted(want));
      } else {
        const body = expectProblem(response, { status: 403, code: 'insufficient_scope', instance: PATH });
        // `scopes` names exactly the extra scopes, not the ones the credential has.
        expect(sorted(body.scopes as string[])).toEqual(sorted(want.split(' ').slice(1)));
      }
    });

    it("none requested means the key's effective scopes: capped by its creator's current role", async () => {
      const admin = await joinAs(api, owner.access_token, owner.org.id, 'admin');
      const adminKey = await createApiKey(api, admin.session.access_token, ['keys:read', 'members:write']);
      expect(sorted((await fromKey(adminKey.secret)).scopes)).toEqual(['keys:read', 'members:write']);
      // Demoted to member, whose role has no members:write.
      must(
        await api('PATCH', `/v1/members/${admin.userId}`, {
          token: owner.access_token,
          body: { role: 'member' },
        }),
        200,
        'demote the admin',
      );
      expect((await fromKey(adminKey.secret)).scopes).toEqual(['keys:read']);
      const wider = await mint({ body: { api_key: adminKey.secret, scopes: ['members:write'] } });
      const body = expectProblem(wider, { status: 403, code: 'insufficient_scope', instance: PATH });
      expect(body.scopes).toEqual(['members:write']);
    });
  });

  it('with no credential at all answers 401 unauthenticated with a Bearer challenge', async () => {
    const response = await mint({ body: {} });
    expectProblem(response, { status: 401, code: 'unauthenticated', instance: PATH });
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="keyway"');
  });

  describe('lifetime', () => {
    const cases: { name: string; ttl?: number; want: number | '400' }[] = [
      { name: 'omitted: the configured default', want: DEFAULT_TTL },
      { name: 'the minimum, 60', ttl: 60, want: 60 },
      { name: 'exactly the maximum', ttl: MAX_TTL, want: MAX_TTL },
      { name: 'above the maximum: lowered to it', ttl: MAX_TTL * 2, want: MAX_TTL },
      { name: 'the schema maximum, 86400: lowered', ttl: 86_400, want: MAX_TTL },
      { name: 'below the schema minimum, 59', ttl: 59, want: '400' },
      { name: 'above the schema maximum, 86401', ttl: 86_401, want: '400' },
    ];
    it.each(cases)('ttl_seconds $name → $want', async ({ ttl, want }) => {
      const response = await mint({
        body: { api_key: key.secret, ...(ttl === undefined ? {} : { ttl_seconds: ttl }) },
      });
      if (want === '400') {
        expectProblem(response, { status: 400, code: 'invalid_request', instance: PATH });
        return;
      }
      expect(response.status, response.text).toBe(201);
      expect(response.body.expires_in).toBe(want);
      const { payload } = await verify(response.body.access_token);
      expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(want);
    });

    it('never outlives the API key it comes from', async () => {
      const soon = new Date(Date.now() + 120_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      const expiring = await createApiKey(api, owner.access_token, ['keys:read'], { expires_at: soon });
      const token = await fromKey(expiring.secret);
      expect(token.expires_in).toBeLessThanOrEqual(120);
      expect(Date.parse(token.expires_at)).toBeLessThanOrEqual(Date.parse(soon));
    });
  });

  describe('using the token', () => {
    it('authenticates /v1 routes as the credential it came from, with its own scopes only', async () => {
      const token = await fromKey(key.secret, ['keys:read']);
      const me = await whoami(token.access_token);
      expect(me.status, me.text).toBe(200);
      expect(me.body).toEqual({
        principal: { kind: 'user', id: owner.user.id, name: owner.user.name },
        org: { id: owner.org.id, name: owner.org.name },
        credential: { kind: 'access_token', id: token.token_id, prefix: null },
        role: 'owner',
        scopes: ['keys:read'],
        expires_at: token.expires_at,
      });
      expect((await api('GET', '/v1/api-keys', { token: token.access_token })).status).toBe(200);
      // The key holds tokens:read and tokens:write; the narrowed token does not.
      expectInsufficientScope(await api('GET', PATH, { token: token.access_token }), PATH, 'tokens:read');
      expectInsufficientScope(
        await api('POST', '/v1/api-keys', {
          token: token.access_token,
          body: { name: 'x', scopes: ['keys:read'] },
        }),
        '/v1/api-keys',
        'keys:write',
      );
    });

    it("a service account's token stands for the account", async () => {
      const token = await tokenFrom({
        body: {
          service_account_id: account.id,
          service_account_secret: account.secret,
          scopes: ['keys:read'],
        },
      });
      const me = await whoami(token.access_token);
      expect(me.status, me.text).toBe(200);
      expect(me.body).toMatchObject({
        principal: { kind: 'service_account', id: account.id, name: account.name },
        org: { id: owner.org.id },
        credential: { kind: 'access_token', id: token.token_id, prefix: null },
        scopes: ['keys:read'],
        expires_at: token.expires_at,
      });
      expect((await api('GET', '/v1/api-keys', { token: token.access_token })).status).toBe(200);
      expectInsufficientScope(await api('GET', PATH, { token: token.access_token }), PATH, 'tokens:read');
    });

    it('is refused in x-api-key, which takes Keyway secrets only', async () => {
      const token = await fromKey(key.secret);
      const response = await api('GET', '/v1/whoami', { apiKey: token.access_token });
      expectProblem(response, { status: 401, code: 'invalid_credential', instance: '/v1/whoami' });
    });

    it('a token with one character of its signature changed is refused with 401', async () => {
      const token = await fromKey(key.secret);
      const response = await whoami(withTamperedSignature(token.access_token));
      expectProblem(response, { status: 401, code: 'invalid_credential', instance: '/v1/whoami' });
      expectInvalidTokenChallenge(response);
    });
  });

  describe('list', () => {
    it('GET /v1/access-tokens lists metadata newest first, never the token', async () => {
      const fromTheKey = await fromKey(key.secret, ['keys:read']);
      const fromTheAccount = await tokenFrom({
        body: { service_account_id: account.id, service_account_secret: account.secret },
      });
      const response = await api('GET', `${PATH}?limit=100`, { token: owner.access_token });
      expect(response.status, response.text).toBe(200);
      expect(response.body.next_cursor === null || typeof response.body.next_cursor === 'string').toBe(true);
      const data: Record<string, unknown>[] = response.body.data;
      const ids = data.map((t) => t.id);
      expect(ids.indexOf(fromTheAccount.token_id)).toBeGreaterThanOrEqual(0);
      expect(ids.indexOf(fromTheAccount.token_id)).toBeLessThan(ids.indexOf(fromTheKey.token_id));
      expect(data.find((t) => t.id === fromTheKey.token_id)).toEqual({
        id: fromTheKey.token_id,
        client_id: key.id,
        subject: owner.user.id,
        scopes: ['keys:read'],
        created_at: expect.stringMatching(TIMESTAMP),
        expires_at: fromTheKey.expires_at,
        revoked_at: null,
        credential_prefix: key.secret.slice(0, 12),
      });
      expect(data.find((t) => t.id === fromTheAccount.token_id)).toEqual({
        id: fromTheAccount.token_id,
        client_id: account.id,
        subject: account.id,
        scopes: fromTheAccount.scopes,
        created_at: expect.stringMatching(TIMESTAMP),
        expires_at: fromTheAccount.expires_at,
        revoked_at: null,
        credential_prefix: account.secret.slice(0, 12),
      });
      for (const token of [fromTheKey, fromTheAccount]) {
        expect(response.text).not.toContain(token.access_token);
        // Not the signature either, the part a copy of the claims could not rebuild.
        expect(response.text).not.toContain(token.access_token.split('.')[2]);
      }
    });

    it("another organization's list does not show them; it cannot revoke them (404)", async () => {
      const token = await fromKey(key.secret);
      const stranger = await signup(api);
      const list = await api('GET', `${PATH}?limit=100`, { token: stranger.access_token });
      expect(list.status, list.text).toBe(200);
      expect(list.body.data.map((t: { id: string }) => t.id)).not.toContain(token.token_id);
      const path = `${PATH}/${token.token_id}`;
      expectProblem(await api('DELETE', path, { token: stranger.access_token }), {
        status: 404,
        code: 'not_found',
        instance: path,
      });
      expect((await whoami(token.access_token)).status).toBe(200);
    });
  });

  describe('revoke', () => {
    it('DELETE answers 204; the token is refused at once (403 credential_revoked) though its signature still verifies', async () => {
      const token = await fromKey(key.secret);
      // Used first, so the server has verified and cached it.
      for (let i = 0; i < 3; i += 1) expect((await whoami(token.access_token)).status).toBe(200);
      const path = `${PATH}/${token.token_id}`;
      const revoked = await api('DELETE', path, { token: owner.access_token });
      expect(revoked.status, revoked.text).toBe(204);
      expect(revoked.text).toBe('');

      for (const route of ['/v1/whoami', '/v1/api-keys']) {
        const response = await api('GET', route, { token: token.access_token });
        expectProblem(response, { status: 403, code: 'credential_revoked', instance: route });
        expectInvalidTokenChallenge(response);
      }
      // The signature is still valid: only the issuing server's revocation list refuses it.
      await expect(verify(token.access_token)).resolves.toBeDefined();

      const list = await api('GET', `${PATH}?limit=100`, { token: owner.access_token });
      const info = list.body.data.find((t: { id: string }) => t.id === token.token_id);
      expect(info.revoked_at).toMatch(TIMESTAMP);
      // Revoking it again is not an error.
      expect((await api('DELETE', path, { token: owner.access_token })).status).toBe(204);
    });

    it('a token never used before is refused at once after revocation too', async () => {
      const token = await fromKey(key.secret);
      must(await api('DELETE', `${PATH}/${token.token_id}`, { token: owner.access_token }), 204, 'revoke');
      expectProblem(await whoami(token.access_token), {
        status: 403,
        code: 'credential_revoked',
        instance: '/v1/whoami',
      });
    });

    it('needs tokens:write; an unknown id answers 404', async () => {
      const token = await fromKey(key.secret);
      const readOnly = await fromKey(key.secret, ['tokens:read']);
      const path = `${PATH}/${token.token_id}`;
      expectInsufficientScope(
        await api('DELETE', path, { token: readOnly.access_token }),
        path,
        'tokens:write',
      );
      expect((await whoami(token.access_token)).status).toBe(200);
      const unknown = `${PATH}/tok_${'0'.repeat(26)}`;
      expectProblem(await api('DELETE', unknown, { token: owner.access_token }), {
        status: 404,
        code: 'not_found',
        instance: unknown,
      });
    });

    it('revoking the API key revokes every token minted from it, and only those', async () => {
      const doomed = await createApiKey(api, owner.access_token, ['keys:read']);
      const viaBody = await fromKey(doomed.secret);
      const viaBearer = await tokenFrom({ token: doomed.secret, body: {} });
      const unrelated = await fromKey(key.secret);
      for (const token of [viaBody, viaBearer, unrelated])
        expect((await whoami(token.access_token)).status).toBe(200);

      must(
        await api('DELETE', `/v1/api-keys/${doomed.id}`, { token: owner.access_token }),
        200,
        'revoke the key',
      );

      for (const token of [viaBody, viaBearer]) {
        const response = await whoami(token.access_token);
        expectProblem(response, { status: 403, code: 'credential_revoked', instance: '/v1/whoami' });
      }
      expect((await whoami(unrelated.access_token)).status).toBe(200);
      const list = await api('GET', `${PATH}?limit=100`, { token: owner.access_token });
      for (const token of [viaBody, viaBearer]) {
        const info = list.body.data.find((t: { id: string }) => t.id === token.token_id);
        expect(info.revoked_at).toMatch(TIMESTAMP);
      }
    });
  });
});
