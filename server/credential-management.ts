// The rules for credentials people create (API keys, service accounts, agent keys, app tokens):
// which scopes they may be granted, that changing them only narrows, who may change them, when
// they expire, and how changes are audited. One module for all, so that no resource is a way
// around another's role caps.
import type { FastifyRequest } from 'fastify';
import { type AuditAction, recordCallerAudit } from './audit.ts';
import type { AuthContext } from './auth/auth-context.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { ProblemError, roleCapExceeded } from './problem.ts';
import { intersect, isKnownScope, missing, rankOf, scopesOfRole } from './roles.ts';
import { isoIn } from './time.ts';

/** A stored credential with its creator's current role in its org (null once they left it). */
export interface CreatedCredential {
  created_by: string;
  creator_role: string | null;
  /** JSON array of the scopes it was granted. */
  scopes: string;
}

/**
 * `revoke` and `delete` only take power away; `update` (narrowing, renaming) and `rotate`
 * (which hands out a new secret) do not.
 */
export type CredentialChange = 'revoke' | 'delete' | 'update' | 'rotate';

/** A key's status (the spec's CredentialStatus) at `now` (RFC 3339, as stored). */
export function credentialStatus(
  row: { revoked_at: string | null; expires_at: string | null },
  now: string,
): 'active' | 'expired' | 'revoked' {
  if (row.revoked_at !== null) return 'revoked';
  return row.expires_at !== null && row.expires_at <= now ? 'expired' : 'active';
}

/** The scopes it can actually use: its scopes ∩ its creator's current role's scopes. */
export function effectiveScopesOf(credential: CreatedCredential): string[] {
  return intersect(JSON.parse(credential.scopes) as string[], scopesOfRole(credential.creator_role ?? ''));
}

/**
 * Throws 403 role_cap_exceeded unless `auth` may make `change`. Taking power away is for the
 * creator, or anyone whose role ranks at least as high as the creator's. Narrowing or rotating
 * is for the creator, or someone who ranks strictly higher; and rotating also needs every scope
 * the credential can use, so a narrow credential never obtains a wider secret.
 */
export function assertManageable(
  auth: AuthContext,
  credential: CreatedCredential,
  change: CredentialChange,
  noun: string,
): void {
  const creatorRank = rankOf(credential.creator_role ?? '');
  const own = credential.created_by === auth.principal.id && auth.principal.kind === 'user';
  const takesAway = change === 'revoke' || change === 'delete';
  const allowed = own || (takesAway ? creatorRank <= rankOf(auth.role) : creatorRank < rankOf(auth.role));
  if (!allowed) {
    throw roleCapExceeded(
      `A ${auth.role} cannot ${change} a ${noun} created by a ${credential.creator_role ?? 'former member'}.`,
    );
  }
  if (change === 'rotate') {
    const lacking = missing(effectiveScopesOf(credential), auth.scopes);
    if (lacking.length > 0) {
      throw roleCapExceeded(
        `Rotating this ${noun} would hand out scopes this credential lacks: ${lacking.join(', ')}.`,
      );
    }
  }
}

/**
 * An agent acts only as itself: a credential whose principal is an agent (its key, or a token
 * exchanged from one) may make keys for that agent and nothing else. Anything else it made (an
 * API key, an app token, a service account, another agent's key, an invitation, a rotated secret)
 * would act as someone else and escape the agent-only view of the audit log.
 */
export function assertActsAsItself(auth: AuthContext, forAgent: string | null, what: string): void {
  if (auth.principal.kind === 'agent' && forAgent !== auth.principal.id) {
    throw roleCapExceeded(`An agent's credential cannot ${what}; it can only make keys for its own agent.`);
  }
}

/**
 * Throws unless every scope of a new credential is in the catalogue (else 400) and held by the
 * calling credential itself, not merely its role (else 403): a narrow key cannot mint a wider one.
 */
export function assertGrantable(auth: AuthContext, scopes: readonly string[]): void {
  const unknown = scopes.filter((s) => !isKnownScope(s));
  if (unknown.length > 0) {
    const message = `has scopes not in the catalogue: ${unknown.join(', ')}`;
    throw new ProblemError({
      code: 'invalid_request',
      detail: `body.scopes ${message}`,
      errors: [{ field: 'body.scopes', message }],
    });
  }
  const above = missing(scopes, auth.scopes);
  if (above.length > 0)
    throw roleCapExceeded(`You cannot grant scopes you do not hold: ${above.join(', ')}.`);
}

/** Throws 403 scope_widening unless `wanted` only removes scopes from `current`. */
export function assertNarrowing(current: readonly string[], wanted: readonly string[], noun: string): void {
  const added = missing(wanted, current);
  if (added.length > 0) {
    throw new ProblemError({
      code: 'scope_widening',
      detail: `Scopes can only be removed from a ${noun}; it does not hold ${added.join(', ')}. Create a new ${noun} instead.`,
    });
  }
}

/** An audit event about a credential: its own display prefix in `data`; `credential_prefix` is the caller's. */
export function recordCredentialAudit(
  db: Database,
  request: FastifyRequest,
  auth: AuthContext,
  action: AuditAction,
  credential: { kind: 'api_key' | 'service_account' | 'agent_key' | 'app_token'; id: string; prefix: string },
): Promise<void> {
  return recordCallerAudit(db, request, auth, {
    action,
    target: { kind: credential.kind, id: credential.id },
    data: { prefix: credential.prefix },
  });
}

/**
 * The person a credential acts for, for `created_by` / `invited_by` (which name people): the
 * caller, or the person who created the service account, agent key or app token (whose role
 * caps it).
 */
export async function personBehind(db: Database, auth: AuthContext): Promise<string> {
  switch (auth.principal.kind) {
    case 'user':
      return auth.principal.id;
    case 'service_account':
      return (
        await db
          .selectFrom('service_accounts')
          .select('created_by')
          .where('id', '=', auth.principal.id)
          .executeTakeFirstOrThrow()
      ).created_by;
    case 'app':
      return (
        await db
          .selectFrom('app_tokens')
          .select('created_by')
          .where('id', '=', auth.principal.id)
          .executeTakeFirstOrThrow()
      ).created_by;
    case 'agent': {
      // The agent key presented, or the one the access token was minted from.
      const keyId =
        auth.credential.kind === 'agent_key'
          ? auth.credential.id
          : (
              await db
                .selectFrom('access_tokens')
                .select('credential_id')
                .where('id', '=', auth.credential.id)
                .executeTakeFirstOrThrow()
            ).credential_id;
      return (
        await db
          .selectFrom('agent_keys')
          .select('created_by')
          .where('id', '=', keyId)
          .executeTakeFirstOrThrow()
      ).created_by;
    }
  }
}

function invalid(field: string, message: string): ProblemError {
  return new ProblemError({
    code: 'invalid_request',
    detail: `${field} ${message}`,
    errors: [{ field, message }],
  });
}

/**
 * When a new key (API key, agent key, app token) expires: the requested time (in the future, and
 * within KEYWAY_API_KEY_MAX_TTL, else 400), or KEYWAY_API_KEY_DEFAULT_TTL from now, or never;
 * and never after the key the caller presented (a leaked key cannot mint a longer-lived one).
 */
export function newKeyExpiry(
  config: Pick<Config, 'apiKeyDefaultTtl' | 'apiKeyMaxTtl'>,
  auth: AuthContext,
  requested: string | undefined,
  now: number = Date.now(),
): string | null {
  let expiresAt: string | null = null;
  if (requested !== undefined) {
    const at = Date.parse(requested);
    if (!(at > now)) throw invalid('body.expires_at', 'must be in the future');
    if (config.apiKeyMaxTtl !== 0 && at > now + config.apiKeyMaxTtl * 1000) {
      throw invalid(
        'body.expires_at',
        `must be within ${config.apiKeyMaxTtl} seconds from now (the server's maximum key lifetime)`,
      );
    }
    expiresAt = new Date(at).toISOString();
  } else if (config.apiKeyDefaultTtl !== 0) {
    expiresAt = isoIn(config.apiKeyDefaultTtl, now);
  }
  if (
    auth.sourceKeyId !== null &&
    auth.expiresAt !== null &&
    (expiresAt === null || expiresAt > auth.expiresAt)
  ) {
    return auth.expiresAt;
  }
  return expiresAt;
}
