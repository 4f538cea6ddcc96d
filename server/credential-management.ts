// The rules for credentials people create (API keys, service accounts): which scopes they may
// be granted, that changing them only narrows, who may change them, and how changes are
// audited. One module for both, so that neither resource is a way around the other's role caps.
import type { FastifyRequest } from 'fastify';
import { type AuditAction, recordCallerAudit } from './audit.ts';
import type { AuthContext } from './auth/auth-context.ts';
import type { Database } from './db/database.ts';
import { ProblemError, roleCapExceeded } from './problem.ts';
import { intersect, isKnownScope, missing, rankOf, scopesOfRole } from './roles.ts';

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
  credential: { kind: 'api_key' | 'service_account'; id: string; prefix: string },
): Promise<void> {
  return recordCallerAudit(db, request, auth, {
    action,
    target: { kind: credential.kind, id: credential.id },
    data: { prefix: credential.prefix },
  });
}

/**
 * The person a credential acts for, for `created_by` / `invited_by` (which name people): the
 * caller, or for a service account the person who created it.
 */
export async function personBehind(db: Database, auth: AuthContext): Promise<string> {
  if (auth.principal.kind === 'user') return auth.principal.id;
  const account = await db
    .selectFrom('service_accounts')
    .select('created_by')
    .where('id', '=', auth.principal.id)
    .executeTakeFirstOrThrow();
  return account.created_by;
}
