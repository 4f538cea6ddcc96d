// RFC 8414 authorization server metadata and the RFC 7517 JSON Web Key Set.
import { scopes } from '../../generated/policy.ts';
import type { Handlers } from '../../generated/server/routes.ts';
import type { components } from '../../generated/types.ts';
import type { Services } from '../services.ts';
import { RETIRED_KEY_OVERLAP_SECONDS } from '../tokens/signing-keys.ts';

type JsonWebKey = components['schemas']['JsonWebKey'];

type DiscoveryHandlers = Pick<Handlers, 'getAuthorizationServerMetadata' | 'getJwks'>;

export function createDiscoveryHandlers(services: Services): DiscoveryHandlers {
  return {
    async getAuthorizationServerMetadata() {
      const issuer = services.issuer();
      return {
        status: 200,
        headers: { 'Cache-Control': 'public, max-age=3600' },
        body: {
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
          // No authorization endpoint: no response types, and so no PKCE methods (RFC 8414 §2).
          response_types_supported: [],
        },
      };
    },

    async getJwks() {
      // Keys another node rotated in are picked up here too: the set is what verifiers trust.
      await services.signingKeys.reload();
      return {
        status: 200,
        // Shorter than any rotation overlap, so a verifier sees a new key long before it matters.
        headers: { 'Cache-Control': 'public, max-age=300' },
        body: { keys: services.signingKeys.published(RETIRED_KEY_OVERLAP_SECONDS) as JsonWebKey[] },
      };
    },
  };
}
