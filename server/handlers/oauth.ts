// The OAuth 2.0 endpoints: the token endpoint (RFC 6749 §3.2) with the client credentials,
// refresh token and token exchange (RFC 8693) grants, introspection (RFC 7662) and revocation
// (RFC 7009). Errors are RFC 6749 §5.2 objects (see error-response.ts and problem.ts
// oauthError).
import type { FastifyRequest } from 'fastify';
import type { Handlers } from '../../generated/server/routes.ts';
import { authOf } from '../auth/auth-context.ts';
import { parseBasic } from '../auth/auth-hook.ts';
import { resolveCredential } from '../auth/resolve-credential.ts';
import { REALM } from '../auth/www-authenticate.ts';
import { oauthError } from '../problem.ts';
import { limitTokenAddress } from '../rate-limit.ts';
import { revokeApiKeys } from '../revocation.ts';
import { isKnownScope, missing, scopesOfRole } from '../roles.ts';
import { hashSecret, parseSecret } from '../secrets/secret.ts';
import { authenticateServiceAccount } from '../service-accounts.ts';
import type { Services } from '../services.ts';
import { LOGIN_CLIENT_ID, revokeSession, rotateRefreshToken, sessionBody } from '../sessions.ts';
import { isoNow } from '../time.ts';
import { looksLikeJwt } from '../tokens/jwt.ts';
import { VerifiedTokenCache } from '../tokens/verified-token-cache.ts';
import { type Exchangeable, exchange, exchangeableApiKey } from './access-tokens.ts';

type OAuthHandlers = Pick<Handlers, 'requestToken' | 'introspectToken' | 'revokeToken'>;

const NO_STORE = { 'Cache-Control': 'no-store' };
const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';
const JWT_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:jwt';
const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';

/** RFC 6749 §3.3: space-delimited, case-sensitive scopes; undefined when none were asked for. */
function scopesOf(scope: string | undefined): string[] | undefined {
  if (scope === undefined) return undefined;
  const list = [...new Set(scope.split(' ').filter((s) => s !== ''))];
  const unknown = list.filter((s) => !isKnownScope(s));
  if (unknown.length > 0) throw oauthError('invalid_scope', `Unknown scope: ${unknown.join(', ')}.`);
  return list.length === 0 ? undefined : list;
}

const invalidScope = (extra: string[]) =>
  oauthError('invalid_scope', `The grant does not include ${extra.join(', ')}; a token can only narrow it.`);

/**
 * RFC 6749 §2.3.1 client authentication, HTTP Basic or in the body, never both. Null when the
 * client did not authenticate (a public client); a failed attempt is 401 `invalid_client`.
 */
async function authenticatedClient(
  services: Services,
  request: FastifyRequest,
  body: { client_id?: string; client_secret?: string },
) {
  const authorization = request.headers.authorization;
  const basic = typeof authorization === 'string' ? parseBasic(authorization) : null;
  if (typeof authorization === 'string' && /^basic\b/i.test(authorization) && basic === null) {
    throw oauthError('invalid_client', 'The Basic credentials are malformed.', {
      'WWW-Authenticate': `Basic realm="${REALM}"`,
    });
  }
  if (basic !== null && body.client_secret !== undefined) {
    throw oauthError(
      'invalid_request',
      'Authenticate the client one way: HTTP Basic or client_secret in the body.',
    );
  }
  const credentials =
    basic ??
    (body.client_id !== undefined && body.client_secret !== undefined
      ? { clientId: body.client_id, secret: body.client_secret }
      : null);
  if (credentials === null) return null;
  const result = await authenticateServiceAccount(services, credentials.clientId, credentials.secret);
  if (result.status !== 'ok') {
    throw oauthError(
      'invalid_client',
      'Client authentication failed.',
      basic === null ? undefined : { 'WWW-Authenticate': `Basic realm="${REALM}"` },
    );
  }
  return result.account;
}

export function createOAuthHandlers(services: Services): OAuthHandlers {
  const { db } = services;
  const limitAddress = (request: FastifyRequest) => limitTokenAddress(services, request);

  /** RFC 8693 §2.1: the subject token as something to mint a narrower token from. */
  async function exchangeableSubject(subjectToken: string, subjectTokenType: string): Promise<Exchangeable> {
    if (subjectTokenType !== ACCESS_TOKEN_TYPE && subjectTokenType !== JWT_TOKEN_TYPE) {
      throw oauthError('invalid_request', `subject_token_type must be ${ACCESS_TOKEN_TYPE}.`);
    }
    if (!looksLikeJwt(subjectToken)) {
      try {
        return await exchangeableApiKey(services, subjectToken);
      } catch {
        // RFC 8693 §2.2.2: an invalid or unacceptable subject_token is invalid_request.
        throw oauthError('invalid_request', 'The subject token is not a usable API key or access token.');
      }
    }
    const resolution = await resolveCredential(services, subjectToken, { allowJwt: true });
    if (resolution.status !== 'ok') throw oauthError('invalid_request', 'The subject token is not usable.');
    const { auth } = resolution;
    // A token minted from a token keeps the origin's identity, so revoking the origin (a
    // session, a key, a service account) revokes it too.
    const origin = await db
      .selectFrom('access_tokens')
      .select(['client_id', 'credential_id', 'credential_kind', 'credential_prefix'])
      .where('id', '=', auth.credential.id)
      .executeTakeFirst();
    return {
      mint: {
        orgId: auth.org.id,
        subject: auth.principal.id,
        clientId: origin?.client_id ?? LOGIN_CLIENT_ID,
        credentialId: origin?.credential_id ?? auth.sessionId ?? auth.credential.id,
        credentialKind: (origin?.credential_kind ?? 'session') as Exchangeable['mint']['credentialKind'],
        credentialPrefix: origin?.credential_prefix ?? null,
      },
      scopes: auth.scopes,
      ...(auth.expiresAt === null ? {} : { expiresAt: auth.expiresAt }),
    };
  }

  /** Whether an access token was issued to this (service-account) client. */
  async function issuedTo(credential: { kind: string; id: string }, clientId: string): Promise<boolean> {
    if (credential.kind !== 'access_token') return false;
    const row = await db
      .selectFrom('access_tokens')
      .select('client_id')
      .where('id', '=', credential.id)
      .executeTakeFirst();
    return row?.client_id === clientId;
  }

  return {
    async requestToken({ body }, { request }) {
      await limitAddress(request);
      const client = await authenticatedClient(services, request, body);
      const scopes = scopesOf(body.scope);
      switch (body.grant_type) {
        case 'client_credentials': {
          // RFC 6749 §4.4.2: only confidential clients; no refresh token (§4.4.3).
          if (client === null) {
            throw oauthError(
              'invalid_client',
              'client_credentials needs client authentication (HTTP Basic or client_secret_post).',
              {
                'WWW-Authenticate': `Basic realm="${REALM}"`,
              },
            );
          }
          const token = await exchange(
            services,
            request,
            {
              mint: {
                orgId: client.org.id,
                subject: client.id,
                clientId: client.id,
                credentialId: client.id,
                credentialKind: 'service_account',
                credentialPrefix: client.prefix,
              },
              scopes: client.scopes,
            },
            scopes === undefined ? {} : { scopes },
            invalidScope,
          );
          return {
            status: 200,
            headers: NO_STORE,
            body: {
              access_token: token.access_token,
              token_type: 'Bearer',
              expires_in: token.expires_in,
              scope: token.scope,
            },
          };
        }
        case 'refresh_token': {
          if (body.refresh_token === undefined)
            throw oauthError('invalid_request', 'refresh_token is required.');
          // RFC 6749 §5.2 unauthorized_client: refresh tokens belong to people's sessions (public
          // clients), never to a service account; checked before the token is touched.
          if (client !== null) {
            throw oauthError('unauthorized_client', 'A service account cannot use the refresh_token grant.');
          }
          const rotated = await rotateRefreshToken(services, request, body.refresh_token, (subject) => {
            // RFC 6749 §6: a refresh may narrow the grant, never widen it.
            const extra = missing(scopes ?? [], scopesOfRole(subject.role));
            if (extra.length > 0) throw invalidScope(extra);
          });
          if (rotated === null) {
            throw oauthError(
              'invalid_grant',
              'The refresh token is invalid, expired, revoked or was already used.',
            );
          }
          const session = await sessionBody(
            services,
            rotated.subject,
            rotated.sessionId,
            rotated.refreshToken,
            scopes ?? scopesOfRole(rotated.subject.role),
          );
          return {
            status: 200,
            headers: NO_STORE,
            body: {
              access_token: session.access_token,
              token_type: 'Bearer',
              expires_in: session.expires_in,
              scope: session.scope,
              refresh_token: session.refresh_token,
            },
          };
        }
        case TOKEN_EXCHANGE: {
          if (body.subject_token === undefined || body.subject_token_type === undefined) {
            throw oauthError('invalid_request', 'subject_token and subject_token_type are required.');
          }
          if (body.requested_token_type !== undefined && body.requested_token_type !== ACCESS_TOKEN_TYPE) {
            throw oauthError('invalid_request', `Only ${ACCESS_TOKEN_TYPE} can be issued.`);
          }
          if (body.audience !== undefined || body.resource !== undefined) {
            const issuer = services.issuer();
            if ((body.audience ?? issuer) !== issuer || (body.resource ?? issuer) !== issuer) {
              // RFC 8693 §2.2.2: this server issues tokens for itself only.
              throw oauthError('invalid_target', `Tokens are issued for ${issuer} only.`);
            }
          }
          const source = await exchangeableSubject(body.subject_token, body.subject_token_type);
          const token = await exchange(
            services,
            request,
            source,
            scopes === undefined ? {} : { scopes },
            invalidScope,
          );
          return {
            status: 200,
            headers: NO_STORE,
            body: {
              access_token: token.access_token,
              issued_token_type: ACCESS_TOKEN_TYPE,
              token_type: 'Bearer',
              expires_in: token.expires_in,
              scope: token.scope,
            },
          };
        }
        default:
          // The device grant arrives with RFC 8628's endpoints; until then no device code exists.
          throw oauthError('invalid_grant', 'The device code is unknown or was already redeemed.');
      }
    },

    async introspectToken({ body }, { request }) {
      const auth = authOf(request);
      const inactive = { status: 200 as const, headers: NO_STORE, body: { active: false } };
      const token = body.token;
      const parsed = looksLikeJwt(token) ? null : parseSecret(token);
      if (parsed?.kind === 'refresh_token') {
        const row = await db
          .selectFrom('refresh_tokens')
          .innerJoin('sessions', 'sessions.id', 'refresh_tokens.session_id')
          .innerJoin('users', 'users.id', 'sessions.user_id')
          .select([
            'users.email',
            'sessions.user_id',
            'sessions.org_id',
            'sessions.expires_at',
            'sessions.revoked_at',
            'refresh_tokens.used_at',
            'refresh_tokens.created_at',
            'refresh_tokens.id',
          ])
          .where('refresh_tokens.token_hash', '=', hashSecret(token, services.keys.pepper))
          .executeTakeFirst();
        if (
          row === undefined ||
          row.used_at !== null ||
          row.revoked_at !== null ||
          row.expires_at <= isoNow() ||
          row.org_id !== auth.org.id
        ) {
          return inactive;
        }
        return {
          status: 200,
          headers: NO_STORE,
          body: {
            active: true,
            client_id: LOGIN_CLIENT_ID,
            token_type: 'refresh_token',
            username: row.email,
            sub: row.user_id,
            exp: Math.floor(Date.parse(row.expires_at) / 1000),
            iat: Math.floor(Date.parse(row.created_at) / 1000),
            iss: services.issuer(),
            jti: row.id,
            org_id: row.org_id,
          },
        };
      }
      if (parsed !== null && parsed.kind !== 'api_key') return inactive;
      const resolution = await resolveCredential(services, token, { allowJwt: true });
      if (resolution.status !== 'ok' || resolution.auth.org.id !== auth.org.id) return inactive;
      const subject = resolution.auth;
      // resolveCredential verified the signature (or found it in the verified-token cache): read
      // the claims without checking it a second time.
      const jwt = looksLikeJwt(token)
        ? (services.verifiedTokens.get(VerifiedTokenCache.keyOf(token)) ?? null)
        : null;
      // RFC 7662 §2.2 `username`: the person behind the token, when there is one.
      const person =
        subject.principal.kind === 'user'
          ? await db
              .selectFrom('users')
              .select('email')
              .where('id', '=', subject.principal.id)
              .executeTakeFirst()
          : undefined;
      return {
        status: 200,
        headers: NO_STORE,
        body: {
          active: true,
          scope: subject.scopes.join(' '),
          client_id: jwt?.client_id ?? subject.credential.id,
          token_type: 'Bearer',
          ...(person === undefined ? {} : { username: person.email }),
          sub: subject.principal.id,
          iss: services.issuer(),
          org_id: subject.org.id,
          ...(jwt === null
            ? { jti: subject.credential.id }
            : { jti: jwt.jti, iat: jwt.iat, nbf: jwt.iat, aud: services.issuer() }),
          ...(subject.expiresAt === null ? {} : { exp: Math.floor(Date.parse(subject.expiresAt) / 1000) }),
        },
      };
    },

    async revokeToken({ body }, { request }) {
      await limitAddress(request);
      // RFC 7009 §2.1: a client that authenticates must do so correctly; the token itself is the
      // holder's proof, so a public client can revoke what it holds.
      const client = await authenticatedClient(
        services,
        request,
        body as { client_id?: string; client_secret?: string },
      );
      const token = body.token;
      const ok = { status: 200 as const, body: {} };
      const parsed = looksLikeJwt(token) ? null : parseSecret(token);
      if (parsed !== null && !['refresh_token', 'api_key'].includes(parsed.kind)) {
        throw oauthError(
          'unsupported_token_type',
          `A ${parsed.kind.replaceAll('_', ' ')} cannot be revoked here.`,
        );
      }
      const now = isoNow();
      if (parsed?.kind === 'refresh_token') {
        const row = await db
          .selectFrom('refresh_tokens')
          .innerJoin('sessions', 'sessions.id', 'refresh_tokens.session_id')
          .select(['sessions.id', 'sessions.org_id'])
          .where('refresh_tokens.token_hash', '=', hashSecret(token, services.keys.pepper))
          .executeTakeFirst();
        // RFC 7009 §2.1: revoking a refresh token revokes its family and what it issued.
        // Refresh tokens are issued to people's sessions (public clients), never to a service
        // account: an authenticated client revokes only its own tokens (RFC 7009 §2.1).
        if (row !== undefined && client === null) await revokeSession(db, row.id, 'revoked');
        return ok;
      }
      const resolution = await resolveCredential(services, token, { allowJwt: true });
      if (resolution.status !== 'ok') return ok;
      const { credential, sessionId } = resolution.auth;
      // RFC 7009 §2.1: "verifies whether the token was issued to the client making the revocation
      // request". Another client's token is left alone, answered like an unknown one (§2.2).
      if (client !== null && !(await issuedTo(credential, client.id))) return ok;
      if (credential.kind === 'session' && sessionId !== null) await revokeSession(db, sessionId, 'revoked');
      if (credential.kind === 'access_token') {
        await db
          .updateTable('access_tokens')
          .set({ revoked_at: now })
          .where('id', '=', credential.id)
          .where('revoked_at', 'is', null)
          .execute();
      }
      if (credential.kind === 'api_key') await revokeApiKeys(db, [credential.id], now);
      return ok;
    },
  };
}
