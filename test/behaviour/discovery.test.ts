// RFC 8414 metadata and the JWKS: a standard JOSE library verifies the server's tokens from
// the published key set alone, across a signing-key rotation (`keyway signing-keys rotate`).
import { spawnSync } from 'node:child_process';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { scopes } from '../../generated/policy.ts';
import { signup } from '../support/api.ts';
import { BACKENDS } from '../support/backends.ts';
import { createApiKey, login, must, type Session, useServer } from './flows.ts';

describe.each(BACKENDS.map((make) => make()))('discovery on $name', (backend) => {
  const running = useServer(backend);
  const { api } = running;

  it('publishes RFC 8414 metadata for this issuer, cacheable', async () => {
    const response = await api('GET', '/.well-known/oauth-authorization-server');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
    const issuer = running.server.url;
    expect(response.body).toEqual({
      issuer,
      token_endpoint: `${issuer}/oauth/token`,
      device_authorization_endpoint: `${issuer}/oauth/device_authorization`,
      introspection_endpoint: `${issuer}/oauth/introspect`,
      revocation_endpoint: `${issuer}/oauth/revoke`,
      jwks_uri: `${issuer}/.well-known/jwks.json`,
      grant_types_supported: [
        'client_credentials',
        'refresh_token',
        'urn:ietf:params:oauth:grant-type:device_code',
        'urn:ietf:params:oauth:grant-type:token-exchange',
      ],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
      introspection_endpoint_auth_methods_supported: ['client_secret_basic', 'Bearer'],
      revocation_endpoint_auth_methods_supported: [
        'client_secret_basic',
        'client_secret_post',
        'none',
        'Bearer',
      ],
      scopes_supported: scopes.map((s) => s.name),
      response_types_supported: [],
    });
  });

  it('serves public keys only; jose verifies tokens from before and after a rotation', async () => {
    const { url } = running.server;
    // A verifier refetches the set when it meets an unknown kid (no cooldown here, so the test
    // need not wait out jose's default 30 s).
    const jwks = createRemoteJWKSet(new URL(`${url}/.well-known/jwks.json`), { cooldownDuration: 0 });
    const verify = (token: string) =>
      jwtVerify(token, jwks, { issuer: url, audience: url, typ: 'at+jwt', algorithms: ['EdDSA'] });

    const before: Session = await signup(api);
    const key = await createApiKey(api, before.access_token, ['keys:read']);
    const exchange = async () =>
      must(await api('POST', '/v1/access-tokens', { apiKey: key.secret, body: {} }), 201, 'exchange').body
        .access_token as string;
    const accessBefore = await exchange();
    const first = await api('GET', '/.well-known/jwks.json');
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    expect(first.body.keys).toHaveLength(1);
    for (const key of first.body.keys) {
      expect(Object.keys(key).sort()).toEqual(['alg', 'crv', 'kid', 'kty', 'use', 'x']);
      expect(key).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
    }
    const oldKid = decodeProtectedHeader(before.access_token).kid;
    expect(oldKid).toBe(first.body.keys[0].kid);
    expect((await verify(before.access_token)).payload.sub).toBe(before.user.id);

    // Rotate from the command line, against the running server's database.
    const env = {
      ...process.env,
      KEYWAY_DATA_DIR: running.server.dataDir,
      ...(running.server.databaseUrl === null ? {} : { DATABASE_URL: running.server.databaseUrl }),
    };
    const rotate = spawnSync(process.execPath, ['bin/keyway.js', 'signing-keys', 'rotate'], {
      env,
      encoding: 'utf8',
    });
    expect(rotate.status, rotate.stderr).toBe(0);
    expect(rotate.stdout).toMatch(/^New signing key \S+ is active/);

    // The set now lists the new key first and keeps the old one.
    const second = await api('GET', '/.well-known/jwks.json');
    const kids = second.body.keys.map((k: { kid: string }) => k.kid);
    expect(kids).toHaveLength(2);
    expect(kids[1]).toBe(oldKid);

    const after = await login(api, before.user.email);
    const accessAfter = await exchange();
    expect(decodeProtectedHeader(accessAfter).kid).toBe(kids[0]);
    expect(decodeProtectedHeader(accessBefore).kid).toBe(oldKid);
    for (const token of [accessBefore, accessAfter]) {
      expect((await verify(token)).payload.client_id).toBe(key.id);
    }
    const newKid = decodeProtectedHeader(after.access_token).kid;
    expect(newKid).toBe(kids[0]);
    expect(newKid).not.toBe(oldKid);
    // Both verify against the published set, with a fresh JWKS client too.
    expect((await verify(after.access_token)).protectedHeader.kid).toBe(newKid);
    expect((await verify(before.access_token)).protectedHeader.kid).toBe(oldKid);
    const fresh = createRemoteJWKSet(new URL(`${url}/.well-known/jwks.json`));
    await expect(
      jwtVerify(before.access_token, fresh, { issuer: url, audience: url }),
    ).resolves.toBeDefined();
    // And the server still accepts the token signed by the retired key.
    expect((await api('GET', '/v1/whoami', { token: before.access_token })).status).toBe(200);
  });
});
