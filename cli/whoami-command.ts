import { parseArgs } from 'node:util';
import type { components } from '../generated/types.ts';
import { readLogin, type StoredLogin, withStoreLock, writeLogin } from './credential-store.ts';
import { send } from './http.ts';
import type { Command } from './main.ts';
import { discoverEndpoints, OAuthError, refreshTokens } from './oauth-client.ts';
import { resolveServerUrl } from './server-url.ts';
import { printable } from './terminal.ts';

export type Whoami = components['schemas']['Whoami'];

/** Refresh an access token this close to its expiry rather than send one about to die. */
const REFRESH_MARGIN_MS = 30_000;

export const whoamiCommand: Command = {
  name: 'whoami',
  summary: 'Show who you are logged in as',
  usage: `Usage: keyway whoami [--server URL]

Shows the person, organization and role of your \`keyway login\` to the server, on two lines:
  <name> (<user id>) in <org name> (<org id>) as <role>
  Scopes: <scope>, <scope>, …

A stored access token that has expired (or is about to) is refreshed first; the refresh token
rotates and the new one is saved.

Options:
  --server URL  the Keyway server (default: $KEYWAY_SERVER, else http://127.0.0.1:3000)`,
  async run(args) {
    const { values } = parseArgs({ args, options: { server: { type: 'string' } }, strict: true });
    const server = resolveServerUrl(values.server, process.env);
    const me = await whoamiWithRefresh(process.env, server, requireLogin(process.env, server));
    const role = me.role ?? 'no role';
    console.log(
      printable(`${me.principal.name} (${me.principal.id}) in ${me.org.name} (${me.org.id}) as ${role}`),
    );
    console.log(printable(`Scopes: ${me.scopes.length > 0 ? me.scopes.join(', ') : '(none)'}`));
    return 0;
  },
};

/** The stored login for `server`, or an Error telling the person to log in. */
export function requireLogin(env: NodeJS.ProcessEnv, server: string): StoredLogin {
  const login = readLogin(env, server);
  if (login === undefined) throw new Error(`Not logged in to ${server}; run \`keyway login\``);
  return login;
}

/** GET /v1/whoami with the access token; undefined when the server answers 401. */
export async function requestWhoami(server: string, accessToken: string): Promise<Whoami | undefined> {
  const response = await send(
    `${server}/v1/whoami`,
    { method: 'GET', headers: { authorization: `Bearer ${accessToken}` } },
    'the server',
  );
  if (response.status === 401) return undefined;
  const body = response.body as Partial<Whoami> | undefined;
  if (response.status !== 200) {
    const detail = (body as { detail?: unknown } | undefined)?.detail;
    throw new Error(
      `${server}/v1/whoami answered ${response.status}${typeof detail === 'string' ? `: ${detail}` : ''}`,
    );
  }
  if (
    typeof body !== 'object' ||
    body === null ||
    typeof body.principal?.name !== 'string' ||
    typeof body.org?.name !== 'string' ||
    !Array.isArray(body.scopes)
  ) {
    throw new Error(`${server}/v1/whoami answered 200 without a principal, org and scopes`);
  }
  return body as Whoami;
}

/**
 * Whoami with the stored login, refreshing the access token first when it is (nearly) expired, or
 * once after a 401. Rotated tokens are saved before they are used: the old refresh token is dead.
 */
export async function whoamiWithRefresh(
  env: NodeJS.ProcessEnv,
  server: string,
  stored: StoredLogin,
): Promise<Whoami> {
  let login = stored;
  let refreshed = false;
  const refresh = () =>
    withStoreLock(env, async () => {
      // Another keyway process may have refreshed while this one waited for the lock: its
      // tokens are the live ones, and the refresh token this one holds is already spent.
      const current = readLogin(env, server);
      if (current !== undefined && current.refresh_token !== login.refresh_token) {
        login = current;
        refreshed = true;
        return;
      }
      const endpoints = await discoverEndpoints(server);
      let tokens: Awaited<ReturnType<typeof refreshTokens>>;
      try {
        tokens = await refreshTokens(endpoints, login.refresh_token);
      } catch (error) {
        // RFC 6749 §5.2: invalid_grant means the refresh token (and with it the login) is gone.
        if (error instanceof OAuthError && error.code === 'invalid_grant') {
          throw new Error(`Your login to ${server} has ended; run \`keyway login\` again`);
        }
        throw error;
      }
      login = { ...tokens };
      writeLogin(env, server, login);
      refreshed = true;
    });
  const expiresAt = Date.parse(login.expires_at);
  if (Number.isNaN(expiresAt) || expiresAt - Date.now() < REFRESH_MARGIN_MS) await refresh();
  let me = await requestWhoami(server, login.access_token);
  if (me === undefined && !refreshed) {
    await refresh();
    me = await requestWhoami(server, login.access_token);
  }
  if (me === undefined) {
    throw new Error(`${server} refused a freshly refreshed access token; run \`keyway login\` again`);
  }
  return me;
}
