// Keeps a node's credential cache (credential-cache.ts) in step with the database: the triggers
// of db/migrations/0007 announce every change that can narrow a credential, and this feed turns
// each announcement into `cache.invalidate(org)`.
//
// - SQLite (one server process): the trigger calls back into this process inside the changing
//   statement, so the cache is emptied before the revoking request returns. A write by another
//   process on the same file (an operator's tool) is seen through `PRAGMA data_version`, checked
//   before every lookup (it changes when another connection commits; a few µs, no I/O).
// - PostgreSQL (N nodes): one connection per node LISTENs on the trigger's channel. PostgreSQL
//   sends the notification to every listening node when the transaction commits, so each node
//   drops the entries within one round trip of the commit. While that connection is down the
//   cache is emptied and unused (every request reads the database), and it is trusted again only
//   once LISTEN is re-established, so a notification lost with a connection cannot leave a
//   revoked credential cached. A query every HEARTBEAT_MS proves the connection is still alive.
import pg from 'pg';
import { type Database, onAuthChange, postgresUrlOf, sqliteConnectionOf } from '../db/database.ts';
import { CHANNEL } from '../db/migrations/0007-auth-change-triggers.ts';
import { CredentialCache } from './credential-cache.ts';

const HEARTBEAT_MS = 5_000;
/** How the listening connection shows in pg_stat_activity. */
export const LISTENER_NAME = 'keyway-auth-listener';
const RECONNECT_MS = 1_000;

export interface AuthChangeFeed {
  cache: CredentialCache;
  close(): Promise<void>;
}

export function followAuthChanges(db: Database): AuthChangeFeed {
  const sqlite = sqliteConnectionOf(db);
  if (sqlite !== undefined) {
    const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
    let version = dataVersion.get();
    const cache = new CredentialCache(undefined, () => {
      const now = dataVersion.get();
      if (now !== version) {
        version = now;
        cache.invalidate('*');
      }
    });
    const stop = onAuthChange(db, (org) => cache.invalidate(org));
    return {
      cache,
      async close() {
        stop();
      },
    };
  }
  const databaseUrl = postgresUrlOf(db);
  if (databaseUrl === undefined)
    throw new Error('followAuthChanges: the database was not opened by openDatabase');
  const cache = new CredentialCache();
  // This node's own changes, at commit (db/change-tracking-driver.ts); the others' by NOTIFY.
  const stop = onAuthChange(db, (org) => cache.invalidate(org));
  const listening = listenForChanges(databaseUrl, cache);
  return {
    cache,
    async close() {
      stop();
      await listening.close();
    },
  };
}

function listenForChanges(databaseUrl: string, cache: CredentialCache): { close(): Promise<void> } {
  // Nothing is cached until the first LISTEN succeeds.
  cache.distrust();
  let client: pg.Client | null = null;
  let closed = false;
  let heartbeat: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;

  const lost = (failed: pg.Client) => {
    if (client !== failed) return;
    client = null;
    cache.distrust();
    clearInterval(heartbeat);
    failed.removeAllListeners('notification');
    failed.end().catch(() => {});
    if (!closed) retry = setTimeout(connect, RECONNECT_MS);
  };

  const connect = async () => {
    // query_timeout: a connection that silently stopped answering fails its heartbeat.
    const next = new pg.Client({
      connectionString: databaseUrl,
      application_name: LISTENER_NAME,
      keepAlive: true,
      query_timeout: HEARTBEAT_MS,
    });
    // Registered before connecting: an error event without a listener would end the process.
    next.on('error', () => lost(next));
    next.on('end', () => lost(next));
    next.on('notification', (message) => {
      if (message.channel === CHANNEL) cache.invalidate(message.payload ?? '*');
    });
    client = next;
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
    } catch {
      lost(next);
      return;
    }
    if (closed || client !== next) return;
    cache.trust();
    heartbeat = setInterval(() => {
      next.query('SELECT 1').catch(() => lost(next));
    }, HEARTBEAT_MS);
    heartbeat.unref();
  };
  void connect();

  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      clearInterval(heartbeat);
      const open = client;
      client = null;
      cache.distrust();
      await open?.end().catch(() => {});
    },
  };
}
