// The storage backends every behavioural test runs on: the embedded SQLite database and a real
// PostgreSQL server started for the test file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../../server/config.ts';
import { type PostgresServer, startPostgres } from './postgres.ts';

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** Storage settings for a fresh, empty database. */
  fresh(): Promise<Pick<Config, 'dataDir' | 'databaseUrl'>>;
  /** Stops servers and removes directories made by fresh(). */
  cleanup(): Promise<void>;
}

export function sqliteBackend(): Backend {
  const dirs: string[] = [];
  return {
    name: 'sqlite',
    async fresh() {
      const dataDir = mkdtempSync(join(tmpdir(), 'keyway-sqlite-'));
      dirs.push(dataDir);
      return { dataDir, databaseUrl: null };
    },
    async cleanup() {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function postgresBackend(): Backend {
  let server: Promise<PostgresServer> | undefined;
  let count = 0;
  return {
    name: 'postgres',
    async fresh() {
      server ??= startPostgres();
      count += 1;
      const databaseUrl = await (await server).createDatabase(`keyway_test_${count}`);
      // The data directory is unused with PostgreSQL; point it somewhere harmless and private.
      return { dataDir: join(tmpdir(), 'keyway-unused'), databaseUrl };
    },
    async cleanup() {
      if (server !== undefined) await (await server).stop();
    },
  };
}

export const BACKENDS: (() => Backend)[] = [sqliteBackend, postgresBackend];
