// Which Keyway server a command talks to: --server, else KEYWAY_SERVER, else the local default.
// The normalized URL is also the key of the server's entry in the credentials file.

export const DEFAULT_SERVER = 'http://127.0.0.1:3000';

/** Resolves and normalizes the server URL; throws an Error with a message for people. */
export function resolveServerUrl(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  const given = flag ?? (env.KEYWAY_SERVER || undefined) ?? DEFAULT_SERVER;
  const source = flag === undefined && env.KEYWAY_SERVER ? 'KEYWAY_SERVER' : '--server';
  let url: URL;
  try {
    url = new URL(given.trim());
  } catch {
    throw new Error(`${source} must be an http:// or https:// URL, got "${given}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${source} must be an http:// or https:// URL, got "${given}"`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new Error(`${source} must not contain a user name or password`);
  }
  if (url.search !== '' || url.hash !== '') {
    throw new Error(`${source} must not contain a query or fragment, got "${given}"`);
  }
  // URL.href lower-cases the host and drops a default port, so one server has one key.
  return url.href.replace(/\/+$/, '');
}
