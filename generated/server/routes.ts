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

export interface HandlerContext {
  request: FastifyRequest;
  reply: FastifyReply;
  route: RouteInfo;
}

/** Headers a handler adds to its response. */
export type ResponseHeaders = Record<string, string | number | string[]>;

/**
 * Get the JSON Web Key Set
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
      status: 429;
      contentType?: "application/problem+json";
      body: operations["getDevicePage"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Submit the device login page
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
      contentType?: "application/problem+json";
      body: operations["submitDevicePage"]['responses'][429]['content']["application/problem+json"];
      headers?: ResponseHeaders;
    };

/**
 * Check that the server is up
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
 * Exchange an API key or a service account for an access token
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
 */
export interface CreateAgentRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders & {
    "idempotency-key"?: string;
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
 */
export interface CreateAgentKeyRequest {
  params: operations["createAgentKey"]['parameters']['path'];
  query: Record<string, never>;
  headers: IncomingHttpHeaders & {
    "idempotency-key"?: string;
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
 */
export interface CreateApiKeyRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders & {
    "idempotency-key"?: string;
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
 */
export interface RotateApiKeyRequest {
  params: operations["rotateApiKey"]['parameters']['path'];
  query: Record<string, never>;
  headers: IncomingHttpHeaders & {
    "idempotency-key"?: string;
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
 */
export interface CreateAppTokenRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders & {
    "idempotency-key"?: string;
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
 */
export interface StreamAuditEventsRequest {
  params: Record<string, never>;
  query: NonNullable<operations["streamAuditEvents"]['parameters']['query']>;
  headers: IncomingHttpHeaders & {
    "last-event-id"?: string;
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
 */
export interface SignupRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders & {
    "idempotency-key"?: string;
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
 */
export interface CreateInvitationsRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders & {
    "idempotency-key"?: string;
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
 */
export interface CreateOrgRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders & {
    "idempotency-key"?: string;
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
 */
export interface CreateServiceAccountRequest {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: IncomingHttpHeaders & {
    "idempotency-key"?: string;
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
 */
export interface RotateServiceAccountSecretRequest {
  params: operations["rotateServiceAccountSecret"]['parameters']['path'];
  query: Record<string, never>;
  headers: IncomingHttpHeaders & {
    "idempotency-key"?: string;
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
   */
  getJwks(request: GetJwksRequest, context: HandlerContext): Promise<GetJwksResponse>;
  /**
   * Get the authorization server metadata
   */
  getAuthorizationServerMetadata(request: GetAuthorizationServerMetadataRequest, context: HandlerContext): Promise<GetAuthorizationServerMetadataResponse>;
  /**
   * Show the device login page
   */
  getDevicePage(request: GetDevicePageRequest, context: HandlerContext): Promise<GetDevicePageResponse>;
  /**
   * Submit the device login page
   */
  submitDevicePage(request: SubmitDevicePageRequest, context: HandlerContext): Promise<SubmitDevicePageResponse>;
  /**
   * Check that the server is up
   */
  getHealth(request: GetHealthRequest, context: HandlerContext): Promise<GetHealthResponse>;
  /**
   * Start a device authorization
   */
  startDeviceAuthorization(request: StartDeviceAuthorizationRequest, context: HandlerContext): Promise<StartDeviceAuthorizationResponse>;
  /**
   * Introspect a token
   */
  introspectToken(request: IntrospectTokenRequest, context: HandlerContext): Promise<IntrospectTokenResponse>;
  /**
   * Revoke a token
   */
  revokeToken(request: RevokeTokenRequest, context: HandlerContext): Promise<RevokeTokenResponse>;
  /**
   * Request an access token
   */
  requestToken(request: RequestTokenRequest, context: HandlerContext): Promise<RequestTokenResponse>;
  /**
   * List access tokens
   */
  listAccessTokens(request: ListAccessTokensRequest, context: HandlerContext): Promise<ListAccessTokensResponse>;
  /**
   * Exchange an API key or a service account for an access token
   */
  createAccessToken(request: CreateAccessTokenRequest, context: HandlerContext): Promise<CreateAccessTokenResponse>;
  /**
   * Revoke an access token
   */
  revokeAccessToken(request: RevokeAccessTokenRequest, context: HandlerContext): Promise<RevokeAccessTokenResponse>;
  /**
   * List agents
   */
  listAgents(request: ListAgentsRequest, context: HandlerContext): Promise<ListAgentsResponse>;
  /**
   * Create an agent
   */
  createAgent(request: CreateAgentRequest, context: HandlerContext): Promise<CreateAgentResponse>;
  /**
   * Get an agent
   */
  getAgent(request: GetAgentRequest, context: HandlerContext): Promise<GetAgentResponse>;
  /**
   * Delete an agent
   */
  deleteAgent(request: DeleteAgentRequest, context: HandlerContext): Promise<DeleteAgentResponse>;
  /**
   * Update an agent
   */
  updateAgent(request: UpdateAgentRequest, context: HandlerContext): Promise<UpdateAgentResponse>;
  /**
   * List an agent's keys
   */
  listAgentKeys(request: ListAgentKeysRequest, context: HandlerContext): Promise<ListAgentKeysResponse>;
  /**
   * Mint a key for an agent
   */
  createAgentKey(request: CreateAgentKeyRequest, context: HandlerContext): Promise<CreateAgentKeyResponse>;
  /**
   * Revoke an agent key
   */
  revokeAgentKey(request: RevokeAgentKeyRequest, context: HandlerContext): Promise<RevokeAgentKeyResponse>;
  /**
   * List API keys
   */
  listApiKeys(request: ListApiKeysRequest, context: HandlerContext): Promise<ListApiKeysResponse>;
  /**
   * Create an API key
   */
  createApiKey(request: CreateApiKeyRequest, context: HandlerContext): Promise<CreateApiKeyResponse>;
  /**
   * Get an API key
   */
  getApiKey(request: GetApiKeyRequest, context: HandlerContext): Promise<GetApiKeyResponse>;
  /**
   * Revoke an API key
   */
  revokeApiKey(request: RevokeApiKeyRequest, context: HandlerContext): Promise<RevokeApiKeyResponse>;
  /**
   * Rename an API key or narrow its scopes
   */
  updateApiKey(request: UpdateApiKeyRequest, context: HandlerContext): Promise<UpdateApiKeyResponse>;
  /**
   * Rotate an API key's secret
   */
  rotateApiKey(request: RotateApiKeyRequest, context: HandlerContext): Promise<RotateApiKeyResponse>;
  /**
   * List app tokens
   */
  listAppTokens(request: ListAppTokensRequest, context: HandlerContext): Promise<ListAppTokensResponse>;
  /**
   * Mint an app token
   */
  createAppToken(request: CreateAppTokenRequest, context: HandlerContext): Promise<CreateAppTokenResponse>;
  /**
   * Revoke an app token
   */
  revokeAppToken(request: RevokeAppTokenRequest, context: HandlerContext): Promise<RevokeAppTokenResponse>;
  /**
   * Query the audit log
   */
  listAuditEvents(request: ListAuditEventsRequest, context: HandlerContext): Promise<ListAuditEventsResponse>;
  /**
   * Stream audit events live (Server-Sent Events)
   */
  streamAuditEvents(request: StreamAuditEventsRequest, context: HandlerContext): Promise<StreamAuditEventsResponse>;
  /**
   * Log in
   */
  login(request: LoginRequest, context: HandlerContext): Promise<LoginResponse>;
  /**
   * Log out
   */
  logout(request: LogoutRequest, context: HandlerContext): Promise<LogoutResponse>;
  /**
   * Refresh a session
   */
  refreshSession(request: RefreshSessionRequest, context: HandlerContext): Promise<RefreshSessionResponse>;
  /**
   * Sign up
   */
  signup(request: SignupRequest, context: HandlerContext): Promise<SignupResponse>;
  /**
   * Approve or deny a device login
   */
  verifyDeviceCode(request: VerifyDeviceCodeRequest, context: HandlerContext): Promise<VerifyDeviceCodeResponse>;
  /**
   * List invitations
   */
  listInvitations(request: ListInvitationsRequest, context: HandlerContext): Promise<ListInvitationsResponse>;
  /**
   * Invite people
   */
  createInvitations(request: CreateInvitationsRequest, context: HandlerContext): Promise<CreateInvitationsResponse>;
  /**
   * Accept an invitation
   */
  acceptInvitation(request: AcceptInvitationRequest, context: HandlerContext): Promise<AcceptInvitationResponse>;
  /**
   * Revoke an invitation
   */
  revokeInvitation(request: RevokeInvitationRequest, context: HandlerContext): Promise<RevokeInvitationResponse>;
  /**
   * List members
   */
  listMembers(request: ListMembersRequest, context: HandlerContext): Promise<ListMembersResponse>;
  /**
   * Remove a member
   */
  removeMember(request: RemoveMemberRequest, context: HandlerContext): Promise<RemoveMemberResponse>;
  /**
   * Change a member's role
   */
  updateMember(request: UpdateMemberRequest, context: HandlerContext): Promise<UpdateMemberResponse>;
  /**
   * List organizations
   */
  listOrgs(request: ListOrgsRequest, context: HandlerContext): Promise<ListOrgsResponse>;
  /**
   * Create an organization
   */
  createOrg(request: CreateOrgRequest, context: HandlerContext): Promise<CreateOrgResponse>;
  /**
   * Get an organization
   */
  getOrg(request: GetOrgRequest, context: HandlerContext): Promise<GetOrgResponse>;
  /**
   * Rename an organization
   */
  updateOrg(request: UpdateOrgRequest, context: HandlerContext): Promise<UpdateOrgResponse>;
  /**
   * List the scope catalogue and the role map
   */
  listScopes(request: ListScopesRequest, context: HandlerContext): Promise<ListScopesResponse>;
  /**
   * List service accounts
   */
  listServiceAccounts(request: ListServiceAccountsRequest, context: HandlerContext): Promise<ListServiceAccountsResponse>;
  /**
   * Create a service account
   */
  createServiceAccount(request: CreateServiceAccountRequest, context: HandlerContext): Promise<CreateServiceAccountResponse>;
  /**
   * Get a service account
   */
  getServiceAccount(request: GetServiceAccountRequest, context: HandlerContext): Promise<GetServiceAccountResponse>;
  /**
   * Delete a service account
   */
  deleteServiceAccount(request: DeleteServiceAccountRequest, context: HandlerContext): Promise<DeleteServiceAccountResponse>;
  /**
   * Update a service account
   */
  updateServiceAccount(request: UpdateServiceAccountRequest, context: HandlerContext): Promise<UpdateServiceAccountResponse>;
  /**
   * Rotate a service account's secret
   */
  rotateServiceAccountSecret(request: RotateServiceAccountSecretRequest, context: HandlerContext): Promise<RotateServiceAccountSecretResponse>;
  /**
   * Describe the caller
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
        "429": "application/problem+json",
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
      response: {
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
        "429": "application/problem+json",
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
                  description: "For `sign_in`, the organization to sign in to when the person has several.",
                },
              },
            },
          },
        },
      },
      response: {
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
            type: "string",
            maxLength: 64,
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
 * The Ajv options these schemas are written for; pass them as Fastify's
 * `ajv: { customOptions: ajvOptions }`. Unknown JSON fields are rejected (the spec's
 * `additionalProperties: false`), not silently removed; query strings and forms coerce "5" to 5
 * where the schema says so; only own properties count, so a field named `constructor` is not
 * mistaken for Object.prototype's.
 */
export const ajvOptions = {
  removeAdditional: false,
  coerceTypes: 'array',
  useDefaults: true,
  allErrors: true,
  ownProperties: true,
} as const;

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
        if (contentType !== undefined && result.body !== undefined) reply.type(contentType);
        return reply.send(result.body);
      },
    };
    options.onRoute?.(info, route);
    app.route(route);
  }
}
