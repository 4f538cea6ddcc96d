// Small flows the behavioural tests share: a server per backend, signing in, inviting, joining an
// org with a role, creating an API key, and checking problem+json answers, RFC 6750 challenges,
// new secrets, role-cap tables, pages and Idempotency-Key replays read through test/support/api.ts.
import { randomInt } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, expect } from 'vitest';
import type { components } from '../../generated/types.ts';
import { checksumOf } from '../../server/secrets/secret.ts';
import { expectApiProblem } from '../server/expect-problem.ts';
import { startTestServer, type TestServer } from '../server/test-server.ts';
import {
  type Api,
  type ApiResponse,
  apiFor,
  type CallOptions,
  PASSWORD,
  signup,
  uniqueEmail,
} from '../support/api.ts';
import type { Backend } from '../support/backends.ts';

/** Asserts an ApiResponse is a Keyway problem+json (test/server/expect-problem.ts); returns the body. */
export const expectProblem = expectApiProblem;

export type Role = 'owner' | 'admin' | 'member' | 'viewer';

/** The Session body of signup, login and refresh (spec/components/schemas/sessions.yaml#/Session). */
export interface Session {
  access_token: string;
  token_type: string;
  expires_in: number;
  refresh_token: string;
  scope: string;
  user: { id: string; email: string; name: string };
  org: { id: string; name: string };
  role: Role;
}

/** An API key as the API shows it (spec/components/schemas/api-keys.yaml#/ApiKey). */
export type ApiKey = components['schemas']['ApiKey'];

/** The answer to creating or rotating a key: the only time the secret is shown. */
export type ApiKeyWithSecret = components['schemas']['ApiKeyWithSecret'];

/**
 * Server settings for behavioural tests: quiet, and limits high enough that one file's many
 * sign-ups, refreshes and requests from 127.0.0.1 with one credential never trip them (tests of a
 * limit set their own).
 */
export const SERVER_ENV = {
  KEYWAY_LOG_LEVEL: 'silent',
  KEYWAY_RATE_LIMIT: '100000',
  KEYWAY_TOKEN_RATE_LIMIT: '100000',
  KEYWAY_LOGIN_IP_RATE_LIMIT: '100000',
} as const;

/** The running server of useServer and a client for it. */
export interface UsedServer {
  /** Calls the running server; safe to keep from the start, it looks the server up on each call. */
  readonly api: Api;
  /** The running server; only inside tests and hooks that run after useServer's beforeAll. */
  readonly server: TestServer;
}

/**
 * Starts a server on a fresh `backend` database before the enclosing describe's tests (before the
 * beforeAll hooks registered after this call) and, after them, stops it and cleans the backend up.
 */
export function useServer(backend: Backend, env: NodeJS.ProcessEnv = SERVER_ENV): UsedServer {
  let running: { server: TestServer; api: Api } | undefined;
  beforeAll(async () => {
    const server = await startTestServer(env, backend);
    running = { server, api: apiFor(server) };
  });
  afterAll(async () => {
    await running?.server.close();
    await backend.cleanup();
  });
  const started = () => {
    if (running === undefined) throw new Error(`no server on ${backend.name}: it starts in beforeAll`);
    return running;
  };
  return {
    api: (method, path, options) => started().api(method, path, options),
    get server() {
      return started().server;
    },
  };
}

export const REFRESH_TOKEN = /^kwr_[0-9A-Za-z]{42}$/;
export const INVITATION_TOKEN = /^kwi_[0-9A-Za-z]{42}$/;
export const API_KEY_SECRET = /^kwk_[0-9A-Za-z]{42}$/;
export const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
/** The API's timestamps: RFC 3339 in UTC. */
export const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
export const DAY_MS = 24 * 60 * 60 * 1000;

/** The two ways a key may be presented (spec security schemes bearerAuth and apiKeyHeader). */
export const PRESENTATIONS = [
  { name: 'Authorization: Bearer', as: (secret: string): CallOptions => ({ token: secret }) },
  { name: 'x-api-key', as: (secret: string): CallOptions => ({ apiKey: secret }) },
];

/** A session's access token as CallOptions. */
export const asToken = (session: Session): CallOptions => ({ token: session.access_token });

/** The caller of a flow: a session's access token, or any credential as CallOptions. */
export const asCaller = (caller: string | CallOptions): CallOptions =>
  typeof caller === 'string' ? { token: caller } : caller;

/** RFC 6750 §3: the challenge to a request without a credential, no error attribute. */
export const BARE_CHALLENGE = /^Bearer realm="keyway"$/;
/** RFC 6750 §3.1: the challenge on a refused (present but unusable) credential. */
export const INVALID_TOKEN_CHALLENGE =
  /^Bearer realm="keyway", error="invalid_token", error_description="[^"]+"$/;

/**
 * Asserts a 403 insufficient_scope problem that names the one missing `scope` in its `scopes`
 * member and in its RFC 6750 §3.1 challenge; returns the body.
 */
export function expectInsufficientScope(
  response: ApiResponse,
  instance: string,
  scope: string,
): Record<string, unknown> {
  const body = expectProblem(response, { status: 403, code: 'insufficient_scope', instance });
  expect(body.scopes).toEqual([scope]);
  expect(response.headers.get('www-authenticate')).toMatch(
    new RegExp(
      `^Bearer realm="keyway", error="insufficient_scope", error_description="[^"]+", scope="${scope}"$`,
    ),
  );
  return body;
}

/** Asserts the WWW-Authenticate challenge on a refused (present but unusable) credential. */
export function expectInvalidTokenChallenge(response: ApiResponse): void {
  expect(response.headers.get('www-authenticate')).toMatch(INVALID_TOKEN_CHALLENGE);
}

/** What credential tests ask one server over and over, bound to its `api`. */
export function credentialCalls(api: Api) {
  const whoami = (credential: CallOptions) => api('GET', '/v1/whoami', credential);
  return {
    /** A new person who owns a new org. */
    owner: (): Promise<Session> => signup(api),
    whoami,
    /** Asserts GET /v1/whoami refuses `credential` with 403 `code` and the RFC 6750 §3.1 challenge. */
    async expectRefused(credential: CallOptions, code: 'credential_revoked' | 'credential_expired') {
      const response = await whoami(credential);
      expectProblem(response, { status: 403, code, instance: '/v1/whoami' });
      expectInvalidTokenChallenge(response);
    },
  };
}

/**
 * Asserts the one answer that shows a new secret: `status`, `Cache-Control: no-store`, and a
 * secret of `pattern` whose last 6 characters are the CRC-32 of the rest
 * (spec/components/schemas/secrets.yaml). Returns the body.
 */
// biome-ignore lint/suspicious/noExplicitAny: the body's shape is the caller's to assert.
export function expectSecretShown(response: ApiResponse, pattern: RegExp, status = 201): any {
  expect(response.status, response.text).toBe(status);
  expect(response.headers.get('cache-control')).toBe('no-store');
  const secret: string = response.body.secret;
  expect(secret).toMatch(pattern);
  expect(secret.slice(-6)).toBe(checksumOf(secret.slice(0, -6)));
  return response.body;
}

/**
 * Asserts a key created at `before` (ms) without an expires_at expires after the server's default
 * key lifetime: KEYWAY_API_KEY_DEFAULT_TTL, 90 days unless configured.
 */
export function expectDefaultExpiry(expiresAt: string | null, before: number): void {
  const at = Date.parse(expiresAt ?? '');
  expect(at).toBeGreaterThanOrEqual(before + 90 * DAY_MS - 2_000);
  expect(at).toBeLessThanOrEqual(Date.now() + 90 * DAY_MS + 2_000);
}

/**
 * Asserts the answer to creating a credential in a role-cap table. `want` is `201` (granted the
 * `scopes` asked for) or `<status> <code>`; a 403 insufficient_scope names `writeScope`.
 */
export function expectCreateAnswer(
  response: ApiResponse,
  { want, scopes }: { want: string; scopes: string[] },
  { instance, writeScope }: { instance: string; writeScope: string },
): void {
  const [status, code] = want.split(' ');
  if (code === undefined) {
    expect(response.status, response.text).toBe(Number(status));
    expect(response.body.scopes).toEqual(scopes);
  } else if (code === 'insufficient_scope') {
    expectInsufficientScope(response, instance, writeScope);
  } else {
    expectProblem(response, { status: Number(status), code, instance });
  }
}

/**
 * Follows `next_cursor` through the list at `path` as `caller`, `limit` items a page (the
 * server's default when undefined). Asserts every page is a 200 with exactly `data` and
 * `next_cursor`, and that the pages end. Returns the ids in list order and each page's size.
 */
export async function collectPages(
  api: Api,
  path: string,
  caller: CallOptions,
  limit: number | undefined,
): Promise<{ ids: string[]; sizes: number[] }> {
  const ids: string[] = [];
  const sizes: number[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 200; page++) {
    const query = new URLSearchParams();
    if (limit !== undefined) query.set('limit', String(limit));
    if (cursor !== null) query.set('cursor', cursor);
    const suffix = query.size > 0 ? `?${query}` : '';
    const response = await api('GET', `${path}${suffix}`, caller);
    expect(response.status, response.text).toBe(200);
    expect(Object.keys(response.body).sort()).toEqual(['data', 'next_cursor']);
    sizes.push(response.body.data.length);
    ids.push(...response.body.data.map((item: { id: string }) => item.id));
    cursor = response.body.next_cursor;
    if (cursor === null) break;
    expect(cursor).toEqual(expect.any(String));
  }
  expect(cursor).toBeNull();
  return { ids, sizes };
}

/**
 * POSTs `body` to `path` as `caller` twice under one Idempotency-Key, and asserts the second
 * answer replays the first: both `status`, the same body, only the second marked replayed.
 */
export async function postTwice(
  api: Api,
  path: string,
  caller: CallOptions,
  body: unknown,
  idempotencyKey: string,
  status = 201,
): Promise<{ first: ApiResponse; replay: ApiResponse }> {
  const call = () => api('POST', path, { ...caller, headers: { 'idempotency-key': idempotencyKey }, body });
  const first = await call();
  expect(first.status, first.text).toBe(status);
  expect(first.headers.get('idempotent-replayed')).toBeNull();
  const replay = await call();
  expect(replay.status, replay.text).toBe(status);
  expect(replay.headers.get('idempotent-replayed')).toBe('true');
  expect(replay.body).toEqual(first.body);
  return { first, replay };
}

/** Throws with the response when a setup step does not answer as expected; returns the response. */
export function must(response: ApiResponse, status: number, step: string): ApiResponse {
  if (response.status !== status) throw new Error(`${step} answered ${response.status}: ${response.text}`);
  return response;
}

/** POSTs `body` to `path` as `caller` and returns the 201's body; throws (naming `step`) on any other answer. */
export async function created(
  api: Api,
  path: string,
  caller: string | CallOptions,
  body: unknown,
  step: string,
  // biome-ignore lint/suspicious/noExplicitAny: the caller names the resource's type.
): Promise<any> {
  return must(await api('POST', path, { ...asCaller(caller), body }), 201, step).body;
}

/** `GET /v1/scopes`: each role's scopes (x-keyway-roles in the spec). */
export async function roleScopes(api: Api): Promise<Record<Role, string[]>> {
  const response = await api('GET', '/v1/scopes');
  must(response, 200, 'GET /v1/scopes');
  const byRole: Record<string, string[]> = {};
  for (const role of response.body.roles as { name: string; scopes: string[] }[])
    byRole[role.name] = role.scopes;
  return byRole as Record<Role, string[]>;
}

/** A copy sorted, for comparing scope lists whose order the contract leaves open. */
export function sorted(list: readonly string[]): string[] {
  return [...list].sort();
}

/** Logs in with PASSWORD, to `orgId` when given; returns the Session body. */
export async function login(api: Api, email: string, orgId?: string): Promise<Session> {
  const response = await api('POST', '/v1/auth/login', {
    body: { email, password: PASSWORD, ...(orgId === undefined ? {} : { org_id: orgId }) },
  });
  must(response, 200, `login as ${email}`);
  return response.body;
}

/** Invites one email with a role; returns the new invitation's id and accept token. */
export async function invite(
  api: Api,
  inviterToken: string,
  email: string,
  role: Role,
): Promise<{ id: string; token: string }> {
  const response = await api('POST', '/v1/invitations', {
    token: inviterToken,
    body: { invitations: [{ email, role }] },
  });
  must(response, 200, `invite ${email} as ${role}`);
  const result = response.body.results?.[0];
  if (result?.status !== 'invited') throw new Error(`invite ${email} as ${role}: ${response.text}`);
  return { id: result.invitation.id, token: result.token };
}

export interface Joined {
  email: string;
  userId: string;
  /** The invitation they accepted. */
  invitation: { id: string; token: string };
  /** A session for the org they joined. */
  session: Session;
  /** The session from their own sign-up, for the org created with their account. */
  home: Session;
}

/**
 * A new person in `orgId` with `role`: invited by `inviterToken`'s holder, signed up (which
 * creates their own org too), accepted, then logged in to `orgId` (checked to hold `role` there).
 */
export async function joinAs(api: Api, inviterToken: string, orgId: string, role: Role): Promise<Joined> {
  const email = uniqueEmail(role);
  const invitation = await invite(api, inviterToken, email, role);
  const home: Session = await signup(api, { email, name: `A ${role}` });
  const accepted = await api('POST', '/v1/invitations/accept', {
    token: home.access_token,
    body: { token: invitation.token },
  });
  must(accepted, 200, `accept the invitation of ${email}`);
  const session = await login(api, email, orgId);
  if (session.role !== role)
    throw new Error(`${email} logged in to ${orgId} as ${session.role}, not ${role}`);
  return { email, userId: home.user.id, invitation, session, home };
}

/**
 * Creates an API key with `scopes` (named 'behaviour test' unless `more` names it) as the holder
 * of `caller`: a session's access token, or any credential as CallOptions.
 */
export async function createApiKey(
  api: Api,
  caller: string | CallOptions,
  scopes: string[],
  more: { name?: string; expires_at?: string } = {},
): Promise<ApiKeyWithSecret> {
  const body = { name: 'behaviour test', scopes, ...more };
  return created(
    api,
    '/v1/api-keys',
    caller,
    body,
    `create the API key ${body.name} with ${scopes.join(' ')}`,
  );
}

/** One part of a compact JWS (0: header, 1: payload), decoded. */
export function jwtPart(jwt: string, index: 0 | 1): Record<string, unknown> {
  const part = jwt.split('.')[index] ?? '';
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
}

/** A problem body without the members that differ per request. */
export function withoutRequestMembers(body: Record<string, unknown>): Record<string, unknown> {
  const { request_id: _requestId, instance: _instance, ...rest } = body;
  return rest;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * A well-formed Keyway secret that no server issued, built from the format the spec publishes
 * (components/schemas/secrets.yaml): prefix, 36 random base-62 characters, then the CRC-32 of
 * all that in base 62, left-padded with `0` to 6 characters.
 */
export function wellFormedSecret(prefix: string): string {
  let body = prefix;
  for (let i = 0; i < 36; i += 1) body += BASE62[randomInt(62)];
  let n = crc32(body);
  let checksum = '';
  while (n > 0) {
    checksum = BASE62[n % 62] + checksum;
    n = Math.floor(n / 62);
  }
  return body + checksum.padStart(6, '0');
}

/** `secret` with its last (checksum) character changed, so its checksum no longer matches. */
export function withWrongChecksum(secret: string): string {
  const last = secret.at(-1) === '0' ? '1' : '0';
  return secret.slice(0, -1) + last;
}

/** A service account as its creation shows it, the only time with its secret (spec/components/schemas/service-accounts.yaml). */
export interface ServiceAccountWithSecret {
  id: string;
  client_id: string;
  name: string;
  scopes: string[];
  effective_scopes: string[];
  secret_prefix: string;
  secret: string;
}

/** Creates a service account with `scopes` (named 'behaviour-test' unless `name` is given) as the holder of `caller`. */
export async function createServiceAccount(
  api: Api,
  caller: string | CallOptions,
  scopes: string[],
  name = 'behaviour-test',
): Promise<ServiceAccountWithSecret> {
  const step = `create the service account ${name} with ${scopes.join(' ')}`;
  return created(api, '/v1/service-accounts', caller, { name, scopes }, step);
}

/**
 * RFC 6749 §2.3.1 client_secret_basic: the form-urlencoded client id and secret joined by `:`,
 * base64, as an Authorization header value.
 */
export function basicAuthorization(clientId: string, secret: string): string {
  const encode = (text: string) => new URLSearchParams({ x: text }).toString().slice(2);
  return `Basic ${Buffer.from(`${encode(clientId)}:${encode(secret)}`).toString('base64')}`;
}

/**
 * `jwt` with one character of its signature changed: the second-to-last, since the last one of an
 * Ed25519 signature's base64url carries padding bits that may not change the decoded bytes.
 */
export function withTamperedSignature(jwt: string): string {
  const changed = jwt.at(-2) === 'A' ? 'B' : 'A';
  return `${jwt.slice(0, -2)}${changed}${jwt.at(-1)}`;
}
