// The OAuth requests `keyway login`, `whoami` and `logout` make as the public client `keyway-cli`:
// discovery (RFC 8414), the device authorization grant (RFC 8628), refresh (RFC 6749 §6) and
// revocation (RFC 7009). Tokens go only into request bodies and return values, never into errors.
import type { components } from '../generated/types.ts';
import { CLI_CLIENT_ID } from '../server/config.ts';
import { form, type HttpResponse, send, UnreachableError } from './http.ts';
import { printable } from './terminal.ts';

/** The CLI's OAuth client id, the one the server always allows to start a device flow. */
export const CLIENT_ID = CLI_CLIENT_ID;
const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

export type ServerMetadata = components['schemas']['AuthorizationServerMetadata'];
export type DeviceAuthorization = components['schemas']['DeviceAuthorizationResponse'];
type OAuthErrorBody = components['schemas']['OAuthError'];

/** The endpoints the CLI uses, from the server's metadata. */
export type Endpoints = Pick<
  ServerMetadata,
  'issuer' | 'device_authorization_endpoint' | 'token_endpoint' | 'revocation_endpoint'
>;

/** A token response with the refresh token the device and refresh grants always issue. */
export interface IssuedTokens {
  access_token: string;
  refresh_token: string;
  token_type: string;
  scope: string;
  /** When access_token expires, ISO 8601, counted from when the request was sent. */
  expires_at: string;
}

/** An RFC 6749 §5.2 error answer; the message is for people and quotes error_description. */
export class OAuthError extends Error {
  constructor(
    readonly code: string,
    readonly description: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

/** RFC 8414 §3: GET <server>/.well-known/oauth-authorization-server. */
export async function discoverEndpoints(server: string): Promise<Endpoints> {
  const url = `${server}/.well-known/oauth-authorization-server`;
  const response = await send(url, { method: 'GET' }, 'the server');
  const body = response.body as Partial<ServerMetadata> | undefined;
  if (response.status !== 200 || typeof body !== 'object' || body === null) {
    throw new Error(`${url} answered ${response.status}; is ${server} a Keyway server?`);
  }
  const endpoints = {
    issuer: body.issuer,
    device_authorization_endpoint: body.device_authorization_endpoint,
    token_endpoint: body.token_endpoint,
    revocation_endpoint: body.revocation_endpoint,
  };
  for (const [name, value] of Object.entries(endpoints)) {
    // Tokens are posted to these URLs, so each must be an http(s) URL.
    if (typeof value !== 'string' || !isHttpUrl(value)) {
      throw new Error(`the server's metadata at ${url} has no usable ${name}`);
    }
  }
  // RFC 8414 §3.3: the issuer in the metadata must be the URL it was fetched for, so that a
  // server cannot send this client's tokens to endpoints of another issuer.
  if (endpoints.issuer !== server) {
    throw new Error(
      `${server} names its issuer ${printable(String(endpoints.issuer))}; use --server ${printable(String(endpoints.issuer))}`,
    );
  }
  return endpoints as Endpoints;
}

/** RFC 8628 §3.1: asks for a device code and user code; `scopes` empty means no scope parameter. */
export async function startDeviceAuthorization(
  endpoints: Endpoints,
  scopes: readonly string[],
): Promise<DeviceAuthorization> {
  const response = await send(
    endpoints.device_authorization_endpoint,
    form({ client_id: CLIENT_ID, scope: scopes.length > 0 ? scopes.join(' ') : undefined }),
    'the device authorization endpoint',
  );
  if (response.status !== 200) throw oauthError(response, 'the server refused to start a login');
  const body = response.body as Partial<DeviceAuthorization> | undefined;
  const valid =
    typeof body === 'object' &&
    body !== null &&
    typeof body.device_code === 'string' &&
    typeof body.user_code === 'string' &&
    typeof body.verification_uri === 'string' &&
    isHttpUrl(body.verification_uri) &&
    (body.verification_uri_complete === undefined || isHttpUrl(body.verification_uri_complete)) &&
    isPositive(body.expires_in) &&
    (body.interval === undefined || isPositive(body.interval));
  if (!valid) throw new Error('the device authorization endpoint answered 200 without a usable body');
  // RFC 8628 §3.2: interval is optional and defaults to 5 seconds.
  return { ...body, interval: body.interval ?? 5 } as DeviceAuthorization;
}

export interface PollOptions {
  /** Waits `ms` milliseconds; tests pass one that records the waits instead. */
  sleep?: (ms: number) => Promise<void>;
  /** Called before each wait with the seconds to wait and why. */
  onWait?: (seconds: number, reason: 'pending' | 'slow_down' | 'rate_limited' | 'unreachable') => void;
}

/** Gives up after this many failed connections in a row rather than waiting out the code. */
const MAX_UNREACHABLE = 5;

/**
 * RFC 8628 §3.4–3.5: polls the token endpoint until the person approves or denies, the code
 * expires, or the server answers an error. Waits `interval` before every request.
 */
export async function pollForTokens(
  endpoints: Endpoints,
  authorization: DeviceAuthorization,
  options: PollOptions = {},
): Promise<IssuedTokens> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const deadline = Date.now() + authorization.expires_in * 1000;
  let interval = authorization.interval;
  let wait = interval;
  let reason: Parameters<NonNullable<PollOptions['onWait']>>[1] = 'pending';
  let unreachable = 0;
  for (;;) {
    if (Date.now() + wait * 1000 >= deadline) throw expired();
    options.onWait?.(wait, reason);
    await sleep(wait * 1000);
    const sentAt = Date.now();
    let response: HttpResponse;
    try {
      response = await send(
        endpoints.token_endpoint,
        form({ grant_type: DEVICE_CODE_GRANT, device_code: authorization.device_code, client_id: CLIENT_ID }),
        'the token endpoint',
      );
    } catch (error) {
      // RFC 8628 §3.5: on a connection failure, back off exponentially.
      unreachable += 1;
      if (!(error instanceof UnreachableError) || unreachable >= MAX_UNREACHABLE) throw error;
      wait *= 2;
      reason = 'unreachable';
      continue;
    }
    unreachable = 0;
    if (response.status === 200) return issuedTokens(response, sentAt, 'the token endpoint');
    if (response.status === 429) {
      // Never sooner than Retry-After, nor than the interval RFC 8628 §3.5 sets.
      wait = Math.max(retryAfterSeconds(response.headers) ?? interval, interval);
      reason = 'rate_limited';
      continue;
    }
    const error = oauthErrorBody(response);
    switch (error?.error) {
      case 'authorization_pending':
        wait = interval;
        reason = 'pending';
        continue;
      case 'slow_down':
        // RFC 8628 §3.5: the interval grows by 5 seconds for this and every later request.
        interval += 5;
        wait = interval;
        reason = 'slow_down';
        continue;
      case 'access_denied':
        throw new OAuthError(
          'access_denied',
          error.error_description,
          'the login request was denied; nothing was saved',
        );
      case 'expired_token':
        throw expired();
      default:
        throw oauthError(response, 'the login failed');
    }
  }
}

/** RFC 6749 §6: trades the refresh token for new tokens; the old refresh token is dead after this. */
export async function refreshTokens(endpoints: Endpoints, refreshToken: string): Promise<IssuedTokens> {
  const sentAt = Date.now();
  const response = await send(
    endpoints.token_endpoint,
    form({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: CLIENT_ID }),
    'the token endpoint',
  );
  if (response.status !== 200) throw oauthError(response, 'refreshing the access token failed');
  return issuedTokens(response, sentAt, 'the token endpoint');
}

/** RFC 7009 §2.1: revokes a refresh token, which ends its session family and its access tokens. */
export async function revokeRefreshToken(endpoints: Endpoints, refreshToken: string): Promise<void> {
  const response = await send(
    endpoints.revocation_endpoint,
    form({ token: refreshToken, token_type_hint: 'refresh_token', client_id: CLIENT_ID }),
    'the revocation endpoint',
  );
  // RFC 7009 §2.2: 200 also for a token that was already invalid.
  if (response.status !== 200) throw oauthError(response, 'the server did not revoke the login');
}

function issuedTokens(response: HttpResponse, sentAt: number, what: string): IssuedTokens {
  const body = response.body as Partial<components['schemas']['TokenResponse']> | undefined;
  if (
    typeof body !== 'object' ||
    body === null ||
    typeof body.access_token !== 'string' ||
    typeof body.refresh_token !== 'string' ||
    !isPositive(body.expires_in)
  ) {
    throw new Error(`${what} answered 200 without an access token, refresh token and expires_in`);
  }
  return {
    access_token: body.access_token,
    refresh_token: body.refresh_token,
    token_type: typeof body.token_type === 'string' ? body.token_type : 'Bearer',
    scope: typeof body.scope === 'string' ? body.scope : '',
    expires_at: new Date(sentAt + body.expires_in * 1000).toISOString(),
  };
}

function expired(): OAuthError {
  return new OAuthError(
    'expired_token',
    undefined,
    'the code expired before the login was approved; run `keyway login` again',
  );
}

function oauthErrorBody(response: HttpResponse): OAuthErrorBody | undefined {
  const body = response.body as Partial<OAuthErrorBody> | undefined;
  if (typeof body !== 'object' || body === null || typeof body.error !== 'string') return undefined;
  return body as OAuthErrorBody;
}

/** An OAuthError for a non-200 answer: "<context>: <error> (<description>)". */
function oauthError(response: HttpResponse, context: string): OAuthError {
  const body = oauthErrorBody(response);
  if (body === undefined) {
    return new OAuthError('', undefined, `${context}: the server answered ${response.status}`);
  }
  const description = body.error_description ? `: ${body.error_description}` : '';
  return new OAuthError(body.error, body.error_description, `${context}: ${body.error}${description}`);
}

/** RFC 9110 §10.2.3: delay-seconds or an HTTP-date. */
function retryAfterSeconds(headers: Headers): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (value === undefined || value === '') return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function isPositive(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
