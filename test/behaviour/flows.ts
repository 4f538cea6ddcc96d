// Small flows the behavioural tests share: a server per backend, signing in, inviting, joining an
// org with a role, creating an API key, and checking problem+json answers and RFC 6750 challenges
// read through test/support/api.ts.
import { randomInt } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, expect } from 'vitest';
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
export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  effective_scopes: string[];
  status: 'active' | 'expired' | 'revoked';
  created_by: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
  previous_secret_expires_at: string | null;
}

/** The answer to creating or rotating a key: the only time the secret is shown. */
export interface ApiKeyWithSecret extends ApiKey {
  secret: string;
}

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

/** Throws with the response when a setup step does not answer as expected; returns the response. */
export function must(response: ApiResponse, status: number, step: string): ApiResponse {
  if (response.status !== status) throw new Error(`${step} answered ${response.status}: ${response.text}`);
  return response;
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
  const as = typeof caller === 'string' ? { token: caller } : caller;
  const body = { name: 'behaviour test', scopes, ...more };
  const response = await api('POST', '/v1/api-keys', { ...as, body });
  must(response, 201, `create the API key ${body.name} with ${scopes.join(' ')}`);
  return response.body;
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
  const as = typeof caller === 'string' ? { token: caller } : caller;
  const response = await api('POST', '/v1/service-accounts', { ...as, body: { name, scopes } });
  must(response, 201, `create the service account ${name} with ${scopes.join(' ')}`);
  return response.body;
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
