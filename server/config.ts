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

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    host,
    dataDir: resolve(cwd, read('KEYWAY_DATA_DIR') ?? '.keyway'),
    databaseUrl,
    issuer: issuer?.replace(/\/+$/, '') ?? null,
    bodyLimit,
    logLevel,
  };
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
