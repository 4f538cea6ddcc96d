import { parseArgs } from 'node:util';
import { readLogin, withStoreLock, writeLogin } from './credential-store.ts';
import type { Command } from './main.ts';
import {
  discoverEndpoints,
  type Endpoints,
  pollForTokens,
  revokeRefreshToken,
  startDeviceAuthorization,
} from './oauth-client.ts';
import { openBrowser } from './open-browser.ts';
import { resolveServerUrl } from './server-url.ts';
import { printable, startProgress } from './terminal.ts';
import { requestWhoami } from './whoami-command.ts';

export const loginCommand: Command = {
  name: 'login',
  summary: 'Log in to a Keyway server in the browser (device flow)',
  usage: `Usage: keyway login [--server URL] [--scopes SCOPES] [--no-browser]

Logs in with the OAuth device flow (RFC 8628): keyway shows a one-time code, you approve it in
the browser while signed in to Keyway, and keyway stores an access token and a refresh token.
It prints, on stdout:
  ! First copy your one-time code: BCDF-GHJK
  Open <verification URL with the code> in your browser to approve.
  (Or go to <verification URL> and enter the code.)
and, once approved:
  Logged in to <server> as <name> (<org name>, <role>)

Options:
  --server URL      the Keyway server (default: $KEYWAY_SERVER, else http://127.0.0.1:3000)
  --scopes SCOPES   scopes to ask for, comma- or space-separated (default: what your role allows)
  --no-browser      only print the URL; also when BROWSER=none (another BROWSER value is the
                    program that opens the URL)

Tokens are stored in credentials.json (mode 0600) in $KEYWAY_CONFIG_DIR, else
$XDG_CONFIG_HOME/keyway, else ~/.config/keyway, one entry per server. Logging in again replaces
the entry and revokes the login it replaces.`,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        server: { type: 'string' },
        scopes: { type: 'string' },
        'no-browser': { type: 'boolean', default: false },
      },
      strict: true,
    });
    const server = resolveServerUrl(values.server, process.env);
    const scopes = parseScopes(values.scopes);
    const endpoints = await discoverEndpoints(server);
    const authorization = await startDeviceAuthorization(endpoints, scopes);

    const code = printable(authorization.user_code);
    const page = printable(authorization.verification_uri);
    // RFC 8628 §3.3.1: the complete URI carries the code, so the person only confirms it.
    const link = printable(authorization.verification_uri_complete ?? authorization.verification_uri);
    console.log(`! First copy your one-time code: ${code}`);
    console.log(`Open ${link} in your browser to approve.`);
    console.log(`(Or go to ${page} and enter the code.)`);
    if (!values['no-browser']) openBrowser(link, process.env);

    const progress = startProgress(process.stderr, 'Waiting for approval in the browser…');
    let tokens: Awaited<ReturnType<typeof pollForTokens>>;
    try {
      tokens = await pollForTokens(endpoints, authorization, {
        onWait(seconds, reason) {
          if (reason === 'slow_down') progress.update(`Waiting for approval (polling every ${seconds} s)…`);
          if (reason === 'unreachable') progress.update(`Server unreachable; retrying in ${seconds} s…`);
          if (reason === 'pending') progress.update('Waiting for approval in the browser…');
        },
      });
    } finally {
      progress.stop();
    }

    // Under the store's lock, so a refresh in another keyway process cannot write the replaced
    // login back over this one, and the login revoked here is the live one.
    await withStoreLock(process.env, async () => {
      const previous = readLogin(process.env, server);
      writeLogin(process.env, server, tokens);
      if (previous !== undefined) await revokeReplacedLogin(endpoints, previous.refresh_token);
    });

    const me = await requestWhoami(server, tokens.access_token);
    if (me === undefined) throw new Error(`${server} refused the access token it just issued`);
    console.log(
      printable(`Logged in to ${server} as ${me.principal.name} (${me.org.name}, ${me.role ?? 'no role'})`),
    );
    return 0;
  },
};

/** `--scopes`: comma- or space-separated; omitted means no scope parameter at all. */
export function parseScopes(value: string | undefined): string[] {
  if (value === undefined) return [];
  const scopes = [...new Set(value.split(/[\s,]+/).filter((scope) => scope !== ''))];
  if (scopes.length === 0) throw new Error('--scopes needs at least one scope, e.g. --scopes keys:read');
  return scopes;
}

/** A login replaced by a new one would otherwise stay valid, unseen, until it expires. */
async function revokeReplacedLogin(endpoints: Endpoints, refreshToken: string): Promise<void> {
  try {
    await revokeRefreshToken(endpoints, refreshToken);
  } catch {
    // Best effort: the new login is saved either way.
  }
}
