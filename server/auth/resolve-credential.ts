// From a presented credential to the caller it stands for, or why it is refused. Keyway secrets
// are dispatched on their kind prefix after the checksum check (a mistyped secret never reaches
// the database); JWTs are verified against the signing keys and then checked against their
// session, so logout and removal take effect on the next request. What a credential resolved to
// is kept in this node's credential cache until the database says it changed (credential-cache.ts).
import { scopes as catalogue, type SecretKind } from '../../generated/policy.ts';
import { prepareQuery } from '../db/prepared-query.ts';
import {
  agentKeysWithCreatorRole,
  apiKeysWithCreatorRole,
  appTokensWithCreatorRole,
  sessionsWithRole,
} from '../db/queries.ts';
import { intersect, isRole, scopesOfRole } from '../roles.ts';
import { hashSecret, parseSecret, sameHash } from '../secrets/secret.ts';
import type { Services } from '../services.ts';
import { isoNow } from '../time.ts';
import { type AccessTokenClaims, kidOf, looksLikeJwt, verifyJwt } from '../tokens/jwt.ts';
import { VerifiedTokenCache } from '../tokens/verified-token-cache.ts';
import type { AuthContext, CredentialKind } from './auth-context.ts';

export type Resolution =
  | {
      status: 'ok';
      auth: AuthContext;
      /** When this answer stops holding (an expiry, a rotation's grace end), epoch ms; null: never. */
      until?: number | null;
    }
  | { status: 'unknown'; reason: string }
  | { status: 'revoked'; reason: string }
  | { status: 'expired'; reason: string };

/** Resolves a Keyway secret by its keyed hash (the secret itself is not needed past hashing). */
type SecretResolver = (services: Services, hash: string, prefix: string) => Promise<Resolution>;

const MAX_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;

/** `last_used_at` is written at most this often per key, so the hot path rarely writes. */
const LAST_USED_GRANULARITY_MS = 60_000;

// The lookups every authenticated request makes, compiled once (db/prepared-query.ts): building
// and compiling them with Kysely on each request cost more CPU than running them.

const apiKeyByHash = prepareQuery(1, (db, hash: string) =>
  apiKeysWithCreatorRole(db)
    .innerJoin('orgs', 'orgs.id', 'api_keys.org_id')
    .innerJoin('users', 'users.id', 'api_keys.created_by')
    .select([
      'api_keys.id',
      'api_keys.scopes',
      'api_keys.secret_hash',
      'api_keys.previous_secret_hash',
      'api_keys.previous_secret_expires_at',
      'api_keys.expires_at',
      'api_keys.revoked_at',
      'api_keys.last_used_at',
      'api_keys.created_by',
      'orgs.id as org_id',
      'orgs.name as org_name',
      'users.name as user_name',
    ])
    .where((eb) =>
      eb.or([eb('api_keys.secret_hash', '=', hash), eb('api_keys.previous_secret_hash', '=', hash)]),
    ),
);

const agentKeyByHash = prepareQuery(1, (db, hash: string) =>
  agentKeysWithCreatorRole(db)
    .innerJoin('agents', 'agents.id', 'agent_keys.agent_id')
    .innerJoin('orgs', 'orgs.id', 'agent_keys.org_id')
    .select([
      'agent_keys.id',
      'agent_keys.scopes',
      'agent_keys.expires_at',
      'agent_keys.revoked_at',
      'agent_keys.last_used_at',
      'agents.id as agent_id',
      'agents.name as agent_name',
      'agents.deleted_at as agent_deleted_at',
      'orgs.id as org_id',
      'orgs.name as org_name',
    ])
    .where('agent_keys.secret_hash', '=', hash),
);

const appTokenByHash = prepareQuery(1, (db, hash: string) =>
  appTokensWithCreatorRole(db)
    .innerJoin('orgs', 'orgs.id', 'app_tokens.org_id')
    .select([
      'app_tokens.id',
      'app_tokens.name',
      'app_tokens.scopes',
      'app_tokens.expires_at',
      'app_tokens.revoked_at',
      'app_tokens.last_used_at',
      'orgs.id as org_id',
      'orgs.name as org_name',
    ])
    .where('app_tokens.secret_hash', '=', hash),
);

const sessionById = prepareQuery(1, (db, id: string) => sessionsWithRole(db).where('sessions.id', '=', id));

/** A token's own row: enough to refuse an unknown or revoked one, and to find its origin. */
const accessTokenRowById = prepareQuery(1, (db, jti: string) =>
  db
    .selectFrom('access_tokens')
    .select(['id', 'subject', 'org_id', 'credential_id', 'scopes', 'revoked_at'])
    .where('id', '=', jti),
);

/** A token with everything its origin's state depends on (resolveOrigin). */
const accessTokenById = prepareQuery(1, (db, jti: string) =>
  db
    .selectFrom('access_tokens')
    .innerJoin('orgs', 'orgs.id', 'access_tokens.org_id')
    // The credential the token came from: its revocation, expiry and narrowing apply to the
    // token at once (and stay applied if the person later rejoins the org).
    .leftJoin('service_accounts', 'service_accounts.id', 'access_tokens.credential_id')
    .leftJoin('api_keys', 'api_keys.id', 'access_tokens.credential_id')
    .leftJoin('agent_keys', 'agent_keys.id', 'access_tokens.credential_id')
    .leftJoin('agents', 'agents.id', 'agent_keys.agent_id')
    .leftJoin('app_tokens', 'app_tokens.id', 'access_tokens.credential_id')
    .leftJoin('sessions', 'sessions.id', 'access_tokens.credential_id')
    // The person behind it: whoever created the credential, else the subject itself.
    .leftJoin('users', (join) =>
      join.on((eb) =>
        eb(
          'users.id',
          '=',
          eb.fn.coalesce(
            'service_accounts.created_by',
            'agent_keys.created_by',
            'app_tokens.created_by',
            'access_tokens.subject',
          ),
        ),
      ),
    )
    .leftJoin('memberships', (join) =>
      join
        .onRef('memberships.org_id', '=', 'access_tokens.org_id')
        .onRef('memberships.user_id', '=', 'users.id'),
    )
    .select([
      'access_tokens.id',
      'access_tokens.subject',
      'access_tokens.credential_id',
      'access_tokens.credential_kind',
      'access_tokens.scopes',
      'access_tokens.revoked_at',
      'orgs.id as org_id',
      'orgs.name as org_name',
      'users.name as user_name',
      'service_accounts.name as account_name',
      'service_accounts.deleted_at as account_deleted_at',
      'service_accounts.scopes as account_scopes',
      'api_keys.revoked_at as key_revoked_at',
      'api_keys.expires_at as key_expires_at',
      'api_keys.scopes as key_scopes',
      'agent_keys.revoked_at as agent_key_revoked_at',
      'agent_keys.expires_at as agent_key_expires_at',
      'agent_keys.scopes as agent_key_scopes',
      'agents.name as agent_name',
      'agents.deleted_at as agent_deleted_at',
      'app_tokens.name as app_token_name',
      'app_tokens.revoked_at as app_token_revoked_at',
      'app_tokens.expires_at as app_token_expires_at',
      'app_tokens.scopes as app_token_scopes',
      'sessions.revoked_at as session_revoked_at',
      'sessions.expires_at as session_expires_at',
      'sessions.scopes as session_scopes',
      'memberships.role',
    ])
    .where('access_tokens.id', '=', jti),
);

/** The secret kinds that authenticate requests; the others (refresh tokens, ...) never do. */
const RESOLVERS: Partial<Record<SecretKind, SecretResolver>> = {
  api_key: resolveApiKey,
  agent_key: resolveAgentKey,
  app_token: resolveAppToken,
};

export async function resolveCredential(
  services: Services,
  credential: string,
  options: { allowJwt: boolean },
): Promise<Resolution> {
  if (looksLikeJwt(credential)) {
    if (!options.allowJwt)
      return { status: 'unknown', reason: 'x-api-key takes a Keyway secret, not a JWT.' };
    return cached(services, VerifiedTokenCache.keyOf(credential), () => resolveJwt(services, credential));
  }
  const parsed = parseSecret(credential);
  if (parsed === null) {
    return { status: 'unknown', reason: 'The credential is malformed or fails its checksum.' };
  }
  const resolve = RESOLVERS[parsed.kind];
  if (resolve === undefined) {
    return { status: 'unknown', reason: `A ${parsed.kind.replaceAll('_', ' ')} is not a bearer credential.` };
  }
  const hash = hashSecret(credential, services.keys.pepper);
  return cached(services, hash, () => resolve(services, hash, parsed.displayPrefix));
}

/**
 * The cached context for `key` (a secret's keyed hash, a JWT's SHA-256), else `resolve()`'s
 * answer, cached when it is a caller. Refusals are never cached: they are rare for real callers,
 * and caching random guesses would only let a flood of them evict the real ones.
 */
async function cached(
  services: Services,
  key: string,
  resolve: () => Promise<Resolution>,
): Promise<Resolution> {
  await services.authChanges.sync();
  const cache = services.authChanges.cache;
  const auth = cache.get(key);
  if (auth !== undefined) return { status: 'ok', auth };
  const ticket = cache.begin();
  const resolution = await resolve();
  if (resolution.status === 'ok') cache.set(key, resolution.auth, ticket, resolution.until ?? null);
  return resolution;
}

/** The earliest of some RFC 3339 times (nulls ignored), epoch ms; null when all are null. */
function earliest(...times: (string | null)[]): number | null {
  let first: number | null = null;
  for (const time of times) {
    if (time === null) continue;
    const ms = Date.parse(time);
    if (first === null || ms < first) first = ms;
  }
  return first;
}

async function resolveApiKey(services: Services, hash: string, prefix: string): Promise<Resolution> {
  const [row] = await apiKeyByHash(services.db, hash);
  if (row === undefined) return { status: 'unknown', reason: 'The credential is not known.' };
  const now = isoNow();
  const current = sameHash(row.secret_hash, hash);
  if (!current && (row.previous_secret_expires_at === null || row.previous_secret_expires_at <= now)) {
    // A rotated-out secret past its grace period is as unknown as a random one.
    return { status: 'unknown', reason: 'The credential is not known.' };
  }
  const resolution = await resolvedKey(services, row, {
    noun: 'API key',
    table: 'api_keys',
    credential: { kind: 'api_key', id: row.id, prefix },
    principal: { kind: 'user', id: row.created_by, name: row.user_name },
  });
  // A rotated-out secret holds only until its grace period ends.
  if (resolution.status === 'ok' && !current) {
    resolution.until = earliest(row.expires_at, row.previous_secret_expires_at);
  }
  return resolution;
}

/** `last_used_at` of a key, written at most once a minute. */
async function touch(
  services: Services,
  table: 'api_keys' | 'agent_keys' | 'app_tokens',
  row: { id: string; last_used_at: string | null },
  now: string,
): Promise<void> {
  if (row.last_used_at === null || Date.parse(row.last_used_at) < Date.now() - LAST_USED_GRANULARITY_MS) {
    await services.db.updateTable(table).set({ last_used_at: now }).where('id', '=', row.id).execute();
  }
}

/**
 * The checks every key kind shares, in order (revoked, its principal gone, creator left, expired),
 * then the caller: the key's scopes capped by its creator's current role.
 */
async function resolvedKey(
  services: Services,
  row: {
    id: string;
    scopes: string;
    expires_at: string | null;
    revoked_at: string | null;
    last_used_at: string | null;
    creator_role: string | null;
    org_id: string;
    org_name: string;
  },
  key: {
    noun: string;
    table: 'api_keys' | 'agent_keys' | 'app_tokens';
    credential: AuthContext['credential'];
    principal: AuthContext['principal'];
    /** Why the key's principal no longer exists (a deleted agent), if so. */
    gone?: string | null;
  },
): Promise<Resolution> {
  if (row.revoked_at !== null) return { status: 'revoked', reason: `The ${key.noun} was revoked.` };
  if (key.gone !== undefined && key.gone !== null) return { status: 'revoked', reason: key.gone };
  if (row.creator_role === null || !isRole(row.creator_role)) {
    return { status: 'revoked', reason: `The ${key.noun} was disabled: its creator left the organization.` };
  }
  const now = isoNow();
  if (row.expires_at !== null && row.expires_at <= now)
    return { status: 'expired', reason: `The ${key.noun} has expired.` };
  await touch(services, key.table, row, now);
  return {
    status: 'ok',
    auth: {
      principal: key.principal,
      org: { id: row.org_id, name: row.org_name },
      credential: key.credential,
      role: row.creator_role,
      scopes: intersect(JSON.parse(row.scopes) as string[], scopesOfRole(row.creator_role)),
      expiresAt: row.expires_at,
      sessionId: null,
      sourceKeyId: row.id,
      rateLimitKey: row.id,
    },
    until: earliest(row.expires_at),
  };
}

/** An agent key (`kwa_`): the agent is the principal, capped by the role of the key's creator. */
async function resolveAgentKey(services: Services, hash: string, prefix: string): Promise<Resolution> {
  const [row] = await agentKeyByHash(services.db, hash);
  if (row === undefined) return { status: 'unknown', reason: 'The credential is not known.' };
  return resolvedKey(services, row, {
    noun: 'agent key',
    table: 'agent_keys',
    credential: { kind: 'agent_key', id: row.id, prefix },
    principal: { kind: 'agent', id: row.agent_id, name: row.agent_name },
    gone: row.agent_deleted_at === null ? null : 'The agent was deleted.',
  });
}

/** An app token (`kwt_`): the token is its own principal, capped by the role of its creator. */
async function resolveAppToken(services: Services, hash: string, prefix: string): Promise<Resolution> {
  const [row] = await appTokenByHash(services.db, hash);
  if (row === undefined) return { status: 'unknown', reason: 'The credential is not known.' };
  return resolvedKey(services, row, {
    noun: 'app token',
    table: 'app_tokens',
    credential: { kind: 'app_token', id: row.id, prefix },
    principal: { kind: 'app', id: row.id, name: row.name },
  });
}

async function resolveJwt(services: Services, token: string): Promise<Resolution> {
  const cacheKey = VerifiedTokenCache.keyOf(token);
  let claims = services.verifiedTokens.get(cacheKey);
  if (claims === undefined) {
    // A kid this node has not loaded yet (a rotation elsewhere) is looked up before verifying.
    const kid = kidOf(token);
    if (kid !== null) await services.signingKeys.findPublicKey(kid);
    const check = verifyJwt(token, (k) => services.signingKeys.publicKeyOf(k), {
      issuer: services.issuer(),
      audience: services.issuer(),
    });
    if (!check.ok) {
      if (check.reason === 'expired') return { status: 'expired', reason: 'The access token has expired.' };
      return {
        status: 'unknown',
        reason: 'The access token is malformed, not signed by this server, or not for it.',
      };
    }
    claims = check.claims;
    // No token this server issues lives longer than a day (ttl_seconds' maximum, and
    // KEYWAY_SESSION_TTL's): a longer one was not made here.
    if (typeof claims.iat !== 'number' || claims.exp - claims.iat > MAX_TOKEN_LIFETIME_SECONDS) {
      return { status: 'unknown', reason: 'The access token is not known.' };
    }
    services.verifiedTokens.set(cacheKey, claims);
  }
  return typeof claims.sid === 'string'
    ? resolveSession(services, claims, claims.sid)
    : resolveAccessToken(services, claims);
}

async function resolveSession(
  services: Services,
  claims: AccessTokenClaims,
  sid: string,
): Promise<Resolution> {
  const [row] = await sessionById(services.db, sid);
  if (row === undefined || row.user_id !== claims.sub || row.org_id !== claims.org_id) {
    return { status: 'unknown', reason: 'The access token is not known.' };
  }
  if (row.revoked_at !== null) return { status: 'revoked', reason: 'The session was ended.' };
  if (row.expires_at <= isoNow())
    return { status: 'expired', reason: 'The session has expired; sign in again.' };
  if (row.role === null || !isRole(row.role)) {
    return { status: 'revoked', reason: 'The session was ended: the person left the organization.' };
  }
  return {
    status: 'ok',
    auth: {
      principal: { kind: 'user', id: row.user_id, name: row.user_name },
      org: { id: row.org_id, name: row.org_name },
      credential: { kind: 'session', id: claims.jti, prefix: null },
      role: row.role,
      // The role is re-read on every request: a demotion narrows a live session at once.
      scopes: intersect(claims.scope.split(' ').filter(Boolean), scopesOfRole(row.role)),
      expiresAt: new Date(claims.exp * 1000).toISOString(),
      sessionId: row.session_id,
      sourceKeyId: null,
      rateLimitKey: row.session_id,
    },
    until: Math.min(claims.exp * 1000, Date.parse(row.expires_at)),
  };
}

/** The credential kinds an access token can be minted from that are keys (`sourceKeyId`). */
const KEY_KINDS: ReadonlySet<string> = new Set(['api_key', 'agent_key', 'app_token']);

/**
 * An access token from the exchange or the token endpoint: known by its `jti`, not revoked, and
 * still capped by the current role of the person behind it (the creator of the API key, agent
 * key, app token or service account it came from).
 *
 * The token's own row is read for every new token; what it came from (its origin: the key,
 * service account or session, its org and the creator's role) is the same for every token
 * minted from it, so it is kept in the credential cache under `origin:<id>` and emptied with it.
 * A client that mints a fresh token per request then costs one primary-key read, not a join.
 */
async function resolveAccessToken(services: Services, claims: AccessTokenClaims): Promise<Resolution> {
  const cache = services.authChanges.cache;
  const ticket = cache.begin();
  const [token] = await accessTokenRowById(services.db, claims.jti);
  if (token === undefined || token.subject !== claims.sub || token.org_id !== claims.org_id) {
    return { status: 'unknown', reason: 'The access token is not known.' };
  }
  if (token.revoked_at !== null) return { status: 'revoked', reason: 'The access token was revoked.' };
  const originKey = `origin:${token.credential_id}`;
  let origin = cache.get(originKey);
  if (origin === undefined) {
    const resolution = await resolveOrigin(services, claims.jti);
    if (resolution.status !== 'ok') return resolution;
    origin = resolution.auth;
    cache.set(originKey, origin, ticket, resolution.until ?? null);
  }
  return {
    status: 'ok',
    auth: {
      ...origin,
      credential: { kind: 'access_token', id: token.id, prefix: null },
      // Its own scopes, within the origin's current scopes (narrowing a key narrows its live
      // tokens), which are already within the role's.
      scopes: intersect(JSON.parse(token.scopes) as string[], origin.scopes),
      expiresAt: new Date(claims.exp * 1000).toISOString(),
    },
    until: Math.min(claims.exp * 1000, earliest(origin.expiresAt) ?? Number.POSITIVE_INFINITY),
  };
}

/**
 * What the token `jti` was minted from, as a caller: refused if it was revoked, deleted, has
 * expired or its creator left the org; else its principal, org, role, scopes ∩ the role's, and
 * expiry. Its `credential` names the origin (a token's own context replaces it).
 */
async function resolveOrigin(services: Services, jti: string): Promise<Resolution> {
  const [row] = await accessTokenById(services.db, jti);
  if (row === undefined) return { status: 'unknown', reason: 'The access token is not known.' };
  if (row.account_deleted_at !== null)
    return { status: 'revoked', reason: 'The service account was deleted.' };
  if (row.key_revoked_at !== null)
    return { status: 'revoked', reason: 'The API key it came from was revoked.' };
  if (row.agent_key_revoked_at !== null)
    return { status: 'revoked', reason: 'The agent key it came from was revoked.' };
  if (row.agent_deleted_at !== null) return { status: 'revoked', reason: 'The agent was deleted.' };
  if (row.app_token_revoked_at !== null)
    return { status: 'revoked', reason: 'The app token it came from was revoked.' };
  if (row.session_revoked_at !== null)
    return { status: 'revoked', reason: 'The session it came from was ended.' };
  const originExpiry =
    row.key_expires_at ?? row.agent_key_expires_at ?? row.app_token_expires_at ?? row.session_expires_at;
  if (originExpiry !== null && originExpiry <= isoNow()) {
    return { status: 'expired', reason: 'The credential it came from has expired.' };
  }
  if (row.role === null || !isRole(row.role)) {
    return { status: 'revoked', reason: 'The access token was disabled: its creator left the organization.' };
  }
  return {
    status: 'ok',
    auth: {
      principal: principalOf(row),
      org: { id: row.org_id, name: row.org_name },
      credential: { kind: row.credential_kind as CredentialKind, id: row.credential_id, prefix: null },
      role: row.role,
      scopes: intersect(
        originScopes(
          row.key_scopes ??
            row.account_scopes ??
            row.agent_key_scopes ??
            row.app_token_scopes ??
            row.session_scopes,
        ),
        scopesOfRole(row.role),
      ),
      expiresAt: originExpiry,
      sessionId: null,
      sourceKeyId: KEY_KINDS.has(row.credential_kind) ? row.credential_id : null,
      // Counted against the credential it came from: minting many tokens buys no extra requests.
      rateLimitKey: row.credential_id,
    },
    until: earliest(originExpiry),
  };
}

/** Who a token stands for: the principal of the credential it was minted from. */
function principalOf(row: {
  credential_kind: string;
  subject: string;
  user_name: string | null;
  account_name: string | null;
  agent_name: string | null;
  app_token_name: string | null;
}): AuthContext['principal'] {
  switch (row.credential_kind) {
    case 'service_account':
      return { kind: 'service_account', id: row.subject, name: row.account_name ?? '' };
    case 'agent_key':
      return { kind: 'agent', id: row.subject, name: row.agent_name ?? '' };
    case 'app_token':
      return { kind: 'app', id: row.subject, name: row.app_token_name ?? '' };
    default:
      return { kind: 'user', id: row.subject, name: row.user_name ?? '' };
  }
}

/** The scopes of the credential a token came from; a login session's are its role's (no list). */
function originScopes(json: string | null): string[] {
  return json === null ? catalogue.map((scope) => scope.name) : (JSON.parse(json) as string[]);
}
