// Sign-up, login, refresh, logout and whoami.

import type { Handlers } from '../../generated/server/routes.ts';
import { recordAudit, recordCallerAudit, userActor } from '../audit.ts';
import { authOf, requireSession } from '../auth/auth-context.ts';
import { bearerChallenge } from '../auth/www-authenticate.ts';
import { NO_STORE } from '../cache-control.ts';
import { newId } from '../ids.ts';
import { passwordLogin } from '../password-login.ts';
import { ProblemError, rateLimited } from '../problem.ts';
import { limitTokenAddress, rateLimitHeaders } from '../rate-limit.ts';
import { OWNER } from '../roles.ts';
import { hashPassword } from '../secrets/password.ts';
import { hashSecret } from '../secrets/secret.ts';
import type { Services } from '../services.ts';
import {
  createSession,
  LOGIN_CLIENT_ID,
  revokeSession,
  rotateRefreshToken,
  type SessionSubject,
  sessionBody,
} from '../sessions.ts';
import { apiTime, isoNow } from '../time.ts';

type SessionHandlers = Pick<Handlers, 'signup' | 'login' | 'refreshSession' | 'logout' | 'getWhoami'>;

export function createSessionHandlers(services: Services): SessionHandlers {
  const { db } = services;

  const invalidLogin = () =>
    new ProblemError({
      code: 'invalid_credential',
      detail: 'The email, password or organization is not right.',
      headers: { 'WWW-Authenticate': bearerChallenge() },
    });

  return {
    async signup({ body }, { request }) {
      await limitTokenAddress(services, request);
      const email = body.email.toLowerCase();
      const passwordHash = await hashPassword(body.password);
      const now = isoNow();
      const user = { id: newId('usr'), email, name: body.name };
      const org = { id: newId('org'), name: body.org_name };
      const subject: SessionSubject = { user, org, role: OWNER };
      const created = await db.transaction().execute(async (trx) => {
        const taken = await trx
          .insertInto('users')
          .values({ ...user, password_hash: passwordHash, created_at: now })
          .onConflict((c) => c.column('email').doNothing())
          .returning('id')
          .executeTakeFirst();
        if (taken === undefined) return null;
        await trx
          .insertInto('orgs')
          .values({ ...org, created_at: now })
          .execute();
        await trx
          .insertInto('memberships')
          .values({ org_id: org.id, user_id: user.id, role: OWNER, joined_at: now })
          .execute();
        return createSession(trx, services, subject);
      });
      if (created === null) {
        throw new ProblemError({
          code: 'conflict',
          detail: 'An account with this email already exists; log in instead.',
        });
      }
      await recordAudit(db, request, {
        action: 'org.created',
        orgId: org.id,
        actor: userActor(user.id),
        target: { kind: 'org', id: org.id },
      });
      return {
        status: 201,
        headers: NO_STORE,
        body: await sessionBody(services, { subject, ...created }),
      };
    },

    async login({ body }, { request }) {
      const attempt = await passwordLogin(services, request, {
        email: body.email,
        password: body.password,
        orgId: body.org_id,
      });
      if (attempt.status === 'limited')
        throw rateLimited(attempt.limit.reset, rateLimitHeaders(attempt.limit));
      // Without org_id, the org the person joined first.
      const membership = attempt.status === 'ok' ? attempt.memberships[0] : undefined;
      if (attempt.status !== 'ok' || membership === undefined) throw invalidLogin();
      const subject: SessionSubject = { user: attempt.user, ...membership };
      const { sessionId, refreshToken } = await createSession(db, services, subject);
      await recordAudit(db, request, {
        action: 'login.succeeded',
        orgId: subject.org.id,
        actor: userActor(subject.user.id),
        target: { kind: 'session', id: sessionId },
      });
      return {
        status: 200,
        headers: NO_STORE,
        body: await sessionBody(services, { subject, sessionId, refreshToken }),
      };
    },

    async refreshSession({ body }, { request }) {
      await limitTokenAddress(services, request);
      const invalid = () =>
        new ProblemError({
          code: 'invalid_credential',
          detail: 'The refresh token is invalid, expired, revoked or was already used.',
          headers: {
            'WWW-Authenticate': bearerChallenge({
              code: 'invalid_token',
              description: 'The refresh token is not usable.',
            }),
          },
        });
      const outcome = await rotateRefreshToken(services, request, body.refresh_token, (_subject, grant) => {
        // A device's login is refreshed by its client at the token endpoint, never here.
        if (grant.clientId !== LOGIN_CLIENT_ID) throw invalid();
      });
      if (outcome === null) throw invalid();
      return {
        status: 200,
        headers: NO_STORE,
        body: await sessionBody(services, outcome),
      };
    },

    async logout({ body }, { request }) {
      const auth = requireSession(request);
      if (body?.refresh_token !== undefined) {
        const hash = hashSecret(body.refresh_token, services.keys.pepper);
        const owned = await db
          .selectFrom('refresh_tokens')
          .select('id')
          .where('token_hash', '=', hash)
          .where('session_id', '=', auth.sessionId)
          .executeTakeFirst();
        if (owned === undefined) {
          throw new ProblemError({
            code: 'invalid_request',
            detail: 'The refresh token does not belong to this session.',
            errors: [{ field: 'body.refresh_token', message: 'does not belong to this session' }],
          });
        }
      }
      await revokeSession(db, auth.sessionId, 'logout');
      await recordCallerAudit(db, request, auth, {
        action: 'session.revoked',
        target: { kind: 'session', id: auth.sessionId },
      });
      return { status: 204, body: undefined };
    },

    async getWhoami(_input, { request }) {
      const auth = authOf(request);
      return {
        status: 200,
        body: {
          principal: auth.principal,
          org: auth.org,
          credential: auth.credential,
          // The spec's whoami: only people have a role; a service account is capped by its creator's.
          role: auth.principal.kind === 'user' ? auth.role : null,
          scopes: auth.scopes,
          expires_at: auth.expiresAt === null ? null : apiTime(auth.expiresAt),
        },
      };
    },
  };
}
