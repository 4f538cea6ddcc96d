import { parseArgs } from 'node:util';
import type { Command } from './main.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Start the reference server (same as `npm start`)',
  usage: `Usage: keyway serve

Starts the Keyway reference server. Configuration comes from environment variables:
  PORT              port to listen on (default 3000; 0 picks a free one)
  HOST              interface to bind (default 127.0.0.1)
  KEYWAY_DATA_DIR   where the embedded SQLite database lives (default ./.keyway)
  DATABASE_URL      postgres://… for PostgreSQL; unset for the embedded SQLite database
  KEYWAY_ISSUER     the public base URL, used as the token issuer (default http://HOST:PORT)
  KEYWAY_BODY_LIMIT largest accepted request body in bytes (default 1048576)
  KEYWAY_LOG_LEVEL  fatal, error, warn, info, debug, trace or silent (default info)
  KEYWAY_SERVER_SECRET        32+ random bytes (base64 or hex) keying stored hashes and signing keys
  KEYWAY_SESSION_TTL          session access-token lifetime, seconds (default 900)
  KEYWAY_ACCESS_TOKEN_TTL     exchanged access-token lifetime, seconds (default 900)
  KEYWAY_ACCESS_TOKEN_MAX_TTL longest access-token lifetime a caller may ask for (default 3600)
  KEYWAY_REFRESH_TTL          refresh-token family lifetime, seconds (default 2592000)
  KEYWAY_API_KEY_DEFAULT_TTL  API key lifetime when none is given, seconds (default 7776000)
  KEYWAY_API_KEY_MAX_TTL      longest API key lifetime, seconds (default 31536000; 0: unbounded)
  KEYWAY_RATE_LIMIT           requests per credential per minute (default 600)
  KEYWAY_LOGIN_RATE_LIMIT     failed logins per account per 15 minutes (default 10)
  KEYWAY_LOGIN_IP_RATE_LIMIT  failed logins per client address per 15 minutes (default 100)
  KEYWAY_TOKEN_RATE_LIMIT     token-endpoint requests per client address per minute (default 60)
  KEYWAY_DEVICE_CLIENT_IDS    client ids allowed to start a device flow besides keyway-cli
  KEYWAY_DEVICE_CODE_TTL      device code lifetime, seconds (default 600)
  KEYWAY_DEVICE_POLL_INTERVAL seconds between a device's polls (default 5)
See README.md for details.`,
  async run(args) {
    parseArgs({ args, options: {}, strict: true });
    // Loaded on use: the server imports generated/, which `keyway generate` must be able to
    // (re)create even when it is missing or stale.
    const { loadConfig } = await import('../server/config.ts');
    const { startServer } = await import('../server/start.ts');
    const config = loadConfig(process.env);
    const server = await startServer(config);
    console.log(`Keyway is listening on ${server.url}`);
    const stop = async () => {
      await server.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    // Keep the command alive until a signal arrives.
    return new Promise<number>(() => {});
  },
};
