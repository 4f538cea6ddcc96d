// Keys people mint (API keys `kwk_`, agent keys `kwa_`, app tokens `kwt_`): what minting, showing
// and revoking one does whatever its kind. The secret is shown once, at creation; only its keyed
// hash and 12-character display prefix are kept. Who may do what (scopes, role caps, expiry) is
// credential-management.ts's; each handler adds what its resource has of its own (the agent, a
// name or a label, an API key's rotation).

import type { FastifyRequest } from 'fastify';
import type { AuthContext } from './auth/auth-context.ts';
import { NO_STORE } from './cache-control.ts';
import {
  assertActsAsItself,
  assertGrantable,
  assertManageable,
  type CreatedCredential,
  credentialStatus,
  effectiveScopesOf,
  newKeyExpiry,
  personBehind,
  recordCredentialAudit,
} from './credential-management.ts';
import type { Database } from './db/database.ts';
import { type IdPrefix, newId } from './ids.ts';
import { revokedAtOf, revokeKeys } from './revocation.ts';
import { DISPLAY_PREFIX_LENGTH, generateSecret, hashSecret } from './secrets/secret.ts';
import type { Services } from './services.ts';
import { apiTime, isoNow } from './time.ts';

export type KeyKind = 'api_key' | 'agent_key' | 'app_token';

/** Ids by kind: revocation.ts tells the tables apart by them. */
const ID_PREFIXES: Record<KeyKind, IdPrefix> = { api_key: 'key', agent_key: 'akey', app_token: 'apt' };

/** A secret must never be stored by a cache on the way (RFC 9111 §5.2.2.5). */

/** The columns every key table has that its API form shows. */
const KEY_COLUMNS = [
  'id',
  'prefix',
  'scopes',
  'created_by',
  'created_at',
  'expires_at',
  'last_used_at',
  'revoked_at',
] as const;

/** A stored key with its creator's current role in its org (null once they left it). */
export interface KeyRow extends CreatedCredential {
  id: string;
  prefix: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** KeyRow's columns of `table`, qualified, for a select joined with the creator's membership. */
export function keyColumns<T extends 'api_keys' | 'agent_keys' | 'app_tokens'>(
  table: T,
): `${T}.${(typeof KEY_COLUMNS)[number]}`[] {
  return KEY_COLUMNS.map((column) => `${table}.${column}` as const);
}

/** The members every key's API form has after its own (id, and name or label), in the spec's order. */
export function keyFieldsOf(row: KeyRow, now: string) {
  return {
    prefix: row.prefix,
    scopes: JSON.parse(row.scopes) as string[],
    effective_scopes: effectiveScopesOf(row),
    status: credentialStatus(row, now),
    created_by: row.created_by,
    created_at: apiTime(row.created_at),
    expires_at: apiTime(row.expires_at),
    last_used_at: apiTime(row.last_used_at),
    revoked_at: apiTime(row.revoked_at),
  };
}

/**
 * A new key of `kind` for `auth`'s org: its secret, and the columns every key table has. Throws
 * unless the scopes are grantable and the requested expiry allowed (credential-management.ts).
 */
export async function mintKey(
  services: Services,
  auth: AuthContext,
  kind: KeyKind,
  requested: { scopes: string[]; expires_at?: string },
  /** For an agent key, the agent it will belong to. */
  forAgent: string | null = null,
) {
  assertActsAsItself(
    auth,
    forAgent,
    `create ${kind === 'agent_key' ? "another agent's key" : `an ${kind.replace('_', ' ')}`}`,
  );
  assertGrantable(auth, requested.scopes);
  const now = Date.now();
  // A key made by a key never outlives it, and is revoked with it (`created_with`).
  const expiresAt = newKeyExpiry(services.config, auth, requested.expires_at, now);
  const secret = generateSecret(kind);
  const row = {
    id: newId(ID_PREFIXES[kind]),
    org_id: auth.org.id,
    scopes: JSON.stringify(requested.scopes),
    // The person behind the caller, whose role caps the key.
    created_by: await personBehind(services.db, auth),
    secret_hash: hashSecret(secret, services.keys.pepper),
    prefix: secret.slice(0, DISPLAY_PREFIX_LENGTH),
    created_at: new Date(now).toISOString(),
    expires_at: expiresAt,
    last_used_at: null,
    revoked_at: null,
    created_with: auth.sourceKeyId,
  };
  return { secret, row };
}

/** The 201 to minting a key: the only answer that shows its secret. */
export function keyCreated<T extends object>(key: T, secret: string) {
  return { status: 201 as const, headers: NO_STORE, body: { ...key, secret } };
}

/** Records `<kind>.<event>` about a key, with its display prefix (never its secret). */
export function recordKeyAudit(
  db: Database,
  request: FastifyRequest,
  auth: AuthContext,
  kind: KeyKind,
  event: 'created' | 'revoked',
  key: { id: string; prefix: string },
): Promise<void> {
  return recordCredentialAudit(db, request, auth, `${kind}.${event}`, {
    kind,
    id: key.id,
    prefix: key.prefix,
  });
}

/**
 * Revokes a key if `auth` may (else 403 role_cap_exceeded; `noun` names it in the detail), with
 * what was minted from it (revocation.ts), and records `<kind>.revoked`. Revoking a revoked key
 * changes nothing and records nothing, also when another request revoked it a moment ago: only
 * the request whose update revoked it records the event. Returns when the key was revoked.
 */
export async function revokeKey(
  db: Database,
  request: FastifyRequest,
  auth: AuthContext,
  kind: KeyKind,
  key: KeyRow,
  noun: string,
): Promise<string> {
  assertManageable(auth, key, 'revoke', noun);
  if (key.revoked_at !== null) return key.revoked_at;
  const now = isoNow();
  const [revoked] = await revokeKeys(db, [key.id], now);
  // A concurrent revocation got there first: it records the event; answer with its time.
  if (revoked === undefined) return (await revokedAtOf(db, key.id)) ?? now;
  await recordKeyAudit(db, request, auth, kind, 'revoked', key);
  return now;
}
