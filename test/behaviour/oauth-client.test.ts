// A standard OAuth 2.0 client library from npm (openid-client 6, on oauth4webapi) drives the
// server with nothing but the issuer URL and a service account's client id and secret: RFC 8414
// discovery from the metadata URL, client_credentials with client_secret_basic (and
// client_secret_post), an RFC 6750 request to a /v1 route, RFC 7662 introspection and RFC 7009
// revocation. The client has no Keyway-specific code, only configuration. The same library runs
// the RFC 8628 device flow as the public client `keyway-cli`, from the discovery URL alone.
import * as client from 'openid-client';
import { beforeAll, describe, expect, it } from 'vitest';
import { signup } from '../support/api.ts';
import { BACKENDS } from '../support/backends.ts';
import {
  createServiceAccount,
  JWT,
  jwtPart,
  must,
  SERVER_ENV,
  type ServiceAccountWithSecret,
  useServer,
  wellFormedSecret,
} from './flows.ts';

describe.each(BACKENDS.map((make) => make()))('openid-client against the server on $name', (backend) => {
  // 1-second device polling, so the library's own waits between polls stay short.
  const running = useServer(backend, { ...SERVER_ENV, KEYWAY_DEVICE_POLL_INTERVAL: '1' });
  const { api } = running;

  let account: ServiceAccountWithSecret;
  beforeAll(async () => {
    const owner = await signup(api);
    account = await createServiceAccount(
      api,
      owner.access_token,
      ['keys:read', 'tokens:read'],
      'openid-client',
    );
  });

  /**
   * The library's configuration for this client: RFC 8414 discovery (`oauth2`, not OpenID
   * Connect's well-known path) from the issuer URL, over plain HTTP since the test server has no TLS.
   */
  const discover = (secret: string, authentication: client.ClientAuth) =>
    client.discovery(new URL(running.server.url), account.client_id, secret, authentication, {
      algorithm: 'oauth2',
      execute: [client.allowInsecureRequests],
    });

  const whoamiUrl = () => new URL('/v1/whoami', running.server.url);

  it('discovers every endpoint from the issuer URL (RFC 8414)', async () => {
    const config = await discover(account.secret, client.ClientSecretBasic(account.secret));
    const { url } = running.server;
    const metadata = config.serverMetadata();
    expect(metadata).toMatchObject({
      issuer: url,
      token_endpoint: `${url}/oauth/token`,
      introspection_endpoint: `${url}/oauth/introspect`,
      revocation_endpoint: `${url}/oauth/revoke`,
      jwks_uri: `${url}/.well-known/jwks.json`,
    });
    expect(metadata.grant_types_supported).toContain('client_credentials');
    expect(metadata.token_endpoint_auth_methods_supported).toEqual(
      expect.arrayContaining(['client_secret_basic', 'client_secret_post']),
    );
    expect(metadata.introspection_endpoint_auth_methods_supported).toContain('client_secret_basic');
    expect(metadata.revocation_endpoint_auth_methods_supported).toContain('client_secret_basic');
  });

  it('client_credentials with client_secret_basic, then introspection, then revocation', async () => {
    const config = await discover(account.secret, client.ClientSecretBasic(account.secret));

    const tokens = await client.clientCredentialsGrant(config, { scope: 'keys:read' });
    expect(tokens.access_token).toMatch(JWT);
    // oauth4webapi normalises token_type to lower case.
    expect(tokens.token_type).toBe('bearer');
    expect(tokens.expires_in).toBe(900);
    expect(tokens.scope).toBe('keys:read');
    expect(tokens.refresh_token).toBeUndefined();

    // RFC 6750 §2.1: the token works as a bearer token at the resource server.
    const me = await client.fetchProtectedResource(config, tokens.access_token, whoamiUrl(), 'GET');
    expect(me.status).toBe(200);
    expect(((await me.json()) as { principal: unknown }).principal).toEqual({
      kind: 'service_account',
      id: account.id,
      name: account.name,
    });

    const active = await client.tokenIntrospection(config, tokens.access_token);
    expect(active).toMatchObject({
      active: true,
      scope: 'keys:read',
      client_id: account.client_id,
      sub: account.id,
      iss: running.server.url,
    });
    expect(active.exp).toBeGreaterThan(Date.now() / 1000);

    await client.tokenRevocation(config, tokens.access_token);

    const inactive = await client.tokenIntrospection(config, tokens.access_token);
    expect(inactive.active).toBe(false);
    expect(Object.keys(inactive)).toEqual(['active']);
    // And the server refuses it, with an RFC 6750 §3.1 invalid_token challenge the library reads.
    const refused = await client
      .fetchProtectedResource(config, tokens.access_token, whoamiUrl(), 'GET')
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(client.WWWAuthenticateChallengeError);
    expect(refused).toMatchObject({
      status: 403,
      cause: [
        expect.objectContaining({
          scheme: 'bearer',
          parameters: expect.objectContaining({ error: 'invalid_token' }),
        }),
      ],
    });
  });

  it('client_credentials with client_secret_post', async () => {
    const config = await discover(account.secret, client.ClientSecretPost(account.secret));
    const tokens = await client.clientCredentialsGrant(config, { scope: 'tokens:read' });
    expect(tokens.scope).toBe('tokens:read');
    expect(tokens.refresh_token).toBeUndefined();
    const me = await client.fetchProtectedResource(config, tokens.access_token, whoamiUrl(), 'GET');
    expect(((await me.json()) as { scopes: unknown }).scopes).toEqual(['tokens:read']);
  });

  it('without a scope the library gets every scope of the account', async () => {
    const config = await discover(account.secret, client.ClientSecretBasic(account.secret));
    const tokens = await client.clientCredentialsGrant(config);
    expect(tokens.scope?.split(' ').sort()).toEqual(['keys:read', 'tokens:read']);
  });

  it('a scope beyond the account reaches the library as invalid_scope', async () => {
    const config = await discover(account.secret, client.ClientSecretBasic(account.secret));
    const refused = await client
      .clientCredentialsGrant(config, { scope: 'keys:write' })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(client.ResponseBodyError);
    expect(refused).toMatchObject({ status: 400, error: 'invalid_scope' });
  });

  it('a wrong secret reaches the library as a 401 with a Basic challenge', async () => {
    const wrong = wellFormedSecret('kws_');
    const config = await discover(wrong, client.ClientSecretBasic(wrong));
    const refused = await client.clientCredentialsGrant(config).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(client.WWWAuthenticateChallengeError);
    expect(refused).toMatchObject({
      status: 401,
      cause: [expect.objectContaining({ scheme: 'basic', parameters: { realm: 'keyway' } })],
    });
  });

  describe('the device flow (RFC 8628) as the public client keyway-cli', () => {
    const discoverPublic = () =>
      client.discovery(new URL(running.server.url), 'keyway-cli', undefined, client.None(), {
        algorithm: 'oauth2',
        execute: [client.allowInsecureRequests],
      });

    it('starts, polls until the person approves through the API, and gets a rotating refresh token', async () => {
      const person = await signup(api);
      const config = await discoverPublic();
      expect(config.serverMetadata().device_authorization_endpoint).toBe(
        `${running.server.url}/oauth/device_authorization`,
      );
      const started = await client.initiateDeviceAuthorization(config, { scope: 'keys:read org:read' });
      expect(started.verification_uri_complete).toBe(
        `${running.server.url}/device?user_code=${started.user_code}`,
      );
      // The library polls (waiting its interval, honouring slow_down) while the person answers.
      const polling = client.pollDeviceAuthorizationGrant(config, started);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      must(
        await api('POST', '/v1/device/verify', {
          token: person.access_token,
          body: { user_code: started.user_code, action: 'approve' },
        }),
        200,
        'approve the device',
      );
      const tokens = await polling;
      expect(tokens.access_token).toMatch(JWT);
      expect(tokens.scope).toBe('keys:read org:read');
      expect(jwtPart(tokens.access_token, 1)).toMatchObject({ sub: person.user.id, client_id: 'keyway-cli' });
      const me = await client.fetchProtectedResource(config, tokens.access_token, whoamiUrl(), 'GET');
      expect(((await me.json()) as { principal: { id: string } }).principal.id).toBe(person.user.id);

      const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token ?? '');
      expect(refreshed.scope).toBe('keys:read org:read');
      expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    });

    it('a denial reaches the library as access_denied', async () => {
      const person = await signup(api);
      const config = await discoverPublic();
      const started = await client.initiateDeviceAuthorization(config, {});
      must(
        await api('POST', '/v1/device/verify', {
          token: person.access_token,
          body: { user_code: started.user_code, action: 'deny' },
        }),
        200,
        'deny the device',
      );
      const refused = await client
        .pollDeviceAuthorizationGrant(config, started)
        .catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(client.ResponseBodyError);
      expect(refused).toMatchObject({ status: 400, error: 'access_denied' });
    });
  });
});
