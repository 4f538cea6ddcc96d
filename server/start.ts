// Opens the database, runs migrations, builds the app and listens.
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { type Database, openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { createHandlers } from './handlers/create-handlers.ts';
import { startHousekeeping } from './housekeeping.ts';
import { createServices } from './services.ts';

export interface RunningServer {
  app: FastifyInstance;
  db: Database;
  /** The base URL clients use, e.g. `http://127.0.0.1:3000`. */
  url: string;
  /** KEYWAY_ISSUER, or `url` when it is unset. */
  issuer: string;
  close(): Promise<void>;
}

/** How long a stopping server waits for requests in progress before closing their sockets. */
const DRAIN_MS = 3_000;

export async function startServer(
  config: Config,
  options: { logStream?: NodeJS.WritableStream } = {},
): Promise<RunningServer> {
  const db = openDatabase(config);
  try {
    await migrate(db);
    let url = '';
    const issuer = () => config.issuer ?? url;
    const services = await createServices(db, config, issuer);
    const app = buildApp({ config, handlers: createHandlers(services), services, ...options });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : config.port;
    // An IPv6 literal is bracketed in a URL (RFC 3986 §3.2.2).
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    url = `http://${host}:${port}`;
    if (services.keys.fromDatabase) {
      app.log.warn(
        'KEYWAY_SERVER_SECRET is unset: using a server secret kept in the database. Set it (32+ random bytes, base64) so a copy of the database alone cannot sign tokens.',
      );
    }
    const stopHousekeeping = startHousekeeping(db, app.log);
    return {
      app,
      db,
      url,
      issuer: issuer(),
      async close() {
        stopHousekeeping();
        // Requests in progress get DRAIN_MS to finish. Node's close() ends idle keep-alive
        // sockets but not one a client opened ahead of time and never used (fetch does so after
        // an aborted stream), which would hold the process open for as long as the client likes.
        const drained = setTimeout(() => app.server.closeAllConnections(), DRAIN_MS);
        try {
          await app.close();
        } finally {
          clearTimeout(drained);
        }
        await db.destroy();
      },
    };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
