// Keeps a node's credential cache (credential-cache.ts) in step with the database, so that a
// change that narrows a credential (db/auth-watched.ts: revoke, rotate, narrow, delete, demote,
// remove, log out) is seen by the first request that arrives after the change committed, on any
// node. `sync()` is awaited before every cache lookup.
//
// - SQLite (one server process): temporary triggers on the server's own connection call back
//   into this process inside the changing statement and drop that org's entries, before the
//   revoking request returns; `sync()` does no I/O. A write by another process on the same file
//   (an operator's tool, which has no such triggers) changes `PRAGMA data_version`, compared at
//   every sync (a few µs, no disk read): every entry goes.
// - PostgreSQL (N nodes): the triggers of migration 0007 move one counter forward in the
//   changing transaction. `sync()` waits for a read of that counter that started after it was
//   called, and empties the cache if the counter moved. A change committed before a request
//   arrived is therefore always seen, whichever node made it; concurrent requests share one read
//   (one primary-key lookup per batch), so the cost under load is a fraction of a lookup each.
import type SQLite from 'better-sqlite3';
import { WATCHED } from '../db/auth-watched.ts';
import { type Database, sqliteConnectionOf } from '../db/database.ts';
import { prepareQuery } from '../db/prepared-query.ts';
import { CredentialCache } from './credential-cache.ts';

export interface AuthChangeFeed {
  cache: CredentialCache;
  /** Resolves once the cache reflects every change committed before the call. */
  sync(): Promise<void> | undefined;
  /** Database reads made by sync() so far (none on SQLite); for tests and metrics. */
  readonly reads: number;
  close(): Promise<void>;
}

export function followAuthChanges(db: Database): AuthChangeFeed {
  const sqlite = sqliteConnectionOf(db);
  return sqlite === undefined ? followGeneration(db) : followTriggers(sqlite);
}

/** Who the temporary triggers of each connection call (several caches may share one). */
const listenersOf = new WeakMap<SQLite.Database, Set<(org: string) => void>>();

function followTriggers(sqlite: SQLite.Database): AuthChangeFeed {
  const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
  let version = dataVersion.get();
  const cache = new CredentialCache();
  const listener = (org: string) => cache.invalidate(org);
  let listeners = listenersOf.get(sqlite);
  if (listeners === undefined) {
    listeners = installTriggers(sqlite);
    listenersOf.set(sqlite, listeners);
  }
  listeners.add(listener);
  return {
    cache,
    sync() {
      const now = dataVersion.get();
      if (now !== version) {
        version = now;
        cache.invalidate('*');
      }
      return undefined;
    },
    reads: 0,
    async close() {
      listeners.delete(listener);
    },
  };
}

/**
 * `keyway_auth_changed(org)` and a TEMP trigger per watched table calling it. Temporary triggers
 * live on this connection only: another process writing the file needs no such function (and
 * is seen through data_version instead).
 */
function installTriggers(sqlite: SQLite.Database): Set<(org: string) => void> {
  const listeners = new Set<(org: string) => void>();
  sqlite.function('keyway_auth_changed', { deterministic: false }, (org: unknown) => {
    for (const listener of listeners) listener(String(org));
    return null;
  });
  const id = (name: string) => `"${name}"`;
  for (const [table, { org, columns }] of Object.entries(WATCHED)) {
    // The names are db/auth-watched.ts's constants, not input.
    const orgOf = org === null ? "'*'" : `OLD.${id(org)}`;
    sqlite.exec(
      `CREATE TEMP TRIGGER IF NOT EXISTS ${id(`${table}_auth_updated`)} AFTER UPDATE OF ${columns.map(id).join(', ')} ON main.${id(table)}
       BEGIN SELECT keyway_auth_changed(${orgOf}); END;
       CREATE TEMP TRIGGER IF NOT EXISTS ${id(`${table}_auth_deleted`)} AFTER DELETE ON main.${id(table)}
       BEGIN SELECT keyway_auth_changed(${orgOf}); END;`,
    );
  }
  return listeners;
}

const generationOf = prepareQuery(1, (db, id: number) =>
  db.selectFrom('keyway_auth_generation').select('generation').where('id', '=', id),
);

function followGeneration(db: Database): AuthChangeFeed {
  const cache = new CredentialCache();
  let seen: bigint | null = null;
  /** The read in flight, and the one queued to start when it ends (for later callers). */
  let current: Promise<void> | null = null;
  let next: Promise<void> | null = null;

  let reads = 0;
  const read = async () => {
    reads++;
    const [row] = await generationOf(db, 1);
    if (row === undefined) throw new Error('keyway_auth_generation has no row: migration 0007 did not run');
    const generation = BigInt(row.generation);
    // Reads may finish out of order: only a newer value than any seen empties the cache.
    if (seen === null || generation > seen) {
      if (seen !== null) cache.invalidate('*');
      seen = generation;
    }
  };
  const start = (): Promise<void> => {
    const started = read().finally(() => {
      if (current === started) current = null;
    });
    current = started;
    return started;
  };
  /** Resolves once a read of the counter that started after this call has been applied. */
  const sync = (): Promise<void> => {
    if (current === null) return start();
    // A read is in flight but may have started before this call: wait for the next one.
    next ??= current
      .catch(() => {})
      .then(() => {
        next = null;
        return start();
      });
    return next;
  };

  return {
    cache,
    sync,
    get reads() {
      return reads;
    },
    async close() {
      await Promise.allSettled([current, next]);
    },
  };
}
