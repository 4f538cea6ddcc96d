// generated from spec/openapi.yaml by keyway generate; do not edit
// The client's generic runtime: the auth lifecycle and retries as one openapi-fetch middleware,
// typed errors, cursor pagination and a Server-Sent Events reader. Nothing in this file names an
// operation of the API: what it needs from the spec (the exchange, token and device authorization
// endpoints, which creates take an Idempotency-Key, the list and stream operations) arrives as an
// ApiDescription built by the generator from the model (client.ts).
import type { Middleware } from 'openapi-fetch';

/** What the runtime needs to know about the API, derived from the spec by the generator. */
export interface ApiDescription {
  endpoints: {
    /** The key → access-token exchange (`POST`, JSON), or null when the API has none. */
    exchange: string | null;
    /** The RFC 6749 token endpoint (`POST`, form), or null. */
    token: string | null;
    /** The RFC 8628 device authorization endpoint (`POST`, form), or null. */
    deviceAuthorization: string | null;
  };
  /** The header of the spec's apiKey security scheme (e.g. `x-api-key`), or null. */
  apiKeyHeader: string | null;
  /** `METHOD /path/template` → the name of the idempotency-key header that operation accepts. */
  idempotencyKeys: Readonly<Record<string, string>>;
}

// ---------------------------------------------------------------------------------------------
// Errors

/** Any non-2xx answer: an RFC 9457 problem (`code`) or an RFC 6749 error (`error`). */
export class KeywayApiError<Code extends string = string> extends Error {
  override readonly name = 'KeywayApiError';
  /** The problem's stable machine `code`, or the OAuth `error`; null when the body had neither. */
  readonly code: Code | (string & {}) | null;
  readonly status: number;
  /** The problem's `request_id`, else the `X-Request-Id` header. */
  readonly requestId: string | null;
  /** Seconds from `Retry-After`, when the answer carried one. */
  readonly retryAfter: number | null;
  /** The parsed body (problem+json, OAuth error, or text). */
  readonly body: unknown;
  readonly method: string;
  readonly url: string;

  constructor(init: {
    status: number;
    code: string | null;
    message: string;
    requestId: string | null;
    retryAfter: number | null;
    body: unknown;
    method: string;
    url: string;
  }) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.retryAfter = init.retryAfter;
    this.body = init.body;
    this.method = init.method;
    this.url = init.url;
  }

  /** Reads `response` (its body is consumed) into an error. */
  static async fromResponse(response: Response, method = 'GET'): Promise<KeywayApiError> {
    const text = await response.text().catch(() => '');
    let body: unknown = text;
    try {
      body = text === '' ? null : JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return KeywayApiError.fromBody(response, body, method);
  }

  /** An error from a response whose body is already parsed (openapi-fetch's `error`). */
  static fromBody(response: Response, body: unknown, method = 'GET'): KeywayApiError {
    const field = (name: string): string | null => {
      if (typeof body !== 'object' || body === null) return null;
      const value = (body as Record<string, unknown>)[name];
      return typeof value === 'string' ? value : null;
    };
    const code = field('code') ?? field('error');
    const detail = field('detail') ?? field('error_description') ?? field('title');
    return new KeywayApiError({
      status: response.status,
      code,
      message: `${method} ${response.url} answered ${response.status}${code === null ? '' : ` ${code}`}${detail === null ? '' : `: ${detail}`}`,
      requestId: field('request_id') ?? response.headers.get('x-request-id'),
      retryAfter: parseRetryAfter(response.headers.get('retry-after')),
      body,
      method,
      url: response.url,
    });
  }
}

/** RFC 9110 §10.2.3: delay-seconds or an HTTP-date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/** Throws KeywayApiError for every non-2xx answer (register it first, so it sees the final one). */
export function errorMiddleware(): Middleware {
  return {
    // Not async: a 2xx (nearly every answer) returns at once, without a promise.
    onResponse({ request, response }) {
      if (response.ok) return undefined;
      return KeywayApiError.fromResponse(response, request.method).then((error) => {
        throw error;
      });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Tokens

/** A bearer token and, when known, when it expires (ms since the epoch). */
export interface Token {
  token: string;
  expiresAt: number | null;
}

/** Why a token is asked for: none yet, the cached one is about to expire, or it was refused. */
export type TokenReason = 'initial' | 'expiring' | 'rejected';

/** Your own source of tokens; return a string (used until refused) or a token with its expiry. */
export type TokenProvider = (context: { reason: TokenReason }) => Promise<string | Token> | string | Token;

/** A device login as kept between runs. */
export interface StoredLogin {
  accessToken: string;
  refreshToken: string | null;
  /** ms since the epoch. */
  expiresAt: number;
  scope: string;
  clientId: string;
}

/** Where a device login is kept (a file, a keychain…); see memoryLoginStore(). */
export interface LoginStore {
  load(): Promise<StoredLogin | null> | StoredLogin | null;
  save(login: StoredLogin): Promise<void> | void;
}

export function memoryLoginStore(initial: StoredLogin | null = null): LoginStore {
  let current = initial;
  return {
    load: () => current,
    save: (login) => {
      current = login;
    },
  };
}

/** What the device shows the person (RFC 8628 §3.3). */
export interface DevicePrompt {
  userCode: string;
  verificationUri: string;
  verificationUriComplete: string | null;
  expiresIn: number;
}

export interface DeviceLoginOptions<S extends string = string> {
  /** An OAuth client id the server allows to start a device flow. */
  clientId: string;
  scopes?: readonly S[];
  /** Shows the code; by default it is printed to stderr. */
  onPrompt?: (prompt: DevicePrompt) => void | Promise<void>;
  /** Where the login is kept; it is saved there when the flow succeeds and on every refresh. */
  store?: LoginStore;
  signal?: AbortSignal;
}

/** How requests authenticate. */
export type AuthOptions<S extends string = string> =
  /** A fixed bearer token. */
  | { token: string }
  /** A fixed API key, agent key or app token, as `Authorization: Bearer` or (header: true) the apiKey header. */
  | { apiKey: string; header?: boolean }
  /** Your own source of tokens, asked again (reason `rejected`) when the server refuses one. */
  | { tokenProvider: TokenProvider; refreshBeforeSeconds?: number }
  /** A key or service account exchanged for short-lived access tokens, refreshed before they expire. */
  | {
      exchange: ExchangeCredential;
      scopes?: readonly S[];
      ttlSeconds?: number;
      /** Refresh this long before expiry (default: a tenth of the lifetime, at most 60 s). */
      refreshBeforeSeconds?: number;
    }
  /** A device login (RFC 8628), run at the first request when the store holds none, then refreshed. */
  | { device: DeviceLoginOptions<S>; refreshBeforeSeconds?: number };

export type ExchangeCredential =
  | { apiKey: string }
  | { apiKeyId: string; apiKeySecret: string }
  | { serviceAccountId: string; serviceAccountSecret: string };

/** A fetch that takes a Request (openapi-fetch's `fetch` option has this shape). */
export type FetchLike = (request: Request) => Promise<Response>;

/** Where the auth requests go. */
export interface Transport {
  baseUrl: string;
  fetch: FetchLike;
  description: ApiDescription;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  now: () => number;
}

/**
 * Caches one token and refreshes it single-flight: however many requests find it missing, about
 * to expire or refused, one refresh runs and all of them wait for it.
 */
export class TokenCache {
  #current: (Token & { obtainedAt: number }) | null = null;
  #inflight: Promise<Token> | null = null;
  readonly #fetchToken: (reason: TokenReason) => Promise<Token>;
  readonly #refreshBeforeMs: number | null;
  readonly #now: () => number;

  constructor(
    fetchToken: (reason: TokenReason) => Promise<Token>,
    options: { refreshBeforeSeconds?: number | undefined; now?: () => number } = {},
  ) {
    this.#fetchToken = fetchToken;
    this.#refreshBeforeMs =
      options.refreshBeforeSeconds === undefined ? null : options.refreshBeforeSeconds * 1000;
    this.#now = options.now ?? Date.now;
  }

  /** The cached token while it is not about to expire, else null (then call get()). */
  fresh(): string | null {
    const current = this.#current;
    return current !== null && !this.#expiring(current) ? current.token : null;
  }

  async get(): Promise<string> {
    const current = this.#current;
    if (current !== null && !this.#expiring(current)) return current.token;
    return (await this.#refresh(current === null ? 'initial' : 'expiring')).token;
  }

  /** The server refused `token`: refresh, unless another request already did. */
  async rejected(token: string): Promise<string> {
    if (this.#current !== null && this.#current.token !== token) return this.#current.token;
    this.#current = null;
    return (await this.#refresh('rejected')).token;
  }

  #expiring(token: Token & { obtainedAt: number }): boolean {
    if (token.expiresAt === null) return false;
    const lifetime = token.expiresAt - token.obtainedAt;
    const before = this.#refreshBeforeMs ?? Math.min(60_000, lifetime / 10);
    return this.#now() >= token.expiresAt - before;
  }

  #refresh(reason: TokenReason): Promise<Token> {
    this.#inflight ??= this.#fetchToken(reason)
      .then((token) => {
        this.#current = { ...token, obtainedAt: this.#now() };
        return token;
      })
      .finally(() => {
        this.#inflight = null;
      });
    return this.#inflight;
  }
}

/**
 * How a request is authorized: one header and its value. A fixed credential's value is built once;
 * a cached token's is read without waiting while it is fresh, so the common path allocates nothing.
 */
interface Authorizer {
  /** The header the credential travels in, or null when requests go unauthenticated. */
  header: string | null;
  /** The header's value for the next request (a promise only while a token is being fetched). */
  value(): string | Promise<string> | null;
  /** Replaces the credential the server refused (the header value sent); null when it cannot be replaced. */
  rejected: ((sent: string) => Promise<void>) | null;
}

const BEARER = 'Bearer ';

function createAuthorizer(auth: AuthOptions | undefined, transport: Transport): Authorizer {
  const fixed = (header: string | null, value: string | null): Authorizer => ({
    header,
    value: () => value,
    rejected: null,
  });
  if (auth === undefined) return fixed(null, null);
  if ('token' in auth) return fixed('authorization', `${BEARER}${auth.token}`);
  if ('apiKey' in auth) {
    const header = transport.description.apiKeyHeader;
    if (auth.header !== true) return fixed('authorization', `${BEARER}${auth.apiKey}`);
    if (header === null) throw new Error('this API declares no apiKey header');
    return fixed(header, auth.apiKey);
  }
  let cache: TokenCache;
  if ('tokenProvider' in auth) {
    cache = new TokenCache(
      async (reason) => {
        const got = await auth.tokenProvider({ reason });
        return typeof got === 'string' ? { token: got, expiresAt: null } : got;
      },
      { refreshBeforeSeconds: auth.refreshBeforeSeconds, now: transport.now },
    );
  } else if ('exchange' in auth) {
    cache = new TokenCache(() => exchangeToken(transport, auth), {
      refreshBeforeSeconds: auth.refreshBeforeSeconds,
      now: transport.now,
    });
  } else {
    cache = new TokenCache((reason) => deviceToken(transport, auth.device, reason), {
      refreshBeforeSeconds: auth.refreshBeforeSeconds,
      now: transport.now,
    });
  }
  return {
    header: 'authorization',
    value: () => {
      const fresh = cache.fresh();
      return fresh === null ? cache.get().then((token) => `${BEARER}${token}`) : `${BEARER}${fresh}`;
    },
    rejected: async (sent) => {
      await cache.rejected(sent.startsWith(BEARER) ? sent.slice(BEARER.length) : sent);
    },
  };
}

function requireEndpoint(transport: Transport, name: keyof ApiDescription['endpoints']): string {
  const path = transport.description.endpoints[name];
  if (path === null) throw new Error(`this API has no ${name} endpoint in its spec`);
  return `${transport.baseUrl}${path}`;
}

async function postJson(transport: Transport, url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await transport.fetch(
    new Request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify(body),
    }),
  );
  if (!response.ok) throw await KeywayApiError.fromResponse(response, 'POST');
  return (await response.json()) as Record<string, unknown>;
}

function postForm(transport: Transport, url: string, fields: Record<string, string>) {
  return transport.fetch(
    new Request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams(fields).toString(),
    }),
  );
}

/** An RFC 6749 §5.1 token response → Token. */
function tokenOf(body: Record<string, unknown>, now: number): Token {
  if (typeof body.access_token !== 'string') throw new Error('the token response has no access_token');
  const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : null;
  return { token: body.access_token, expiresAt: expiresIn === null ? null : now + expiresIn * 1000 };
}

async function exchangeToken(
  transport: Transport,
  auth: Extract<AuthOptions, { exchange: unknown }>,
): Promise<Token> {
  const url = requireEndpoint(transport, 'exchange');
  const credential = auth.exchange;
  const body: Record<string, unknown> = {};
  const headers: Record<string, string> = {};
  // A bare key travels as a bearer credential, which works for every key kind.
  if ('apiKey' in credential) headers.authorization = `Bearer ${credential.apiKey}`;
  else if ('apiKeyId' in credential) {
    body.api_key_id = credential.apiKeyId;
    body.api_key_secret = credential.apiKeySecret;
  } else {
    body.service_account_id = credential.serviceAccountId;
    body.service_account_secret = credential.serviceAccountSecret;
  }
  if (auth.scopes !== undefined) body.scopes = [...auth.scopes];
  if (auth.ttlSeconds !== undefined) body.ttl_seconds = auth.ttlSeconds;
  const started = transport.now();
  return tokenOf(await postJson(transport, url, body, headers), started);
}

async function deviceToken(transport: Transport, options: DeviceLoginOptions, reason: TokenReason) {
  const store = options.store ?? memoryLoginStore();
  let login = await store.load();
  if (login !== null && reason === 'initial' && login.expiresAt > transport.now()) {
    return { token: login.accessToken, expiresAt: login.expiresAt };
  }
  if (login?.refreshToken) {
    try {
      login = await refreshLogin(transport, login);
      await store.save(login);
      return { token: login.accessToken, expiresAt: login.expiresAt };
    } catch (error) {
      // RFC 6749 §5.2 invalid_grant: the refresh token is spent or revoked; log in again.
      if (!(error instanceof KeywayApiError && error.code === 'invalid_grant')) throw error;
    }
  }
  login = await runDeviceLogin(transport, { ...options, store });
  return { token: login.accessToken, expiresAt: login.expiresAt };
}

async function refreshLogin(transport: Transport, login: StoredLogin): Promise<StoredLogin> {
  const started = transport.now();
  const response = await postForm(transport, requireEndpoint(transport, 'token'), {
    grant_type: 'refresh_token',
    refresh_token: login.refreshToken ?? '',
    client_id: login.clientId,
  });
  if (!response.ok) throw await KeywayApiError.fromResponse(response, 'POST');
  return loginOf((await response.json()) as Record<string, unknown>, login.clientId, started, login);
}

function loginOf(
  body: Record<string, unknown>,
  clientId: string,
  started: number,
  previous: StoredLogin | null = null,
): StoredLogin {
  const token = tokenOf(body, started);
  return {
    accessToken: token.token,
    // RFC 6749 §6: a refresh may or may not rotate the refresh token.
    refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : (previous?.refreshToken ?? null),
    expiresAt: token.expiresAt ?? started + 300_000,
    scope: typeof body.scope === 'string' ? body.scope : (previous?.scope ?? ''),
    clientId,
  };
}

const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

/** RFC 8628: start, show the code, poll the token endpoint until the person answers, store. */
export async function runDeviceLogin(transport: Transport, options: DeviceLoginOptions): Promise<StoredLogin> {
  const fields: Record<string, string> = { client_id: options.clientId };
  if (options.scopes !== undefined && options.scopes.length > 0) fields.scope = options.scopes.join(' ');
  const started = await postForm(transport, requireEndpoint(transport, 'deviceAuthorization'), fields);
  if (!started.ok) throw await KeywayApiError.fromResponse(started, 'POST');
  const grant = (await started.json()) as Record<string, unknown>;
  const deviceCode = String(grant.device_code);
  const prompt: DevicePrompt = {
    userCode: String(grant.user_code),
    verificationUri: String(grant.verification_uri),
    verificationUriComplete:
      typeof grant.verification_uri_complete === 'string' ? grant.verification_uri_complete : null,
    expiresIn: Number(grant.expires_in),
  };
  const onPrompt =
    options.onPrompt ??
    ((p: DevicePrompt) => {
      console.error(`Open ${p.verificationUriComplete ?? p.verificationUri} and enter ${p.userCode}`);
    });
  await onPrompt(prompt);
  // RFC 8628 §3.5: without an interval the client waits 5 seconds between polls.
  let interval = typeof grant.interval === 'number' ? grant.interval : 5;
  const deadline = transport.now() + prompt.expiresIn * 1000;
  const tokenUrl = requireEndpoint(transport, 'token');
  for (;;) {
    await transport.sleep(interval * 1000, options.signal);
    if (transport.now() > deadline) throw new Error('the device code expired before the login was approved');
    const polled = transport.now();
    const response = await postForm(transport, tokenUrl, {
      grant_type: DEVICE_GRANT,
      device_code: deviceCode,
      client_id: options.clientId,
    });
    if (response.ok) {
      const login = loginOf((await response.json()) as Record<string, unknown>, options.clientId, polled);
      await options.store?.save(login);
      return login;
    }
    const error = await KeywayApiError.fromResponse(response, 'POST');
    if (error.code === 'authorization_pending') continue;
    // RFC 8628 §3.5: slow_down adds 5 seconds to the interval, for this and every later poll.
    if (error.code === 'slow_down') interval += 5;
    else if (error.status === 429) interval = Math.max(interval, error.retryAfter ?? interval);
    else throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Retries and the lifecycle middleware

export interface RetryPolicy {
  /** Retries after the first attempt (0: none). */
  maxRetries: number;
  /** The first backoff ceiling; it doubles per retry up to maxDelayMs (full jitter below it). */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A `Retry-After` longer than this is not waited for: the 429 or 503 is returned. */
  maxRetryAfterSeconds: number;
  /** Statuses worth retrying. */
  statuses: readonly number[];
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 200,
  maxDelayMs: 10_000,
  maxRetryAfterSeconds: 60,
  statuses: [429, 503],
};

/** RFC 9110 §9.2.2 idempotent methods. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

/** Full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"): uniform in [0, ceiling). */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.floor(random() * ceiling);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export interface LifecycleOptions {
  auth?: AuthOptions | undefined;
  retry?: Partial<RetryPolicy> | undefined;
  baseUrl: string;
  fetch: FetchLike;
  description: ApiDescription;
  /** Overridable for tests. */
  random?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
}

/**
 * Sets a header in place: a Request built with `new Request(url, init)`, as openapi-fetch builds
 * them, has headers guarded only against forbidden names (Fetch §5.4 "request" guard). A Request
 * whose headers refuse the change (a custom `Request` class, the "immutable" guard) is copied.
 */
function withHeader(request: Request, name: string, value: string): Request {
  try {
    request.headers.set(name, value);
    return request;
  } catch {
    const copy = new Request(request);
    copy.headers.set(name, value);
    return copy;
  }
}

/**
 * Authorizes every request; replays it once with a fresh credential when the server refuses the
 * one sent (401, or 403 with an RFC 6750 `invalid_token` challenge: expired or revoked); sets an
 * Idempotency-Key on creates that take one; retries 429, 503 and network errors with backoff for
 * idempotent requests (and creates carrying an Idempotency-Key).
 *
 * The common path (a 2xx to a request without a body) builds no Request beyond openapi-fetch's:
 * headers are set in place, and a request is copied only when it must be sent again. A bodiless
 * request is resent by cloning the one sent; one with a body keeps a clone, taken before it goes
 * out, only when it may be resent (retryable, or a refreshable token may be refused).
 */
export function lifecycleMiddleware(options: LifecycleOptions): Middleware {
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const wait = options.sleep ?? sleep;
  const random = options.random ?? Math.random;
  const transport: Transport = {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    fetch: options.fetch,
    description: options.description,
    sleep: wait,
    now: options.now ?? Date.now,
  };
  const authorizer = createAuthorizer(options.auth, transport);
  const idempotencyKeys = options.description.idempotencyKeys;
  /** The methods of the keyed creates, so that other requests skip the `METHOD /path` lookup. */
  const keyedMethods = new Set(Object.keys(idempotencyKeys).map((key) => key.slice(0, key.indexOf(' '))));
  /** A sendable copy of each request with a body that may be resent, by the request sent. */
  const templates = new WeakMap<Request, Request>();

  const keyHeaderOf = (method: string, schemaPath: string): string | undefined =>
    keyedMethods.has(method) ? idempotencyKeys[`${method} ${schemaPath}`] : undefined;

  const retryable = (request: Request, schemaPath: string): boolean => {
    if (IDEMPOTENT.has(request.method)) return true;
    const keyHeader = keyHeaderOf(request.method, schemaPath);
    return keyHeader !== undefined && request.headers.has(keyHeader);
  };

  const authorized = (request: Request, value: string | null): Request =>
    value === null || authorizer.header === null ? request : withHeader(request, authorizer.header, value);

  /** Authorizes `request`; keeps a copy of its body when it may have to be sent again. */
  const prepare = (request: Request, value: string | null, schemaPath: string): Request => {
    const outgoing = authorized(request, value);
    if (outgoing.body !== null && (authorizer.rejected !== null || retryable(outgoing, schemaPath))) {
      templates.set(outgoing, outgoing.clone());
    }
    return outgoing;
  };

  const refused = (response: Response) =>
    response.status === 401 ||
    (response.status === 403 && /error="invalid_token"/.test(response.headers.get('www-authenticate') ?? ''));

  /** Whether `response` may lead to a replay or a retry; false for nearly every answer. */
  const mayResend = (response: Response) =>
    policy.statuses.includes(response.status) || (authorizer.rejected !== null && refused(response));

  /** Resends `request` until an answer is final; `first` is the first attempt's response or error. */
  async function settle(
    request: Request,
    schemaPath: string,
    first: Response | unknown,
    fetchImpl: FetchLike,
  ): Promise<Response> {
    const kept = templates.get(request) ?? (request.body === null ? request : undefined);
    templates.delete(request);
    if (kept === undefined) {
      // A body already sent and not kept: this request is never resent.
      if (first instanceof Response) return first;
      throw first;
    }
    const template: Request = kept;
    const canRetry = retryable(request, schemaPath);
    const header = authorizer.header;
    let sent = header === null ? null : request.headers.get(header);
    let outcome = first;
    let replayed = false;
    let retries = 0;
    const signal = request.signal;
    for (;;) {
      if (outcome instanceof Response) {
        if (!replayed && authorizer.rejected !== null && sent !== null && refused(outcome)) {
          replayed = true;
          await authorizer.rejected(sent);
          await outcome.body?.cancel();
          outcome = await attempt();
          continue;
        }
        if (!canRetry || retries >= policy.maxRetries || !policy.statuses.includes(outcome.status)) {
          return outcome;
        }
        const retryAfter = parseRetryAfter(outcome.headers.get('retry-after'));
        if (retryAfter !== null && retryAfter > policy.maxRetryAfterSeconds) return outcome;
        const jittered = backoffDelay(retries, policy, random);
        await outcome.body?.cancel();
        await wait(retryAfter === null ? jittered : retryAfter * 1000, signal);
      } else {
        if (!canRetry || retries >= policy.maxRetries || signal.aborted) throw outcome;
        await wait(backoffDelay(retries, policy, random), signal);
      }
      retries += 1;
      outcome = await attempt();
    }

    async function attempt(): Promise<Response | unknown> {
      try {
        // The template stays unsent (its clone goes out), so it can serve every later attempt.
        const value = await authorizer.value();
        sent = value;
        return await fetchImpl(authorized(template.clone(), value));
      } catch (error) {
        if (error instanceof KeywayApiError) throw error;
        return error;
      }
    }
  }

  return {
    onRequest({ request, schemaPath }) {
      let outgoing = request;
      const keyHeader = keyHeaderOf(request.method, schemaPath);
      if (keyHeader !== undefined && !request.headers.has(keyHeader)) {
        outgoing = withHeader(request, keyHeader, crypto.randomUUID());
      }
      const value = authorizer.value();
      if (typeof value === 'string' || value === null) return prepare(outgoing, value, schemaPath);
      return value.then((resolved) => prepare(outgoing, resolved, schemaPath));
    },
    onResponse({ request, response, schemaPath, options: fetchOptions }) {
      if (!mayResend(response)) return undefined;
      return settle(request, schemaPath, response, fetchOptions.fetch).then((settled) =>
        settled === response ? undefined : settled,
      );
    },
    onError({ request, error, schemaPath, options: fetchOptions }) {
      return settle(request, schemaPath, error, fetchOptions.fetch);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Pagination

/** Sends one page request: `cursor` is undefined for the first page. */
export type PageSender = (cursor: string | undefined) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** The element type of `Page[F]`. */
export type ItemOf<Page, F extends string> = Page extends { [K in F]: readonly (infer I)[] } ? I : unknown;

/** `params` with `query[name]` set to `cursor` (unchanged for the first page). */
export function withCursor<P>(params: P, name: string, cursor: string | undefined): P {
  if (cursor === undefined) return params;
  const base = (params ?? {}) as { query?: Record<string, unknown> };
  return { ...base, query: { ...base.query, [name]: cursor } } as P;
}

export interface Pages<Page, Item> extends AsyncIterable<Page> {
  /** Every item of every page, in order. */
  items(): AsyncIterable<Item>;
}

/** Follows `nextField` from page to page until it is null; each page is fetched when asked for. */
export function paginate<Page, Item>(send: PageSender, itemsField: string, nextField: string): Pages<Page, Item> {
  async function* pages(): AsyncGenerator<Page> {
    let cursor: string | undefined;
    for (;;) {
      const { data, error, response } = await send(cursor);
      if (data === undefined) {
        throw KeywayApiError.fromBody(response, error);
      }
      yield data as Page;
      const next = (data as Record<string, unknown>)[nextField];
      if (typeof next !== 'string' || next === '') return;
      cursor = next;
    }
  }
  return {
    [Symbol.asyncIterator]: pages,
    async *items() {
      for await (const page of pages()) {
        const items = (page as Record<string, unknown>)[itemsField];
        if (Array.isArray(items)) yield* items as Item[];
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Server-Sent Events (WHATWG HTML §9.2)

export interface ServerSentEvent {
  /** The event's `id:`, or the last id seen before it. */
  id: string | null;
  /** `event:`, `message` when absent. */
  event: string;
  data: string;
}

export interface StreamOptions {
  /** Resume after this event id (sent as `Last-Event-ID`). */
  lastEventId?: string;
  /** Reconnect when the stream ends or fails (default true); a 204 or a 4xx other than 429 ends it. */
  reconnect?: boolean;
  /** Wait before reconnecting, until the server sends `retry:` (default 1000 ms). */
  retryMs?: number;
  /** Gives up after this many reconnections in a row without an event (default: never). */
  maxReconnects?: number;
  signal?: AbortSignal;
}

/** Opens the stream (with `Last-Event-ID` when resuming); openapi-fetch with `parseAs: 'stream'`. */
export type StreamOpener = (
  headers: Record<string, string>,
  signal: AbortSignal,
) => Promise<{ data?: ReadableStream<Uint8Array> | null; error?: unknown; response: Response }>;

/** Reads a stream of events, reconnecting with `Last-Event-ID` so nothing is missed or repeated. */
export async function* streamEvents(open: StreamOpener, options: StreamOptions = {}): AsyncGenerator<ServerSentEvent> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let lastEventId = options.lastEventId ?? null;
  let retryMs = options.retryMs ?? 1000;
  let quiet = 0;
  try {
    while (!controller.signal.aborted) {
      try {
        const headers: Record<string, string> = { accept: 'text/event-stream' };
        if (lastEventId !== null) headers['last-event-id'] = lastEventId;
        const { data, response } = await open(headers, controller.signal);
        // WHATWG HTML §9.2.3: 204 No Content tells the client to stop reconnecting.
        if (response.status === 204 || data === undefined || data === null) return;
        for await (const event of parseEventStream(data)) {
          if (event.retry !== null) retryMs = event.retry;
          if (event.id !== null) lastEventId = event.id;
          if (event.data === null) continue;
          quiet = 0;
          yield { id: lastEventId, event: event.event ?? 'message', data: event.data };
        }
      } catch (error) {
        if (controller.signal.aborted) return;
        if (error instanceof KeywayApiError && error.status >= 400 && error.status < 500 && error.status !== 429) {
          throw error;
        }
      }
      if (options.reconnect === false) return;
      quiet += 1;
      if (options.maxReconnects !== undefined && quiet > options.maxReconnects) {
        throw new Error(`the event stream failed ${quiet} times in a row`);
      }
      try {
        await sleep(retryMs, controller.signal);
      } catch {
        return;
      }
    }
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    controller.abort();
  }
}

interface ParsedEvent {
  id: string | null;
  event: string | null;
  data: string | null;
  retry: number | null;
}

/** WHATWG HTML §9.2.6: lines end in CRLF, LF or CR; a blank line dispatches the event. */
export async function* parseEventStream(body: ReadableStream<Uint8Array>): AsyncGenerator<ParsedEvent> {
  const decoder = new TextDecoder();
  let buffer = '';
  let event: ParsedEvent = { id: null, event: null, data: null, retry: null };
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      for (;;) {
        const end = buffer.search(/\r\n|\r|\n/);
        // A CR at the very end may be the first half of a CRLF: wait for more.
        if (end === -1 || (end === buffer.length - 1 && buffer[end] === '\r' && !done)) break;
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + (buffer.startsWith('\r\n', end) ? 2 : 1));
        if (line === '') {
          if (event.data !== null || event.id !== null || event.retry !== null) yield event;
          event = { id: null, event: null, data: null, retry: null };
          continue;
        }
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        let value = colon === -1 ? '' : line.slice(colon + 1);
        if (value.startsWith(' ')) value = value.slice(1);
        if (field === 'data') event.data = event.data === null ? value : `${event.data}\n${value}`;
        else if (field === 'event') event.event = value;
        else if (field === 'id' && !value.includes('\0')) event.id = value;
        else if (field === 'retry' && /^\d+$/.test(value)) event.retry = Number(value);
      }
      if (done) return;
    }
  } finally {
    reader.releaseLock();
  }
}
