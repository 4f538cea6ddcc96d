// A PostgreSQL connection dropped by the server (restart, failover, idle timeout) costs nothing:
// the process survives and the next request gets a fresh connection.
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { startServer } from '../../server/start.ts';
import { postgresBackend } from '../support/backends.ts';
import { captureLog } from './test-server.ts';

const backend = postgresBackend();
afterAll(() => backend.cleanup());

describe('PostgreSQL connections', () => {
  it('survive the database terminating every pooled connection', async () => {
    const { dataDir, databaseUrl } = await backend.fresh();
    const server = await startServer(
      loadConfig({ PORT: '0', KEYWAY_DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? '' }),
      { logStream: captureLog().stream },
    );
    try {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      const admin = new pg.Client({ connectionString: databaseUrl ?? '' });
      await admin.connect();
      const { rowCount } = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
      );
      await admin.end();
      expect(rowCount).toBeGreaterThan(0);
      // Give the pool a moment to see the terminated sockets.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const again = await fetch(`${server.url}/healthz`);
      expect(again.status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
