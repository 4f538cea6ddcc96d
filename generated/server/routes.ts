// generated from spec/openapi.yaml by keyway generate; do not edit
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { operations } from '../types.ts';
import { componentSchemas } from './schemas.ts';

/** One scheme of a security alternative, with the scopes it must carry. */
export interface RouteSecurityScheme {
  readonly scheme: string;
  readonly scopes: readonly string[];
}

/** What the auth hook and the error handlers know about a route; in `routeOptions.config.keyway`. */
export interface RouteInfo {
  readonly operationId: OperationId;
  /** Upper-case HTTP method. */
  readonly method: string;
  /** The OpenAPI path template, e.g. `/v1/api-keys/{key_id}`. */
  readonly path: string;
  /** The Fastify URL pattern, e.g. `/v1/api-keys/:key_id`. */
  readonly url: string;
  readonly tags: readonly string[];
  /** The security alternatives in spec order; any one of them satisfies the route. */
  readonly security: readonly (readonly RouteSecurityScheme[])[];
  /** No credential needed: no alternatives, or an empty one. */
  readonly isPublic: boolean;
  /** Every scope the route needs, sorted. */
  readonly scopes: readonly string[];
  /** The request body the route accepts, or null when it takes none. */
  readonly requestBody: { readonly required: boolean; readonly contentTypes: readonly string[] } | null;
  /** For each declared status (`200`, `4XX`, `DEFAULT`), the content type a response uses unless it names another. */
  readonly responseContentTypes: Readonly<Record<string, string>>;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    keyway?: RouteInfo;
  }
}

export type OperationId =
  | "getJwks"
  | "getAuthorizationServerMetadata"
  | "getDevicePage"
  | "submitDevicePage"
  | "getHealth"
  | "startDeviceAuthorization"
  | "introspectToken"
  | "revokeToken"
  | "requestToken"
  | "listAccessTokens"
  | "createAccessToken"
  | "revokeAccessToken"
  | "listAgents"
  | "createAgent"
  | "getAgent"
  | "deleteAgent"
  | "updateAgent"
  | "listAgentKeys"
  | "createAgentKey"
  | "revokeAgentKey"
  | "listApiKeys"
  | "createApiKey"
  | "getApiKey"
  | "revokeApiKey"
  | "updateApiKey"
  | "rotateApiKey"
  | "listAppTokens"
  | "createAppToken"
  | "revokeAppToken"
  | "listAuditEvents"
  | "streamAuditEvents"
  | "login"
  | "logout"
  | "refreshSession"
  | "signup"
  | "verifyDeviceCode"
  | "listInvitations"
  | "createInvitations"
  | "acceptInvitation"
  | "revokeInvitation"
  | "listMembers"
  | "removeMember"
  | "updateMember"
  | "listOrgs"
  | "createOrg"
  | "getOrg"
  | "updateOrg"
  | "listScopes"
  | "listServiceAccounts"
  | "createServiceAccount"
  | "getServiceAccount"
  | "deleteServiceAccount"
  | "updateServiceAccount"
  | "rotateServiceAccountSecret"
  | "getWhoami";

/** The spec's `info`. */
export const apiInfo = {
  title: "Keyway API",
  version: "0.1.0",
} as const;

/** How each security scheme presents its credential, for the auth hook. */
export interface SecuritySchemeInfo {
  /** `http`, `apiKey`, `oauth2`, `openIdConnect` or `mutualTLS`. */
  readonly type: string;
  /** For `http`: `bearer`, `basic`, ... (lower-case). */
  readonly scheme: string | null;
  /** For `apiKey`: `header`, `query` or `cookie`. */
  readonly in: string | null;
  /** For `apiKey`: the header, query or cookie name. */
  readonly parameterName: string | null;
}

/** The spec's security schemes by name. */
export const securitySchemes: Readonly<Record<string, SecuritySchemeInfo>> = {
  apiKeyHeader: { type: "apiKey", scheme: null, in: "header", parameterName: "x-api-key" },
  bearerAuth: { type: "http", scheme: "bearer", in: null, parameterName: null },
  clientSecretBasic: { type: "http", scheme: "basic", in: null, parameterName: null },
  oauth2: { type: "oauth2", scheme: null, in: null, parameterName: null },
};

export interface HandlerContext {
  request: FastifyRequest;
  reply: FastifyReply;
  route: RouteInfo;
}

/** Headers a handler adds to its response. */
export type ResponseHeaders = Record<string, string | number | string[]>;

/**
 * Get the JSON Web Key Set
 *
 * The public keys that verify Keyway access tokens (RFC 7517 §5; RFC 9068 §4). Each token's
 * `kid` header names its key. During a signing-key rotation the set lists the new key
 * before it signs anything and keeps the old one until every token it signed has expired,
 * so a verifier that refetches on an unknown `kid` never rejects a valid token.
 */
export interface GetJwksRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type GetJwksResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["getJwks"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["getJwks"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Get the authorization server metadata
 *
 * The RFC 8414 §3 metadata document: the issuer, every OAuth endpoint, the supported grant
 * types, client authentication methods and scopes. Standard OAuth client libraries discover
 * Keyway from it. Keyway has no authorization endpoint, so `response_types_supported` is
 * empty and there is no `code_challenge_methods_supported`.
 */
export interface GetAuthorizationServerMetadataRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type GetAuthorizationServerMetadataResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["getAuthorizationServerMetadata"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["getAuthorizationServerMetadata"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Show the device login page
 *
 * The RFC 8628 §3.3 verification page, a server-rendered HTML form. Without a session it asks
 * the person to sign in; with one it asks for the code (see `submitDevicePage`), then shows
 * which client asks for which scopes and offers Approve and Deny. `verification_uri_complete`
 * links here with `user_code` pre-filled (RFC 8628 §3.3.1); the person still confirms the
 * code before approving.
 *
 * Every form carries a CSRF token in a hidden `csrf_token` field that must match the one
 * sealed in the page's cookie. Pages are served with a strict `Content-Security-Policy` (no
 * scripts, no external resources, the page's one stylesheet allowed by its hash,
 * `frame-ancestors 'none'`), `Referrer-Policy: no-referrer` and `Cache-Control: no-store`.
 * The page's session lives in an encrypted `HttpOnly`, `SameSite=Lax` cookie (`Secure` when
 * the issuer is HTTPS) scoped to `/device`; signing in there starts a short session of its
 * own, separate from any API session.
 */
export interface GetDevicePageRequest {
  params: Record<string, never>;
  query: NonNullable<operations["getDevicePage"]['parameters']['query']>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type GetDevicePageResponse =
  | {
      status: 200;
      contentType?: "text/html";
      body: operations["getDevicePage"]['responses'][200]['content']["text/html"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "text/html";
      body: operations["getDevicePage"]['responses'][400]['content']["text/html"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "text/html";
      body: operations["getDevicePage"]['responses'][429]['content']["text/html"];
      headers?: ResponseHeaders;
    };

/**
 * Submit the device login page
 *
 * The device page's form post. `action` says which step:
 *
 * - `sign_in`: `email` and `password` (and optionally `org_id`) start a device-page session;
 *   the answer shows the pending request for `user_code`. A person in several
 *   organizations who gave no `org_id` is asked to pick one next.
 * - `choose_org`: after such a sign-in, `org_id` picks the organization.
 * - `check`: with a session, looks up `user_code` and shows the pending request. A GET
 *   with `?user_code=` only pre-fills the code: looking codes up is a CSRF-checked post, so
 *   a link from another site cannot use up the person's wrong-code allowance.
 * - `approve` / `deny`: with a session, answer the request identified by `user_code`
 *   (RFC 8628 §3.3). The device's next poll gets its tokens or `access_denied`. Answering
 *   ends the page's sign-in, so on a shared machine the next person signs in again.
 *
 * `csrf_token` must match the one issued with the page, else 400. Wrong codes and failed
 * sign-ins count against attempt limits (RFC 8628 §5.1), then 429. The session cookie is
 * `HttpOnly` and `SameSite=Lax`; the page is served with a strict
 * `Content-Security-Policy`.
 */
export interface SubmitDevicePageRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: NonNullable<operations["submitDevicePage"]['requestBody']>['content']["application/x-www-form-urlencoded"];
}

export type SubmitDevicePageResponse =
  | {
      status: 200;
      contentType?: "text/html";
      body: operations["submitDevicePage"]['responses'][200]['content']["text/html"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "text/html";
      body: operations["submitDevicePage"]['responses'][400]['content']["text/html"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "text/html";
      body: operations["submitDevicePage"]['responses'][429]['content']["text/html"];
      headers?: ResponseHeaders;
    };

/**
 * Check that the server is up
 *
 * Liveness and readiness. Answers 200 once the database is reachable and migrated.
 */
export interface GetHealthRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type GetHealthResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["getHealth"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["getHealth"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Start a device authorization
 *
 * The RFC 8628 §3.1 device authorization endpoint. A public client on a device without a
 * browser (e.g. `keyway-cli`) gets a `device_code` to poll the token endpoint with and a
 * `user_code` for the person to enter at `verification_uri` (RFC 8628 §3.2). Only
 * allow-listed client ids may start a flow; others answer 401 `invalid_client`. A scope
 * outside the catalogue answers 400 `invalid_scope`. Accepts form-encoded and JSON bodies
 * and ignores unknown parameters.
 */
export interface StartDeviceAuthorizationRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: NonNullable<operations["startDeviceAuthorization"]['requestBody']>['content']["application/x-www-form-urlencoded"] | NonNullable<operations["startDeviceAuthorization"]['requestBody']>['content']["application/json"];
}

export type StartDeviceAuthorizationResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["startDeviceAuthorization"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/json";
      body: operations["startDeviceAuthorization"]['responses'][400]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/json";
      body: operations["startDeviceAuthorization"]['responses'][401]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/json";
      body: operations["startDeviceAuthorization"]['responses'][429]['content']["application/json"];
      headers?: ResponseHeaders;
    };

/**
 * Introspect a token
 *
 * RFC 7662 token introspection, for resource servers that verify Keyway credentials
 * (access tokens, refresh tokens, API keys, agent keys, app tokens) without parsing them.
 * The caller authenticates with a credential that has `tokens:read` (Bearer, `x-api-key`,
 * or a service account's HTTP Basic credentials) and sees only tokens of its own
 * organization. An unknown, malformed, expired or revoked token, or another organization's,
 * answers 200 `{"active": false}` (RFC 7662 §2.2), never an error. Accepts form-encoded and
 * JSON bodies and ignores unknown parameters.
 */
export interface IntrospectTokenRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: NonNullable<operations["introspectToken"]['requestBody']>['content']["application/x-www-form-urlencoded"] | NonNullable<operations["introspectToken"]['requestBody']>['content']["application/json"];
}

export type IntrospectTokenResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["introspectToken"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/json";
      body: operations["introspectToken"]['responses'][400]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/json";
      body: operations["introspectToken"]['responses'][401]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/json";
      body: operations["introspectToken"]['responses'][403]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/json";
      body: operations["introspectToken"]['responses'][429]['content']["application/json"];
      headers?: ResponseHeaders;
    };

/**
 * Revoke a token
 *
 * RFC 7009 token revocation. Revoking a refresh token also revokes its family and the
 * access tokens issued from it (RFC 7009 §2.1). The answer is 200 with an empty object also
 * when the token is unknown, malformed, already revoked or another organization's
 * (RFC 7009 §2.2), so revocation reveals nothing. An unsupported kind of token answers 400
 * `unsupported_token_type` (RFC 7009 §2.2.1). Accepts form-encoded and JSON bodies and
 * ignores unknown parameters.
 */
export interface RevokeTokenRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: NonNullable<operations["revokeToken"]['requestBody']>['content']["application/x-www-form-urlencoded"] | NonNullable<operations["revokeToken"]['requestBody']>['content']["application/json"];
}

export type RevokeTokenResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["revokeToken"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/json";
      body: operations["revokeToken"]['responses'][400]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/json";
      body: operations["revokeToken"]['responses'][401]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/json";
      body: operations["revokeToken"]['responses'][403]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/json";
      body: operations["revokeToken"]['responses'][429]['content']["application/json"];
      headers?: ResponseHeaders;
    };

/**
 * Request an access token
 *
 * The RFC 6749 §3.2 token endpoint. It accepts `application/x-www-form-urlencoded` (the
 * standard, so OAuth client libraries work unmodified) and `application/json`, and ignores
 * unknown parameters (RFC 6749 §3.2). Grants:
 *
 * - `client_credentials` (RFC 6749 §4.4): a service account authenticates with HTTP Basic
 *   (`client_secret_basic`) or `client_id` + `client_secret` in the body
 *   (`client_secret_post`), never both. No refresh token is issued (RFC 6749 §4.4.3).
 * - `refresh_token` (RFC 6749 §6): the refresh token rotates on every use; presenting a used
 *   one answers `invalid_grant` and revokes the whole family.
 * - `urn:ietf:params:oauth:grant-type:device_code` (RFC 8628 §3.4): a public client such as
 *   `keyway-cli` polls with `device_code` and `client_id`, no client secret. A device code is
 *   redeemed at most once, even under concurrent polls.
 * - `urn:ietf:params:oauth:grant-type:token-exchange` (RFC 8693 §2.1): a Keyway API key,
 *   agent key, app token or access token in `subject_token` is exchanged for a short-lived
 *   access token whose scopes are a subset of the subject's.
 *
 * Client authentication is optional because device-flow clients are public; a client that
 * does authenticate and fails answers 401 `invalid_client`.
 *
 * Errors (RFC 6749 §5.2) are 400 `{error, error_description}`: `invalid_request`,
 * `invalid_grant`, `unauthorized_client`, `unsupported_grant_type`, `invalid_scope`,
 * `invalid_target`, and, while polling with a device code (RFC 8628 §3.5):
 *
 * - `authorization_pending`: the person has not answered yet; poll again after `interval`.
 * - `slow_down`: polling too fast; the interval grows by 5 seconds for this and every later
 *   request.
 * - `access_denied`: the person denied the request; stop polling.
 * - `expired_token`: the device code expired; start a new device authorization.
 */
export interface RequestTokenRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: NonNullable<operations["requestToken"]['requestBody']>['content']["application/x-www-form-urlencoded"] | NonNullable<operations["requestToken"]['requestBody']>['content']["application/json"];
}

export type RequestTokenResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["requestToken"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/json";
      body: operations["requestToken"]['responses'][400]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/json";
      body: operations["requestToken"]['responses'][401]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/json";
      body: operations["requestToken"]['responses'][403]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/json";
      body: operations["requestToken"]['responses'][429]['content']["application/json"];
      headers?: ResponseHeaders;
    };

/**
 * List access tokens
 *
 * The organization's access tokens, newest first, including expired and revoked ones
 * until they are purged. Metadata only: the tokens themselves are never stored, so they
 * can never be listed. Use the `id` (the token's `jti`) to revoke one.
 */
export interface ListAccessTokensRequest {
  params: Record<string, never>;
  query: NonNullable<operations["listAccessTokens"]['parameters']['query']>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type ListAccessTokensResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["listAccessTokens"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["listAccessTokens"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["listAccessTokens"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["listAccessTokens"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["listAccessTokens"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Exchange a key or a service account for an access token
 *
 * Mints a short-lived bearer token, a JWT in the RFC 9068 profile (`typ: at+jwt`, with
 * `iss`, `sub`, `aud`, `exp`, `iat`, `jti`, `client_id` and `scope` claims) signed with a
 * key published at `/.well-known/jwks.json`. Use it as `Authorization: Bearer <token>`
 * (RFC 6750 §2.1); it is the credential to hand to browsers and other places where a
 * long-lived secret must not go.
 *
 * The credential being exchanged is presented in exactly one way:
 * `Authorization: Bearer <secret>` or `x-api-key: <secret>` (an API key, agent key or app
 * token), the body's `api_key`, the body's `api_key_id` + `api_key_secret`, or the body's
 * `service_account_id` + `service_account_secret`. A missing, malformed or unknown
 * credential answers 401; an expired or revoked one answers 403. The token stays tied to
 * the credential it was minted from: revoking that credential (or deleting the agent a key
 * belongs to) ends the token on its next use.
 *
 * `scopes` must be a subset of the credential's effective scopes (none requested means all
 * of them); extra scopes answer 403 `insufficient_scope` with `scopes` naming them.
 * `ttl_seconds` is bounded by server configuration. The response follows the RFC 6749
 * §5.1 token response and carries `Cache-Control: no-store`. Service accounts can also use
 * the standard client credentials grant at `/oauth/token`.
 */
export interface CreateAccessTokenRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: NonNullable<operations["createAccessToken"]['requestBody']>['content']["application/json"];
}

export type CreateAccessTokenResponse =
  | {
      status: 201;
      contentType?: "application/json";
      body: operations["createAccessToken"]['responses'][201]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["createAccessToken"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["createAccessToken"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["createAccessToken"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["createAccessToken"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Revoke an access token
 *
 * Revokes one access token by id. The issuing server refuses it from the very next
 * request (403 `credential_revoked`), and RFC 7662 introspection reports it
 * `active: false`. Resource servers that verify the JWT offline against the JWKS only
 * notice at expiry, which is why access tokens are short-lived. Revoking an already
 * revoked or expired token also answers 204 (as RFC 7009 §2.2 does). To revoke a token
 * you hold, without knowing its id, use `/oauth/revoke`.
 */
export interface RevokeAccessTokenRequest {
  params: operations["revokeAccessToken"]['parameters']['path'];
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type RevokeAccessTokenResponse =
  | {
      status: 204;
      body?: undefined;
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["revokeAccessToken"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["revokeAccessToken"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 404;
      contentType?: "application/problem+json";
      body: operations["revokeAccessToken"]['responses'][404]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["revokeAccessToken"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * List agents
 *
 * The organization's agents, newest first.
 */
export interface ListAgentsRequest {
  params: Record<string, never>;
  query: NonNullable<operations["listAgents"]['parameters']['query']>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type ListAgentsResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["listAgents"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["listAgents"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["listAgents"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["listAgents"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["listAgents"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Create an agent
 *
 * Creates a named agent identity in the caller's organization. An agent holds no secret
 * itself; mint keys for it with `createAgentKey`. A name already used by another agent of
 * the organization answers 409 `conflict`. Send an `Idempotency-Key` to make retries safe.
 */
export interface CreateAgentRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders & {
    "idempotency-key"?: NonNullable<operations["createAgent"]['parameters']['header']>["Idempotency-Key"];
  };
  body: NonNullable<operations["createAgent"]['requestBody']>['content']["application/json"];
}

export type CreateAgentResponse =
  | {
      status: 201;
      contentType?: "application/json";
      body: operations["createAgent"]['responses'][201]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["createAgent"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["createAgent"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["createAgent"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 409;
      contentType?: "application/problem+json";
      body: operations["createAgent"]['responses'][409]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["createAgent"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Get an agent
 *
 * One agent. An agent of another organization answers 404.
 */
export interface GetAgentRequest {
  params: operations["getAgent"]['parameters']['path'];
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type GetAgentResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["getAgent"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["getAgent"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["getAgent"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 404;
      contentType?: "application/problem+json";
      body: operations["getAgent"]['responses'][404]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["getAgent"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Delete an agent
 *
 * Deletes the agent and revokes all of its keys, effective on the very next request on
 * every server node. Each revoked key is recorded in the audit log (`agent_key.revoked`),
 * followed by `agent.deleted`.
 */
export interface DeleteAgentRequest {
  params: operations["deleteAgent"]['parameters']['path'];
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type DeleteAgentResponse =
  | {
      status: 204;
      body?: undefined;
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["deleteAgent"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["deleteAgent"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 404;
      contentType?: "application/problem+json";
      body: operations["deleteAgent"]['responses'][404]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["deleteAgent"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Update an agent
 *
 * Renames or redescribes the agent. Its keys are unaffected. A name already used by
 * another agent of the organization answers 409 `conflict`.
 */
export interface UpdateAgentRequest {
  params: operations["updateAgent"]['parameters']['path'];
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: NonNullable<operations["updateAgent"]['requestBody']>['content']["application/json"];
}

export type UpdateAgentResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["updateAgent"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["updateAgent"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["updateAgent"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["updateAgent"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 404;
      contentType?: "application/problem+json";
      body: operations["updateAgent"]['responses'][404]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 409;
      contentType?: "application/problem+json";
      body: operations["updateAgent"]['responses'][409]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["updateAgent"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * List an agent's keys
 *
 * The agent's keys, newest first, including expired and revoked ones. Never returns a
 * secret: each key is identified by its id and 12-character display `prefix`.
 */
export interface ListAgentKeysRequest {
  params: operations["listAgentKeys"]['parameters']['path'];
  query: NonNullable<operations["listAgentKeys"]['parameters']['query']>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type ListAgentKeysResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["listAgentKeys"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["listAgentKeys"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["listAgentKeys"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["listAgentKeys"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 404;
      contentType?: "application/problem+json";
      body: operations["listAgentKeys"]['responses'][404]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["listAgentKeys"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Mint a key for an agent
 *
 * Mints a key (`kwa_…`) with which the agent's process authenticates directly, with
 * `x-api-key` or `Authorization: Bearer` (RFC 6750 §2.1), for example to follow the audit
 * event stream. The secret is returned exactly once, with `Cache-Control: no-store`.
 * Every scope must be allowed by the caller's role, else 403 `role_cap_exceeded`. Send an
 * `Idempotency-Key` to make retries safe.
 */
export interface CreateAgentKeyRequest {
  params: operations["createAgentKey"]['parameters']['path'];
  query: Record<string, never>;
  headers: IncomingHttpHeaders & {
    "idempotency-key"?: NonNullable<operations["createAgentKey"]['parameters']['header']>["Idempotency-Key"];
  };
  body: NonNullable<operations["createAgentKey"]['requestBody']>['content']["application/json"];
}

export type CreateAgentKeyResponse =
  | {
      status: 201;
      contentType?: "application/json";
      body: operations["createAgentKey"]['responses'][201]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["createAgentKey"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["createAgentKey"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["createAgentKey"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 404;
      contentType?: "application/problem+json";
      body: operations["createAgentKey"]['responses'][404]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 409;
      contentType?: "application/problem+json";
      body: operations["createAgentKey"]['responses'][409]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["createAgentKey"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Revoke an agent key
 *
 * Revokes one of the agent's keys, effective on the very next request on every server
 * node; open event streams authenticated with it are closed. The key stays listed with
 * `status: revoked`. Revoking an already revoked key also answers 204; a key that does not
 * belong to this agent answers 404.
 */
export interface RevokeAgentKeyRequest {
  params: operations["revokeAgentKey"]['parameters']['path'];
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type RevokeAgentKeyResponse =
  | {
      status: 204;
      body?: undefined;
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["revokeAgentKey"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["revokeAgentKey"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 404;
      contentType?: "application/problem+json";
      body: operations["revokeAgentKey"]['responses'][404]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["revokeAgentKey"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * List API keys
 *
 * The organization's API keys, newest first, including expired and revoked ones (they stay
 * listed for audit). Never returns a secret: each key is identified by its id and its
 * 12-character display `prefix`. Filter by `status`, `created_by` or `scope`.
 */
export interface ListApiKeysRequest {
  params: Record<string, never>;
  query: NonNullable<operations["listApiKeys"]['parameters']['query']>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type ListApiKeysResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["listApiKeys"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["listApiKeys"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["listApiKeys"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["listApiKeys"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["listApiKeys"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Create an API key
 *
 * Creates a scoped API key bound to the caller's organization and returns its secret
 * (`kwk_…`, pattern in `ApiKeySecret`) exactly once, with `Cache-Control: no-store`. Only
 * a hash and the display prefix are stored: a lost secret cannot be recovered, only
 * rotated or replaced.
 *
 * Every requested scope must be allowed by the caller's role, else 403
 * `role_cap_exceeded`; afterwards the key's `effective_scopes` follow its creator's
 * current role. `expires_at` is optional: the default and the maximum lifetime are server
 * configuration. Send an `Idempotency-Key` to make retries safe.
 */
export interface CreateApiKeyRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders & {
    "idempotency-key"?: NonNullable<operations["createApiKey"]['parameters']['header']>["Idempotency-Key"];
  };
  body: NonNullable<operations["createApiKey"]['requestBody']>['content']["application/json"];
}

export type CreateApiKeyResponse =
  | {
      status: 201;
      contentType?: "application/json";
      body: operations["createApiKey"]['responses'][201]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["createApiKey"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["createApiKey"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["createApiKey"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 409;
      contentType?: "application/problem+json";
      body: operations["createApiKey"]['responses'][409]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["createApiKey"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Get an API key
 *
 * One API key's metadata, never its secret. A key of another organization answers 404.
 */
export interface GetApiKeyRequest {
  params: operations["getApiKey"]['parameters']['path'];
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type GetApiKeyResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["getApiKey"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["getApiKey"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["getApiKey"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 404;
      contentType?: "application/problem+json";
      body: operations["getApiKey"]['responses'][404]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["getApiKey"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Revoke an API key
 *
 * Revokes the key (and any previous secret still in its rotation grace period). Effective
 * on the very next request, on every server node: the key then answers 403
 * `credential_revoked`. Access tokens minted from the key are revoked with it. The key
 * stays listed with `status: revoked`. Revoking an already revoked key returns it
 * unchanged.
 */
export interface RevokeApiKeyRequest {
  params: operations["revokeApiKey"]['parameters']['path'];
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type RevokeApiKeyResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["revokeApiKey"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["revokeApiKey"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["revokeApiKey"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 404;
      contentType?: "application/problem+json";
      body: operations["revokeApiKey"]['responses'][404]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["revokeApiKey"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Rename an API key or narrow its scopes
 *
 * Changes a key's `name` and/or removes scopes from it. Scopes can only be narrowed: a
 * `scopes` list that contains a scope the key does not already hold answers 403 (create a
 * new key instead), so a leaked key can never be widened through this endpoint. Narrowing
 * takes effect on the key's very next request; access tokens already minted from it keep
 * their scopes until they expire or are revoked.
 */
export interface UpdateApiKeyRequest {
  params: operations["updateApiKey"]['parameters']['path'];
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: NonNullable<operations["updateApiKey"]['requestBody']>['content']["application/json"];
}

export type UpdateApiKeyResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["updateApiKey"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["updateApiKey"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["updateApiKey"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["updateApiKey"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 404;
      contentType?: "application/problem+json";
      body: operations["updateApiKey"]['responses'][404]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["updateApiKey"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Rotate an API key's secret
 *
 * Issues a new secret for the key and returns it exactly once, with
 * `Cache-Control: no-store`. The key keeps its id, name and scopes. With
 * `grace_period_seconds` > 0 the old secret keeps working until
 * `previous_secret_expires_at`, so deployments can switch over without downtime; with 0
 * (the default) it stops working at once. A key holds at most one previous secret:
 * rotating again during a grace period ends the earlier previous secret immediately.
 * Rotating a revoked or expired key answers 409 `conflict`. Send an `Idempotency-Key` to
 * make retries safe (a retry returns the same new secret instead of rotating twice).
 */
export interface RotateApiKeyRequest {
  params: operations["rotateApiKey"]['parameters']['path'];
  query: Record<string, never>;
  headers: IncomingHttpHeaders & {
    "idempotency-key"?: NonNullable<operations["rotateApiKey"]['parameters']['header']>["Idempotency-Key"];
  };
  body: NonNullable<operations["rotateApiKey"]['requestBody']>['content']["application/json"] | undefined;
}

export type RotateApiKeyResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["rotateApiKey"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["rotateApiKey"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["rotateApiKey"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["rotateApiKey"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 404;
      contentType?: "application/problem+json";
      body: operations["rotateApiKey"]['responses'][404]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 409;
      contentType?: "application/problem+json";
      body: operations["rotateApiKey"]['responses'][409]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["rotateApiKey"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * List app tokens
 *
 * The organization's app tokens, newest first, including expired and revoked ones. Never
 * returns a secret: each token is identified by its id and 12-character display `prefix`.
 */
export interface ListAppTokensRequest {
  params: Record<string, never>;
  query: NonNullable<operations["listAppTokens"]['parameters']['query']>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type ListAppTokensResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["listAppTokens"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["listAppTokens"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["listAppTokens"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["listAppTokens"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["listAppTokens"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Mint an app token
 *
 * Mints an organization-scoped token (`kwt_…`) for a service-to-service integration and
 * returns it exactly once, with `Cache-Control: no-store`. It authenticates with
 * `Authorization: Bearer` (RFC 6750 §2.1) or `x-api-key`. The `app-tokens:write` scope
 * belongs only to the `owner` and `admin` roles (see `GET /v1/scopes`), so only admins and
 * owners can mint app tokens; every requested scope must also be allowed by the caller's
 * role, else 403 `role_cap_exceeded`. Send an `Idempotency-Key` to make retries safe.
 */
export interface CreateAppTokenRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders & {
    "idempotency-key"?: NonNullable<operations["createAppToken"]['parameters']['header']>["Idempotency-Key"];
  };
  body: NonNullable<operations["createAppToken"]['requestBody']>['content']["application/json"];
}

export type CreateAppTokenResponse =
  | {
      status: 201;
      contentType?: "application/json";
      body: operations["createAppToken"]['responses'][201]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["createAppToken"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["createAppToken"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["createAppToken"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 409;
      contentType?: "application/problem+json";
      body: operations["createAppToken"]['responses'][409]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["createAppToken"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Revoke an app token
 *
 * Revokes the app token, effective on the very next request on every server node. The
 * token stays listed with `status: revoked`. Revoking an already revoked token also
 * answers 204.
 */
export interface RevokeAppTokenRequest {
  params: operations["revokeAppToken"]['parameters']['path'];
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type RevokeAppTokenResponse =
  | {
      status: 204;
      body?: undefined;
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["revokeAppToken"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["revokeAppToken"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 404;
      contentType?: "application/problem+json";
      body: operations["revokeAppToken"]['responses'][404]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["revokeAppToken"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Query the audit log
 *
 * The organization's audit events, newest first: every security-relevant action (keys
 * created, rotated and revoked, tokens minted, logins, device approvals, role changes, rate
 * limiting…). Events identify credentials by id and 12-character display prefix and never
 * contain a secret, a token or a password.
 *
 * Filter by `action`, `actor_id`, `target_id` and a `since`/`until` time window. A caller
 * authenticated with an agent key sees only its own agent's events (those whose actor is
 * one of the agent's keys or whose target is the agent or one of its keys).
 */
export interface ListAuditEventsRequest {
  params: Record<string, never>;
  query: NonNullable<operations["listAuditEvents"]['parameters']['query']>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type ListAuditEventsResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["listAuditEvents"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["listAuditEvents"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["listAuditEvents"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["listAuditEvents"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["listAuditEvents"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Stream audit events live (Server-Sent Events)
 *
 * A `text/event-stream` (Server-Sent Events, WHATWG HTML §9.2) of the organization's audit
 * events as they happen, oldest first. Each event has `id:` (the event id), `event:` (its
 * `action`) and one `data:` line holding the `AuditEvent` as JSON. A `: heartbeat` comment
 * is sent when the stream opens and every 15 seconds after, so that proxies keep the
 * connection open. Events arrive in id order, about a second after they happen (whichever
 * server node recorded them), so that an event committed a moment late is never skipped.
 *
 * Takes the same filters as `listAuditEvents`. Without `since` or `Last-Event-ID` the
 * stream starts with events created after the connection opens; with `since` it first
 * replays the matching events created since then; with `Last-Event-ID` (which
 * `EventSource` sends by itself when it reconnects) it resumes right after that event, so
 * nothing is missed and nothing is sent twice (it takes precedence over `since`). With
 * `until` the server closes the stream once every event before that time has been sent.
 *
 * A caller authenticated with an agent key sees only its own agent's events. Browsers'
 * `EventSource` cannot set headers: use a polyfill that sends `Authorization: Bearer` or
 * `x-api-key`, or a short-lived access token. The server ends the stream when the
 * credential is revoked, expires or loses `audit:read` (checked at each heartbeat, and at
 * once after a revocation in the organization); the client reconnects with a fresh one.
 */
export interface StreamAuditEventsRequest {
  params: Record<string, never>;
  query: NonNullable<operations["streamAuditEvents"]['parameters']['query']>;
  headers: IncomingHttpHeaders & {
    "last-event-id"?: NonNullable<operations["streamAuditEvents"]['parameters']['header']>["Last-Event-ID"];
  };
  body: undefined;
}

export type StreamAuditEventsResponse =
  | {
      status: 200;
      contentType?: "text/event-stream";
      body: operations["streamAuditEvents"]['responses'][200]['content']["text/event-stream"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["streamAuditEvents"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["streamAuditEvents"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["streamAuditEvents"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["streamAuditEvents"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Log in
 *
 * Exchanges an email and password for a session: a short-lived access token and a rotating
 * refresh token. A person in several organizations picks one with `org_id`; without it the
 * session is for the organization they joined first. An unknown email, a wrong password and
 * an `org_id` the person does not belong to all answer the same 401 `invalid_credential`,
 * in comparable time, so login does not reveal which accounts exist. Failed logins are
 * rate limited per email and per client address (429) and recorded in the audit log.
 */
export interface LoginRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: NonNullable<operations["login"]['requestBody']>['content']["application/json"];
}

export type LoginResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["login"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["login"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["login"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["login"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Log out
 *
 * Ends the caller's session: the presented session access token is revoked at once, and so
 * is its refresh-token family. The optional body names the session's refresh token for
 * clients that hold it; it must belong to the same session, else 400. Needs a person's
 * session, not an API key.
 */
export interface LogoutRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: NonNullable<operations["logout"]['requestBody']>['content']["application/json"] | undefined;
}

export type LogoutResponse =
  | {
      status: 204;
      body?: undefined;
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["logout"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["logout"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["logout"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["logout"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Refresh a session
 *
 * Exchanges a refresh token for a new session (RFC 6749 §6 semantics). Refresh tokens
 * rotate: every use returns a new one and retires the old. Presenting a refresh token that
 * was already used is treated as theft: it answers 401 and revokes the whole family, so
 * every session descended from the same login must sign in again (RFC 9700 §4.14.2).
 * The role and scopes are re-read, so a changed role takes effect at the next refresh.
 */
export interface RefreshSessionRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: NonNullable<operations["refreshSession"]['requestBody']>['content']["application/json"];
}

export type RefreshSessionResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["refreshSession"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["refreshSession"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["refreshSession"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["refreshSession"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Sign up
 *
 * Creates a person and a new organization that they own, and signs them in. The password is
 * stored only as a memory-hard hash (scrypt or argon2id). An email that is already
 * registered answers 409 `conflict`. Tokens are returned with `Cache-Control: no-store`.
 */
export interface SignupRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders & {
    "idempotency-key"?: NonNullable<operations["signup"]['parameters']['header']>["Idempotency-Key"];
  };
  body: NonNullable<operations["signup"]['requestBody']>['content']["application/json"];
}

export type SignupResponse =
  | {
      status: 201;
      contentType?: "application/json";
      body: operations["signup"]['responses'][201]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["signup"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 409;
      contentType?: "application/problem+json";
      body: operations["signup"]['responses'][409]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["signup"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Approve or deny a device login
 *
 * The API behind the device page (RFC 8628 §3.3), for clients that render their own: a
 * signed-in person approves or denies the device request identified by `user_code`,
 * optionally granting only some of the requested scopes (always capped by their role).
 * The device's next poll of the token endpoint then gets its tokens or `access_denied`.
 * The code is matched case-insensitively, ignoring the dash and spaces. An unknown, expired
 * or already answered code answers 404; wrong codes count against an attempt limit
 * (5 in any 15 minutes, RFC 8628 §5.1), then 429. Needs a person's session from the login
 * API (a device's own login cannot approve another device: 403 `session_required`).
 * Approving when none of the requested scopes is within the approver's own answers 403
 * `role_cap_exceeded`; deny instead.
 */
export interface VerifyDeviceCodeRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: NonNullable<operations["verifyDeviceCode"]['requestBody']>['content']["application/json"];
}

export type VerifyDeviceCodeResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["verifyDeviceCode"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["verifyDeviceCode"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["verifyDeviceCode"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["verifyDeviceCode"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 404;
      contentType?: "application/problem+json";
      body: operations["verifyDeviceCode"]['responses'][404]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["verifyDeviceCode"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * List invitations
 *
 * The invitations of the caller's organization, newest first, with their status. Accept
 * tokens are never shown again.
 */
export interface ListInvitationsRequest {
  params: Record<string, never>;
  query: NonNullable<operations["listInvitations"]['parameters']['query']>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type ListInvitationsResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["listInvitations"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["listInvitations"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["listInvitations"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["listInvitations"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["listInvitations"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Invite people
 *
 * Invites up to 50 email addresses at once, each with a role. The answer has one result per
 * email, in request order: `invited` (with the new invitation and its accept token, shown
 * once), `already_member`, `already_invited` (with the pending invitation, no token) or
 * `rejected` (with an `error`, e.g. `role_cap_exceeded` for a role above the caller's own).
 * One rejected email does not fail the others. The caller forwards each token to its
 * invitee, who accepts it with `POST /v1/invitations/accept`. Honours `Idempotency-Key`; the
 * response carries tokens, so it is `Cache-Control: no-store`.
 */
export interface CreateInvitationsRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders & {
    "idempotency-key"?: NonNullable<operations["createInvitations"]['parameters']['header']>["Idempotency-Key"];
  };
  body: NonNullable<operations["createInvitations"]['requestBody']>['content']["application/json"];
}

export type CreateInvitationsResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["createInvitations"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["createInvitations"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["createInvitations"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["createInvitations"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 409;
      contentType?: "application/problem+json";
      body: operations["createInvitations"]['responses'][409]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["createInvitations"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Accept an invitation
 *
 * A signed-in person joins the inviting organization with the invited role. The signed-in
 * person's email must match the invitation's (case-insensitively), else 403; an unknown,
 * revoked, expired or already used token answers 404; a person who is already a member
 * answers 409 `conflict`. Sign in to the organization with `POST /v1/auth/login` and its
 * `org_id`. Needs a person's session.
 */
export interface AcceptInvitationRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: NonNullable<operations["acceptInvitation"]['requestBody']>['content']["application/json"];
}

export type AcceptInvitationResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["acceptInvitation"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["acceptInvitation"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["acceptInvitation"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["acceptInvitation"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 404;
      contentType?: "application/problem+json";
      body: operations["acceptInvitation"]['responses'][404]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 409;
      contentType?: "application/problem+json";
      body: operations["acceptInvitation"]['responses'][409]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["acceptInvitation"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Revoke an invitation
 *
 * Revokes a pending invitation; its token stops working at once. Revoking an invitation
 * that was already accepted answers 409 `conflict`; revoking a revoked or expired one
 * succeeds. Recorded in the audit log.
 */
export interface RevokeInvitationRequest {
  params: operations["revokeInvitation"]['parameters']['path'];
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type RevokeInvitationResponse =
  | {
      status: 204;
      body?: undefined;
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["revokeInvitation"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["revokeInvitation"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 404;
      contentType?: "application/problem+json";
      body: operations["revokeInvitation"]['responses'][404]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 409;
      contentType?: "application/problem+json";
      body: operations["revokeInvitation"]['responses'][409]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["revokeInvitation"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * List members
 *
 * The members of the caller's organization with their roles, oldest membership first,
 * optionally filtered by role.
 */
export interface ListMembersRequest {
  params: Record<string, never>;
  query: NonNullable<operations["listMembers"]['parameters']['query']>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type ListMembersResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["listMembers"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["listMembers"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["listMembers"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["listMembers"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["listMembers"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Remove a member
 *
 * Removes a person from the caller's organization (a person may also remove themselves).
 * Their sessions for this organization and the credentials they created stop working at
 * once. Removing someone above the caller's role answers 403 `role_cap_exceeded`; removing
 * the last owner answers 409 `last_owner`. Recorded in the audit log.
 */
export interface RemoveMemberRequest {
  params: operations["removeMember"]['parameters']['path'];
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type RemoveMemberResponse =
  | {
      status: 204;
      body?: undefined;
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["removeMember"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["removeMember"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 404;
      contentType?: "application/problem+json";
      body: operations["removeMember"]['responses'][404]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 409;
      contentType?: "application/problem+json";
      body: operations["removeMember"]['responses'][409]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["removeMember"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Change a member's role
 *
 * Changes a member's role. Role cap: nobody grants a role above their own, nor changes the
 * role of someone above them (403 `role_cap_exceeded`). Demoting the last owner answers 409
 * `last_owner`. The credentials the member created keep their scopes but are capped by the
 * new role from the next request on. Recorded in the audit log.
 */
export interface UpdateMemberRequest {
  params: operations["updateMember"]['parameters']['path'];
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: NonNullable<operations["updateMember"]['requestBody']>['content']["application/json"];
}

export type UpdateMemberResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["updateMember"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["updateMember"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["updateMember"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["updateMember"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 404;
      contentType?: "application/problem+json";
      body: operations["updateMember"]['responses'][404]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 409;
      contentType?: "application/problem+json";
      body: operations["updateMember"]['responses'][409]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["updateMember"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * List organizations
 *
 * The organizations the caller can see, each with the caller's role in it. A person's
 * session lists every organization they belong to (to pick one at login); any other
 * credential is bound to one organization and lists only it. Oldest first.
 */
export interface ListOrgsRequest {
  params: Record<string, never>;
  query: NonNullable<operations["listOrgs"]['parameters']['query']>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type ListOrgsResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["listOrgs"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["listOrgs"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["listOrgs"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["listOrgs"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["listOrgs"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Create an organization
 *
 * A signed-in person creates a new organization and becomes its owner. Needs a person's
 * session, not an API key. Sign in to it with `POST /v1/auth/login` and its `org_id`.
 * Honours `Idempotency-Key`.
 */
export interface CreateOrgRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders & {
    "idempotency-key"?: NonNullable<operations["createOrg"]['parameters']['header']>["Idempotency-Key"];
  };
  body: NonNullable<operations["createOrg"]['requestBody']>['content']["application/json"];
}

export type CreateOrgResponse =
  | {
      status: 201;
      contentType?: "application/json";
      body: operations["createOrg"]['responses'][201]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["createOrg"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["createOrg"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["createOrg"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 409;
      contentType?: "application/problem+json";
      body: operations["createOrg"]['responses'][409]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["createOrg"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Get an organization
 *
 * One organization the caller can see, with the caller's role in it. Any other
 * organization answers 404, never 403.
 */
export interface GetOrgRequest {
  params: operations["getOrg"]['parameters']['path'];
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type GetOrgResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["getOrg"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["getOrg"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["getOrg"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 404;
      contentType?: "application/problem+json";
      body: operations["getOrg"]['responses'][404]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["getOrg"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Rename an organization
 *
 * Renames the caller's organization. Only the organization the credential is bound to can
 * be changed; any other answers 404.
 */
export interface UpdateOrgRequest {
  params: operations["updateOrg"]['parameters']['path'];
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: NonNullable<operations["updateOrg"]['requestBody']>['content']["application/json"];
}

export type UpdateOrgResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["updateOrg"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["updateOrg"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["updateOrg"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["updateOrg"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 404;
      contentType?: "application/problem+json";
      body: operations["updateOrg"]['responses'][404]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["updateOrg"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * List the scope catalogue and the role map
 *
 * The scopes a credential can carry and, for each role, the scopes its members may grant.
 * Read from the specification, so it is the same catalogue the docs and clients use.
 */
export interface ListScopesRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type ListScopesResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["listScopes"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["listScopes"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * List service accounts
 *
 * The organization's service accounts, newest first. Never returns a secret: the current
 * secret is identified by its 12-character `secret_prefix`.
 */
export interface ListServiceAccountsRequest {
  params: Record<string, never>;
  query: NonNullable<operations["listServiceAccounts"]['parameters']['query']>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type ListServiceAccountsResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["listServiceAccounts"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["listServiceAccounts"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["listServiceAccounts"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["listServiceAccounts"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["listServiceAccounts"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Create a service account
 *
 * Creates a non-human OAuth client (RFC 6749 §2) in the caller's organization and returns
 * its `client_id` and `secret` (`kws_…`) exactly once, with `Cache-Control: no-store`.
 * The account obtains access tokens with the client credentials grant (RFC 6749 §4.4) at
 * `/oauth/token`, authenticating with HTTP Basic or `client_secret_post`
 * (RFC 6749 §2.3.1), or through `POST /v1/access-tokens`.
 *
 * Every scope must be allowed by the caller's role, else 403 `role_cap_exceeded`. Send an
 * `Idempotency-Key` to make retries safe.
 */
export interface CreateServiceAccountRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders & {
    "idempotency-key"?: NonNullable<operations["createServiceAccount"]['parameters']['header']>["Idempotency-Key"];
  };
  body: NonNullable<operations["createServiceAccount"]['requestBody']>['content']["application/json"];
}

export type CreateServiceAccountResponse =
  | {
      status: 201;
      contentType?: "application/json";
      body: operations["createServiceAccount"]['responses'][201]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["createServiceAccount"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["createServiceAccount"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["createServiceAccount"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 409;
      contentType?: "application/problem+json";
      body: operations["createServiceAccount"]['responses'][409]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["createServiceAccount"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Get a service account
 *
 * One service account's metadata, never its secret. An account of another organization answers 404.
 */
export interface GetServiceAccountRequest {
  params: operations["getServiceAccount"]['parameters']['path'];
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type GetServiceAccountResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["getServiceAccount"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["getServiceAccount"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["getServiceAccount"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 404;
      contentType?: "application/problem+json";
      body: operations["getServiceAccount"]['responses'][404]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["getServiceAccount"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Delete a service account
 *
 * Deletes the account. Its secrets (including one in a rotation grace period) stop working
 * on the very next request, on every server node, and the access tokens it obtained are
 * revoked. The deletion is recorded in the audit log (`service_account.deleted`).
 */
export interface DeleteServiceAccountRequest {
  params: operations["deleteServiceAccount"]['parameters']['path'];
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type DeleteServiceAccountResponse =
  | {
      status: 204;
      body?: undefined;
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["deleteServiceAccount"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["deleteServiceAccount"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 404;
      contentType?: "application/problem+json";
      body: operations["deleteServiceAccount"]['responses'][404]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["deleteServiceAccount"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Update a service account
 *
 * Renames or redescribes the account, or narrows its scopes. Scopes can only be removed:
 * a `scopes` list that contains a scope the account does not already hold answers 403.
 * Narrowing applies to tokens requested from then on; tokens already issued keep their
 * scopes until they expire or are revoked.
 */
export interface UpdateServiceAccountRequest {
  params: operations["updateServiceAccount"]['parameters']['path'];
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: NonNullable<operations["updateServiceAccount"]['requestBody']>['content']["application/json"];
}

export type UpdateServiceAccountResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["updateServiceAccount"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["updateServiceAccount"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["updateServiceAccount"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["updateServiceAccount"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 404;
      contentType?: "application/problem+json";
      body: operations["updateServiceAccount"]['responses'][404]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["updateServiceAccount"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Rotate a service account's secret
 *
 * Issues a new client secret and returns it exactly once, with `Cache-Control: no-store`.
 * With `grace_period_seconds` > 0 the old secret keeps working until
 * `previous_secret_expires_at`, so the client can be redeployed without downtime; with 0
 * (the default) it stops working at once. An account holds at most one previous secret:
 * rotating again during a grace period ends the earlier previous secret immediately.
 * Access tokens already issued stay valid until they expire. Send an `Idempotency-Key` to
 * make retries safe (a retry returns the same new secret instead of rotating twice).
 */
export interface RotateServiceAccountSecretRequest {
  params: operations["rotateServiceAccountSecret"]['parameters']['path'];
  query: Record<string, never>;
  headers: IncomingHttpHeaders & {
    "idempotency-key"?: NonNullable<operations["rotateServiceAccountSecret"]['parameters']['header']>["Idempotency-Key"];
  };
  body: NonNullable<operations["rotateServiceAccountSecret"]['requestBody']>['content']["application/json"] | undefined;
}

export type RotateServiceAccountSecretResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["rotateServiceAccountSecret"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 400;
      contentType?: "application/problem+json";
      body: operations["rotateServiceAccountSecret"]['responses'][400]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["rotateServiceAccountSecret"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["rotateServiceAccountSecret"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 404;
      contentType?: "application/problem+json";
      body: operations["rotateServiceAccountSecret"]['responses'][404]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 409;
      contentType?: "application/problem+json";
      body: operations["rotateServiceAccountSecret"]['responses'][409]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["rotateServiceAccountSecret"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Describe the caller
 *
 * The caller's principal, organization, credential (kind, id and display prefix), role,
 * effective scopes (the credential's scopes intersected with its role cap) and expiry.
 * Works with any valid credential and needs no scope.
 */
export interface GetWhoamiRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders;
  body: undefined;
}

export type GetWhoamiResponse =
  | {
      status: 200;
      contentType?: "application/json";
      body: operations["getWhoami"]['responses'][200]['content']["application/json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 401;
      contentType?: "application/problem+json";
      body: operations["getWhoami"]['responses'][401]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 403;
      contentType?: "application/problem+json";
      body: operations["getWhoami"]['responses'][403]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    }
  | {
      status: 429;
      contentType?: "application/problem+json";
      body: operations["getWhoami"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/** The server interface: one method per operation of the spec. */
export interface Handlers {
  /**
   * Get the JSON Web Key Set
   *
   * The public keys that verify Keyway access tokens (RFC 7517 §5; RFC 9068 §4). Each token's
   * `kid` header names its key. During a signing-key rotation the set lists the new key
   * before it signs anything and keeps the old one until every token it signed has expired,
   * so a verifier that refetches on an unknown `kid` never rejects a valid token.
   */
  getJwks(request: GetJwksRequest, context: HandlerContext): Promise<GetJwksResponse>;
  /**
   * Get the authorization server metadata
   *
   * The RFC 8414 §3 metadata document: the issuer, every OAuth endpoint, the supported grant
   * types, client authentication methods and scopes. Standard OAuth client libraries discover
   * Keyway from it. Keyway has no authorization endpoint, so `response_types_supported` is
   * empty and there is no `code_challenge_methods_supported`.
   */
  getAuthorizationServerMetadata(request: GetAuthorizationServerMetadataRequest, context: HandlerContext): Promise<GetAuthorizationServerMetadataResponse>;
  /**
   * Show the device login page
   *
   * The RFC 8628 §3.3 verification page, a server-rendered HTML form. Without a session it asks
   * the person to sign in; with one it asks for the code (see `submitDevicePage`), then shows
   * which client asks for which scopes and offers Approve and Deny. `verification_uri_complete`
   * links here with `user_code` pre-filled (RFC 8628 §3.3.1); the person still confirms the
   * code before approving.
   *
   * Every form carries a CSRF token in a hidden `csrf_token` field that must match the one
   * sealed in the page's cookie. Pages are served with a strict `Content-Security-Policy` (no
   * scripts, no external resources, the page's one stylesheet allowed by its hash,
   * `frame-ancestors 'none'`), `Referrer-Policy: no-referrer` and `Cache-Control: no-store`.
   * The page's session lives in an encrypted `HttpOnly`, `SameSite=Lax` cookie (`Secure` when
   * the issuer is HTTPS) scoped to `/device`; signing in there starts a short session of its
   * own, separate from any API session.
   */
  getDevicePage(request: GetDevicePageRequest, context: HandlerContext): Promise<GetDevicePageResponse>;
  /**
   * Submit the device login page
   *
   * The device page's form post. `action` says which step:
   *
   * - `sign_in`: `email` and `password` (and optionally `org_id`) start a device-page session;
   *   the answer shows the pending request for `user_code`. A person in several
   *   organizations who gave no `org_id` is asked to pick one next.
   * - `choose_org`: after such a sign-in, `org_id` picks the organization.
   * - `check`: with a session, looks up `user_code` and shows the pending request. A GET
   *   with `?user_code=` only pre-fills the code: looking codes up is a CSRF-checked post, so
   *   a link from another site cannot use up the person's wrong-code allowance.
   * - `approve` / `deny`: with a session, answer the request identified by `user_code`
   *   (RFC 8628 §3.3). The device's next poll gets its tokens or `access_denied`. Answering
   *   ends the page's sign-in, so on a shared machine the next person signs in again.
   *
   * `csrf_token` must match the one issued with the page, else 400. Wrong codes and failed
   * sign-ins count against attempt limits (RFC 8628 §5.1), then 429. The session cookie is
   * `HttpOnly` and `SameSite=Lax`; the page is served with a strict
   * `Content-Security-Policy`.
   */
  submitDevicePage(request: SubmitDevicePageRequest, context: HandlerContext): Promise<SubmitDevicePageResponse>;
  /**
   * Check that the server is up
   *
   * Liveness and readiness. Answers 200 once the database is reachable and migrated.
   */
  getHealth(request: GetHealthRequest, context: HandlerContext): Promise<GetHealthResponse>;
  /**
   * Start a device authorization
   *
   * The RFC 8628 §3.1 device authorization endpoint. A public client on a device without a
   * browser (e.g. `keyway-cli`) gets a `device_code` to poll the token endpoint with and a
   * `user_code` for the person to enter at `verification_uri` (RFC 8628 §3.2). Only
   * allow-listed client ids may start a flow; others answer 401 `invalid_client`. A scope
   * outside the catalogue answers 400 `invalid_scope`. Accepts form-encoded and JSON bodies
   * and ignores unknown parameters.
   */
  startDeviceAuthorization(request: StartDeviceAuthorizationRequest, context: HandlerContext): Promise<StartDeviceAuthorizationResponse>;
  /**
   * Introspect a token
   *
   * RFC 7662 token introspection, for resource servers that verify Keyway credentials
   * (access tokens, refresh tokens, API keys, agent keys, app tokens) without parsing them.
   * The caller authenticates with a credential that has `tokens:read` (Bearer, `x-api-key`,
   * or a service account's HTTP Basic credentials) and sees only tokens of its own
   * organization. An unknown, malformed, expired or revoked token, or another organization's,
   * answers 200 `{"active": false}` (RFC 7662 §2.2), never an error. Accepts form-encoded and
   * JSON bodies and ignores unknown parameters.
   */
  introspectToken(request: IntrospectTokenRequest, context: HandlerContext): Promise<IntrospectTokenResponse>;
  /**
   * Revoke a token
   *
   * RFC 7009 token revocation. Revoking a refresh token also revokes its family and the
   * access tokens issued from it (RFC 7009 §2.1). The answer is 200 with an empty object also
   * when the token is unknown, malformed, already revoked or another organization's
   * (RFC 7009 §2.2), so revocation reveals nothing. An unsupported kind of token answers 400
   * `unsupported_token_type` (RFC 7009 §2.2.1). Accepts form-encoded and JSON bodies and
   * ignores unknown parameters.
   */
  revokeToken(request: RevokeTokenRequest, context: HandlerContext): Promise<RevokeTokenResponse>;
  /**
   * Request an access token
   *
   * The RFC 6749 §3.2 token endpoint. It accepts `application/x-www-form-urlencoded` (the
   * standard, so OAuth client libraries work unmodified) and `application/json`, and ignores
   * unknown parameters (RFC 6749 §3.2). Grants:
   *
   * - `client_credentials` (RFC 6749 §4.4): a service account authenticates with HTTP Basic
   *   (`client_secret_basic`) or `client_id` + `client_secret` in the body
   *   (`client_secret_post`), never both. No refresh token is issued (RFC 6749 §4.4.3).
   * - `refresh_token` (RFC 6749 §6): the refresh token rotates on every use; presenting a used
   *   one answers `invalid_grant` and revokes the whole family.
   * - `urn:ietf:params:oauth:grant-type:device_code` (RFC 8628 §3.4): a public client such as
   *   `keyway-cli` polls with `device_code` and `client_id`, no client secret. A device code is
   *   redeemed at most once, even under concurrent polls.
   * - `urn:ietf:params:oauth:grant-type:token-exchange` (RFC 8693 §2.1): a Keyway API key,
   *   agent key, app token or access token in `subject_token` is exchanged for a short-lived
   *   access token whose scopes are a subset of the subject's.
   *
   * Client authentication is optional because device-flow clients are public; a client that
   * does authenticate and fails answers 401 `invalid_client`.
   *
   * Errors (RFC 6749 §5.2) are 400 `{error, error_description}`: `invalid_request`,
   * `invalid_grant`, `unauthorized_client`, `unsupported_grant_type`, `invalid_scope`,
   * `invalid_target`, and, while polling with a device code (RFC 8628 §3.5):
   *
   * - `authorization_pending`: the person has not answered yet; poll again after `interval`.
   * - `slow_down`: polling too fast; the interval grows by 5 seconds for this and every later
   *   request.
   * - `access_denied`: the person denied the request; stop polling.
   * - `expired_token`: the device code expired; start a new device authorization.
   */
  requestToken(request: RequestTokenRequest, context: HandlerContext): Promise<RequestTokenResponse>;
  /**
   * List access tokens
   *
   * The organization's access tokens, newest first, including expired and revoked ones
   * until they are purged. Metadata only: the tokens themselves are never stored, so they
   * can never be listed. Use the `id` (the token's `jti`) to revoke one.
   */
  listAccessTokens(request: ListAccessTokensRequest, context: HandlerContext): Promise<ListAccessTokensResponse>;
  /**
   * Exchange a key or a service account for an access token
   *
   * Mints a short-lived bearer token, a JWT in the RFC 9068 profile (`typ: at+jwt`, with
   * `iss`, `sub`, `aud`, `exp`, `iat`, `jti`, `client_id` and `scope` claims) signed with a
   * key published at `/.well-known/jwks.json`. Use it as `Authorization: Bearer <token>`
   * (RFC 6750 §2.1); it is the credential to hand to browsers and other places where a
   * long-lived secret must not go.
   *
   * The credential being exchanged is presented in exactly one way:
   * `Authorization: Bearer <secret>` or `x-api-key: <secret>` (an API key, agent key or app
   * token), the body's `api_key`, the body's `api_key_id` + `api_key_secret`, or the body's
   * `service_account_id` + `service_account_secret`. A missing, malformed or unknown
   * credential answers 401; an expired or revoked one answers 403. The token stays tied to
   * the credential it was minted from: revoking that credential (or deleting the agent a key
   * belongs to) ends the token on its next use.
   *
   * `scopes` must be a subset of the credential's effective scopes (none requested means all
   * of them); extra scopes answer 403 `insufficient_scope` with `scopes` naming them.
   * `ttl_seconds` is bounded by server configuration. The response follows the RFC 6749
   * §5.1 token response and carries `Cache-Control: no-store`. Service accounts can also use
   * the standard client credentials grant at `/oauth/token`.
   */
  createAccessToken(request: CreateAccessTokenRequest, context: HandlerContext): Promise<CreateAccessTokenResponse>;
  /**
   * Revoke an access token
   *
   * Revokes one access token by id. The issuing server refuses it from the very next
   * request (403 `credential_revoked`), and RFC 7662 introspection reports it
   * `active: false`. Resource servers that verify the JWT offline against the JWKS only
   * notice at expiry, which is why access tokens are short-lived. Revoking an already
   * revoked or expired token also answers 204 (as RFC 7009 §2.2 does). To revoke a token
   * you hold, without knowing its id, use `/oauth/revoke`.
   */
  revokeAccessToken(request: RevokeAccessTokenRequest, context: HandlerContext): Promise<RevokeAccessTokenResponse>;
  /**
   * List agents
   *
   * The organization's agents, newest first.
   */
  listAgents(request: ListAgentsRequest, context: HandlerContext): Promise<ListAgentsResponse>;
  /**
   * Create an agent
   *
   * Creates a named agent identity in the caller's organization. An agent holds no secret
   * itself; mint keys for it with `createAgentKey`. A name already used by another agent of
   * the organization answers 409 `conflict`. Send an `Idempotency-Key` to make retries safe.
   */
  createAgent(request: CreateAgentRequest, context: HandlerContext): Promise<CreateAgentResponse>;
  /**
   * Get an agent
   *
   * One agent. An agent of another organization answers 404.
   */
  getAgent(request: GetAgentRequest, context: HandlerContext): Promise<GetAgentResponse>;
  /**
   * Delete an agent
   *
   * Deletes the agent and revokes all of its keys, effective on the very next request on
   * every server node. Each revoked key is recorded in the audit log (`agent_key.revoked`),
   * followed by `agent.deleted`.
   */
  deleteAgent(request: DeleteAgentRequest, context: HandlerContext): Promise<DeleteAgentResponse>;
  /**
   * Update an agent
   *
   * Renames or redescribes the agent. Its keys are unaffected. A name already used by
   * another agent of the organization answers 409 `conflict`.
   */
  updateAgent(request: UpdateAgentRequest, context: HandlerContext): Promise<UpdateAgentResponse>;
  /**
   * List an agent's keys
   *
   * The agent's keys, newest first, including expired and revoked ones. Never returns a
   * secret: each key is identified by its id and 12-character display `prefix`.
   */
  listAgentKeys(request: ListAgentKeysRequest, context: HandlerContext): Promise<ListAgentKeysResponse>;
  /**
   * Mint a key for an agent
   *
   * Mints a key (`kwa_…`) with which the agent's process authenticates directly, with
   * `x-api-key` or `Authorization: Bearer` (RFC 6750 §2.1), for example to follow the audit
   * event stream. The secret is returned exactly once, with `Cache-Control: no-store`.
   * Every scope must be allowed by the caller's role, else 403 `role_cap_exceeded`. Send an
   * `Idempotency-Key` to make retries safe.
   */
  createAgentKey(request: CreateAgentKeyRequest, context: HandlerContext): Promise<CreateAgentKeyResponse>;
  /**
   * Revoke an agent key
   *
   * Revokes one of the agent's keys, effective on the very next request on every server
   * node; open event streams authenticated with it are closed. The key stays listed with
   * `status: revoked`. Revoking an already revoked key also answers 204; a key that does not
   * belong to this agent answers 404.
   */
  revokeAgentKey(request: RevokeAgentKeyRequest, context: HandlerContext): Promise<RevokeAgentKeyResponse>;
  /**
   * List API keys
   *
   * The organization's API keys, newest first, including expired and revoked ones (they stay
   * listed for audit). Never returns a secret: each key is identified by its id and its
   * 12-character display `prefix`. Filter by `status`, `created_by` or `scope`.
   */
  listApiKeys(request: ListApiKeysRequest, context: HandlerContext): Promise<ListApiKeysResponse>;
  /**
   * Create an API key
   *
   * Creates a scoped API key bound to the caller's organization and returns its secret
   * (`kwk_…`, pattern in `ApiKeySecret`) exactly once, with `Cache-Control: no-store`. Only
   * a hash and the display prefix are stored: a lost secret cannot be recovered, only
   * rotated or replaced.
   *
   * Every requested scope must be allowed by the caller's role, else 403
   * `role_cap_exceeded`; afterwards the key's `effective_scopes` follow its creator's
   * current role. `expires_at` is optional: the default and the maximum lifetime are server
   * configuration. Send an `Idempotency-Key` to make retries safe.
   */
  createApiKey(request: CreateApiKeyRequest, context: HandlerContext): Promise<CreateApiKeyResponse>;
  /**
   * Get an API key
   *
   * One API key's metadata, never its secret. A key of another organization answers 404.
   */
  getApiKey(request: GetApiKeyRequest, context: HandlerContext): Promise<GetApiKeyResponse>;
  /**
   * Revoke an API key
   *
   * Revokes the key (and any previous secret still in its rotation grace period). Effective
   * on the very next request, on every server node: the key then answers 403
   * `credential_revoked`. Access tokens minted from the key are revoked with it. The key
   * stays listed with `status: revoked`. Revoking an already revoked key returns it
   * unchanged.
   */
  revokeApiKey(request: RevokeApiKeyRequest, context: HandlerContext): Promise<RevokeApiKeyResponse>;
  /**
   * Rename an API key or narrow its scopes
   *
   * Changes a key's `name` and/or removes scopes from it. Scopes can only be narrowed: a
   * `scopes` list that contains a scope the key does not already hold answers 403 (create a
   * new key instead), so a leaked key can never be widened through this endpoint. Narrowing
   * takes effect on the key's very next request; access tokens already minted from it keep
   * their scopes until they expire or are revoked.
   */
  updateApiKey(request: UpdateApiKeyRequest, context: HandlerContext): Promise<UpdateApiKeyResponse>;
  /**
   * Rotate an API key's secret
   *
   * Issues a new secret for the key and returns it exactly once, with
   * `Cache-Control: no-store`. The key keeps its id, name and scopes. With
   * `grace_period_seconds` > 0 the old secret keeps working until
   * `previous_secret_expires_at`, so deployments can switch over without downtime; with 0
   * (the default) it stops working at once. A key holds at most one previous secret:
   * rotating again during a grace period ends the earlier previous secret immediately.
   * Rotating a revoked or expired key answers 409 `conflict`. Send an `Idempotency-Key` to
   * make retries safe (a retry returns the same new secret instead of rotating twice).
   */
  rotateApiKey(request: RotateApiKeyRequest, context: HandlerContext): Promise<RotateApiKeyResponse>;
  /**
   * List app tokens
   *
   * The organization's app tokens, newest first, including expired and revoked ones. Never
   * returns a secret: each token is identified by its id and 12-character display `prefix`.
   */
  listAppTokens(request: ListAppTokensRequest, context: HandlerContext): Promise<ListAppTokensResponse>;
  /**
   * Mint an app token
   *
   * Mints an organization-scoped token (`kwt_…`) for a service-to-service integration and
   * returns it exactly once, with `Cache-Control: no-store`. It authenticates with
   * `Authorization: Bearer` (RFC 6750 §2.1) or `x-api-key`. The `app-tokens:write` scope
   * belongs only to the `owner` and `admin` roles (see `GET /v1/scopes`), so only admins and
   * owners can mint app tokens; every requested scope must also be allowed by the caller's
   * role, else 403 `role_cap_exceeded`. Send an `Idempotency-Key` to make retries safe.
   */
  createAppToken(request: CreateAppTokenRequest, context: HandlerContext): Promise<CreateAppTokenResponse>;
  /**
   * Revoke an app token
   *
   * Revokes the app token, effective on the very next request on every server node. The
   * token stays listed with `status: revoked`. Revoking an already revoked token also
   * answers 204.
   */
  revokeAppToken(request: RevokeAppTokenRequest, context: HandlerContext): Promise<RevokeAppTokenResponse>;
  /**
   * Query the audit log
   *
   * The organization's audit events, newest first: every security-relevant action (keys
   * created, rotated and revoked, tokens minted, logins, device approvals, role changes, rate
   * limiting…). Events identify credentials by id and 12-character display prefix and never
   * contain a secret, a token or a password.
   *
   * Filter by `action`, `actor_id`, `target_id` and a `since`/`until` time window. A caller
   * authenticated with an agent key sees only its own agent's events (those whose actor is
   * one of the agent's keys or whose target is the agent or one of its keys).
   */
  listAuditEvents(request: ListAuditEventsRequest, context: HandlerContext): Promise<ListAuditEventsResponse>;
  /**
   * Stream audit events live (Server-Sent Events)
   *
   * A `text/event-stream` (Server-Sent Events, WHATWG HTML §9.2) of the organization's audit
   * events as they happen, oldest first. Each event has `id:` (the event id), `event:` (its
   * `action`) and one `data:` line holding the `AuditEvent` as JSON. A `: heartbeat` comment
   * is sent when the stream opens and every 15 seconds after, so that proxies keep the
   * connection open. Events arrive in id order, about a second after they happen (whichever
   * server node recorded them), so that an event committed a moment late is never skipped.
   *
   * Takes the same filters as `listAuditEvents`. Without `since` or `Last-Event-ID` the
   * stream starts with events created after the connection opens; with `since` it first
   * replays the matching events created since then; with `Last-Event-ID` (which
   * `EventSource` sends by itself when it reconnects) it resumes right after that event, so
   * nothing is missed and nothing is sent twice (it takes precedence over `since`). With
   * `until` the server closes the stream once every event before that time has been sent.
   *
   * A caller authenticated with an agent key sees only its own agent's events. Browsers'
   * `EventSource` cannot set headers: use a polyfill that sends `Authorization: Bearer` or
   * `x-api-key`, or a short-lived access token. The server ends the stream when the
   * credential is revoked, expires or loses `audit:read` (checked at each heartbeat, and at
   * once after a revocation in the organization); the client reconnects with a fresh one.
   */
  streamAuditEvents(request: StreamAuditEventsRequest, context: HandlerContext): Promise<StreamAuditEventsResponse>;
  /**
   * Log in
   *
   * Exchanges an email and password for a session: a short-lived access token and a rotating
   * refresh token. A person in several organizations picks one with `org_id`; without it the
   * session is for the organization they joined first. An unknown email, a wrong password and
   * an `org_id` the person does not belong to all answer the same 401 `invalid_credential`,
   * in comparable time, so login does not reveal which accounts exist. Failed logins are
   * rate limited per email and per client address (429) and recorded in the audit log.
   */
  login(request: LoginRequest, context: HandlerContext): Promise<LoginResponse>;
  /**
   * Log out
   *
   * Ends the caller's session: the presented session access token is revoked at once, and so
   * is its refresh-token family. The optional body names the session's refresh token for
   * clients that hold it; it must belong to the same session, else 400. Needs a person's
   * session, not an API key.
   */
  logout(request: LogoutRequest, context: HandlerContext): Promise<LogoutResponse>;
  /**
   * Refresh a session
   *
   * Exchanges a refresh token for a new session (RFC 6749 §6 semantics). Refresh tokens
   * rotate: every use returns a new one and retires the old. Presenting a refresh token that
   * was already used is treated as theft: it answers 401 and revokes the whole family, so
   * every session descended from the same login must sign in again (RFC 9700 §4.14.2).
   * The role and scopes are re-read, so a changed role takes effect at the next refresh.
   */
  refreshSession(request: RefreshSessionRequest, context: HandlerContext): Promise<RefreshSessionResponse>;
  /**
   * Sign up
   *
   * Creates a person and a new organization that they own, and signs them in. The password is
   * stored only as a memory-hard hash (scrypt or argon2id). An email that is already
   * registered answers 409 `conflict`. Tokens are returned with `Cache-Control: no-store`.
   */
  signup(request: SignupRequest, context: HandlerContext): Promise<SignupResponse>;
  /**
   * Approve or deny a device login
   *
   * The API behind the device page (RFC 8628 §3.3), for clients that render their own: a
   * signed-in person approves or denies the device request identified by `user_code`,
   * optionally granting only some of the requested scopes (always capped by their role).
   * The device's next poll of the token endpoint then gets its tokens or `access_denied`.
   * The code is matched case-insensitively, ignoring the dash and spaces. An unknown, expired
   * or already answered code answers 404; wrong codes count against an attempt limit
   * (5 in any 15 minutes, RFC 8628 §5.1), then 429. Needs a person's session from the login
   * API (a device's own login cannot approve another device: 403 `session_required`).
   * Approving when none of the requested scopes is within the approver's own answers 403
   * `role_cap_exceeded`; deny instead.
   */
  verifyDeviceCode(request: VerifyDeviceCodeRequest, context: HandlerContext): Promise<VerifyDeviceCodeResponse>;
  /**
   * List invitations
   *
   * The invitations of the caller's organization, newest first, with their status. Accept
   * tokens are never shown again.
   */
  listInvitations(request: ListInvitationsRequest, context: HandlerContext): Promise<ListInvitationsResponse>;
  /**
   * Invite people
   *
   * Invites up to 50 email addresses at once, each with a role. The answer has one result per
   * email, in request order: `invited` (with the new invitation and its accept token, shown
   * once), `already_member`, `already_invited` (with the pending invitation, no token) or
   * `rejected` (with an `error`, e.g. `role_cap_exceeded` for a role above the caller's own).
   * One rejected email does not fail the others. The caller forwards each token to its
   * invitee, who accepts it with `POST /v1/invitations/accept`. Honours `Idempotency-Key`; the
   * response carries tokens, so it is `Cache-Control: no-store`.
   */
  createInvitations(request: CreateInvitationsRequest, context: HandlerContext): Promise<CreateInvitationsResponse>;
  /**
   * Accept an invitation
   *
   * A signed-in person joins the inviting organization with the invited role. The signed-in
   * person's email must match the invitation's (case-insensitively), else 403; an unknown,
   * revoked, expired or already used token answers 404; a person who is already a member
   * answers 409 `conflict`. Sign in to the organization with `POST /v1/auth/login` and its
   * `org_id`. Needs a person's session.
   */
  acceptInvitation(request: AcceptInvitationRequest, context: HandlerContext): Promise<AcceptInvitationResponse>;
  /**
   * Revoke an invitation
   *
   * Revokes a pending invitation; its token stops working at once. Revoking an invitation
   * that was already accepted answers 409 `conflict`; revoking a revoked or expired one
   * succeeds. Recorded in the audit log.
   */
  revokeInvitation(request: RevokeInvitationRequest, context: HandlerContext): Promise<RevokeInvitationResponse>;
  /**
   * List members
   *
   * The members of the caller's organization with their roles, oldest membership first,
   * optionally filtered by role.
   */
  listMembers(request: ListMembersRequest, context: HandlerContext): Promise<ListMembersResponse>;
  /**
   * Remove a member
   *
   * Removes a person from the caller's organization (a person may also remove themselves).
   * Their sessions for this organization and the credentials they created stop working at
   * once. Removing someone above the caller's role answers 403 `role_cap_exceeded`; removing
   * the last owner answers 409 `last_owner`. Recorded in the audit log.
   */
  removeMember(request: RemoveMemberRequest, context: HandlerContext): Promise<RemoveMemberResponse>;
  /**
   * Change a member's role
   *
   * Changes a member's role. Role cap: nobody grants a role above their own, nor changes the
   * role of someone above them (403 `role_cap_exceeded`). Demoting the last owner answers 409
   * `last_owner`. The credentials the member created keep their scopes but are capped by the
   * new role from the next request on. Recorded in the audit log.
   */
  updateMember(request: UpdateMemberRequest, context: HandlerContext): Promise<UpdateMemberResponse>;
  /**
   * List organizations
   *
   * The organizations the caller can see, each with the caller's role in it. A person's
   * session lists every organization they belong to (to pick one at login); any other
   * credential is bound to one organization and lists only it. Oldest first.
   */
  listOrgs(request: ListOrgsRequest, context: HandlerContext): Promise<ListOrgsResponse>;
  /**
   * Create an organization
   *
   * A signed-in person creates a new organization and becomes its owner. Needs a person's
   * session, not an API key. Sign in to it with `POST /v1/auth/login` and its `org_id`.
   * Honours `Idempotency-Key`.
   */
  createOrg(request: CreateOrgRequest, context: HandlerContext): Promise<CreateOrgResponse>;
  /**
   * Get an organization
   *
   * One organization the caller can see, with the caller's role in it. Any other
   * organization answers 404, never 403.
   */
  getOrg(request: GetOrgRequest, context: HandlerContext): Promise<GetOrgResponse>;
  /**
   * Rename an organization
   *
   * Renames the caller's organization. Only the organization the credential is bound to can
   * be changed; any other answers 404.
   */
  updateOrg(request: UpdateOrgRequest, context: HandlerContext): Promise<UpdateOrgResponse>;
  /**
   * List the scope catalogue and the role map
   *
   * The scopes a credential can carry and, for each role, the scopes its members may grant.
   * Read from the specification, so it is the same catalogue the docs and clients use.
   */
  listScopes(request: ListScopesRequest, context: HandlerContext): Promise<ListScopesResponse>;
  /**
   * List service accounts
   *
   * The organization's service accounts, newest first. Never returns a secret: the current
   * secret is identified by its 12-character `secret_prefix`.
   */
  listServiceAccounts(request: ListServiceAccountsRequest, context: HandlerContext): Promise<ListServiceAccountsResponse>;
  /**
   * Create a service account
   *
   * Creates a non-human OAuth client (RFC 6749 §2) in the caller's organization and returns
   * its `client_id` and `secret` (`kws_…`) exactly once, with `Cache-Control: no-store`.
   * The account obtains access tokens with the client credentials grant (RFC 6749 §4.4) at
   * `/oauth/token`, authenticating with HTTP Basic or `client_secret_post`
   * (RFC 6749 §2.3.1), or through `POST /v1/access-tokens`.
   *
   * Every scope must be allowed by the caller's role, else 403 `role_cap_exceeded`. Send an
   * `Idempotency-Key` to make retries safe.
   */
  createServiceAccount(request: CreateServiceAccountRequest, context: HandlerContext): Promise<CreateServiceAccountResponse>;
  /**
   * Get a service account
   *
   * One service account's metadata, never its secret. An account of another organization answers 404.
   */
  getServiceAccount(request: GetServiceAccountRequest, context: HandlerContext): Promise<GetServiceAccountResponse>;
  /**
   * Delete a service account
   *
   * Deletes the account. Its secrets (including one in a rotation grace period) stop working
   * on the very next request, on every server node, and the access tokens it obtained are
   * revoked. The deletion is recorded in the audit log (`service_account.deleted`).
   */
  deleteServiceAccount(request: DeleteServiceAccountRequest, context: HandlerContext): Promise<DeleteServiceAccountResponse>;
  /**
   * Update a service account
   *
   * Renames or redescribes the account, or narrows its scopes. Scopes can only be removed:
   * a `scopes` list that contains a scope the account does not already hold answers 403.
   * Narrowing applies to tokens requested from then on; tokens already issued keep their
   * scopes until they expire or are revoked.
   */
  updateServiceAccount(request: UpdateServiceAccountRequest, context: HandlerContext): Promise<UpdateServiceAccountResponse>;
  /**
   * Rotate a service account's secret
   *
   * Issues a new client secret and returns it exactly once, with `Cache-Control: no-store`.
   * With `grace_period_seconds` > 0 the old secret keeps working until
   * `previous_secret_expires_at`, so the client can be redeployed without downtime; with 0
   * (the default) it stops working at once. An account holds at most one previous secret:
   * rotating again during a grace period ends the earlier previous secret immediately.
   * Access tokens already issued stay valid until they expire. Send an `Idempotency-Key` to
   * make retries safe (a retry returns the same new secret instead of rotating twice).
   */
  rotateServiceAccountSecret(request: RotateServiceAccountSecretRequest, context: HandlerContext): Promise<RotateServiceAccountSecretResponse>;
  /**
   * Describe the caller
   *
   * The caller's principal, organization, credential (kind, id and display prefix), role,
   * effective scopes (the credential's scopes intersected with its role cap) and expiry.
   * Works with any valid credential and needs no scope.
   */
  getWhoami(request: GetWhoamiRequest, context: HandlerContext): Promise<GetWhoamiResponse>;
}

/** Any operation's result, as `registerRoutes` sends it. */
interface HandlerResult {
  status: number;
  contentType?: string;
  body?: unknown;
  headers?: ResponseHeaders;
}

interface RouteDefinition {
  info: RouteInfo;
  schema: NonNullable<RouteOptions['schema']>;
}

/** Every operation of the spec, sorted by path then method. */
export const routes: readonly RouteDefinition[] = [
  {
    info: {
      operationId: "getJwks",
      method: "GET",
      path: "/.well-known/jwks.json",
      url: "/.well-known/jwks.json",
      tags: [
        "discovery",
      ],
      security: [],
      isPublic: true,
      scopes: [],
      requestBody: null,
      responseContentTypes: {
        "200": "application/json",
        "429": "application/problem+json",
      },
    },
    schema: {
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/JsonWebKeySet",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "getAuthorizationServerMetadata",
      method: "GET",
      path: "/.well-known/oauth-authorization-server",
      url: "/.well-known/oauth-authorization-server",
      tags: [
        "discovery",
      ],
      security: [],
      isPublic: true,
      scopes: [],
      requestBody: null,
      responseContentTypes: {
        "200": "application/json",
        "429": "application/problem+json",
      },
    },
    schema: {
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/AuthorizationServerMetadata",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "getDevicePage",
      method: "GET",
      path: "/device",
      url: "/device",
      tags: [
        "device",
      ],
      security: [],
      isPublic: true,
      scopes: [],
      requestBody: null,
      responseContentTypes: {
        "200": "text/html",
        "400": "text/html",
        "429": "text/html",
      },
    },
    schema: {
      querystring: {
        type: "object",
        properties: {
          user_code: {
            type: "string",
            maxLength: 16,
          },
        },
        required: [],
      },
    },
  },
  {
    info: {
      operationId: "submitDevicePage",
      method: "POST",
      path: "/device",
      url: "/device",
      tags: [
        "device",
      ],
      security: [],
      isPublic: true,
      scopes: [],
      requestBody: {
        required: true,
        contentTypes: [
          "application/x-www-form-urlencoded",
        ],
      },
      responseContentTypes: {
        "200": "text/html",
        "400": "text/html",
        "429": "text/html",
      },
    },
    schema: {
      body: {
        content: {
          "application/x-www-form-urlencoded": {
            schema: {
              type: "object",
              additionalProperties: false,
              required: [
                "csrf_token",
                "action",
              ],
              properties: {
                csrf_token: {
                  type: "string",
                  maxLength: 256,
                  description: "The CSRF token from the page's hidden field.",
                },
                action: {
                  type: "string",
                  enum: [
                    "sign_in",
                    "choose_org",
                    "check",
                    "approve",
                    "deny",
                  ],
                },
                user_code: {
                  type: "string",
                  maxLength: 16,
                  description: "The code from the device; matched case-insensitively, ignoring the dash and spaces.",
                },
                email: {
                  type: "string",
                  maxLength: 254,
                  description: "For `sign_in`.",
                },
                password: {
                  type: "string",
                  maxLength: 1024,
                  writeOnly: true,
                  description: "For `sign_in`.",
                },
                org_id: {
                  type: "string",
                  maxLength: 64,
                  description: "For `sign_in` and `choose_org`, the organization to sign in to when the person has several.",
                },
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "getHealth",
      method: "GET",
      path: "/healthz",
      url: "/healthz",
      tags: [
        "meta",
      ],
      security: [],
      isPublic: true,
      scopes: [],
      requestBody: null,
      responseContentTypes: {
        "200": "application/json",
        "429": "application/problem+json",
      },
    },
    schema: {
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/Health",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "startDeviceAuthorization",
      method: "POST",
      path: "/oauth/device_authorization",
      url: "/oauth/device_authorization",
      tags: [
        "oauth",
      ],
      security: [],
      isPublic: true,
      scopes: [],
      requestBody: {
        required: true,
        contentTypes: [
          "application/x-www-form-urlencoded",
          "application/json",
        ],
      },
      responseContentTypes: {
        "200": "application/json",
        "400": "application/json",
        "401": "application/json",
        "429": "application/json",
      },
    },
    schema: {
      body: {
        content: {
          "application/x-www-form-urlencoded": {
            schema: {
              $ref: "openapi-components#/definitions/DeviceAuthorizationRequest",
            },
          },
          "application/json": {
            schema: {
              $ref: "openapi-components#/definitions/DeviceAuthorizationRequest",
            },
          },
        },
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/DeviceAuthorizationResponse",
              },
            },
          },
        },
        "400": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/OAuthError",
              },
            },
          },
        },
        "401": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/OAuthError",
              },
            },
          },
        },
        "429": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/OAuthError",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "introspectToken",
      method: "POST",
      path: "/oauth/introspect",
      url: "/oauth/introspect",
      tags: [
        "oauth",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "tokens:read",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "tokens:read",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "tokens:read",
            ],
          },
        ],
        [
          {
            scheme: "clientSecretBasic",
            scopes: [
              "tokens:read",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "tokens:read",
      ],
      requestBody: {
        required: true,
        contentTypes: [
          "application/x-www-form-urlencoded",
          "application/json",
        ],
      },
      responseContentTypes: {
        "200": "application/json",
        "400": "application/json",
        "401": "application/json",
        "403": "application/json",
        "429": "application/json",
      },
    },
    schema: {
      body: {
        content: {
          "application/x-www-form-urlencoded": {
            schema: {
              $ref: "openapi-components#/definitions/IntrospectionRequest",
            },
          },
          "application/json": {
            schema: {
              $ref: "openapi-components#/definitions/IntrospectionRequest",
            },
          },
        },
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/IntrospectionResponse",
              },
            },
          },
        },
        "400": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/OAuthError",
              },
            },
          },
        },
        "401": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/OAuthError",
              },
            },
          },
        },
        "403": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/OAuthError",
              },
            },
          },
        },
        "429": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/OAuthError",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "revokeToken",
      method: "POST",
      path: "/oauth/revoke",
      url: "/oauth/revoke",
      tags: [
        "oauth",
      ],
      security: [
        [],
        [
          {
            scheme: "clientSecretBasic",
            scopes: [],
          },
        ],
        [
          {
            scheme: "bearerAuth",
            scopes: [],
          },
        ],
      ],
      isPublic: true,
      scopes: [],
      requestBody: {
        required: true,
        contentTypes: [
          "application/x-www-form-urlencoded",
          "application/json",
        ],
      },
      responseContentTypes: {
        "200": "application/json",
        "400": "application/json",
        "401": "application/json",
        "403": "application/json",
        "429": "application/json",
      },
    },
    schema: {
      body: {
        content: {
          "application/x-www-form-urlencoded": {
            schema: {
              $ref: "openapi-components#/definitions/RevocationRequest",
            },
          },
          "application/json": {
            schema: {
              $ref: "openapi-components#/definitions/RevocationRequest",
            },
          },
        },
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                type: "object",
                description: "Always empty.",
                maxProperties: 0,
              },
            },
          },
        },
        "400": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/OAuthError",
              },
            },
          },
        },
        "401": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/OAuthError",
              },
            },
          },
        },
        "403": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/OAuthError",
              },
            },
          },
        },
        "429": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/OAuthError",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "requestToken",
      method: "POST",
      path: "/oauth/token",
      url: "/oauth/token",
      tags: [
        "oauth",
      ],
      security: [
        [],
        [
          {
            scheme: "clientSecretBasic",
            scopes: [],
          },
        ],
      ],
      isPublic: true,
      scopes: [],
      requestBody: {
        required: true,
        contentTypes: [
          "application/x-www-form-urlencoded",
          "application/json",
        ],
      },
      responseContentTypes: {
        "200": "application/json",
        "400": "application/json",
        "401": "application/json",
        "403": "application/json",
        "429": "application/json",
      },
    },
    schema: {
      body: {
        content: {
          "application/x-www-form-urlencoded": {
            schema: {
              $ref: "openapi-components#/definitions/TokenRequest",
            },
          },
          "application/json": {
            schema: {
              $ref: "openapi-components#/definitions/TokenRequest",
            },
          },
        },
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/TokenResponse",
              },
            },
          },
        },
        "400": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/OAuthError",
              },
            },
          },
        },
        "401": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/OAuthError",
              },
            },
          },
        },
        "403": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/OAuthError",
              },
            },
          },
        },
        "429": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/OAuthError",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "listAccessTokens",
      method: "GET",
      path: "/v1/access-tokens",
      url: "/v1/access-tokens",
      tags: [
        "access-tokens",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "tokens:read",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "tokens:read",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "tokens:read",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "tokens:read",
      ],
      requestBody: null,
      responseContentTypes: {
        "200": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      querystring: {
        type: "object",
        properties: {
          limit: {
            type: "integer",
            minimum: 1,
            maximum: 200,
            default: 50,
          },
          cursor: {
            type: "string",
            maxLength: 512,
          },
        },
        required: [],
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/AccessTokenList",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "createAccessToken",
      method: "POST",
      path: "/v1/access-tokens",
      url: "/v1/access-tokens",
      tags: [
        "access-tokens",
      ],
      security: [
        [],
        [
          {
            scheme: "bearerAuth",
            scopes: [],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [],
          },
        ],
      ],
      isPublic: true,
      scopes: [],
      requestBody: {
        required: true,
        contentTypes: [
          "application/json",
        ],
      },
      responseContentTypes: {
        "201": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      body: {
        content: {
          "application/json": {
            schema: {
              $ref: "openapi-components#/definitions/AccessTokenExchangeRequest",
            },
          },
        },
      },
      response: {
        "201": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/AccessTokenExchangeResponse",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "revokeAccessToken",
      method: "DELETE",
      path: "/v1/access-tokens/{token_id}",
      url: "/v1/access-tokens/:token_id",
      tags: [
        "access-tokens",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "tokens:write",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "tokens:write",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "tokens:write",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "tokens:write",
      ],
      requestBody: null,
      responseContentTypes: {
        "401": "application/problem+json",
        "403": "application/problem+json",
        "404": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      params: {
        type: "object",
        properties: {
          token_id: {
            type: "string",
            maxLength: 64,
          },
        },
        required: [
          "token_id",
        ],
      },
      response: {
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "404": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "listAgents",
      method: "GET",
      path: "/v1/agents",
      url: "/v1/agents",
      tags: [
        "agents",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "agents:read",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "agents:read",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "agents:read",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "agents:read",
      ],
      requestBody: null,
      responseContentTypes: {
        "200": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      querystring: {
        type: "object",
        properties: {
          limit: {
            type: "integer",
            minimum: 1,
            maximum: 200,
            default: 50,
          },
          cursor: {
            type: "string",
            maxLength: 512,
          },
        },
        required: [],
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/AgentList",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "createAgent",
      method: "POST",
      path: "/v1/agents",
      url: "/v1/agents",
      tags: [
        "agents",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "agents:write",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "agents:write",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "agents:write",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "agents:write",
      ],
      requestBody: {
        required: true,
        contentTypes: [
          "application/json",
        ],
      },
      responseContentTypes: {
        "201": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "409": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      headers: {
        type: "object",
        properties: {
          "idempotency-key": {
            type: "string",
            minLength: 1,
            maxLength: 255,
          },
        },
        required: [],
      },
      body: {
        content: {
          "application/json": {
            schema: {
              $ref: "openapi-components#/definitions/AgentCreateRequest",
            },
          },
        },
      },
      response: {
        "201": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/Agent",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "409": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "getAgent",
      method: "GET",
      path: "/v1/agents/{agent_id}",
      url: "/v1/agents/:agent_id",
      tags: [
        "agents",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "agents:read",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "agents:read",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "agents:read",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "agents:read",
      ],
      requestBody: null,
      responseContentTypes: {
        "200": "application/json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "404": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      params: {
        type: "object",
        properties: {
          agent_id: {
            type: "string",
            maxLength: 64,
          },
        },
        required: [
          "agent_id",
        ],
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/Agent",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "404": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "deleteAgent",
      method: "DELETE",
      path: "/v1/agents/{agent_id}",
      url: "/v1/agents/:agent_id",
      tags: [
        "agents",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "agents:write",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "agents:write",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "agents:write",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "agents:write",
      ],
      requestBody: null,
      responseContentTypes: {
        "401": "application/problem+json",
        "403": "application/problem+json",
        "404": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      params: {
        type: "object",
        properties: {
          agent_id: {
            type: "string",
            maxLength: 64,
          },
        },
        required: [
          "agent_id",
        ],
      },
      response: {
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "404": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "updateAgent",
      method: "PATCH",
      path: "/v1/agents/{agent_id}",
      url: "/v1/agents/:agent_id",
      tags: [
        "agents",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "agents:write",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "agents:write",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "agents:write",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "agents:write",
      ],
      requestBody: {
        required: true,
        contentTypes: [
          "application/json",
        ],
      },
      responseContentTypes: {
        "200": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "404": "application/problem+json",
        "409": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      params: {
        type: "object",
        properties: {
          agent_id: {
            type: "string",
            maxLength: 64,
          },
        },
        required: [
          "agent_id",
        ],
      },
      body: {
        content: {
          "application/json": {
            schema: {
              $ref: "openapi-components#/definitions/AgentUpdateRequest",
            },
          },
        },
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/Agent",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "404": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "409": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "listAgentKeys",
      method: "GET",
      path: "/v1/agents/{agent_id}/keys",
      url: "/v1/agents/:agent_id/keys",
      tags: [
        "agents",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "agents:read",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "agents:read",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "agents:read",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "agents:read",
      ],
      requestBody: null,
      responseContentTypes: {
        "200": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "404": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      params: {
        type: "object",
        properties: {
          agent_id: {
            type: "string",
            maxLength: 64,
          },
        },
        required: [
          "agent_id",
        ],
      },
      querystring: {
        type: "object",
        properties: {
          limit: {
            type: "integer",
            minimum: 1,
            maximum: 200,
            default: 50,
          },
          cursor: {
            type: "string",
            maxLength: 512,
          },
        },
        required: [],
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/AgentKeyList",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "404": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "createAgentKey",
      method: "POST",
      path: "/v1/agents/{agent_id}/keys",
      url: "/v1/agents/:agent_id/keys",
      tags: [
        "agents",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "agents:write",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "agents:write",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "agents:write",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "agents:write",
      ],
      requestBody: {
        required: true,
        contentTypes: [
          "application/json",
        ],
      },
      responseContentTypes: {
        "201": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "404": "application/problem+json",
        "409": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      params: {
        type: "object",
        properties: {
          agent_id: {
            type: "string",
            maxLength: 64,
          },
        },
        required: [
          "agent_id",
        ],
      },
      headers: {
        type: "object",
        properties: {
          "idempotency-key": {
            type: "string",
            minLength: 1,
            maxLength: 255,
          },
        },
        required: [],
      },
      body: {
        content: {
          "application/json": {
            schema: {
              $ref: "openapi-components#/definitions/AgentKeyCreateRequest",
            },
          },
        },
      },
      response: {
        "201": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/AgentKeyWithSecret",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "404": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "409": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "revokeAgentKey",
      method: "DELETE",
      path: "/v1/agents/{agent_id}/keys/{key_id}",
      url: "/v1/agents/:agent_id/keys/:key_id",
      tags: [
        "agents",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "agents:write",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "agents:write",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "agents:write",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "agents:write",
      ],
      requestBody: null,
      responseContentTypes: {
        "401": "application/problem+json",
        "403": "application/problem+json",
        "404": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      params: {
        type: "object",
        properties: {
          agent_id: {
            type: "string",
            maxLength: 64,
          },
          key_id: {
            type: "string",
            maxLength: 64,
          },
        },
        required: [
          "agent_id",
          "key_id",
        ],
      },
      response: {
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "404": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "listApiKeys",
      method: "GET",
      path: "/v1/api-keys",
      url: "/v1/api-keys",
      tags: [
        "api-keys",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "keys:read",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "keys:read",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "keys:read",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "keys:read",
      ],
      requestBody: null,
      responseContentTypes: {
        "200": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      querystring: {
        type: "object",
        properties: {
          limit: {
            type: "integer",
            minimum: 1,
            maximum: 200,
            default: 50,
          },
          cursor: {
            type: "string",
            maxLength: 512,
          },
          status: {
            $ref: "openapi-components#/definitions/CredentialStatus",
          },
          created_by: {
            type: "string",
            maxLength: 64,
          },
          scope: {
            $ref: "openapi-components#/definitions/Scope",
          },
        },
        required: [],
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/ApiKeyList",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "createApiKey",
      method: "POST",
      path: "/v1/api-keys",
      url: "/v1/api-keys",
      tags: [
        "api-keys",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "keys:write",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "keys:write",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "keys:write",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "keys:write",
      ],
      requestBody: {
        required: true,
        contentTypes: [
          "application/json",
        ],
      },
      responseContentTypes: {
        "201": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "409": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      headers: {
        type: "object",
        properties: {
          "idempotency-key": {
            type: "string",
            minLength: 1,
            maxLength: 255,
          },
        },
        required: [],
      },
      body: {
        content: {
          "application/json": {
            schema: {
              $ref: "openapi-components#/definitions/ApiKeyCreateRequest",
            },
          },
        },
      },
      response: {
        "201": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/ApiKeyWithSecret",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "409": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "getApiKey",
      method: "GET",
      path: "/v1/api-keys/{key_id}",
      url: "/v1/api-keys/:key_id",
      tags: [
        "api-keys",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "keys:read",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "keys:read",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "keys:read",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "keys:read",
      ],
      requestBody: null,
      responseContentTypes: {
        "200": "application/json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "404": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      params: {
        type: "object",
        properties: {
          key_id: {
            type: "string",
            maxLength: 64,
          },
        },
        required: [
          "key_id",
        ],
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/ApiKey",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "404": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "revokeApiKey",
      method: "DELETE",
      path: "/v1/api-keys/{key_id}",
      url: "/v1/api-keys/:key_id",
      tags: [
        "api-keys",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "keys:write",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "keys:write",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "keys:write",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "keys:write",
      ],
      requestBody: null,
      responseContentTypes: {
        "200": "application/json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "404": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      params: {
        type: "object",
        properties: {
          key_id: {
            type: "string",
            maxLength: 64,
          },
        },
        required: [
          "key_id",
        ],
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/ApiKey",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "404": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "updateApiKey",
      method: "PATCH",
      path: "/v1/api-keys/{key_id}",
      url: "/v1/api-keys/:key_id",
      tags: [
        "api-keys",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "keys:write",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "keys:write",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "keys:write",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "keys:write",
      ],
      requestBody: {
        required: true,
        contentTypes: [
          "application/json",
        ],
      },
      responseContentTypes: {
        "200": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "404": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      params: {
        type: "object",
        properties: {
          key_id: {
            type: "string",
            maxLength: 64,
          },
        },
        required: [
          "key_id",
        ],
      },
      body: {
        content: {
          "application/json": {
            schema: {
              $ref: "openapi-components#/definitions/ApiKeyUpdateRequest",
            },
          },
        },
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/ApiKey",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "404": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "rotateApiKey",
      method: "POST",
      path: "/v1/api-keys/{key_id}/rotate",
      url: "/v1/api-keys/:key_id/rotate",
      tags: [
        "api-keys",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "keys:write",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "keys:write",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "keys:write",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "keys:write",
      ],
      requestBody: {
        required: false,
        contentTypes: [
          "application/json",
        ],
      },
      responseContentTypes: {
        "200": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "404": "application/problem+json",
        "409": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      params: {
        type: "object",
        properties: {
          key_id: {
            type: "string",
            maxLength: 64,
          },
        },
        required: [
          "key_id",
        ],
      },
      headers: {
        type: "object",
        properties: {
          "idempotency-key": {
            type: "string",
            minLength: 1,
            maxLength: 255,
          },
        },
        required: [],
      },
      body: {
        content: {
          "application/json": {
            schema: {
              $ref: "openapi-components#/definitions/ApiKeyRotateRequest",
            },
          },
        },
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/ApiKeyWithSecret",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "404": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "409": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "listAppTokens",
      method: "GET",
      path: "/v1/app-tokens",
      url: "/v1/app-tokens",
      tags: [
        "app-tokens",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "app-tokens:read",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "app-tokens:read",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "app-tokens:read",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "app-tokens:read",
      ],
      requestBody: null,
      responseContentTypes: {
        "200": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      querystring: {
        type: "object",
        properties: {
          limit: {
            type: "integer",
            minimum: 1,
            maximum: 200,
            default: 50,
          },
          cursor: {
            type: "string",
            maxLength: 512,
          },
        },
        required: [],
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/AppTokenList",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "createAppToken",
      method: "POST",
      path: "/v1/app-tokens",
      url: "/v1/app-tokens",
      tags: [
        "app-tokens",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "app-tokens:write",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "app-tokens:write",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "app-tokens:write",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "app-tokens:write",
      ],
      requestBody: {
        required: true,
        contentTypes: [
          "application/json",
        ],
      },
      responseContentTypes: {
        "201": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "409": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      headers: {
        type: "object",
        properties: {
          "idempotency-key": {
            type: "string",
            minLength: 1,
            maxLength: 255,
          },
        },
        required: [],
      },
      body: {
        content: {
          "application/json": {
            schema: {
              $ref: "openapi-components#/definitions/AppTokenCreateRequest",
            },
          },
        },
      },
      response: {
        "201": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/AppTokenWithSecret",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "409": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "revokeAppToken",
      method: "DELETE",
      path: "/v1/app-tokens/{token_id}",
      url: "/v1/app-tokens/:token_id",
      tags: [
        "app-tokens",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "app-tokens:write",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "app-tokens:write",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "app-tokens:write",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "app-tokens:write",
      ],
      requestBody: null,
      responseContentTypes: {
        "401": "application/problem+json",
        "403": "application/problem+json",
        "404": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      params: {
        type: "object",
        properties: {
          token_id: {
            type: "string",
            maxLength: 64,
          },
        },
        required: [
          "token_id",
        ],
      },
      response: {
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "404": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "listAuditEvents",
      method: "GET",
      path: "/v1/audit-events",
      url: "/v1/audit-events",
      tags: [
        "audit",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "audit:read",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "audit:read",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "audit:read",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "audit:read",
      ],
      requestBody: null,
      responseContentTypes: {
        "200": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      querystring: {
        type: "object",
        properties: {
          limit: {
            type: "integer",
            minimum: 1,
            maximum: 200,
            default: 50,
          },
          cursor: {
            type: "string",
            maxLength: 512,
          },
          action: {
            $ref: "openapi-components#/definitions/AuditAction",
          },
          actor_id: {
            type: "string",
            maxLength: 64,
          },
          target_id: {
            type: "string",
            maxLength: 64,
          },
          since: {
            type: "string",
            format: "date-time",
          },
          until: {
            type: "string",
            format: "date-time",
          },
        },
        required: [],
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/AuditEventList",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "streamAuditEvents",
      method: "GET",
      path: "/v1/audit-events/stream",
      url: "/v1/audit-events/stream",
      tags: [
        "audit",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "audit:read",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "audit:read",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "audit:read",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "audit:read",
      ],
      requestBody: null,
      responseContentTypes: {
        "200": "text/event-stream",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      querystring: {
        type: "object",
        properties: {
          action: {
            $ref: "openapi-components#/definitions/AuditAction",
          },
          actor_id: {
            type: "string",
            maxLength: 64,
          },
          target_id: {
            type: "string",
            maxLength: 64,
          },
          since: {
            type: "string",
            format: "date-time",
          },
          until: {
            type: "string",
            format: "date-time",
          },
        },
        required: [],
      },
      headers: {
        type: "object",
        properties: {
          "last-event-id": {
            $ref: "openapi-components#/definitions/AuditEventId",
          },
        },
        required: [],
      },
      response: {
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "login",
      method: "POST",
      path: "/v1/auth/login",
      url: "/v1/auth/login",
      tags: [
        "sessions",
      ],
      security: [],
      isPublic: true,
      scopes: [],
      requestBody: {
        required: true,
        contentTypes: [
          "application/json",
        ],
      },
      responseContentTypes: {
        "200": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      body: {
        content: {
          "application/json": {
            schema: {
              $ref: "openapi-components#/definitions/LoginRequest",
            },
          },
        },
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/Session",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "logout",
      method: "POST",
      path: "/v1/auth/logout",
      url: "/v1/auth/logout",
      tags: [
        "sessions",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [],
          },
        ],
      ],
      isPublic: false,
      scopes: [],
      requestBody: {
        required: false,
        contentTypes: [
          "application/json",
        ],
      },
      responseContentTypes: {
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      body: {
        content: {
          "application/json": {
            schema: {
              $ref: "openapi-components#/definitions/LogoutRequest",
            },
          },
        },
      },
      response: {
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "refreshSession",
      method: "POST",
      path: "/v1/auth/refresh",
      url: "/v1/auth/refresh",
      tags: [
        "sessions",
      ],
      security: [],
      isPublic: true,
      scopes: [],
      requestBody: {
        required: true,
        contentTypes: [
          "application/json",
        ],
      },
      responseContentTypes: {
        "200": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      body: {
        content: {
          "application/json": {
            schema: {
              $ref: "openapi-components#/definitions/RefreshRequest",
            },
          },
        },
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/Session",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "signup",
      method: "POST",
      path: "/v1/auth/signup",
      url: "/v1/auth/signup",
      tags: [
        "sessions",
      ],
      security: [],
      isPublic: true,
      scopes: [],
      requestBody: {
        required: true,
        contentTypes: [
          "application/json",
        ],
      },
      responseContentTypes: {
        "201": "application/json",
        "400": "application/problem+json",
        "409": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      headers: {
        type: "object",
        properties: {
          "idempotency-key": {
            type: "string",
            minLength: 1,
            maxLength: 255,
          },
        },
        required: [],
      },
      body: {
        content: {
          "application/json": {
            schema: {
              $ref: "openapi-components#/definitions/SignupRequest",
            },
          },
        },
      },
      response: {
        "201": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/Session",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "409": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "verifyDeviceCode",
      method: "POST",
      path: "/v1/device/verify",
      url: "/v1/device/verify",
      tags: [
        "sessions",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [],
          },
        ],
      ],
      isPublic: false,
      scopes: [],
      requestBody: {
        required: true,
        contentTypes: [
          "application/json",
        ],
      },
      responseContentTypes: {
        "200": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "404": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      body: {
        content: {
          "application/json": {
            schema: {
              $ref: "openapi-components#/definitions/DeviceVerifyRequest",
            },
          },
        },
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/DeviceVerifyResult",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "404": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "listInvitations",
      method: "GET",
      path: "/v1/invitations",
      url: "/v1/invitations",
      tags: [
        "members",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "members:read",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "members:read",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "members:read",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "members:read",
      ],
      requestBody: null,
      responseContentTypes: {
        "200": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      querystring: {
        type: "object",
        properties: {
          limit: {
            type: "integer",
            minimum: 1,
            maximum: 200,
            default: 50,
          },
          cursor: {
            type: "string",
            maxLength: 512,
          },
        },
        required: [],
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/InvitationList",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "createInvitations",
      method: "POST",
      path: "/v1/invitations",
      url: "/v1/invitations",
      tags: [
        "members",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "members:write",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "members:write",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "members:write",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "members:write",
      ],
      requestBody: {
        required: true,
        contentTypes: [
          "application/json",
        ],
      },
      responseContentTypes: {
        "200": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "409": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      headers: {
        type: "object",
        properties: {
          "idempotency-key": {
            type: "string",
            minLength: 1,
            maxLength: 255,
          },
        },
        required: [],
      },
      body: {
        content: {
          "application/json": {
            schema: {
              $ref: "openapi-components#/definitions/CreateInvitationsRequest",
            },
          },
        },
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/InvitationResults",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "409": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "acceptInvitation",
      method: "POST",
      path: "/v1/invitations/accept",
      url: "/v1/invitations/accept",
      tags: [
        "members",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [],
          },
        ],
      ],
      isPublic: false,
      scopes: [],
      requestBody: {
        required: true,
        contentTypes: [
          "application/json",
        ],
      },
      responseContentTypes: {
        "200": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "404": "application/problem+json",
        "409": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      body: {
        content: {
          "application/json": {
            schema: {
              $ref: "openapi-components#/definitions/AcceptInvitationRequest",
            },
          },
        },
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/Membership",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "404": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "409": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "revokeInvitation",
      method: "DELETE",
      path: "/v1/invitations/{invitation_id}",
      url: "/v1/invitations/:invitation_id",
      tags: [
        "members",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "members:write",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "members:write",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "members:write",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "members:write",
      ],
      requestBody: null,
      responseContentTypes: {
        "401": "application/problem+json",
        "403": "application/problem+json",
        "404": "application/problem+json",
        "409": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      params: {
        type: "object",
        properties: {
          invitation_id: {
            type: "string",
            maxLength: 64,
          },
        },
        required: [
          "invitation_id",
        ],
      },
      response: {
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "404": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "409": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "listMembers",
      method: "GET",
      path: "/v1/members",
      url: "/v1/members",
      tags: [
        "members",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "members:read",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "members:read",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "members:read",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "members:read",
      ],
      requestBody: null,
      responseContentTypes: {
        "200": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      querystring: {
        type: "object",
        properties: {
          limit: {
            type: "integer",
            minimum: 1,
            maximum: 200,
            default: 50,
          },
          cursor: {
            type: "string",
            maxLength: 512,
          },
          role: {
            $ref: "openapi-components#/definitions/Role",
          },
        },
        required: [],
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/MemberList",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "removeMember",
      method: "DELETE",
      path: "/v1/members/{user_id}",
      url: "/v1/members/:user_id",
      tags: [
        "members",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "members:write",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "members:write",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "members:write",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "members:write",
      ],
      requestBody: null,
      responseContentTypes: {
        "401": "application/problem+json",
        "403": "application/problem+json",
        "404": "application/problem+json",
        "409": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      params: {
        type: "object",
        properties: {
          user_id: {
            type: "string",
            maxLength: 64,
          },
        },
        required: [
          "user_id",
        ],
      },
      response: {
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "404": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "409": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "updateMember",
      method: "PATCH",
      path: "/v1/members/{user_id}",
      url: "/v1/members/:user_id",
      tags: [
        "members",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "members:write",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "members:write",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "members:write",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "members:write",
      ],
      requestBody: {
        required: true,
        contentTypes: [
          "application/json",
        ],
      },
      responseContentTypes: {
        "200": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "404": "application/problem+json",
        "409": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      params: {
        type: "object",
        properties: {
          user_id: {
            type: "string",
            maxLength: 64,
          },
        },
        required: [
          "user_id",
        ],
      },
      body: {
        content: {
          "application/json": {
            schema: {
              $ref: "openapi-components#/definitions/UpdateMemberRequest",
            },
          },
        },
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/Member",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "404": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "409": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "listOrgs",
      method: "GET",
      path: "/v1/orgs",
      url: "/v1/orgs",
      tags: [
        "orgs",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "org:read",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "org:read",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "org:read",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "org:read",
      ],
      requestBody: null,
      responseContentTypes: {
        "200": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      querystring: {
        type: "object",
        properties: {
          limit: {
            type: "integer",
            minimum: 1,
            maximum: 200,
            default: 50,
          },
          cursor: {
            type: "string",
            maxLength: 512,
          },
        },
        required: [],
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/OrgList",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "createOrg",
      method: "POST",
      path: "/v1/orgs",
      url: "/v1/orgs",
      tags: [
        "orgs",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [],
          },
        ],
      ],
      isPublic: false,
      scopes: [],
      requestBody: {
        required: true,
        contentTypes: [
          "application/json",
        ],
      },
      responseContentTypes: {
        "201": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "409": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      headers: {
        type: "object",
        properties: {
          "idempotency-key": {
            type: "string",
            minLength: 1,
            maxLength: 255,
          },
        },
        required: [],
      },
      body: {
        content: {
          "application/json": {
            schema: {
              $ref: "openapi-components#/definitions/CreateOrgRequest",
            },
          },
        },
      },
      response: {
        "201": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/Org",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "409": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "getOrg",
      method: "GET",
      path: "/v1/orgs/{org_id}",
      url: "/v1/orgs/:org_id",
      tags: [
        "orgs",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "org:read",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "org:read",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "org:read",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "org:read",
      ],
      requestBody: null,
      responseContentTypes: {
        "200": "application/json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "404": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      params: {
        type: "object",
        properties: {
          org_id: {
            type: "string",
            maxLength: 64,
          },
        },
        required: [
          "org_id",
        ],
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/Org",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "404": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "updateOrg",
      method: "PATCH",
      path: "/v1/orgs/{org_id}",
      url: "/v1/orgs/:org_id",
      tags: [
        "orgs",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "org:write",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "org:write",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "org:write",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "org:write",
      ],
      requestBody: {
        required: true,
        contentTypes: [
          "application/json",
        ],
      },
      responseContentTypes: {
        "200": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "404": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      params: {
        type: "object",
        properties: {
          org_id: {
            type: "string",
            maxLength: 64,
          },
        },
        required: [
          "org_id",
        ],
      },
      body: {
        content: {
          "application/json": {
            schema: {
              $ref: "openapi-components#/definitions/UpdateOrgRequest",
            },
          },
        },
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/Org",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "404": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "listScopes",
      method: "GET",
      path: "/v1/scopes",
      url: "/v1/scopes",
      tags: [
        "meta",
      ],
      security: [],
      isPublic: true,
      scopes: [],
      requestBody: null,
      responseContentTypes: {
        "200": "application/json",
        "429": "application/problem+json",
      },
    },
    schema: {
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/ScopeCatalogue",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "listServiceAccounts",
      method: "GET",
      path: "/v1/service-accounts",
      url: "/v1/service-accounts",
      tags: [
        "service-accounts",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "service-accounts:read",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "service-accounts:read",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "service-accounts:read",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "service-accounts:read",
      ],
      requestBody: null,
      responseContentTypes: {
        "200": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      querystring: {
        type: "object",
        properties: {
          limit: {
            type: "integer",
            minimum: 1,
            maximum: 200,
            default: 50,
          },
          cursor: {
            type: "string",
            maxLength: 512,
          },
        },
        required: [],
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/ServiceAccountList",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "createServiceAccount",
      method: "POST",
      path: "/v1/service-accounts",
      url: "/v1/service-accounts",
      tags: [
        "service-accounts",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "service-accounts:write",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "service-accounts:write",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "service-accounts:write",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "service-accounts:write",
      ],
      requestBody: {
        required: true,
        contentTypes: [
          "application/json",
        ],
      },
      responseContentTypes: {
        "201": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "409": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      headers: {
        type: "object",
        properties: {
          "idempotency-key": {
            type: "string",
            minLength: 1,
            maxLength: 255,
          },
        },
        required: [],
      },
      body: {
        content: {
          "application/json": {
            schema: {
              $ref: "openapi-components#/definitions/ServiceAccountCreateRequest",
            },
          },
        },
      },
      response: {
        "201": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/ServiceAccountWithSecret",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "409": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "getServiceAccount",
      method: "GET",
      path: "/v1/service-accounts/{account_id}",
      url: "/v1/service-accounts/:account_id",
      tags: [
        "service-accounts",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "service-accounts:read",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "service-accounts:read",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "service-accounts:read",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "service-accounts:read",
      ],
      requestBody: null,
      responseContentTypes: {
        "200": "application/json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "404": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      params: {
        type: "object",
        properties: {
          account_id: {
            type: "string",
            maxLength: 64,
          },
        },
        required: [
          "account_id",
        ],
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/ServiceAccount",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "404": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "deleteServiceAccount",
      method: "DELETE",
      path: "/v1/service-accounts/{account_id}",
      url: "/v1/service-accounts/:account_id",
      tags: [
        "service-accounts",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "service-accounts:write",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "service-accounts:write",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "service-accounts:write",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "service-accounts:write",
      ],
      requestBody: null,
      responseContentTypes: {
        "401": "application/problem+json",
        "403": "application/problem+json",
        "404": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      params: {
        type: "object",
        properties: {
          account_id: {
            type: "string",
            maxLength: 64,
          },
        },
        required: [
          "account_id",
        ],
      },
      response: {
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "404": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "updateServiceAccount",
      method: "PATCH",
      path: "/v1/service-accounts/{account_id}",
      url: "/v1/service-accounts/:account_id",
      tags: [
        "service-accounts",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "service-accounts:write",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "service-accounts:write",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "service-accounts:write",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "service-accounts:write",
      ],
      requestBody: {
        required: true,
        contentTypes: [
          "application/json",
        ],
      },
      responseContentTypes: {
        "200": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "404": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      params: {
        type: "object",
        properties: {
          account_id: {
            type: "string",
            maxLength: 64,
          },
        },
        required: [
          "account_id",
        ],
      },
      body: {
        content: {
          "application/json": {
            schema: {
              $ref: "openapi-components#/definitions/ServiceAccountUpdateRequest",
            },
          },
        },
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/ServiceAccount",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "404": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "rotateServiceAccountSecret",
      method: "POST",
      path: "/v1/service-accounts/{account_id}/secrets",
      url: "/v1/service-accounts/:account_id/secrets",
      tags: [
        "service-accounts",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [
              "service-accounts:write",
            ],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [
              "service-accounts:write",
            ],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [
              "service-accounts:write",
            ],
          },
        ],
      ],
      isPublic: false,
      scopes: [
        "service-accounts:write",
      ],
      requestBody: {
        required: false,
        contentTypes: [
          "application/json",
        ],
      },
      responseContentTypes: {
        "200": "application/json",
        "400": "application/problem+json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "404": "application/problem+json",
        "409": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      params: {
        type: "object",
        properties: {
          account_id: {
            type: "string",
            maxLength: 64,
          },
        },
        required: [
          "account_id",
        ],
      },
      headers: {
        type: "object",
        properties: {
          "idempotency-key": {
            type: "string",
            minLength: 1,
            maxLength: 255,
          },
        },
        required: [],
      },
      body: {
        content: {
          "application/json": {
            schema: {
              $ref: "openapi-components#/definitions/ServiceAccountSecretRotateRequest",
            },
          },
        },
      },
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/ServiceAccountWithSecret",
              },
            },
          },
        },
        "400": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "404": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "409": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
  {
    info: {
      operationId: "getWhoami",
      method: "GET",
      path: "/v1/whoami",
      url: "/v1/whoami",
      tags: [
        "sessions",
      ],
      security: [
        [
          {
            scheme: "bearerAuth",
            scopes: [],
          },
        ],
        [
          {
            scheme: "apiKeyHeader",
            scopes: [],
          },
        ],
        [
          {
            scheme: "oauth2",
            scopes: [],
          },
        ],
      ],
      isPublic: false,
      scopes: [],
      requestBody: null,
      responseContentTypes: {
        "200": "application/json",
        "401": "application/problem+json",
        "403": "application/problem+json",
        "429": "application/problem+json",
      },
    },
    schema: {
      response: {
        "200": {
          content: {
            "application/json": {
              schema: {
                $ref: "openapi-components#/definitions/Whoami",
              },
            },
          },
        },
        "401": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "403": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
        "429": {
          content: {
            "application/problem+json": {
              schema: {
                $ref: "openapi-components#/definitions/Problem",
              },
            },
          },
        },
      },
    },
  },
];

/**
 * The Ajv options these schemas are written for, for parameters and form bodies, which arrive
 * as strings: "5" becomes 5 where the schema says integer. Unknown fields are rejected (the
 * spec's `additionalProperties: false`), not silently removed; only own properties count, so a
 * field named like an Object.prototype member is never mistaken for the inherited one.
 */
export const ajvOptions = {
  removeAdditional: false,
  coerceTypes: 'array',
  useDefaults: true,
  allErrors: true,
  ownProperties: true,
} as const;

/** The same for JSON bodies, which are typed: `"scopes": "a"` is not an array, and is a 400. */
export const jsonBodyAjvOptions = { ...ajvOptions, coerceTypes: false } as const;

export interface RegisterRoutesOptions {
  /** Called with each route before it is registered, e.g. to add the auth hook. */
  onRoute?: (route: RouteInfo, options: RouteOptions) => void;
}

/** The route an incoming request matched, or undefined for unknown routes. */
export function routeInfoOf(request: FastifyRequest): RouteInfo | undefined {
  return request.routeOptions.config.keyway;
}

/**
 * Registers every operation on `app` with its JSON schemas (validation and response
 * serialization) and its RouteInfo in `config.keyway`, where the auth hook reads its scopes.
 */
export function registerRoutes(app: FastifyInstance, handlers: Handlers, options: RegisterRoutesOptions = {}): void {
  if (app.getSchema(componentSchemas.$id) === undefined) app.addSchema(componentSchemas);
  for (const { info, schema } of routes) {
    const handle = handlers[info.operationId] as (request: unknown, context: HandlerContext) => Promise<HandlerResult>;
    const route: RouteOptions = {
      method: info.method,
      url: info.url,
      schema,
      config: { keyway: info },
      handler: async (request, reply) => {
        const { params, query, headers, body } = request;
        const result = await handle.call(handlers, { params, query, headers, body }, { request, reply, route: info });
        reply.code(result.status);
        if (result.headers !== undefined) reply.headers(result.headers);
        const declared = info.responseContentTypes;
        const status = String(result.status);
        const contentType =
          result.contentType ?? declared[status] ?? declared[`${status.charAt(0)}XX`] ?? declared.DEFAULT;
        if (contentType !== undefined && result.body !== undefined) {
          // Text is sent as UTF-8; say so, as Fastify does for JSON (RFC 9110 §8.3.1).
          reply.type(/^text\//.test(contentType) && !/;\s*charset=/i.test(contentType) ? `${contentType}; charset=utf-8` : contentType);
        }
        return reply.send(result.body);
      },
    };
    options.onRoute?.(info, route);
    app.route(route);
  }
}
