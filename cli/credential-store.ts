// The CLI's stored logins: one JSON file, `credentials.json`, keyed by server URL. It holds
// refresh tokens, so the directory is 0700, the file 0600, and every write replaces the file
// atomically (a reader never sees half a file, and a crash never leaves a truncated one).
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/** One server's login, as stored. */
export interface StoredLogin {
  access_token: string;
  refresh_token: string;
  /** When access_token expires, ISO 8601. */
  expires_at: string;
  /** Granted scopes, space-separated (RFC 6749 §3.3). */
  scope: string;
  token_type: string;
}

export type Credentials = Record<string, StoredLogin>;

const FILE_NAME = 'credentials.json';
const POSIX = process.platform !== 'win32';

/** KEYWAY_CONFIG_DIR, else $XDG_CONFIG_HOME/keyway, else ~/.config/keyway. */
export function configDir(env: NodeJS.ProcessEnv): string {
  if (env.KEYWAY_CONFIG_DIR) return env.KEYWAY_CONFIG_DIR;
  // XDG Base Directory spec: a relative XDG_CONFIG_HOME is invalid and ignored.
  if (env.XDG_CONFIG_HOME && isAbsolute(env.XDG_CONFIG_HOME)) return join(env.XDG_CONFIG_HOME, 'keyway');
  return join(homedir(), '.config', 'keyway');
}

export function credentialsPath(env: NodeJS.ProcessEnv): string {
  return join(configDir(env), FILE_NAME);
}

/** Reads every stored login; an absent file is an empty store. Tightens a too-open file to 0600. */
export function readCredentials(env: NodeJS.ProcessEnv): Credentials {
  const path = credentialsPath(env);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  if (POSIX && (statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Never quote the content: it holds tokens.
    throw new Error(`${path} is not valid JSON; fix or delete it and run \`keyway login\``);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${path} should hold a JSON object keyed by server URL; fix or delete it`);
  }
  return parsed as Credentials;
}

/** The stored login for `server`, or undefined when there is none (or it is incomplete). */
export function readLogin(env: NodeJS.ProcessEnv, server: string): StoredLogin | undefined {
  const entry: unknown = readCredentials(env)[server];
  if (typeof entry !== 'object' || entry === null) return undefined;
  const { access_token, refresh_token, expires_at } = entry as Partial<StoredLogin>;
  if (typeof access_token !== 'string' || typeof refresh_token !== 'string') return undefined;
  if (typeof expires_at !== 'string') return undefined;
  return entry as StoredLogin;
}

/** Stores (or, with undefined, removes) `server`'s login, keeping every other server's entry. */
export function writeLogin(env: NodeJS.ProcessEnv, server: string, login: StoredLogin | undefined): void {
  const credentials = readCredentials(env);
  if (login === undefined) delete credentials[server];
  else credentials[server] = login;
  writeCredentials(env, credentials);
}

const LOCK_NAME = 'credentials.lock';
/**
 * A lock older than this was left by a process that died: longer than any holder can take (a
 * refresh is two requests of at most 30 s each), so a live holder's lock is never broken.
 */
const STALE_LOCK_MS = 120_000;
/** How long to wait for another keyway process before giving up. */
const LOCK_WAIT_MS = 150_000;

/**
 * Runs `fn` while holding the store's lock file. Refresh tokens rotate and a reused one ends the
 * whole login (RFC 9700 §4.14.2), so two `keyway` processes must not both refresh the same one,
 * and a login or logout must not overwrite tokens another process has just rotated: the second
 * waits, then reads the store afresh.
 */
export async function withStoreLock<T>(env: NodeJS.ProcessEnv, fn: () => Promise<T>): Promise<T> {
  const dir = configDir(env);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const lock = join(dir, LOCK_NAME);
  // Unique to this holder, so releasing never removes a lock another process has taken since.
  const owner = `${process.pid} ${randomBytes(8).toString('hex')}`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx', 0o600);
      writeSync(fd, owner);
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) rmSync(lock, { force: true });
      else if (Date.now() > deadline) throw new Error(`${lock} is held by another keyway process; try again`);
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  try {
    return await fn();
  } finally {
    const holder = (() => {
      try {
        return readFileSync(lock, 'utf8');
      } catch {
        return undefined;
      }
    })();
    if (holder === owner) rmSync(lock, { force: true });
  }
}

function writeCredentials(env: NodeJS.ProcessEnv, credentials: Credentials): void {
  const dir = configDir(env);
  // mkdir's mode goes through the umask; chmod the directory this call created so it is 0700.
  const created = mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (created !== undefined && POSIX) chmodSync(dir, 0o700);
  // Written beside the target and renamed over it: rename within a directory is atomic, and the
  // temporary file is 0600 from its first byte ('wx' also refuses a planted file or symlink).
  const temporary = join(dir, `.${FILE_NAME}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(credentials, null, 2)}\n`);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    if (POSIX) chmodSync(temporary, 0o600);
    renameSync(temporary, join(dir, FILE_NAME));
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
