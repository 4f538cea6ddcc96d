// `keyway login`, `whoami` and `logout` end to end: the CLI runs as a child process against a
// real server, and the person's approval goes through POST /v1/device/verify with their session.

import { chmodSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredLogin } from '../../cli/credential-store.ts';
import { JWT, must, REFRESH_TOKEN, SERVER_ENV, type Session, useServer } from '../behaviour/flows.ts';
import { makeTempDir } from '../server/test-server.ts';
import { signup } from '../support/api.ts';
import { sqliteBackend } from '../support/backends.ts';
import { type CliResult, cliEnv, runCli, startCli } from './run-cli.ts';

const CODE_LINE = /^! First copy your one-time code: ([A-Z]{4}-[A-Z]{4})$/m;
const OPEN_LINE = /^Open (\S+) in your browser to approve\.$/m;

describe('keyway login, whoami and logout against a real server', () => {
  // KEYWAY_DEVICE_POLL_INTERVAL=1: the server asks for 1-second polls, so a login takes seconds.
  const running = useServer(sqliteBackend(), { ...SERVER_ENV, KEYWAY_DEVICE_POLL_INTERVAL: '1' });
  const { api } = running;
  const dirs: string[] = [];
  let person: Session;

  beforeAll(async () => {
    person = await signup(api);
  });
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  /** A fresh, empty config directory (KEYWAY_CONFIG_DIR) inside a temp dir, not yet created. */
  function freshConfigDir(): string {
    const parent = makeTempDir();
    dirs.push(parent);
    return join(parent, 'keyway');
  }

  function stored(configDir: string): Record<string, StoredLogin> {
    return JSON.parse(readFileSync(join(configDir, 'credentials.json'), 'utf8'));
  }

  interface Answer {
    action: 'approve' | 'deny';
    scopes?: string[];
  }

  /** Runs `keyway login`, answers its code as `person` through the API, and awaits its exit. */
  async function loginWithCli(
    configDir: string,
    answer: Answer = { action: 'approve' },
    extraArgs: string[] = [],
  ): Promise<CliResult & { link: string; userCode: string }> {
    const url = running.server.url;
    const cli = startCli(['login', '--server', url, '--no-browser', ...extraArgs], cliEnv(configDir));
    const [, userCode] = await cli.waitForStdout(CODE_LINE);
    const [, link] = await cli.waitForStdout(OPEN_LINE);
    const verify = await api('POST', '/v1/device/verify', {
      token: person.access_token,
      body: { user_code: userCode, ...answer },
    });
    must(verify, 200, `${answer.action} ${userCode}`);
    return { ...(await cli.done), link: link as string, userCode: userCode as string };
  }

  it('logs in: prints the code and URL, stores the tokens privately and never prints them', async () => {
    const configDir = freshConfigDir();
    const url = running.server.url;
    const result = await loginWithCli(configDir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.link).toBe(`${url}/device?user_code=${result.userCode}`);
    expect(result.stdout).toContain(`(Or go to ${url}/device and enter the code.)`);
    expect(result.stdout).toContain(
      `Logged in to ${url} as ${person.user.name} (${person.org.name}, owner)\n`,
    );

    const login = stored(configDir)[url] as StoredLogin;
    expect(login.access_token).toMatch(JWT);
    expect(login.refresh_token).toMatch(REFRESH_TOKEN);
    expect(login.token_type).toBe('Bearer');
    expect(Date.parse(login.expires_at)).toBeGreaterThan(Date.now());
    expect(statSync(configDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(configDir, 'credentials.json')).mode & 0o777).toBe(0o600);

    for (const output of [result.stdout, result.stderr]) {
      expect(output).not.toContain(login.access_token);
      expect(output).not.toContain(login.refresh_token);
      expect(output).not.toMatch(/kwr_|kwd_|eyJ/);
      // stderr is not a terminal here: no spinner escape codes.
      expect(output).not.toContain('\u001b');
    }
  });

  it('whoami prints the person, org and role, then the scopes', async () => {
    const configDir = freshConfigDir();
    expect((await loginWithCli(configDir)).status).toBe(0);
    const result = await runCli(['whoami', '--server', running.server.url], cliEnv(configDir));
    expect(result.status, result.stderr).toBe(0);
    const [first, second] = result.stdout.split('\n');
    expect(first).toBe(
      `${person.user.name} (${person.user.id}) in ${person.org.name} (${person.org.id}) as owner`,
    );
    expect(second).toMatch(/^Scopes: [a-z-]+:[a-z]+(, [a-z-]+:[a-z]+)*$/);
  });

  it('whoami refreshes an expired access token, saves the rotated tokens and keeps other servers', async () => {
    const configDir = freshConfigDir();
    const url = running.server.url;
    expect((await loginWithCli(configDir)).status).toBe(0);
    const before = stored(configDir)[url] as StoredLogin;
    const other = { ...before, refresh_token: 'kwr_other' };
    writeFileSync(
      join(configDir, 'credentials.json'),
      JSON.stringify({
        'https://other.example': other,
        [url]: { ...before, expires_at: new Date(Date.now() - 60_000).toISOString() },
      }),
    );
    chmodSync(join(configDir, 'credentials.json'), 0o644);

    const result = await runCli(['whoami', '--server', url], cliEnv(configDir));
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`${person.user.name} (${person.user.id})`);

    const after = stored(configDir);
    const refreshed = after[url] as StoredLogin;
    expect(refreshed.refresh_token).toMatch(REFRESH_TOKEN);
    expect(refreshed.refresh_token).not.toBe(before.refresh_token);
    expect(refreshed.access_token).not.toBe(before.access_token);
    expect(Date.parse(refreshed.expires_at)).toBeGreaterThan(Date.now());
    expect(after['https://other.example']).toEqual(other);
    expect(statSync(join(configDir, 'credentials.json')).mode & 0o777).toBe(0o600);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/kwr_|eyJ/);
  });

  it('five whoami at once with an expired token refresh once between them; the login survives', async () => {
    const configDir = freshConfigDir();
    const url = running.server.url;
    expect((await loginWithCli(configDir)).status).toBe(0);
    const before = stored(configDir)[url] as StoredLogin;
    writeFileSync(
      join(configDir, 'credentials.json'),
      JSON.stringify({ [url]: { ...before, expires_at: new Date(Date.now() - 60_000).toISOString() } }),
      { mode: 0o600 },
    );
    // Without the store's lock, the second refresh would present a spent refresh token and the
    // server would end the whole login as a suspected theft (RFC 9700 §4.14.2).
    const results = await Promise.all(
      Array.from({ length: 5 }, () => runCli(['whoami', '--server', url], cliEnv(configDir))),
    );
    for (const result of results) expect(result.status, result.stderr).toBe(0);
    const after = stored(configDir)[url] as StoredLogin;
    expect(after.refresh_token).not.toBe(before.refresh_token);
    // The rotated refresh token is still good: the session was not revoked for reuse.
    const refreshed = await fetch(`${url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: after.refresh_token,
        client_id: 'keyway-cli',
      }).toString(),
    });
    expect(refreshed.status).toBe(200);
  });

  it('whoami refreshes once when the server answers 401 to a token that looks unexpired', async () => {
    const configDir = freshConfigDir();
    const url = running.server.url;
    expect((await loginWithCli(configDir)).status).toBe(0);
    const before = stored(configDir)[url] as StoredLogin;
    const [header, payload] = before.access_token.split('.');
    const forged = { ...before, access_token: `${header}.${payload}.${'A'.repeat(86)}` };
    writeFileSync(join(configDir, 'credentials.json'), JSON.stringify({ [url]: forged }));

    const result = await runCli(['whoami', '--server', url], cliEnv(configDir));
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`${person.user.name} (${person.user.id})`);
    const after = stored(configDir)[url] as StoredLogin;
    expect(after.refresh_token).not.toBe(before.refresh_token);
    expect(after.access_token).not.toBe(forged.access_token);
  });

  it('whoami with a refresh token the server no longer knows says to log in again', async () => {
    const configDir = freshConfigDir();
    const url = running.server.url;
    expect((await loginWithCli(configDir)).status).toBe(0);
    const login = stored(configDir)[url] as StoredLogin;
    const dead = { ...login, expires_at: new Date(0).toISOString(), refresh_token: `kwr_${'x'.repeat(42)}` };
    writeFileSync(join(configDir, 'credentials.json'), JSON.stringify({ [url]: dead }));

    const result = await runCli(['whoami', '--server', url], cliEnv(configDir));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`keyway whoami: Your login to ${url} has ended; run \`keyway login\` again\n`);
  });

  it('a denied request exits 1 with a message and stores nothing', async () => {
    const configDir = freshConfigDir();
    const result = await loginWithCli(configDir, { action: 'deny' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^keyway login: the login request was denied; nothing was saved\n/m);
    expect(() => statSync(join(configDir, 'credentials.json'))).toThrow();
  });

  it.each([
    { given: 'keys:read,org:read', grant: undefined, want: ['keys:read', 'org:read'] },
    { given: 'keys:read org:read', grant: ['keys:read'], want: ['keys:read'] },
    { given: 'keys:read, tokens:read', grant: ['tokens:read'], want: ['tokens:read'] },
  ])('--scopes "$given", granted $grant: whoami shows $want', async ({ given, grant, want }) => {
    const configDir = freshConfigDir();
    const url = running.server.url;
    const answer: Answer = grant === undefined ? { action: 'approve' } : { action: 'approve', scopes: grant };
    const login = await loginWithCli(configDir, answer, ['--scopes', given]);
    expect(login.status, login.stderr).toBe(0);
    expect((stored(configDir)[url] as StoredLogin).scope.split(' ').sort()).toEqual(want);

    const result = await runCli(['whoami', '--server', url], cliEnv(configDir));
    expect(result.status, result.stderr).toBe(0);
    const scopesLine = result.stdout.split('\n')[1] as string;
    expect(
      scopesLine
        .replace(/^Scopes: /, '')
        .split(', ')
        .sort(),
    ).toEqual(want);
  });

  it('a scope outside the catalogue is refused before any code is shown', async () => {
    const result = await runCli(
      ['login', '--server', running.server.url, '--no-browser', '--scopes', 'keys:read,no:such'],
      cliEnv(freshConfigDir()),
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^keyway login: the server refused to start a login: invalid_scope/);
  });

  it('refuses a server whose metadata names another issuer (RFC 8414 §3.3), before any code', async () => {
    const configDir = freshConfigDir();
    const other = running.server.url.replace('127.0.0.1', 'localhost');
    const result = await runCli(['login', '--server', other, '--no-browser'], cliEnv(configDir));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `names its issuer ${running.server.url}; use --server ${running.server.url}`,
    );
    expect(result.stdout).not.toMatch(CODE_LINE);
  });

  it('logout revokes the login at the server and removes the entry', async () => {
    const configDir = freshConfigDir();
    const url = running.server.url;
    expect((await loginWithCli(configDir)).status).toBe(0);
    const login = stored(configDir)[url] as StoredLogin;

    const result = await runCli(['logout', '--server', url], cliEnv(configDir));
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe(`Logged out of ${url}\n`);
    expect(result.stderr).toBe('');
    expect(stored(configDir)).toEqual({});

    // RFC 7009: the refresh token is dead at the token endpoint.
    const refresh = await fetch(`${url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: login.refresh_token,
        client_id: 'keyway-cli',
      }),
    });
    expect(refresh.status).toBe(400);
    expect(((await refresh.json()) as { error: string }).error).toBe('invalid_grant');

    const whoami = await runCli(['whoami', '--server', url], cliEnv(configDir));
    expect(whoami.status).toBe(1);
    expect(whoami.stderr).toBe(`keyway whoami: Not logged in to ${url}; run \`keyway login\`\n`);
  });

  it('logout warns but still forgets the login when the server cannot be reached', async () => {
    const configDir = freshConfigDir();
    const url = running.server.url;
    expect((await loginWithCli(configDir)).status).toBe(0);
    const gone = await closedPortUrl();
    const login = stored(configDir)[url] as StoredLogin;
    writeFileSync(join(configDir, 'credentials.json'), JSON.stringify({ [url]: login, [gone]: login }));

    const result = await runCli(['logout', '--server', gone], cliEnv(configDir));
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe(`Logged out of ${gone}\n`);
    expect(result.stderr).toMatch(
      /^warning: could not revoke the login at .*; removing it locally anyway\n$/,
    );
    expect(Object.keys(stored(configDir))).toEqual([url]);
  });

  it.each(['whoami', 'logout'])('%s when not logged in exits 1 and says to log in', async (command) => {
    const url = running.server.url;
    const result = await runCli([command, '--server', `${url}/`], cliEnv(freshConfigDir()));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`keyway ${command}: Not logged in to ${url}; run \`keyway login\`\n`);
  });

  it('KEYWAY_SERVER picks the server when --server is absent', async () => {
    const url = running.server.url;
    const result = await runCli(['whoami'], cliEnv(freshConfigDir(), { KEYWAY_SERVER: `${url}//` }));
    expect(result.stderr).toBe(`keyway whoami: Not logged in to ${url}; run \`keyway login\`\n`);
  });

  it.each([
    {
      args: ['--server', 'ftp://example.com'],
      want: '--server must be an http:// or https:// URL, got "ftp://example.com"',
    },
    { args: ['--server', 'not a url'], want: '--server must be an http:// or https:// URL, got "not a url"' },
    {
      args: ['--server', 'http://ada:secret@example.com'],
      want: '--server must not contain a user name or password',
    },
  ])('login $args exits 1: $want', async ({ args, want }) => {
    const result = await runCli(['login', '--no-browser', ...args], cliEnv(freshConfigDir()));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`keyway login: ${want}\n`);
  });
});

/** An http URL on 127.0.0.1 where nothing listens. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
