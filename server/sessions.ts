// People's sessions: a login starts a refresh-token family (a `sessions` row); each refresh
// retires the presented refresh token and issues the next one (RFC 9700 §4.14.2 rotation);
// presenting a retired one revokes the family. Access tokens are RFC 9068 JWTs that name their
// session (`sid`), so revoking the family ends them on the next request.
import type { FastifyRequest } from 'fastify';
import { recordAudit, SYSTEM } from './audit.ts';
import type { Database } from './db/database.ts';
import { membershipOf, sessionsWithRole } from './db/queries.ts';
import { newId } from './ids.ts';
import { revokeTokensFrom } from './revocation.ts';
import { intersect, isRole, type Role, scopesOfRole } from './roles.ts';
import { DISPLAY_PREFIX_LENGTH, generateSecret, hashSecret, parseSecret } from './secrets/secret.ts';
import type { Services } from './services.ts';
import { isoIn, isoNow } from './time.ts';
import { signJwt } from './tokens/jwt.ts';

/** RFC 9068 §2.2 `client_id` of tokens from the login API (no OAuth client involved). */
export const LOGIN_CLIENT_ID = 'keyway-login';

export interface SessionSubject {
  user: { id: string; email: string; name: string };
  org: { id: string; name: string };
  role: Role;
}

/** The Session response body (an RFC 6749 §5.1 token response plus who and where). */
export interface SessionBody {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  refresh_token: string;
  scope: string;
  user: { id: string; email: string; name: string };
  org: { id: string; name: string };
  role: Role;
}

/** The subject for a person in an org, or null when they are not (or no longer) a member. */
export async function subjectOf(db: Database, userId: string, orgId: string): Promise<SessionSubject | null> {
  const row = await membershipOf(db, userId, orgId);
  if (row === undefined || !isRole(row.role)) return null;
  return {
    user: { id: row.user_id, email: row.email, name: row.name },
    org: { id: row.org_id, name: row.org_name },
    role: row.role,
  };
}

/** Who a session was issued to and what it may do; both are fixed for its lifetime. */
export interface SessionGrant {
  /** RFC 9068 §2.2 `client_id`: `keyway-login`, or the device client (`keyway-cli`). */
  clientId: string;
  /** The scopes granted; null: whatever the person's role allows, re-read at each refresh. */
  scopes: readonly string[] | null;
}

/** The login API's sessions: no OAuth client, and whatever the person's role allows. */
export const LOGIN_GRANT: SessionGrant = { clientId: LOGIN_CLIENT_ID, scopes: null };

/** Records a session for `subject`, without a refresh token (the device page's sign-in). */
export async function startSession(
  db: Database,
  subject: SessionSubject,
  lifetimeSeconds: number,
  grant: SessionGrant = LOGIN_GRANT,
): Promise<string> {
  const sessionId = newId('ses');
  await db
    .insertInto('sessions')
    .values({
      id: sessionId,
      user_id: subject.user.id,
      org_id: subject.org.id,
      created_at: isoNow(),
      expires_at: isoIn(lifetimeSeconds),
      revoked_at: null,
      revoked_reason: null,
      // The login API's sessions keep null: their client and scopes are the defaults.
      client_id: grant.clientId === LOGIN_CLIENT_ID ? null : grant.clientId,
      scopes: grant.scopes === null ? null : JSON.stringify(grant.scopes),
    })
    .execute();
  return sessionId;
}

/** Starts a refresh-token family for `subject`; returns its id and first refresh token. */
export async function createSession(
  db: Database,
  services: Pick<Services, 'config' | 'keys'>,
  subject: SessionSubject,
  grant: SessionGrant = LOGIN_GRANT,
): Promise<{ sessionId: string; refreshToken: string }> {
  const sessionId = await startSession(db, subject, services.config.refreshTtl, grant);
  const refreshToken = await addRefreshToken(db, services, sessionId);
  return { sessionId, refreshToken };
}

/** A session row's grant, from its nullable columns. */
export function grantOf(row: { client_id: string | null; scopes: string | null }): SessionGrant {
  return {
    clientId: row.client_id ?? LOGIN_CLIENT_ID,
    scopes: row.scopes === null ? null : (JSON.parse(row.scopes) as string[]),
  };
}

/** What a session may do now: its granted scopes within the person's current role. */
export function sessionScopes(grant: SessionGrant, role: Role): string[] {
  const allowed = scopesOfRole(role);
  return grant.scopes === null ? [...allowed] : intersect(grant.scopes, allowed);
}

export async function addRefreshToken(
  db: Database,
  services: Pick<Services, 'keys'>,
  sessionId: string,
): Promise<string> {
  const token = generateSecret('refresh_token');
  await db
    .insertInto('refresh_tokens')
    .values({
      id: newId('rt'),
      session_id: sessionId,
      token_hash: hashSecret(token, services.keys.pepper),
      prefix: token.slice(0, DISPLAY_PREFIX_LENGTH),
      created_at: isoNow(),
      used_at: null,
    })
    .execute();
  return token;
}

/** The response for a session: a fresh access token beside the given refresh token. */
export async function sessionBody(
  services: Services,
  session: {
    subject: SessionSubject;
    sessionId: string;
    refreshToken: string;
    grant?: SessionGrant;
    /** The access token's scopes, when narrower than the session's (RFC 6749 §6). */
    scopes?: readonly string[];
  },
): Promise<SessionBody> {
  const { subject, grant = LOGIN_GRANT } = session;
  const scopes = session.scopes ?? sessionScopes(grant, subject.role);
  const now = Math.floor(Date.now() / 1000);
  const ttl = services.config.sessionTtl;
  const accessToken = signJwt(
    {
      iss: services.issuer(),
      sub: subject.user.id,
      aud: services.issuer(),
      exp: now + ttl,
      iat: now,
      jti: newId('tok'),
      client_id: grant.clientId,
      scope: scopes.join(' '),
      org_id: subject.org.id,
      sid: session.sessionId,
    },
    await services.signingKeys.current(),
  );
  return {
    access_token: accessToken,
    token_type: 'Bearer',
    expires_in: ttl,
    refresh_token: session.refreshToken,
    scope: scopes.join(' '),
    user: subject.user,
    org: subject.org,
    role: subject.role,
  };
}

/**
 * Ends a session: its access tokens, every refresh token of the family, and access tokens minted
 * from it. True when this call ended it (false: it had already ended), so that concurrent
 * revocations record one event.
 */
export async function revokeSession(db: Database, sessionId: string, reason: string): Promise<boolean> {
  const now = isoNow();
  const ended = await db
    .updateTable('sessions')
    .set({ revoked_at: now, revoked_reason: reason })
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  await revokeTokensFrom(db, [sessionId], now);
  return Number(ended.numUpdatedRows) === 1;
}

/**
 * RFC 6749 §6 with rotation (RFC 9700 §4.14.2): retires `token` and issues the next one of its
 * family. Null when the token cannot be used: unknown, expired, its session ended, or already
 * used, which is treated as theft: the whole family is revoked and the reuse audited.
 */
export async function rotateRefreshToken(
  services: Services,
  request: FastifyRequest,
  token: string,
  /** Checked before the token is retired, so a refused request leaves the token usable. */
  precondition: (subject: SessionSubject, grant: SessionGrant) => void = () => {},
): Promise<{ subject: SessionSubject; sessionId: string; refreshToken: string; grant: SessionGrant } | null> {
  const { db } = services;
  const parsed = parseSecret(token);
  if (parsed === null || parsed.kind !== 'refresh_token') return null;
  const hash = hashSecret(token, services.keys.pepper);
  const now = isoNow();
  const outcome = await db.transaction().execute(async (trx) => {
    const row = await sessionsWithRole(trx)
      .innerJoin('refresh_tokens', 'refresh_tokens.session_id', 'sessions.id')
      .select(['refresh_tokens.id as token_id', 'refresh_tokens.used_at'])
      .where('refresh_tokens.token_hash', '=', hash)
      .executeTakeFirst();
    if (row === undefined || row.revoked_at !== null || row.expires_at <= now)
      return { kind: 'invalid' as const };
    const subject: SessionSubject | null =
      row.role === null || !isRole(row.role)
        ? null
        : {
            user: { id: row.user_id, email: row.email, name: row.user_name },
            org: { id: row.org_id, name: row.org_name },
            role: row.role,
          };
    // A refused request (a scope beyond the grant, say) must not use the token up.
    const grant = grantOf(row);
    if (subject !== null && row.used_at === null) precondition(subject, grant);
    // Retire the presented token; only one request can win this update, so two concurrent
    // refreshes with one token count as reuse.
    const retired = await trx
      .updateTable('refresh_tokens')
      .set({ used_at: now })
      .where('id', '=', row.token_id)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (Number(retired.numUpdatedRows) !== 1) return { kind: 'reused' as const, row };
    if (subject === null) return { kind: 'invalid' as const };
    const refreshToken = await addRefreshToken(trx, services, row.session_id);
    return { kind: 'ok' as const, subject, sessionId: row.session_id, refreshToken, grant };
  });
  if (outcome.kind === 'reused') {
    // A used refresh token presented again means one copy was stolen: end the whole family so
    // that neither the thief nor the victim keeps a session.
    await revokeSession(db, outcome.row.session_id, 'refresh_token_reuse');
    // The server acts (the family revocation): whoever presented the token is not known.
    await recordAudit(db, request, {
      action: 'refresh_token.reused',
      orgId: outcome.row.org_id,
      actor: SYSTEM,
      target: { kind: 'session', id: outcome.row.session_id },
      data: { user_id: outcome.row.user_id },
    });
    return null;
  }
  return outcome.kind === 'ok' ? outcome : null;
}
