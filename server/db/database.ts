// The data-access layer: Kysely over the embedded SQLite database (better-sqlite3) in the data
// directory. The same migrations will run on PostgreSQL through Kysely's pg dialect.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Config } from '../config.ts';
import type { DatabaseSchema } from './schema.ts';

export type Database = Kysely<DatabaseSchema>;

export const SQLITE_FILE = 'keyway.sqlite';

export function openDatabase(config: Pick<Config, 'dataDir'>): Database {
  // 0700: the database holds hashes and audit data that only the server should read.
  let sqlite: SQLite.Database;
  try {
    mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
    sqlite = new SQLite(join(config.dataDir, SQLITE_FILE));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `KEYWAY_DATA_DIR=${JSON.stringify(config.dataDir)}: cannot open the database there (${reason})`,
    );
  }
  // WAL lets readers run beside the writer; NORMAL sync is durable in WAL mode across process
  // crashes; busy_timeout waits for a writer instead of failing with SQLITE_BUSY.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
}
