// People's sessions: a login starts a refresh-token family (a `sessions` row); each refresh
// retires the presented refresh token and issues the next one (RFC 9700 §4.14.2 rotation);
// presenting a retired one revokes the family. Access tokens are RFC 9068 JWTs that name their
// session (`sid`), so revoking the family ends them on the next request.
import type { Database } from './db/database.ts';
import { newId } from './ids.ts';
import { type Role, scopesOfRole } from './roles.ts';
import { DISPLAY_PREFIX_LENGTH, generateSecret, hashSecret } from './secrets/secret.ts';
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

/** Starts a refresh-token family for `subject`; returns its id and first refresh token. */
export async function createSession(
  db: Database,
  services: Pick<Services, 'config' | 'keys'>,
  subject: SessionSubject,
): Promise<{ sessionId: string; refreshToken: string }> {
  const sessionId = newId('ses');
  const now = isoNow();
  await db
    .insertInto('sessions')
    .values({
      id: sessionId,
      user_id: subject.user.id,
      org_id: subject.org.id,
      created_at: now,
      expires_at: isoIn(services.config.refreshTtl),
      revoked_at: null,
      revoked_reason: null,
    })
    .execute();
  const refreshToken = await addRefreshToken(db, services, sessionId);
  return { sessionId, refreshToken };
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
  subject: SessionSubject,
  sessionId: string,
  refreshToken: string,
): Promise<SessionBody> {
  const scopes = scopesOfRole(subject.role);
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
      client_id: LOGIN_CLIENT_ID,
      scope: scopes.join(' '),
      org_id: subject.org.id,
      sid: sessionId,
    },
    await services.signingKeys.current(),
  );
  return {
    access_token: accessToken,
    token_type: 'Bearer',
    expires_in: ttl,
    refresh_token: refreshToken,
    scope: scopes.join(' '),
    user: subject.user,
    org: subject.org,
    role: subject.role,
  };
}

export async function revokeSession(db: Database, sessionId: string, reason: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: isoNow(), revoked_reason: reason })
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .execute();
}
