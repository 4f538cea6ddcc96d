// The auth hook: one function that every secured route runs before its body is even parsed.
// It reads which credentials the route accepts and which scopes it needs from the generated
// route data (the spec's `security`), never from a list written here.
//
// Status split (documented on the spec's shared 401 and 403 responses): no credential, or one
// that is malformed, fails its checksum or is unknown → 401; known but revoked, disabled,
// expired, or lacking a scope → 403. Both carry an RFC 6750 §3 `WWW-Authenticate: Bearer`
// challenge.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type RouteInfo, securitySchemes } from '../../generated/server/routes.ts';
import { actorOf, recordRateLimitHit } from '../audit.ts';
import { ProblemError } from '../problem.ts';
import { rateLimitHeaders } from '../rate-limit.ts';
import { missing } from '../roles.ts';
import { accountContext, authenticateServiceAccount } from '../service-accounts.ts';
import type { Services } from '../services.ts';
import { type Resolution, resolveCredential } from './resolve-credential.ts';
import { bearerChallenge, REALM } from './www-authenticate.ts';

interface Presented {
  value: string;
  /** The scopes the route's alternative for this presentation requires. */
  scopes: readonly string[];
  /** Bearer tokens may be JWTs; API-key headers take Keyway secrets only. */
  allowJwt: boolean;
  /** HTTP Basic client credentials (RFC 6749 §2.3.1): a service account's id and secret. */
  basic?: { clientId: string; secret: string };
}

const BEARER = /^Bearer +([\x21-\x7e]+) *$/i;

/**
 * The credential each authenticated request presented, for the idempotency hook (which keys
 * stored responses with it). Kept off the request object so that nothing serialises it.
 */
const presentedBy = new WeakMap<FastifyRequest, string>();

export function presentedCredentialOf(request: FastifyRequest): string | undefined {
  return presentedBy.get(request);
}

/** The credential the request presents in a way the route accepts (RFC 6750 §2: one way only). */
function presentedCredential(request: FastifyRequest, route: RouteInfo): Presented | null {
  const found: Presented[] = [];
  const authorization = request.headers.authorization;
  const bearer = typeof authorization === 'string' ? BEARER.exec(authorization)?.[1] : undefined;
  if (bearer === undefined && typeof authorization === 'string' && /^bearer\b/i.test(authorization)) {
    // RFC 6750 §3.1: a malformed Bearer header is invalid_request (400), not "no credential".
    throw new ProblemError({
      code: 'invalid_request',
      detail: 'The Authorization header must be `Bearer <token>` with one token.',
      headers: {
        'WWW-Authenticate': bearerChallenge({
          code: 'invalid_request',
          description: 'Malformed Bearer credentials.',
        }),
      },
    });
  }
  for (const alternative of route.security) {
    for (const { scheme, scopes } of alternative) {
      const info = securitySchemes[scheme];
      if (info === undefined) continue;
      const isBearer =
        (info.type === 'http' && info.scheme === 'bearer') ||
        info.type === 'oauth2' ||
        info.type === 'openIdConnect';
      if (isBearer && bearer !== undefined) {
        found.push({ value: bearer, scopes, allowJwt: true });
      } else if (info.type === 'http' && info.scheme === 'basic' && typeof authorization === 'string') {
        const basic = parseBasic(authorization);
        if (basic !== null) found.push({ value: authorization, scopes, allowJwt: false, basic });
      } else if (info.type === 'apiKey' && info.in === 'header' && info.parameterName !== null) {
        const value = request.headers[info.parameterName.toLowerCase()];
        if (typeof value === 'string' && value !== '') found.push({ value, scopes, allowJwt: false });
      }
    }
  }
  const distinct = new Set(found.map((f) => `${f.allowJwt}/${f.basic !== undefined}`));
  if (distinct.size > 1) {
    throw new ProblemError({
      code: 'invalid_request',
      detail: 'Send one credential: Authorization: Bearer or x-api-key, not both.',
      headers: {
        'WWW-Authenticate': bearerChallenge({
          code: 'invalid_request',
          description: 'More than one credential.',
        }),
      },
    });
  }
  return found[0] ?? null;
}

/** How the route takes credentials, for error messages: `Authorization: Bearer`, `x-api-key`. */
function acceptedHeaders(route: RouteInfo): string[] {
  const names = new Set<string>();
  for (const alternative of route.security) {
    for (const { scheme } of alternative) {
      const info = securitySchemes[scheme];
      if (info === undefined) continue;
      if (info.type === 'apiKey' && info.parameterName !== null) names.add(info.parameterName);
      else if (info.type === 'http' && info.scheme === 'basic')
        names.add('Authorization: Basic (a service account)');
      else if (info.type !== 'apiKey') names.add('Authorization: Bearer');
    }
  }
  return [...names].sort();
}

/**
 * RFC 6749 §2.3.1: `Basic base64(urlencode(client_id) ":" urlencode(client_secret))`; null when
 * the header is not Basic or does not decode to an id and a secret.
 */
export function parseBasic(authorization: string): { clientId: string; secret: string } | null {
  const match = /^Basic +([A-Za-z0-9+/]+={0,2}) *$/i.exec(authorization);
  if (match?.[1] === undefined) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;
  try {
    const form = (text: string) => decodeURIComponent(text.replaceAll('+', ' '));
    return { clientId: form(decoded.slice(0, colon)), secret: form(decoded.slice(colon + 1)) };
  } catch {
    return null;
  }
}

/** A service account authenticated with HTTP Basic, as a caller. */
async function resolveBasic(
  services: Services,
  basic: { clientId: string; secret: string },
): Promise<Resolution> {
  const result = await authenticateServiceAccount(services, basic.clientId, basic.secret);
  if (result.status !== 'ok') return result;
  return { status: 'ok', auth: accountContext(result.account) };
}

export function createAuthHook(services: Services) {
  return async function authenticate(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const route = request.routeOptions.config.keyway;
    if (route === undefined || route.isPublic) return;
    const presented = presentedCredential(request, route);
    if (presented === null) {
      throw new ProblemError({
        code: 'unauthenticated',
        detail: `This operation needs a credential in ${acceptedHeaders(route).join(' or ')}.`,
        headers: { 'WWW-Authenticate': bearerChallenge() },
      });
    }
    const resolution =
      presented.basic === undefined
        ? await resolveCredential(services, presented.value, { allowJwt: presented.allowJwt })
        : await resolveBasic(services, presented.basic);
    if (resolution.status !== 'ok') {
      const code =
        resolution.status === 'unknown'
          ? 'invalid_credential'
          : resolution.status === 'expired'
            ? 'credential_expired'
            : 'credential_revoked';
      throw new ProblemError({
        code,
        detail: resolution.reason,
        headers: {
          // RFC 6749 §5.2: a client that used HTTP Basic gets a Basic challenge back.
          'WWW-Authenticate':
            presented.basic === undefined
              ? bearerChallenge({ code: 'invalid_token', description: resolution.reason })
              : `Basic realm="${REALM}"`,
        },
      });
    }
    const { auth } = resolution;

    // Counted per credential, before the scope check: a caller probing for scopes still spends.
    const limit = await services.rateLimiter.hit(`credential:${auth.rateLimitKey}`, {
      limit: services.config.rateLimits.perCredential,
      windowSeconds: 60,
    });
    reply.headers(rateLimitHeaders(limit));
    if (!limit.allowed) {
      if (limit.firstRefusal) {
        await recordRateLimitHit(services.db, request, limit, [auth.org.id], {
          actor: await actorOf(services.db, auth),
          limit: 'credential',
        });
      }
      throw new ProblemError({
        code: 'rate_limited',
        detail: `Rate limit exceeded for this credential; retry after ${limit.reset} seconds.`,
        headers: { 'Retry-After': String(limit.reset) },
      });
    }

    const lacking = missing(presented.scopes, auth.scopes);
    if (lacking.length > 0) {
      const description = `This operation needs the scope${lacking.length > 1 ? 's' : ''} ${presented.scopes.join(', ')}.`;
      throw new ProblemError({
        code: 'insufficient_scope',
        detail: description,
        scopes: [...presented.scopes],
        headers: {
          'WWW-Authenticate': bearerChallenge({
            code: 'insufficient_scope',
            description,
            scope: presented.scopes,
          }),
        },
      });
    }
    request.keywayAuth = auth;
    presentedBy.set(request, presented.value);
  };
}

/**
 * The request's credential checked again now, for a response that outlives its request (the
 * audit event stream): null while it still resolves and holds the route's scopes, else the
 * reason it no longer does. Not rate limited and not audited: the request was counted once.
 */
export async function recheckCredential(services: Services, request: FastifyRequest): Promise<string | null> {
  const route = request.routeOptions.config.keyway;
  if (route === undefined) return 'The route is unknown.';
  const presented = presentedCredential(request, route);
  if (presented === null) return 'No credential was presented.';
  const resolution =
    presented.basic === undefined
      ? await resolveCredential(services, presented.value, { allowJwt: presented.allowJwt })
      : await resolveBasic(services, presented.basic);
  if (resolution.status !== 'ok') return resolution.reason;
  const lacking = missing(presented.scopes, resolution.auth.scopes);
  return lacking.length === 0 ? null : `The credential no longer holds ${lacking.join(', ')}.`;
}
