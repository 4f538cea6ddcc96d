// No secret the server hands out is ever at rest or in its log. A full flow (sign-up, login,
// refresh and refresh-token reuse, API keys created, rotated with a grace period, used both ways
// and refused, agent keys and app tokens, invitations, Idempotency-Key replays) runs against a
// server logging at its most verbose level, while every response is scanned for what it issued.
// Then the raw bytes of the database (the SQLite file and its -wal/-shm, or a pg_dump of the
// PostgreSQL database) and the captured log are searched for each of them and for the passwords.
// Only a keyed hash and the 12-character display prefix may be stored
// (spec/components/schemas/secrets.yaml).
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../server/test-server.ts';
import { type Api, type ApiResponse, type CallOptions, uniqueEmail } from '../support/api.ts';
import { BACKENDS } from '../support/backends.ts';
import { createApiKey, DAY_MS, must, SERVER_ENV, useServer, withWrongChecksum } from './flows.ts';

/** Any Keyway secret: kind prefix, 36 random characters, 6 checksum characters. */
const KEYWAY_SECRET = /\bkw[a-z]_[0-9A-Za-z]{42}\b/g;
/** A compact JWS whose header and payload are JSON objects (base64url of `{"`). */
const JWT = /\beyJ[A-Za-z0-9_-]*\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+/g;

interface Needle {
  /** How a failure names it, without the secret: its kind and display prefix. */
  label: string;
  value: string;
}

describe.each(BACKENDS.map((make) => make()))('no secret at rest or in the log on $name', (backend) => {
  // The most verbose level there is: whatever debug or trace lines exist are searched too.
  const running = useServer(backend, { ...SERVER_ENV, KEYWAY_LOG_LEVEL: 'trace' });
  /** Everything the server issued, by value (replays repeat a value; it is kept once). */
  const issued = new Set<string>();
  const passwords: string[] = [];
  /** Not secret, and stored: proves the database bytes were really searched. */
  let displayPrefix = '';
  let ownerEmail = '';
  /** Logged with every request line: proves the log was really searched. */
  let requestId = '';

  beforeAll(async () => {
    const api: Api = async (method, path, options) => {
      const response = await running.api(method, path, options);
      for (const match of response.text.matchAll(KEYWAY_SECRET)) issued.add(match[0]);
      for (const match of response.text.matchAll(JWT)) issued.add(match[0]);
      return response;
    };
    const flow = await runFlow(api);
    passwords.push(...flow.passwords);
    displayPrefix = flow.displayPrefix;
    ownerEmail = flow.ownerEmail;
    requestId = flow.requestId;
  });

  const needles = (): Needle[] => {
    const list: Needle[] = passwords.map((value, i) => ({ label: `password #${i + 1}`, value }));
    for (const value of issued) {
      if (value.startsWith('eyJ')) {
        list.push({ label: `access token …${value.slice(-8)}`, value });
      } else {
        const label = `${value.slice(0, 4)} secret ${value.slice(0, 12)}…`;
        list.push({ label, value });
        // The 28 random characters never shown: caught in any form that keeps them together
        // (without the kind prefix, a mistyped checksum, a log line that cuts the prefix off).
        list.push({ label: `${label} (its hidden part)`, value: value.slice(12, -6) });
      }
    }
    return list;
  };

  it('the flow collected secrets of every kind the server issues', () => {
    const all = [...issued];
    const count = (predicate: (value: string) => boolean) => all.filter(predicate).length;
    expect(count((v) => v.startsWith('kwk_'))).toBeGreaterThanOrEqual(6);
    expect(count((v) => v.startsWith('kwr_'))).toBeGreaterThanOrEqual(5);
    expect(count((v) => v.startsWith('kwi_'))).toBeGreaterThanOrEqual(2);
    expect(count((v) => v.startsWith('kwa_'))).toBeGreaterThanOrEqual(1);
    expect(count((v) => v.startsWith('kwt_'))).toBeGreaterThanOrEqual(1);
    expect(count((v) => v.startsWith('eyJ'))).toBeGreaterThanOrEqual(5);
    expect(all.length).toBeGreaterThanOrEqual(18);
    expect(passwords).toHaveLength(2);
  });

  it('none appears in the database', () => {
    const places = databaseBytes(running.server);
    expect(places.length).toBeGreaterThan(0);
    const stored = Buffer.concat(places.map((p) => p.bytes));
    // The search can find what is there: the display prefix and the email are stored.
    expect(stored.includes(displayPrefix)).toBe(true);
    expect(stored.includes(ownerEmail)).toBe(true);
    const leaks = places.flatMap((place) =>
      needles()
        .filter((needle) => place.bytes.includes(needle.value))
        .map((needle) => `${needle.label} in ${place.name}`),
    );
    expect(leaks).toEqual([]);
  });

  it('none appears in the server log', () => {
    const log = running.server.log();
    // The search can find what is there: each request's id is logged.
    expect(log).toContain(requestId);
    const leaks = needles()
      .filter((needle) => log.includes(needle.value))
      .map((needle) => needle.label);
    expect(leaks).toEqual([]);
  });
});

/**
 * The stored bytes: on SQLite the database file with its -wal and -shm files, read while the
 * server is running (recent writes are still in the WAL, and freed pages keep old bytes); on
 * PostgreSQL a plain-text pg_dump of the database.
 */
function databaseBytes(server: TestServer): { name: string; bytes: Buffer }[] {
  if (server.databaseUrl === null) {
    const files = readdirSync(server.dataDir).filter((name) => name.startsWith('keyway.sqlite'));
    expect(files).toContain('keyway.sqlite');
    return files.map((name) => ({ name, bytes: readFileSync(join(server.dataDir, name)) }));
  }
  const dump = execFileSync(pgDump(), [`--dbname=${server.databaseUrl}`], {
    maxBuffer: 512 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return [{ name: 'pg_dump', bytes: dump }];
}

/** The newest installed pg_dump, found as test/support/postgres.ts finds initdb. */
function pgDump(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => join(root, v, 'bin', 'pg_dump')).find((path) => existsSync(path));
  if (found === undefined) throw new Error('pg_dump not found: apt-get install -y postgresql');
  return found;
}

/** Runs every flow that issues or checks a secret; returns what the assertions need. */
async function runFlow(api: Api) {
  const expectStatus = (response: ApiResponse, status: number, step: string) =>
    expect(response.status, `${step}: ${response.text}`).toBe(status);

  // Sign-up, replayed through its Idempotency-Key (the replay holds the same tokens).
  const password = `leak-check ${randomUUID()}`;
  const ownerEmail = uniqueEmail('leak');
  const signupBody = { email: ownerEmail, password, name: 'Ada Lovelace', org_name: 'Analytical Engines' };
  const signupCall = () =>
    api('POST', '/v1/auth/signup', { headers: { 'idempotency-key': 'signup-once' }, body: signupBody });
  const owner = must(await signupCall(), 201, 'signup').body;
  expectStatus(await signupCall(), 201, 'signup replay');
  const session = { token: owner.access_token as string };

  // Login and refresh.
  const login = must(
    await api('POST', '/v1/auth/login', { body: { email: ownerEmail, password, org_id: owner.org.id } }),
    200,
    'login',
  ).body;
  const refreshed = must(
    await api('POST', '/v1/auth/refresh', { body: { refresh_token: login.refresh_token } }),
    200,
    'refresh',
  ).body;
  expectStatus(await api('GET', '/v1/whoami', { token: refreshed.access_token }), 200, 'whoami (refreshed)');

  // API keys: plain, idempotent (replayed), with an expiry.
  const create = (
    name: string,
    scopes: string[],
    as: CallOptions = session,
    more: { expires_at?: string } = {},
  ) => createApiKey(api, as, scopes, { name, ...more });
  const k1 = await create('deploy', ['keys:read', 'keys:write']);
  const idempotent = () =>
    api('POST', '/v1/api-keys', {
      ...session,
      headers: { 'idempotency-key': 'create-once' },
      body: { name: 'idempotent', scopes: ['keys:read'] },
    });
  const k2 = must(await idempotent(), 201, 'create idempotent').body;
  expectStatus(await idempotent(), 201, 'create idempotent replay');
  const k3 = await create('expiring', ['keys:read'], session, {
    expires_at: new Date(Date.now() + 30 * DAY_MS).toISOString(),
  });

  // Rotations: k1 with a grace period (old and new both work), k3 idempotently without one.
  const k1b = must(
    await api('POST', `/v1/api-keys/${k1.id}/rotate`, { ...session, body: { grace_period_seconds: 3600 } }),
    200,
    'rotate with grace',
  ).body;
  const rotateK3 = () =>
    api('POST', `/v1/api-keys/${k3.id}/rotate`, {
      ...session,
      headers: { 'idempotency-key': 'rotate-once' },
      body: { grace_period_seconds: 0 },
    });
  const k3b = must(await rotateK3(), 200, 'rotate k3').body;
  expectStatus(await rotateK3(), 200, 'rotate k3 replay');

  // A key created by a key, and every live key used both ways.
  const k4 = await create('made by a key', ['keys:read'], { apiKey: k1b.secret });
  for (const secret of [k1.secret, k1b.secret, k2.secret, k3b.secret, k4.secret]) {
    expectStatus(await api('GET', '/v1/whoami', { apiKey: secret }), 200, 'whoami (x-api-key)');
    expectStatus(await api('GET', '/v1/api-keys', { token: secret }), 200, 'list (Bearer key)');
  }

  // An agent's keys (one replayed through its Idempotency-Key) and an app token: used both ways,
  // exchanged for access tokens, and revoked (then refused).
  const agent = must(
    await api('POST', '/v1/agents', { ...session, body: { name: 'leak-bot' } }),
    201,
    'agent',
  ).body;
  const agentKeyCall = () =>
    api('POST', `/v1/agents/${agent.id}/keys`, {
      ...session,
      headers: { 'idempotency-key': 'agent-key-once' },
      body: { label: 'production', scopes: ['agents:read'] },
    });
  const agentKey = must(await agentKeyCall(), 201, 'agent key').body;
  expectStatus(await agentKeyCall(), 201, 'agent key replay');
  const appToken = must(
    await api('POST', '/v1/app-tokens', { ...session, body: { name: 'leak-app', scopes: ['org:read'] } }),
    201,
    'app token',
  ).body;
  for (const secret of [agentKey.secret, appToken.secret]) {
    expectStatus(await api('GET', '/v1/whoami', { apiKey: secret }), 200, 'whoami (x-api-key)');
    expectStatus(await api('GET', '/v1/whoami', { token: secret }), 200, 'whoami (Bearer)');
    expectStatus(await api('POST', '/v1/access-tokens', { apiKey: secret, body: {} }), 201, 'exchange');
  }
  must(await api('DELETE', `/v1/agents/${agent.id}/keys/${agentKey.id}`, session), 204, 'revoke agent key');
  must(await api('DELETE', `/v1/app-tokens/${appToken.id}`, session), 204, 'revoke app token');
  for (const secret of [agentKey.secret, appToken.secret]) {
    expectStatus(await api('GET', '/v1/whoami', { token: secret }), 403, 'revoked key');
  }

  // Invitations, replayed through their Idempotency-Key; one invitee joins.
  const inviteeEmail = uniqueEmail('invitee');
  const otherEmail = uniqueEmail('other');
  const inviteCall = () =>
    api('POST', '/v1/invitations', {
      ...session,
      headers: { 'idempotency-key': 'invite-once' },
      body: {
        invitations: [
          { email: inviteeEmail, role: 'member' },
          { email: otherEmail, role: 'viewer' },
        ],
      },
    });
  const invited = must(await inviteCall(), 200, 'invite').body;
  expectStatus(await inviteCall(), 200, 'invite replay');
  const inviteePassword = `leak-check ${randomUUID()}`;
  const invitee = must(
    await api('POST', '/v1/auth/signup', {
      body: {
        email: inviteeEmail,
        password: inviteePassword,
        name: 'Charles Babbage',
        org_name: 'Difference',
      },
    }),
    201,
    'invitee signup',
  ).body;
  const acceptCall = () =>
    api('POST', '/v1/invitations/accept', {
      token: invitee.access_token,
      body: { token: invited.results[0].token },
    });
  must(await acceptCall(), 200, 'accept');
  // A used token (404) held by someone already a member (409): the contract does not rank the two.
  expect([404, 409]).toContain((await acceptCall()).status);
  const inviteeLogin = must(
    await api('POST', '/v1/auth/login', {
      body: { email: inviteeEmail, password: inviteePassword, org_id: owner.org.id },
    }),
    200,
    'invitee login',
  ).body;
  await create('member key', ['keys:read'], { token: inviteeLogin.access_token });

  // Refusals, which is where secrets tend to reach logs: revoked, rotated out, wrong kind,
  // mistyped, refresh-token reuse, and a failed login with the right email.
  must(await api('DELETE', `/v1/api-keys/${k2.id}`, session), 200, 'revoke k2');
  expectStatus(await api('GET', '/v1/whoami', { apiKey: k2.secret }), 403, 'revoked key');
  expectStatus(await api('GET', '/v1/whoami', { token: k3.secret }), 401, 'rotated-out key');
  expectStatus(
    await api('GET', '/v1/whoami', { token: owner.refresh_token }),
    401,
    'refresh token as bearer',
  );
  expectStatus(await api('GET', '/v1/whoami', { apiKey: invited.results[0].token }), 401, 'invitation token');
  expectStatus(await api('GET', '/v1/whoami', { apiKey: withWrongChecksum(k4.secret) }), 401, 'mistyped key');
  expectStatus(
    await api('GET', '/v1/whoami', { token: k1b.secret, apiKey: k1b.secret }),
    400,
    'two credentials',
  );
  expectStatus(
    await api('POST', '/v1/auth/refresh', { body: { refresh_token: login.refresh_token } }),
    401,
    'refresh-token reuse',
  );
  expectStatus(await api('GET', '/v1/whoami', { token: refreshed.access_token }), 403, 'revoked family');
  expectStatus(
    await api('POST', '/v1/auth/login', { body: { email: ownerEmail, password: `${password}!` } }),
    401,
    'wrong password',
  );
  const last = await api('POST', '/v1/auth/logout', { token: inviteeLogin.access_token });
  expectStatus(last, 204, 'logout');

  return {
    passwords: [password, inviteePassword],
    displayPrefix: k4.prefix,
    ownerEmail,
    requestId: last.headers.get('x-request-id') ?? '(no X-Request-Id)',
  };
}
