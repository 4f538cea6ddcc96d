// Configuration from environment variables, validated once at start. Every bad value is
// reported, each with one clear line, before anything listens.
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** A PostgreSQL URL, or null for the embedded SQLite database in dataDir. */
  databaseUrl: string | null;
  /** KEYWAY_ISSUER; null: the URL the server listens on (see startServer). */
  issuer: string | null;
  bodyLimit: number;
  logLevel: LogLevel;
  /**
   * KEYWAY_SERVER_SECRET, decoded (at least 32 bytes): keys the HMAC of stored secrets and
   * encrypts signing keys at rest. null: one is generated and kept in the database.
   */
  serverSecret: Buffer | null;
  /** Lifetime of a session access token, seconds. */
  sessionTtl: number;
  /** Lifetime of an exchanged access token when none is asked for, seconds. */
  accessTokenTtl: number;
  /** The longest lifetime an exchanged access token may get, seconds. */
  accessTokenMaxTtl: number;
  /** Lifetime of a refresh-token family (a login), seconds. */
  refreshTtl: number;
  /** An API key's lifetime when `expires_at` is omitted, seconds; 0: no expiry. */
  apiKeyDefaultTtl: number;
  /** The longest lifetime an API key may be given, seconds; 0: unbounded. */
  apiKeyMaxTtl: number;
  rateLimits: RateLimits;
  device: DeviceFlowConfig;
  auditStream: AuditStreamConfig;
}

/** The audit event stream (Server-Sent Events; see audit-stream.ts), in milliseconds. */
export interface AuditStreamConfig {
  /** How often a `: heartbeat` comment is sent and the stream's credential checked again. */
  heartbeatMs: number;
  /** How often the node reads new events from the database for its open streams. */
  pollMs: number;
  /**
   * How old an event's id must be before it is streamed: the most an id may lag its commit
   * (insert time plus clock skew between nodes) without its event being skipped.
   */
  settleMs: number;
}

/** RFC 8628 device authorization. */
export interface DeviceFlowConfig {
  /** Client ids that may start a flow: `keyway-cli`, then KEYWAY_DEVICE_CLIENT_IDS. */
  clientIds: readonly string[];
  /** Lifetime of a device code, seconds (RFC 8628 §3.2 `expires_in`). */
  codeTtl: number;
  /** The first polling interval, seconds (RFC 8628 §3.2 `interval`). */
  pollInterval: number;
}

/** The CLI's client id (RFC 8628 §3.1), always allowed to start a device flow. */
export const CLI_CLIENT_ID = 'keyway-cli';

/** Fixed-window request limits. Counters live in the database, so every node shares them. */
export interface RateLimits {
  /** Requests per credential per minute on authenticated routes. */
  perCredential: number;
  /** Failed logins per account per 15 minutes. */
  loginPerAccount: number;
  /** Failed logins per client address per 15 minutes. */
  loginPerAddress: number;
  /** Token-endpoint requests (sign-up, refresh, later /oauth/token) per client address per minute. */
  tokenPerAddress: number;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
type LogLevel = (typeof LOG_LEVELS)[number];

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): Config {
  const problems: string[] = [];
  const read = (name: string) => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      problems.push(`${name}=${JSON.stringify(raw)}: must be a whole number from ${min} to ${max}`);
      return fallback;
    }
    return Number(raw);
  };

  const port = integer('PORT', 3000, 0, 65535);
  const host = read('HOST') ?? '127.0.0.1';
  // Letters, digits, dots, dashes and colons: host names, IPv4 and bare IPv6 (no brackets).
  if (!/^[A-Za-z0-9.:-]+$/.test(host))
    problems.push(`HOST=${JSON.stringify(host)}: must be a host name or IP address`);
  const bodyLimit = integer('KEYWAY_BODY_LIMIT', 1024 * 1024, 1024, 100 * 1024 * 1024);

  const logLevel = (read('KEYWAY_LOG_LEVEL') ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`KEYWAY_LOG_LEVEL=${JSON.stringify(logLevel)}: must be one of ${LOG_LEVELS.join(', ')}`);
  }

  const databaseUrl = read('DATABASE_URL') ?? null;
  // Never echo the URL itself: it may hold a password.
  if (databaseUrl !== null && !isPostgresUrl(databaseUrl)) {
    problems.push(
      'DATABASE_URL: must be a postgres:// or postgresql:// URL with a host, or unset for the embedded SQLite database',
    );
  }

  // Unset, the issuer is derived after listening, when the real port (PORT=0) is known.
  const issuer = read('KEYWAY_ISSUER') ?? null;
  if (issuer !== null && !isHttpUrl(issuer)) {
    // A URL with user info may carry a password: say what is wrong without echoing it.
    problems.push(
      issuer.includes('@')
        ? 'KEYWAY_ISSUER: must be an absolute http(s) URL without credentials, query or fragment'
        : `KEYWAY_ISSUER=${JSON.stringify(issuer)}: must be an absolute http(s) URL without query or fragment`,
    );
  }

  const serverSecret = decodeServerSecret(read('KEYWAY_SERVER_SECRET'), problems);
  const day = 24 * 60 * 60;
  const sessionTtl = integer('KEYWAY_SESSION_TTL', 900, 60, day);
  const accessTokenTtl = integer('KEYWAY_ACCESS_TOKEN_TTL', 900, 60, day);
  const accessTokenMaxTtl = integer('KEYWAY_ACCESS_TOKEN_MAX_TTL', 3600, 60, day);
  if (accessTokenTtl > accessTokenMaxTtl) {
    problems.push('KEYWAY_ACCESS_TOKEN_TTL: must not exceed KEYWAY_ACCESS_TOKEN_MAX_TTL');
  }
  const refreshTtl = integer('KEYWAY_REFRESH_TTL', 30 * day, 300, 365 * day);
  const apiKeyDefaultTtl = integer('KEYWAY_API_KEY_DEFAULT_TTL', 90 * day, 0, 10 * 365 * day);
  const apiKeyMaxTtl = integer('KEYWAY_API_KEY_MAX_TTL', 365 * day, 0, 10 * 365 * day);
  if (apiKeyMaxTtl !== 0 && (apiKeyDefaultTtl === 0 || apiKeyDefaultTtl > apiKeyMaxTtl)) {
    problems.push(
      'KEYWAY_API_KEY_DEFAULT_TTL: must be from 1 to KEYWAY_API_KEY_MAX_TTL when a maximum is set',
    );
  }
  const rateLimits: RateLimits = {
    perCredential: integer('KEYWAY_RATE_LIMIT', 600, 1, 1_000_000),
    loginPerAccount: integer('KEYWAY_LOGIN_RATE_LIMIT', 10, 1, 1_000_000),
    loginPerAddress: integer('KEYWAY_LOGIN_IP_RATE_LIMIT', 100, 1, 1_000_000),
    tokenPerAddress: integer('KEYWAY_TOKEN_RATE_LIMIT', 60, 1, 1_000_000),
  };

  const extraClientIds = (read('KEYWAY_DEVICE_CLIENT_IDS') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  for (const id of extraClientIds) {
    // Client ids appear on the device page and in tokens' client_id claim: plain tokens only.
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(id)) {
      problems.push(
        `KEYWAY_DEVICE_CLIENT_IDS: ${JSON.stringify(id.slice(0, 70))} must be 1-64 letters, digits, dots, dashes or underscores`,
      );
    }
  }
  const device: DeviceFlowConfig = {
    clientIds: [...new Set([CLI_CLIENT_ID, ...extraClientIds])],
    codeTtl: integer('KEYWAY_DEVICE_CODE_TTL', 600, 60, 3600),
    pollInterval: integer('KEYWAY_DEVICE_POLL_INTERVAL', 5, 1, 60),
  };

  const auditStream: AuditStreamConfig = {
    heartbeatMs: integer('KEYWAY_AUDIT_STREAM_HEARTBEAT_MS', 15_000, 10, 3_600_000),
    pollMs: integer('KEYWAY_AUDIT_STREAM_POLL_MS', 500, 10, 60_000),
    settleMs: integer('KEYWAY_AUDIT_STREAM_SETTLE_MS', 1000, 0, 60_000),
  };

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    host,
    dataDir: resolve(cwd, read('KEYWAY_DATA_DIR') ?? '.keyway'),
    databaseUrl,
    issuer: issuer?.replace(/\/+$/, '') ?? null,
    bodyLimit,
    logLevel,
    serverSecret,
    sessionTtl,
    accessTokenTtl,
    accessTokenMaxTtl,
    refreshTtl,
    apiKeyDefaultTtl,
    apiKeyMaxTtl,
    rateLimits,
    device,
    auditStream,
  };
}

/** Base64 (standard or URL-safe) or hex; never echoed, since it is a secret. */
function decodeServerSecret(raw: string | undefined, problems: string[]): Buffer | null {
  if (raw === undefined) return null;
  const decoded =
    /^[0-9a-fA-F]+$/.test(raw) && raw.length % 2 === 0
      ? Buffer.from(raw, 'hex')
      : /^[A-Za-z0-9+/_-]+={0,2}$/.test(raw)
        ? Buffer.from(raw, 'base64')
        : null;
  if (decoded === null || decoded.length < 32) {
    problems.push(
      'KEYWAY_SERVER_SECRET: must be at least 32 random bytes, in base64 or hex (e.g. `openssl rand -base64 32`)',
    );
    return null;
  }
  return decoded;
}

function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    // A host, or a Unix socket directory in `?host=/path` (libpq's form).
    const host = url.hostname !== '' || (url.searchParams.get('host') ?? '').startsWith('/');
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && host;
  } catch {
    return false;
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    // RFC 8414 §2: the issuer has no query or fragment; `?` and `#` alone count too, since
    // clients compare the issuer string exactly.
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      !/[?#]/.test(value) &&
      url.username === '' &&
      url.password === ''
    );
  } catch {
    return false;
  }
}
