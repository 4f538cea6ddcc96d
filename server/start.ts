// Opens the database, runs migrations, builds the app and listens.
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { type Database, openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { createHandlers } from './handlers/index.ts';

export interface RunningServer {
  app: FastifyInstance;
  db: Database;
  /** The base URL clients use, e.g. `http://127.0.0.1:3000`. */
  url: string;
  close(): Promise<void>;
}

export async function startServer(
  config: Config,
  options: { logStream?: NodeJS.WritableStream } = {},
): Promise<RunningServer> {
  const db = openDatabase(config);
  try {
    await migrate(db);
    const app = buildApp({ config, handlers: createHandlers({ db }), ...options });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    return {
      app,
      db,
      url: `http://${host}:${port}`,
      async close() {
        await app.close();
        await db.destroy();
      },
    };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
