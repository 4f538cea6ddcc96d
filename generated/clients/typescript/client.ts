// generated from spec/openapi.yaml by keyway generate; do not edit
// The client: openapi-fetch typed by generated/types.ts, with the runtime's middleware and, from
// the spec, the auth endpoints, the Idempotency-Key creates, a page iterator per list operation
// and an event reader per event-stream operation.
import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { operations, paths } from '../../types.ts';
import {
  type ApiDescription,
  type AuthOptions,
  type DeviceLoginOptions,
  errorMiddleware,
  type FetchLike,
  type ItemOf,
  lifecycleMiddleware,
  type Pages,
  paginate,
  type RetryPolicy,
  runDeviceLogin,
  type ServerSentEvent,
  type StoredLogin,
  type StreamOptions,
  sleep,
  streamEvents,
  withCursor,
} from './runtime.ts';

export * from './runtime.ts';

/** Every scope of the spec's catalogue. */
export type Scope = "org:read" | "org:write" | "members:read" | "members:write" | "keys:read" | "keys:write" | "tokens:read" | "tokens:write" | "service-accounts:read" | "service-accounts:write" | "agents:read" | "agents:write" | "app-tokens:read" | "app-tokens:write" | "audit:read" | "audit:write";

/** Every problem `code` the spec defines (`KeywayApiError.code` may also hold an OAuth `error`). */
export type ProblemCode = "invalid_request" | "unauthenticated" | "invalid_credential" | "credential_expired" | "credential_revoked" | "insufficient_scope" | "role_cap_exceeded" | "scope_widening" | "session_required" | "invitation_mismatch" | "last_owner" | "not_found" | "method_not_allowed" | "conflict" | "idempotency_key_reused" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "not_implemented";

/** What the runtime needs from the spec. */
export const apiDescription: ApiDescription = {
  endpoints: {
    exchange: "/v1/access-tokens",
    token: "/oauth/token",
    deviceAuthorization: "/oauth/device_authorization",
  },
  apiKeyHeader: "x-api-key",
  idempotencyKeys: {
    "POST /v1/agents": "Idempotency-Key",
    "POST /v1/agents/{agent_id}/keys": "Idempotency-Key",
    "POST /v1/api-keys": "Idempotency-Key",
    "POST /v1/api-keys/{key_id}/rotate": "Idempotency-Key",
    "POST /v1/app-tokens": "Idempotency-Key",
    "POST /v1/auth/signup": "Idempotency-Key",
    "POST /v1/invitations": "Idempotency-Key",
    "POST /v1/orgs": "Idempotency-Key",
    "POST /v1/service-accounts": "Idempotency-Key",
    "POST /v1/service-accounts/{account_id}/secrets": "Idempotency-Key",
  },
};

export interface KeywayClientOptions extends Omit<ClientOptions, 'baseUrl' | 'fetch'> {
  /** The server, e.g. `https://keyway.example.com`. */
  baseUrl: string;
  auth?: AuthOptions<Scope>;
  retry?: Partial<RetryPolicy>;
  /** Throw KeywayApiError for every non-2xx answer (default) instead of returning `{ error }`. */
  throwOnError?: boolean;
  fetch?: FetchLike;
}

/** openapi-fetch's call shape without the path types, for the generated wrappers below. */
interface UntypedClient {
  request(
    method: string,
    path: string,
    init: Record<string, unknown>,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

export type KeywayClient = Client<paths> & {
  /** An async iterator over the pages of each list operation (`for await (const page of …)`). */
  pages: ReturnType<typeof createPages>;
  /** A Server-Sent Events reader for each event-stream operation, reconnecting with Last-Event-ID. */
  streams: ReturnType<typeof createStreams>;
};

export function createKeywayClient(options: KeywayClientOptions): KeywayClient {
  const { auth, retry, throwOnError = true, fetch: fetchOption, ...clientOptions } = options;
  const fetchImpl: FetchLike = fetchOption ?? ((request) => globalThis.fetch(request));
  const client = createClient<paths>({ ...clientOptions, fetch: fetchImpl });
  // Registered first so that its onResponse runs last, on the answer after replays and retries.
  if (throwOnError) client.use(errorMiddleware());
  client.use(
    lifecycleMiddleware({ auth, retry, baseUrl: options.baseUrl, fetch: fetchImpl, description: apiDescription }),
  );
  const raw = client as unknown as UntypedClient;
  return Object.assign(client, { pages: createPages(raw), streams: createStreams(raw) });
}

/** Runs the RFC 8628 device login and returns (and stores) the login; pass it on as `auth: { device }`. */
export function deviceLogin(
  options: DeviceLoginOptions<Scope> & { baseUrl: string; fetch?: FetchLike },
): Promise<StoredLogin> {
  return runDeviceLogin(
    {
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
      description: apiDescription,
      sleep,
      now: Date.now,
    },
    options,
  );
}

function createPages(raw: UntypedClient) {
  return {
    /**
     * List access tokens
     */
    listAccessTokens: (
      params?: operations["listAccessTokens"]['parameters'],
    ): Pages<
      operations["listAccessTokens"]['responses'][200]['content']["application/json"],
      ItemOf<
        operations["listAccessTokens"]['responses'][200]['content']["application/json"],
        "data"
      >
    > =>
      paginate(
        (cursor) =>
          raw.request("get", "/v1/access-tokens", { params: withCursor(params, "cursor", cursor) }),
        "data",
        "next_cursor",
      ),
    /**
     * List agents
     */
    listAgents: (
      params?: operations["listAgents"]['parameters'],
    ): Pages<
      operations["listAgents"]['responses'][200]['content']["application/json"],
      ItemOf<
        operations["listAgents"]['responses'][200]['content']["application/json"],
        "data"
      >
    > =>
      paginate(
        (cursor) =>
          raw.request("get", "/v1/agents", { params: withCursor(params, "cursor", cursor) }),
        "data",
        "next_cursor",
      ),
    /**
     * List an agent's keys
     */
    listAgentKeys: (
      params: operations["listAgentKeys"]['parameters'],
    ): Pages<
      operations["listAgentKeys"]['responses'][200]['content']["application/json"],
      ItemOf<
        operations["listAgentKeys"]['responses'][200]['content']["application/json"],
        "data"
      >
    > =>
      paginate(
        (cursor) =>
          raw.request("get", "/v1/agents/{agent_id}/keys", { params: withCursor(params, "cursor", cursor) }),
        "data",
        "next_cursor",
      ),
    /**
     * List API keys
     */
    listApiKeys: (
      params?: operations["listApiKeys"]['parameters'],
    ): Pages<
      operations["listApiKeys"]['responses'][200]['content']["application/json"],
      ItemOf<
        operations["listApiKeys"]['responses'][200]['content']["application/json"],
        "data"
      >
    > =>
      paginate(
        (cursor) =>
          raw.request("get", "/v1/api-keys", { params: withCursor(params, "cursor", cursor) }),
        "data",
        "next_cursor",
      ),
    /**
     * List app tokens
     */
    listAppTokens: (
      params?: operations["listAppTokens"]['parameters'],
    ): Pages<
      operations["listAppTokens"]['responses'][200]['content']["application/json"],
      ItemOf<
        operations["listAppTokens"]['responses'][200]['content']["application/json"],
        "data"
      >
    > =>
      paginate(
        (cursor) =>
          raw.request("get", "/v1/app-tokens", { params: withCursor(params, "cursor", cursor) }),
        "data",
        "next_cursor",
      ),
    /**
     * Query the audit log
     */
    listAuditEvents: (
      params?: operations["listAuditEvents"]['parameters'],
    ): Pages<
      operations["listAuditEvents"]['responses'][200]['content']["application/json"],
      ItemOf<
        operations["listAuditEvents"]['responses'][200]['content']["application/json"],
        "data"
      >
    > =>
      paginate(
        (cursor) =>
          raw.request("get", "/v1/audit-events", { params: withCursor(params, "cursor", cursor) }),
        "data",
        "next_cursor",
      ),
    /**
     * List invitations
     */
    listInvitations: (
      params?: operations["listInvitations"]['parameters'],
    ): Pages<
      operations["listInvitations"]['responses'][200]['content']["application/json"],
      ItemOf<
        operations["listInvitations"]['responses'][200]['content']["application/json"],
        "data"
      >
    > =>
      paginate(
        (cursor) =>
          raw.request("get", "/v1/invitations", { params: withCursor(params, "cursor", cursor) }),
        "data",
        "next_cursor",
      ),
    /**
     * List members
     */
    listMembers: (
      params?: operations["listMembers"]['parameters'],
    ): Pages<
      operations["listMembers"]['responses'][200]['content']["application/json"],
      ItemOf<
        operations["listMembers"]['responses'][200]['content']["application/json"],
        "data"
      >
    > =>
      paginate(
        (cursor) =>
          raw.request("get", "/v1/members", { params: withCursor(params, "cursor", cursor) }),
        "data",
        "next_cursor",
      ),
    /**
     * List organizations
     */
    listOrgs: (
      params?: operations["listOrgs"]['parameters'],
    ): Pages<
      operations["listOrgs"]['responses'][200]['content']["application/json"],
      ItemOf<
        operations["listOrgs"]['responses'][200]['content']["application/json"],
        "data"
      >
    > =>
      paginate(
        (cursor) =>
          raw.request("get", "/v1/orgs", { params: withCursor(params, "cursor", cursor) }),
        "data",
        "next_cursor",
      ),
    /**
     * List service accounts
     */
    listServiceAccounts: (
      params?: operations["listServiceAccounts"]['parameters'],
    ): Pages<
      operations["listServiceAccounts"]['responses'][200]['content']["application/json"],
      ItemOf<
        operations["listServiceAccounts"]['responses'][200]['content']["application/json"],
        "data"
      >
    > =>
      paginate(
        (cursor) =>
          raw.request("get", "/v1/service-accounts", { params: withCursor(params, "cursor", cursor) }),
        "data",
        "next_cursor",
      ),
  };
}

function createStreams(raw: UntypedClient) {
  return {
    /**
     * Stream audit events live (Server-Sent Events)
     */
    streamAuditEvents: (
      params?: operations["streamAuditEvents"]['parameters'],
      options?: StreamOptions,
    ): AsyncGenerator<ServerSentEvent> =>
      streamEvents(
        (headers, signal) =>
          raw.request("get", "/v1/audit-events/stream", { params, headers, signal, parseAs: 'stream' }) as Promise<{
            data?: ReadableStream<Uint8Array> | null;
            response: Response;
          }>,
        options,
      ),
  };
}
