// Who is calling: what the auth hook learns from a credential and hands to the handlers.
import type { FastifyRequest } from 'fastify';
import { ProblemError } from '../problem.ts';
import type { Role } from '../roles.ts';

export type CredentialKind =
  | 'session'
  | 'api_key'
  | 'access_token'
  | 'service_account'
  | 'agent_key'
  | 'app_token';

export interface AuthContext {
  /**
   * The identity the credential stands for: for an API key, the person who created it; for an
   * agent key, the agent (`agt_…`); for an app token, the token itself as an app (`apt_…`).
   */
  principal: { kind: 'user' | 'service_account' | 'agent' | 'app'; id: string; name: string };
  org: { id: string; name: string };
  credential: {
    kind: CredentialKind;
    /** `key_…` for an API key; the JWT's `jti` for a session token. */
    id: string;
    /** The secret's 12-character display prefix; null for JWTs. */
    prefix: string | null;
  };
  /**
   * The role that caps the credential, as the database holds it now (read on this request, or
   * cached until it changes): the person's, or for a service account, agent key or app token
   * its creator's.
   */
  role: Role;
  /** The effective scopes: the credential's scopes ∩ the role's scopes. */
  scopes: string[];
  /** RFC 3339; null when the credential does not expire. */
  expiresAt: string | null;
  /** For a session token: its session (refresh-token family) id. */
  sessionId: string | null;
  /**
   * The key (API key, agent key or app token) this request's power comes from: the key itself,
   * or the key an access token was minted from; null otherwise. What it creates is tied to it
   * (expiry, revocation).
   */
  sourceKeyId: string | null;
  /** The rate-limit bucket of this credential (a session counts as one credential across refreshes). */
  rateLimitKey: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    keywayAuth?: AuthContext;
  }
}

/** The caller of an authenticated route (the auth hook ran, so it is set). */
export function authOf(request: FastifyRequest): AuthContext {
  const auth = request.keywayAuth;
  if (auth === undefined) throw new Error(`route ${request.url} reached its handler without authentication`);
  return auth;
}

/** For operations that need a person's session (logout, createOrg, accepting invitations). */
export function requireSession(request: FastifyRequest): AuthContext & { sessionId: string } {
  const auth = authOf(request);
  if (auth.credential.kind !== 'session' || auth.sessionId === null) {
    throw new ProblemError({
      code: 'session_required',
      detail: "This operation needs a person's session from login, not an API key or other credential.",
    });
  }
  return auth as AuthContext & { sessionId: string };
}
