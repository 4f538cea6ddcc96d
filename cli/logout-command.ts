import { parseArgs } from 'node:util';
import { withStoreLock, writeLogin } from './credential-store.ts';
import type { Command } from './main.ts';
import { discoverEndpoints, revokeRefreshToken } from './oauth-client.ts';
import { resolveServerUrl } from './server-url.ts';
import { requireLogin } from './whoami-command.ts';

export const logoutCommand: Command = {
  name: 'logout',
  summary: 'Log out of a Keyway server and forget its tokens',
  usage: `Usage: keyway logout [--server URL]

Revokes your \`keyway login\` at the server (RFC 7009: revoking the refresh token ends the
session and its access tokens) and removes it from credentials.json. When the server cannot be
reached, it warns and removes the local copy anyway. Prints:
  Logged out of <server>

Options:
  --server URL  the Keyway server (default: $KEYWAY_SERVER, else http://127.0.0.1:3000)`,
  async run(args) {
    const { values } = parseArgs({ args, options: { server: { type: 'string' } }, strict: true });
    const server = resolveServerUrl(values.server, process.env);
    // Under the store's lock: a refresh running in another keyway process finishes first, so the
    // refresh token revoked here is the live one.
    await withStoreLock(process.env, async () => {
      const login = requireLogin(process.env, server);
      try {
        await revokeRefreshToken(await discoverEndpoints(server), login.refresh_token);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        console.error(
          `warning: could not revoke the login at ${server} (${reason}); removing it locally anyway`,
        );
      }
      writeLogin(process.env, server, undefined);
    });
    console.log(`Logged out of ${server}`);
    return 0;
  },
};
