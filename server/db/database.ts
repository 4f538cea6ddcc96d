// The data-access layer: Kysely over the embedded SQLite database (better-sqlite3, the default)
// or PostgreSQL (pg, when DATABASE_URL is set). Handlers and migrations are written once against
// Kysely; the dialect is chosen here and nowhere else.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.ts';
import type { DatabaseSchema } from './schema.ts';

export type Database = Kysely<DatabaseSchema>;

export const SQLITE_FILE = 'keyway.sqlite';

export function openDatabase(config: Pick<Config, 'dataDir' | 'databaseUrl'>): Database {
  if (config.databaseUrl !== null) {
    // connectionTimeoutMillis: an unreachable database fails a query in 10 s, not at the OS's
    // TCP timeout.
    const pool = new pg.Pool({
      connectionString: config.databaseUrl,
      max: 10,
      connectionTimeoutMillis: 10_000,
    });
    // An idle connection the server drops (restart, failover, idle timeout) is reported here; the
    // pool discards it and opens a new one for the next query. Without a listener the error
    // event would crash the process.
    pool.on('error', () => {});
    return new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  }
  const sqlite = openSqlite(config.dataDir);
  const db = new Kysely<DatabaseSchema>({
    dialect: new SqliteDialect({ database: reusingStatements(sqlite) }),
  });
  sqliteConnections.set(db, sqlite);
  return db;
}

const sqliteConnections = new WeakMap<Database, SQLite.Database>();

/** The embedded database's one connection; undefined for PostgreSQL. */
export function sqliteConnectionOf(db: Database): SQLite.Database | undefined {
  return sqliteConnections.get(db);
}

/** Statements kept per connection: the hot path's few plus room for the rest. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * The connection as Kysely's SqliteDialect sees it, with prepared statements reused: Kysely
 * prepares every query anew, and a CPU profile of the token endpoint showed SQLite's prepare
 * alone at a tenth of the server's time. A statement still being iterated (a streamed query) is
 * busy, so a second user of the same SQL gets a fresh one.
 */
function reusingStatements(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      const cached = statements.get(sql);
      if (cached !== undefined && !cached.busy) return cached;
      const statement = sqlite.prepare(sql);
      if (cached === undefined) {
        if (statements.size >= STATEMENT_CACHE_SIZE) {
          const oldest = statements.keys().next().value;
          if (oldest !== undefined) statements.delete(oldest);
        }
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

function openSqlite(dataDir: string): SQLite.Database {
  let sqlite: SQLite.Database;
  try {
    // 0700: the database holds hashes and audit data that only the server should read.
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    sqlite = new SQLite(join(dataDir, SQLITE_FILE));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`KEYWAY_DATA_DIR=${JSON.stringify(dataDir)}: cannot open the database there (${reason})`);
  }
  // WAL lets readers run beside the writer; NORMAL sync is durable in WAL mode across process
  // crashes; busy_timeout waits for a writer instead of failing with SQLITE_BUSY.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}

/** Whether a statement failed on a unique constraint: SQLite's extended code or PostgreSQL's 23505. */
export function isUniqueViolation(error: unknown): boolean {
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}
