// RFC 7662 token introspection, for resource servers that check Keyway credentials without
// parsing them. Only tokens of the caller's own org are reported active.
import type { Handlers } from '../../generated/server/routes.ts';
import { authOf } from '../auth/auth-context.ts';
import { resolveCredential } from '../auth/resolve-credential.ts';
import { NO_STORE } from '../cache-control.ts';
import { hashSecret, parseSecret } from '../secrets/secret.ts';
import type { Services } from '../services.ts';
import { LOGIN_CLIENT_ID } from '../sessions.ts';
import { isoNow } from '../time.ts';
import { looksLikeJwt } from '../tokens/jwt.ts';
import { VerifiedTokenCache } from '../tokens/verified-token-cache.ts';

const KEY_KINDS: ReadonlySet<string> = new Set(['api_key', 'agent_key', 'app_token']);

export function createIntrospectionHandlers(services: Services): Pick<Handlers, 'introspectToken'> {
  const { db } = services;
  return {
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
            'sessions.client_id',
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
            client_id: row.client_id ?? LOGIN_CLIENT_ID,
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
      // Of the other Keyway secrets, only the keys that authenticate requests can be active.
      if (parsed !== null && !KEY_KINDS.has(parsed.kind)) return inactive;
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
  };
}
