// panva's oidc-provider (v9) as the reference the issue measures Keyway against, as its own
// process: the same two grants at the same token endpoint shape, so bench/run.ts can compare CPU
// time per request in the same run. RFC 6749 §4.4 client_credentials for a confidential client
// (HTTP Basic) issuing an RFC 9068 at+jwt signed with Ed25519 (EdDSA, as server/tokens/jwt.ts),
// and RFC 8628 §3.4 polls by a public client. Default in-memory adapter, no interactions.
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

// oidc-provider prints its development notices (in-memory adapter, and "unsupported runtime":
// v9 asks for Node 22, the bench runs on Node 20) through console.warn/info as it loads and
// starts; drop those, keep everything else. Hence the dynamic import below.
for (const level of ['warn', 'info'] as const) {
  const original = console[level];
  console[level] = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('oidc-provider ')) return;
    original(...args);
  };
}
const { default: Provider } = await import('oidc-provider');

const clientSecret = process.env.OIDC_BENCH_CLIENT_SECRET;
if (clientSecret === undefined) throw new Error('OIDC_BENCH_CLIENT_SECRET is not set');

const server = createServer();
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const { privateKey } = generateKeyPairSync('ed25519');
const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'bench-service',
      client_secret: clientSecret,
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
      token_endpoint_auth_method: 'client_secret_basic',
    },
    {
      // A public client, as Keyway's keyway-cli: client_id in the form body, no authentication.
      client_id: 'keyway-cli',
      grant_types: ['urn:ietf:params:oauth:grant-type:device_code'],
      response_types: [],
      redirect_uris: [],
      token_endpoint_auth_method: 'none',
    },
  ],
  clientDefaults: { id_token_signed_response_alg: 'EdDSA' },
  jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'bench', alg: 'EdDSA', use: 'sig' }] },
  features: {
    devInteractions: { enabled: false },
    clientCredentials: { enabled: true },
    // oidc-provider v9 never answers slow_down (it has the error, no check), so a pending code
    // may be polled back to back and answers authorization_pending every time.
    deviceFlow: { enabled: true },
    // RFC 8707 + RFC 9068: a resource server makes client_credentials issue a JWT; Keyway's
    // audience is its issuer and its tokens live 900 s by default.
    resourceIndicators: {
      enabled: true,
      defaultResource: () => issuer,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({
        scope: 'keys:read',
        audience: issuer,
        accessTokenTTL: 900,
        accessTokenFormat: 'jwt',
        jwt: { sign: { alg: 'EdDSA' } },
      }),
    },
  },
});
provider.on('server_error', (_ctx, error) => console.error(error));
server.on('request', provider.callback());
console.log(`oidc-provider listening on ${issuer}`);

const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
