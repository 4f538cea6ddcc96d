// Service-account client authentication (RFC 6749 §2.3.1): an id (`sa_…`, its client_id) and a
// `kws_` secret, checked against the keyed hash of the current secret or, during a rotation's
// grace period, the previous one. Its effective scopes are its scopes capped by the current
// role of the person who created it. A successful authentication is kept in the node's
// credential cache (auth/credential-cache.ts) like any key, so a client that asks for tokens
// often is looked up once a minute, and at once again after any change to the account.
import type { AuthContext } from './auth/auth-context.ts';
import { serviceAccountsWithCreatorRole } from './db/queries.ts';
import { intersect, isRole, type Role, scopesOfRole } from './roles.ts';
import { DISPLAY_PREFIX_LENGTH, hashSecret, parseSecret, sameHash } from './secrets/secret.ts';
import type { Services } from './services.ts';
import { isoNow } from './time.ts';

export interface AuthenticatedAccount {
  id: string;
  name: string;
  org: { id: string; name: string };
  /** The creator's current role: what caps the account. */
  role: Role;
  /** scopes ∩ the creator's role's scopes. */
  scopes: string[];
  prefix: string;
}

export type AccountAuthentication =
  | { status: 'ok'; account: AuthenticatedAccount }
  | { status: 'unknown' | 'revoked'; reason: string };

const LAST_USED_GRANULARITY_MS = 60_000;

export async function authenticateServiceAccount(
  services: Services,
  clientId: string,
  secret: string,
): Promise<AccountAuthentication> {
  const unknown = { status: 'unknown', reason: 'Client authentication failed.' } as const;
  const parsed = parseSecret(secret);
  if (parsed === null || parsed.kind !== 'service_account_secret') return unknown;
  const hash = hashSecret(secret, services.keys.pepper);
  await services.authChanges.sync();
  const cache = services.authChanges.cache;
  const cached = cache.get(hash);
  if (cached !== undefined) {
    // The hash names one secret, so one account: another client_id with it is a mismatch.
    return cached.credential.id === clientId ? { status: 'ok', account: accountOf(cached) } : unknown;
  }
  const ticket = cache.begin();
  const row = await serviceAccountsWithCreatorRole(services.db)
    .innerJoin('orgs', 'orgs.id', 'service_accounts.org_id')
    .select([
      'service_accounts.id',
      'service_accounts.name',
      'service_accounts.scopes',
      'service_accounts.secret_hash',
      'service_accounts.previous_secret_hash',
      'service_accounts.previous_secret_expires_at',
      'service_accounts.deleted_at',
      'service_accounts.last_used_at',
      'orgs.id as org_id',
      'orgs.name as org_name',
    ])
    .where('service_accounts.id', '=', clientId)
    .executeTakeFirst();
  if (row === undefined || row.deleted_at !== null) return unknown;
  const now = isoNow();
  const current = sameHash(row.secret_hash, hash);
  const previous =
    row.previous_secret_hash !== null &&
    sameHash(row.previous_secret_hash, hash) &&
    row.previous_secret_expires_at !== null &&
    row.previous_secret_expires_at > now;
  if (!current && !previous) return unknown;
  if (row.creator_role === null || !isRole(row.creator_role)) {
    return {
      status: 'revoked',
      reason: 'The service account was disabled: its creator left the organization.',
    };
  }
  if (row.last_used_at === null || Date.parse(row.last_used_at) < Date.now() - LAST_USED_GRANULARITY_MS) {
    await services.db
      .updateTable('service_accounts')
      .set({ last_used_at: now })
      .where('id', '=', row.id)
      .execute();
  }
  const account: AuthenticatedAccount = {
    id: row.id,
    name: row.name,
    org: { id: row.org_id, name: row.org_name },
    role: row.creator_role,
    scopes: intersect(JSON.parse(row.scopes) as string[], scopesOfRole(row.creator_role)),
    prefix: secret.slice(0, DISPLAY_PREFIX_LENGTH),
  };
  // A rotated-out secret holds only until its grace period ends.
  const until =
    current || row.previous_secret_expires_at === null ? null : Date.parse(row.previous_secret_expires_at);
  cache.set(hash, accountContext(account), ticket, until);
  return { status: 'ok', account };
}

/** A service account as the caller of a request (HTTP Basic at an authenticated route). */
export function accountContext(account: AuthenticatedAccount): AuthContext {
  return {
    principal: { kind: 'service_account', id: account.id, name: account.name },
    org: account.org,
    credential: { kind: 'service_account', id: account.id, prefix: account.prefix },
    role: account.role,
    scopes: account.scopes,
    expiresAt: null,
    sessionId: null,
    sourceKeyId: null,
    rateLimitKey: account.id,
  };
}

function accountOf(auth: AuthContext): AuthenticatedAccount {
  return {
    id: auth.credential.id,
    name: auth.principal.name,
    org: auth.org,
    role: auth.role,
    scopes: auth.scopes,
    prefix: auth.credential.prefix ?? '',
  };
}
