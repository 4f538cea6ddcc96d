// Short-lived RFC 9068 access tokens minted from a long-lived credential. The claims are kept
// by `jti` (never the token), so a token can be listed and revoked, and the server that issued
// it refuses a revoked one on the next request even though its signature stays valid.
import type { Database } from '../db/database.ts';
import { newId } from '../ids.ts';
import type { Services } from '../services.ts';
import { signJwt } from './jwt.ts';

export type MintedFrom = 'api_key' | 'service_account' | 'agent_key' | 'app_token' | 'session';

export interface MintRequest {
  orgId: string;
  /** `sub`: the user behind an API key, or the service account, agent (`agt_…`) or app token. */
  subject: string;
  /** `client_id` (RFC 9068 §2.2): the id of the key or service account, or `keyway-login`. */
  clientId: string;
  /** The credential it is minted from; revoking that revokes the token. */
  credentialId: string;
  credentialKind: MintedFrom;
  credentialPrefix: string | null;
  scopes: readonly string[];
  ttlSeconds: number;
}

export interface MintedToken {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  expires_at: string;
  scope: string;
  scopes: string[];
  token_id: string;
}

export async function mintAccessToken(
  db: Database,
  services: Services,
  request: MintRequest,
): Promise<MintedToken> {
  const jti = newId('tok');
  const now = Math.floor(Date.now() / 1000);
  const exp = now + request.ttlSeconds;
  const expiresAt = new Date(exp * 1000).toISOString();
  const scope = request.scopes.join(' ');
  // Recorded before the token exists anywhere else: a token the server cannot find is refused.
  await db
    .insertInto('access_tokens')
    .values({
      id: jti,
      org_id: request.orgId,
      subject: request.subject,
      client_id: request.clientId,
      credential_id: request.credentialId,
      credential_kind: request.credentialKind,
      credential_prefix: request.credentialPrefix,
      scopes: JSON.stringify(request.scopes),
      created_at: new Date(now * 1000).toISOString(),
      expires_at: expiresAt,
      revoked_at: null,
    })
    .execute();
  const accessToken = signJwt(
    {
      iss: services.issuer(),
      sub: request.subject,
      aud: services.issuer(),
      exp,
      iat: now,
      jti,
      client_id: request.clientId,
      scope,
      org_id: request.orgId,
    },
    await services.signingKeys.current(),
  );
  return {
    access_token: accessToken,
    token_type: 'Bearer',
    expires_in: request.ttlSeconds,
    expires_at: expiresAt.replace(/\.\d{3}Z$/, 'Z'),
    scope,
    scopes: [...request.scopes],
    token_id: jti,
  };
}
