// loadConfig: environment variables → Config, or a ConfigError listing every bad value, one line each.
import { describe, expect, test } from 'vitest';
import { type Config, ConfigError, loadConfig } from '../../server/config.ts';

const CWD = '/srv/keyway';

/** The problems loadConfig reports for `env`; fails the test when it does not throw a ConfigError. */
/** `{ PORT: 'abc' }` → `PORT="abc"`, for test names. */
function named<T extends { given: NodeJS.ProcessEnv }>(cases: T[]): Array<T & { name: string }> {
  return cases.map((c) => ({
    ...c,
    name: Object.entries(c.given)
      .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
      .join(' '),
  }));
}

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env, CWD);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message } = error as ConfigError;
    // The thrown message is what the CLI prints: every problem, each on its own line.
    for (const problem of problems) expect(message).toContain(`\n  ${problem}`);
    return problems;
  }
  expect.fail(`loadConfig(${JSON.stringify(env)}) did not throw`);
}

describe('loadConfig defaults', () => {
  test('an empty environment gives the documented defaults', () => {
    expect(loadConfig({}, CWD)).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: '/srv/keyway/.keyway',
      databaseUrl: null,
      issuer: null,
      bodyLimit: 1024 * 1024,
      logLevel: 'info',
      serverSecret: null,
      sessionTtl: 900,
      accessTokenTtl: 900,
      accessTokenMaxTtl: 3600,
      refreshTtl: 30 * 24 * 60 * 60,
      apiKeyDefaultTtl: 90 * 24 * 60 * 60,
      apiKeyMaxTtl: 365 * 24 * 60 * 60,
      rateLimits: { perCredential: 600, loginPerAccount: 10, loginPerAddress: 100, tokenPerAddress: 60 },
      device: { clientIds: ['keyway-cli'], codeTtl: 600, pollInterval: 5 },
      auditStream: { heartbeatMs: 15_000, pollMs: 500, settleMs: 1000 },
    } satisfies Config);
  });
});

describe('loadConfig parses each variable', () => {
  const cases: Array<{ given: NodeJS.ProcessEnv; want: Partial<Config> }> = [
    { given: { PORT: '8080' }, want: { port: 8080, issuer: null } },
    { given: { PORT: '0' }, want: { port: 0 } },
    { given: { PORT: '65535' }, want: { port: 65535 } },
    { given: { PORT: ' 8081 ' }, want: { port: 8081 } },
    // An empty or blank variable counts as unset.
    { given: { PORT: '' }, want: { port: 3000 } },
    { given: { HOST: '0.0.0.0' }, want: { host: '0.0.0.0', issuer: null } },
    { given: { HOST: 'keyway.internal' }, want: { host: 'keyway.internal' } },
    // Unset, the issuer is derived from the listening address at start (startServer).
    { given: { HOST: '::1', PORT: '4000' }, want: { host: '::1', issuer: null } },
    { given: { KEYWAY_DATA_DIR: 'data' }, want: { dataDir: '/srv/keyway/data' } },
    { given: { KEYWAY_DATA_DIR: '/var/lib/keyway' }, want: { dataDir: '/var/lib/keyway' } },
    { given: { KEYWAY_BODY_LIMIT: '1024' }, want: { bodyLimit: 1024 } },
    { given: { KEYWAY_BODY_LIMIT: '104857600' }, want: { bodyLimit: 100 * 1024 * 1024 } },
    { given: { KEYWAY_LOG_LEVEL: 'debug' }, want: { logLevel: 'debug' } },
    { given: { KEYWAY_LOG_LEVEL: 'silent' }, want: { logLevel: 'silent' } },
    { given: { KEYWAY_LOG_LEVEL: '  ' }, want: { logLevel: 'info' } },
    { given: { KEYWAY_ISSUER: 'https://auth.example.com' }, want: { issuer: 'https://auth.example.com' } },
    // RFC 8414 §2: the issuer is compared as a string, so a trailing slash is dropped once here.
    { given: { KEYWAY_ISSUER: 'https://auth.example.com/' }, want: { issuer: 'https://auth.example.com' } },
    { given: { KEYWAY_ISSUER: 'http://example.com/keyway/' }, want: { issuer: 'http://example.com/keyway' } },
    {
      given: { DATABASE_URL: 'postgres://keyway@127.0.0.1:5432/postgres' },
      want: { databaseUrl: 'postgres://keyway@127.0.0.1:5432/postgres' },
    },
    {
      given: { DATABASE_URL: 'postgresql://u:p@db.internal/keyway' },
      want: { databaseUrl: 'postgresql://u:p@db.internal/keyway' },
    },
    {
      given: { DATABASE_URL: 'postgresql:///keyway?host=/var/run/postgresql' },
      want: { databaseUrl: 'postgresql:///keyway?host=/var/run/postgresql' },
    },
    {
      given: { KEYWAY_DEVICE_CLIENT_IDS: 'acme-desktop, tv.app ,keyway-cli' },
      want: {
        device: { clientIds: ['keyway-cli', 'acme-desktop', 'tv.app'], codeTtl: 600, pollInterval: 5 },
      },
    },
    {
      given: { KEYWAY_DEVICE_CODE_TTL: '1800', KEYWAY_DEVICE_POLL_INTERVAL: '1' },
      want: { device: { clientIds: ['keyway-cli'], codeTtl: 1800, pollInterval: 1 } },
    },
    {
      given: {
        KEYWAY_AUDIT_STREAM_HEARTBEAT_MS: '200',
        KEYWAY_AUDIT_STREAM_POLL_MS: '50',
        KEYWAY_AUDIT_STREAM_SETTLE_MS: '0',
      },
      want: { auditStream: { heartbeatMs: 200, pollMs: 50, settleMs: 0 } },
    },
  ];

  test.each(named(cases))('$name', ({ given, want }) => {
    expect(loadConfig(given, CWD)).toMatchObject(want);
  });
});

describe('loadConfig reports each bad value with one clear line', () => {
  const cases: Array<{ given: NodeJS.ProcessEnv; want: RegExp }> = [
    { given: { PORT: 'abc' }, want: /^PORT="abc": must be a whole number from 0 to 65535$/ },
    { given: { PORT: '70000' }, want: /^PORT="70000": must be a whole number from 0 to 65535$/ },
    { given: { PORT: '-1' }, want: /^PORT="-1": must be a whole number/ },
    { given: { PORT: '80.5' }, want: /^PORT="80.5": must be a whole number/ },
    { given: { HOST: 'my host' }, want: /^HOST="my host": must be a host name or IP address$/ },
    { given: { HOST: 'h/x' }, want: /^HOST="h\/x": must be a host name or IP address$/ },
    {
      given: { KEYWAY_BODY_LIMIT: '1023' },
      want: /^KEYWAY_BODY_LIMIT="1023": must be a whole number from 1024 to 104857600$/,
    },
    {
      given: { KEYWAY_BODY_LIMIT: '104857601' },
      want: /^KEYWAY_BODY_LIMIT="104857601": must be a whole number/,
    },
    { given: { KEYWAY_BODY_LIMIT: '1mb' }, want: /^KEYWAY_BODY_LIMIT="1mb": must be a whole number/ },
    {
      given: { KEYWAY_LOG_LEVEL: 'loud' },
      want: /^KEYWAY_LOG_LEVEL="loud": must be one of fatal, error, warn, info, debug, trace, silent$/,
    },
    { given: { KEYWAY_LOG_LEVEL: 'INFO' }, want: /^KEYWAY_LOG_LEVEL="INFO": must be one of / },
    {
      given: { KEYWAY_ISSUER: 'not a url' },
      want: /^KEYWAY_ISSUER="not a url": must be an absolute http\(s\) URL without query or fragment$/,
    },
    {
      given: { KEYWAY_ISSUER: '/relative' },
      want: /^KEYWAY_ISSUER="\/relative": must be an absolute http\(s\)/,
    },
    { given: { KEYWAY_ISSUER: 'ftp://example.com' }, want: /^KEYWAY_ISSUER="ftp:\/\/example.com": must be/ },
    {
      given: { KEYWAY_ISSUER: 'https://example.com/?tenant=a' },
      want: /^KEYWAY_ISSUER="https:\/\/example.com\/\?tenant=a": must be an absolute http\(s\) URL without query/,
    },
    {
      given: { KEYWAY_ISSUER: 'https://example.com/#top' },
      want: /^KEYWAY_ISSUER="https:\/\/example.com\/#top": must be/,
    },
    // RFC 8414 §2: the issuer has no query component, and an empty one is still one.
    {
      given: { KEYWAY_ISSUER: 'https://example.com/?' },
      want: /^KEYWAY_ISSUER="https:\/\/example.com\/\?": must be/,
    },
    {
      given: { DATABASE_URL: 'postgres://user:secretpw@/db' },
      want: /^DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL with a host, or unset for the embedded SQLite database$/,
    },
    {
      given: { DATABASE_URL: 'mysql://user:secretpw@h/db' },
      want: /^DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL with a host, or unset/,
    },
    {
      given: { KEYWAY_DEVICE_CLIENT_IDS: 'good,<script>' },
      want: /^KEYWAY_DEVICE_CLIENT_IDS: "<script>" must be 1-64 letters, digits, dots, dashes or underscores$/,
    },
    {
      given: { KEYWAY_DEVICE_POLL_INTERVAL: '0' },
      want: /^KEYWAY_DEVICE_POLL_INTERVAL="0": must be a whole number from 1 to 60$/,
    },
    {
      given: { KEYWAY_DEVICE_CODE_TTL: '7200' },
      want: /^KEYWAY_DEVICE_CODE_TTL="7200": must be a whole number from 60 to 3600$/,
    },
  ];

  test.each(named(cases))('$name', ({ given, want }) => {
    const problems = problemsOf(given);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(want);
  });

  test('a database password appears in no problem line nor in the error message', () => {
    for (const url of [
      'postgres://user:secretpw@/db',
      'postgresql://u:secretpw@:5432/db',
      'mysql://u:secretpw@h/db',
    ]) {
      let thrown: unknown;
      try {
        loadConfig({ DATABASE_URL: url }, CWD);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, url).toBeInstanceOf(ConfigError);
      const { problems, message } = thrown as ConfigError;
      expect(problems, url).toHaveLength(1);
      for (const problem of problems) expect(problem).not.toContain('secretpw');
      expect(message).not.toContain('secretpw');
    }
  });

  test('several bad values at once are all reported, one line each', () => {
    const problems = problemsOf({
      PORT: 'abc',
      HOST: 'bad host',
      KEYWAY_BODY_LIMIT: '10',
      KEYWAY_LOG_LEVEL: 'loud',
      KEYWAY_ISSUER: 'nope',
      DATABASE_URL: 'mysql://user:secretpw@h/db',
    });
    expect(problems.map((p) => p.split(/[=:]/)[0]).sort()).toEqual(
      ['DATABASE_URL', 'HOST', 'KEYWAY_BODY_LIMIT', 'KEYWAY_ISSUER', 'KEYWAY_LOG_LEVEL', 'PORT'].sort(),
    );
    for (const problem of problems) expect(problem).not.toContain('\n');
  });
});
