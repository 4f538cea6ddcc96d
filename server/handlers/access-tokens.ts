// The access-token exchange (an API key, agent key, app token or service account for a
// short-lived RFC 9068 JWT), and listing and revoking the org's access tokens.
import type { FastifyRequest } from 'fastify';
import type { Handlers } from '../../generated/server/routes.ts';
import { credentialActor, recordAudit, recordCallerAudit, recordRateLimitHit } from '../audit.ts';
import { authOf } from '../auth/auth-context.ts';
import { resolveCredential } from '../auth/resolve-credential.ts';
import { bearerChallenge } from '../auth/www-authenticate.ts';
import { keyset, pageById, pageRequest } from '../pagination.ts';
import { notFound, ProblemError, rateLimited } from '../problem.ts';
import { limitTokenAddress, rateLimitHeaders } from '../rate-limit.ts';
import { missing } from '../roles.ts';
import { authenticateServiceAccount } from '../service-accounts.ts';
import type { Services } from '../services.ts';
import { apiTime, isoNow } from '../time.ts';
import { type MintRequest, mintAccessToken } from '../tokens/access-tokens.ts';

type AccessTokenHandlers = Pick<Handlers, 'createAccessToken' | 'listAccessTokens' | 'revokeAccessToken'>;

/** A credential that can be exchanged: who it stands for and what it may carry. */
export interface Exchangeable {
  mint: Omit<MintRequest, 'scopes' | 'ttlSeconds'>;
  /** Its effective scopes: the most a token minted from it may carry. */
  scopes: string[];
  /** When the credential itself expires (a token minted from a token), if it does. */
  expiresAt?: string;
}

function refused(status: 'unknown' | 'revoked' | 'expired', reason: string): ProblemError {
  const code =
    status === 'unknown'
      ? 'invalid_credential'
      : status === 'expired'
        ? 'credential_expired'
        : 'credential_revoked';
  return new ProblemError({
    code,
    detail: reason,
    headers: { 'WWW-Authenticate': bearerChallenge({ code: 'invalid_token', description: reason }) },
  });
}

/** A key secret (API key, agent key or app token) as something to exchange. */
export async function exchangeableKey(
  services: Services,
  secret: string,
  keyId?: string,
): Promise<Exchangeable> {
  const resolution = await resolveCredential(services, secret, { allowJwt: false });
  if (resolution.status !== 'ok') throw refused(resolution.status, resolution.reason);
  const { auth } = resolution;
  const kind = auth.credential.kind;
  if (
    (kind !== 'api_key' && kind !== 'agent_key' && kind !== 'app_token') ||
    (keyId !== undefined && auth.credential.id !== keyId)
  ) {
    throw refused(
      'unknown',
      'The credential is not an API key, agent key or app token, or not the key api_key_id names.',
    );
  }
  return {
    mint: {
      orgId: auth.org.id,
      // The person behind an API key; the agent, or the app token itself, for the others.
      subject: auth.principal.id,
      clientId: auth.credential.id,
      credentialId: auth.credential.id,
      credentialKind: kind,
      credentialPrefix: auth.credential.prefix,
    },
    scopes: auth.scopes,
    ...(auth.expiresAt === null ? {} : { expiresAt: auth.expiresAt }),
  };
}

export async function exchangeableServiceAccount(
  services: Services,
  id: string,
  secret: string,
): Promise<Exchangeable> {
  const result = await authenticateServiceAccount(services, id, secret);
  if (result.status !== 'ok') throw refused(result.status, result.reason);
  const { account } = result;
  return {
    mint: {
      orgId: account.org.id,
      subject: account.id,
      clientId: account.id,
      credentialId: account.id,
      credentialKind: 'service_account',
      credentialPrefix: account.prefix,
    },
    scopes: account.scopes,
  };
}

/**
 * Mints a token from `source` with the requested scopes (a subset of its own; none means all)
 * and TTL (bounded by KEYWAY_ACCESS_TOKEN_MAX_TTL), counting it against the source's rate limit.
 */
export async function exchange(
  services: Services,
  request: FastifyRequest,
  source: Exchangeable,
  wanted: { scopes?: readonly string[]; ttlSeconds?: number },
  onExtraScopes: (extra: string[]) => Error,
) {
  const { config, db } = services;
  const limit = await services.rateLimiter.hit(`credential:${source.mint.credentialId}`, {
    limit: config.rateLimits.perCredential,
    windowSeconds: 60,
  });
  // The actor is the credential the token is minted from (a session's: the person).
  const actor = credentialActor(
    { kind: source.mint.credentialKind, id: source.mint.credentialId, prefix: source.mint.credentialPrefix },
    source.mint.subject,
  );
  if (!limit.allowed) {
    await recordRateLimitHit(db, request, limit, [source.mint.orgId], { actor, limit: 'credential' });
    throw rateLimited(limit.reset, rateLimitHeaders(limit));
  }
  const scopes = wanted.scopes ?? source.scopes;
  const extra = missing(scopes, source.scopes);
  if (extra.length > 0) throw onExtraScopes(extra);
  // Bounded by configuration, and never outliving the credential it comes from (an expiring
  // API key, or the token a token exchange started with).
  const remaining =
    source.expiresAt === undefined
      ? Number.POSITIVE_INFINITY
      : Math.floor((Date.parse(source.expiresAt) - Date.now()) / 1000);
  const ttlSeconds = Math.max(
    1,
    Math.min(wanted.ttlSeconds ?? config.accessTokenTtl, config.accessTokenMaxTtl, remaining),
  );
  const token = await mintAccessToken(db, services, { ...source.mint, scopes, ttlSeconds });
  await recordAudit(db, request, {
    action: 'access_token.minted',
    orgId: source.mint.orgId,
    actor,
    target: { kind: 'access_token', id: token.token_id },
    data: { scopes: token.scopes, expires_at: token.expires_at },
  });
  return token;
}

export function createAccessTokenHandlers(services: Services): AccessTokenHandlers {
  const { db } = services;
  return {
    async createAccessToken({ body, headers }, { request }) {
      // Counted before the credential is checked, so guessing at it costs the same as using it.
      await limitTokenAddress(services, request);
      const authorization = typeof headers.authorization === 'string' ? headers.authorization : undefined;
      const bearer = authorization === undefined ? undefined : /^Bearer +(\S+) *$/i.exec(authorization)?.[1];
      const apiKeyHeader = typeof headers['x-api-key'] === 'string' ? headers['x-api-key'] : undefined;
      // Exactly one way of presenting the credential (the request schema's description).
      const forms = [
        bearer !== undefined || apiKeyHeader !== undefined,
        body.api_key !== undefined,
        body.api_key_id !== undefined || body.api_key_secret !== undefined,
        body.service_account_id !== undefined || body.service_account_secret !== undefined,
      ].filter(Boolean).length;
      const both = (a: unknown, b: unknown) => (a === undefined) === (b === undefined);
      if (forms === 0) {
        throw new ProblemError({
          code: 'unauthenticated',
          detail:
            'Present the credential to exchange: an API key (header or body), an agent key or app token (header), or a service account.',
          headers: { 'WWW-Authenticate': bearerChallenge() },
        });
      }
      if (
        forms !== 1 ||
        (bearer !== undefined && apiKeyHeader !== undefined) ||
        !both(body.api_key_id, body.api_key_secret) ||
        !both(body.service_account_id, body.service_account_secret)
      ) {
        throw new ProblemError({
          code: 'invalid_request',
          detail:
            'Present exactly one credential: Authorization: Bearer or x-api-key with an API key, agent key or app token, or api_key, or api_key_id with api_key_secret, or service_account_id with service_account_secret.',
        });
      }
      const source =
        body.service_account_id !== undefined && body.service_account_secret !== undefined
          ? await exchangeableServiceAccount(services, body.service_account_id, body.service_account_secret)
          : await exchangeableKey(
              services,
              bearer ?? apiKeyHeader ?? body.api_key ?? body.api_key_secret ?? '',
              body.api_key_id,
            );
      const token = await exchange(
        services,
        request,
        source,
        {
          ...(body.scopes === undefined ? {} : { scopes: body.scopes }),
          ...(body.ttl_seconds === undefined ? {} : { ttlSeconds: body.ttl_seconds }),
        },
        (extra) =>
          new ProblemError({
            code: 'insufficient_scope',
            detail: `The credential does not hold ${extra.join(', ')}; a token can only narrow it.`,
            scopes: extra,
          }),
      );
      return { status: 201, headers: { 'Cache-Control': 'no-store' }, body: token };
    },

    async listAccessTokens({ query }, { request }) {
      const auth = authOf(request);
      const page = pageRequest(query);
      const rows = await db
        .selectFrom('access_tokens')
        .selectAll()
        .where('org_id', '=', auth.org.id)
        .$call((q) => keyset(q, 'id', page, 'desc'))
        .execute();
      return {
        status: 200,
        body: pageById(rows, page, (r) => ({
          id: r.id,
          client_id: r.client_id,
          subject: r.subject,
          scopes: JSON.parse(r.scopes) as string[],
          created_at: apiTime(r.created_at),
          expires_at: apiTime(r.expires_at),
          revoked_at: apiTime(r.revoked_at),
          credential_prefix: r.credential_prefix,
        })),
      };
    },

    async revokeAccessToken({ params }, { request }) {
      const auth = authOf(request);
      const row = await db
        .selectFrom('access_tokens')
        .select('id')
        .where('org_id', '=', auth.org.id)
        .where('id', '=', params.token_id)
        .executeTakeFirst();
      if (row === undefined) throw notFound('access token');
      // Conditional, so that of concurrent revocations only the one that changed the row audits.
      const revoked = await db
        .updateTable('access_tokens')
        .set({ revoked_at: isoNow() })
        .where('id', '=', row.id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (Number(revoked.numUpdatedRows) === 1) {
        await recordCallerAudit(db, request, auth, {
          action: 'access_token.revoked',
          target: { kind: 'access_token', id: row.id },
        });
      }
      return { status: 204, body: undefined };
    },
  };
}
