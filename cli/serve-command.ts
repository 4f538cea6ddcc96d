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
  KEYWAY_LOG_LEVEL  fatal, error, warn, info, debug, trace or silent (default info)`,
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
