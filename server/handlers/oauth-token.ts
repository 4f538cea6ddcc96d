// The token endpoint (RFC 6749 §3.2) and its grants: client credentials (§4.4), refresh (§6),
// the device code (RFC 8628 §3.4) and token exchange (RFC 8693). Errors are RFC 6749 §5.2
// objects (see error-response.ts and problem.ts oauthError).

import type { FastifyRequest } from 'fastify';
import type { Handlers, RequestTokenRequest, RequestTokenResponse } from '../../generated/server/routes.ts';
import { recordAudit, userActor } from '../audit.ts';
import { assertDeviceClient, authenticatedClient } from '../auth/client-authentication.ts';
import { resolveCredential } from '../auth/resolve-credential.ts';
import { REALM } from '../auth/www-authenticate.ts';
import { NO_STORE } from '../cache-control.ts';
import { pollDeviceCode } from '../device-authorization.ts';
import { oauthError } from '../problem.ts';
import { limitTokenAddress } from '../rate-limit.ts';
import { isKnownScope, missing } from '../roles.ts';
import type { Services } from '../services.ts';
import {
  LOGIN_CLIENT_ID,
  rotateRefreshToken,
  type SessionBody,
  sessionBody,
  sessionScopes,
} from '../sessions.ts';
import { looksLikeJwt } from '../tokens/jwt.ts';
import { type Exchangeable, exchange, exchangeableKey } from './access-tokens.ts';

type Body = RequestTokenRequest['body'];
type Client = Awaited<ReturnType<typeof authenticatedClient>>;
type TokenBody = Extract<RequestTokenResponse, { status: 200 }>['body'];

const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';
const JWT_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:jwt';
const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
const DEVICE_CODE = 'urn:ietf:params:oauth:grant-type:device_code';

/** RFC 6749 §3.3: space-delimited, case-sensitive scopes; undefined when none were asked for. */
export function scopesOf(scope: string | undefined): string[] | undefined {
  if (scope === undefined) return undefined;
  const list = [...new Set(scope.split(' ').filter((s) => s !== ''))];
  const unknown = list.filter((s) => !isKnownScope(s));
  if (unknown.length > 0) throw oauthError('invalid_scope', `Unknown scope: ${unknown.join(', ')}.`);
  return list.length === 0 ? undefined : list;
}

const invalidScope = (extra: string[]) =>
  oauthError('invalid_scope', `The grant does not include ${extra.join(', ')}; a token can only narrow it.`);

const ok = (body: TokenBody) => ({ status: 200 as const, headers: NO_STORE, body });

/** RFC 6749 §5.1 for a person's session: the access token and the next refresh token. */
const sessionTokens = (session: SessionBody) =>
  ok({
    access_token: session.access_token,
    token_type: 'Bearer',
    expires_in: session.expires_in,
    scope: session.scope,
    refresh_token: session.refresh_token,
  });

export function createOAuthTokenHandlers(services: Services): Pick<Handlers, 'requestToken'> {
  const { db } = services;

  /** RFC 6749 §4.4.2: only confidential clients; no refresh token (§4.4.3). */
  async function clientCredentials(request: FastifyRequest, client: Client, scopes?: string[]) {
    if (client === null) {
      throw oauthError(
        'invalid_client',
        'client_credentials needs client authentication (HTTP Basic or client_secret_post).',
        { 'WWW-Authenticate': `Basic realm="${REALM}"` },
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
    return ok({
      access_token: token.access_token,
      token_type: 'Bearer',
      expires_in: token.expires_in,
      scope: token.scope,
    });
  }

  /** RFC 6749 §6 with rotation; a refresh may narrow the grant, never widen it. */
  async function refresh(request: FastifyRequest, body: Body, client: Client, scopes?: string[]) {
    if (body.refresh_token === undefined) throw oauthError('invalid_request', 'refresh_token is required.');
    // RFC 6749 §5.2 unauthorized_client: refresh tokens belong to people's sessions (public
    // clients), never to a service account; checked before the token is touched.
    if (client !== null) {
      throw oauthError('unauthorized_client', 'A service account cannot use the refresh_token grant.');
    }
    const rotated = await rotateRefreshToken(services, request, body.refresh_token, (subject, grant) => {
      // RFC 6749 §5.2 invalid_grant: "issued to another client". A device's refresh token is
      // bound to its client, which names itself (RFC 6749 §3.2.1); the login API's sessions
      // have no OAuth client and may be refreshed with or without one.
      if (grant.clientId !== LOGIN_CLIENT_ID && body.client_id !== grant.clientId) {
        throw oauthError(
          'invalid_grant',
          `The refresh token was issued to ${grant.clientId}; send its client_id.`,
        );
      }
      const extra = missing(scopes ?? [], sessionScopes(grant, subject.role));
      if (extra.length > 0) throw invalidScope(extra);
    });
    if (rotated === null) {
      throw oauthError(
        'invalid_grant',
        'The refresh token is invalid, expired, revoked or was already used.',
      );
    }
    return sessionTokens(
      await sessionBody(services, { ...rotated, ...(scopes === undefined ? {} : { scopes }) }),
    );
  }

  /** RFC 8628 §3.4–3.5: the device polls until the person decides. */
  async function deviceCode(request: FastifyRequest, body: Body, client: Client) {
    if (client !== null) {
      throw oauthError(
        'unauthorized_client',
        'The device grant is for public clients, not service accounts.',
      );
    }
    const clientId = assertDeviceClient(services, body.client_id);
    if (body.device_code === undefined) throw oauthError('invalid_request', 'device_code is required.');
    const outcome = await pollDeviceCode(services, body.device_code, clientId);
    switch (outcome.status) {
      case 'invalid':
        throw oauthError(
          'invalid_grant',
          'The device code is unknown, was issued to another client, or was already used.',
        );
      case 'expired':
        throw oauthError('expired_token', 'The device code has expired; start a new device authorization.');
      case 'pending':
        throw oauthError(
          'authorization_pending',
          'The person has not answered yet; poll again after the interval.',
        );
      case 'slow_down':
        throw oauthError('slow_down', 'Polling too fast: the interval is now 5 seconds longer.');
      case 'denied':
        throw oauthError('access_denied', 'The person denied the request.');
      case 'approver_gone':
        throw oauthError(
          'access_denied',
          'The person who approved is no longer a member of the organization.',
        );
      case 'approved':
        // The device's login starts here (the approval was recorded when the person answered).
        await recordAudit(db, request, {
          action: 'login.succeeded',
          orgId: outcome.subject.org.id,
          actor: userActor(outcome.subject.user.id),
          target: { kind: 'session', id: outcome.sessionId },
          data: { via: 'device_code', client_id: clientId },
        });
        return sessionTokens(await sessionBody(services, outcome));
    }
  }

  /** RFC 8693 §2.1: the subject token as something to mint a narrower token from. */
  async function exchangeableSubject(subjectToken: string, subjectTokenType: string): Promise<Exchangeable> {
    if (subjectTokenType !== ACCESS_TOKEN_TYPE && subjectTokenType !== JWT_TOKEN_TYPE) {
      throw oauthError('invalid_request', `subject_token_type must be ${ACCESS_TOKEN_TYPE}.`);
    }
    if (!looksLikeJwt(subjectToken)) {
      try {
        return await exchangeableKey(services, subjectToken);
      } catch {
        // RFC 8693 §2.2.2: an invalid or unacceptable subject_token is invalid_request.
        throw oauthError(
          'invalid_request',
          'The subject token is not a usable API key, agent key, app token or access token.',
        );
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

  async function tokenExchange(request: FastifyRequest, body: Body, scopes?: string[]) {
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
    return ok({
      access_token: token.access_token,
      issued_token_type: ACCESS_TOKEN_TYPE,
      token_type: 'Bearer',
      expires_in: token.expires_in,
      scope: token.scope,
    });
  }

  return {
    async requestToken({ body }, { request }) {
      await limitTokenAddress(services, request);
      const client = await authenticatedClient(services, request, body);
      const scopes = scopesOf(body.scope);
      switch (body.grant_type) {
        case 'client_credentials':
          return clientCredentials(request, client, scopes);
        case 'refresh_token':
          return refresh(request, body, client, scopes);
        case DEVICE_CODE:
          return deviceCode(request, body, client);
        case TOKEN_EXCHANGE:
          return tokenExchange(request, body, scopes);
      }
    },
  };
}
