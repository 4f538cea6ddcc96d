// The database empties the credential cache: every change that can narrow a credential
// (db/auth-watched.ts) is seen by the next lookup that syncs after it committed, on SQLite
// (temporary triggers, data_version) and on PostgreSQL (migration 0007's counter).
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthChangeFeed, followAuthChanges } from '../../server/auth/auth-change-feed.ts';
import type { AuthContext } from '../../server/auth/auth-context.ts';
import type { Config } from '../../server/config.ts';
import { WATCHED } from '../../server/db/auth-watched.ts';
import { type Database, openDatabase, SQLITE_FILE } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { BACKENDS } from '../support/backends.ts';

const T = '2026-01-01T00:00:00.000Z';

function contextIn(org: string): AuthContext {
  return {
    principal: { kind: 'user', id: 'usr_1', name: 'Ada' },
    org: { id: org, name: org },
    credential: { kind: 'api_key', id: 'key_1', prefix: 'kw_live_abcd' },
    role: 'admin',
    scopes: ['keys:read'],
    expiresAt: null,
    sessionId: null,
    sourceKeyId: 'key_1',
    rateLimitKey: 'key_1',
  };
}

describe.each(BACKENDS.map((make) => make()))('followAuthChanges on $name', (backend) => {
  let storage: Pick<Config, 'dataDir' | 'databaseUrl'>;
  let db: Database;
  let feed: AuthChangeFeed;
  /** Another writer of the same database: another node, or an operator's tool. */
  let otherWriter: (statement: string) => Promise<void>;
  let closeOtherWriter: () => Promise<void>;

  /** Caches a context under `key` (org_1 unless said), the way a request would: after a sync. */
  const warm = async (key = 'k', org = 'org_1') => {
    await feed.sync();
    feed.cache.set(key, contextIn(org), feed.cache.begin(), null);
    expect(feed.cache.get(key)).toBeDefined();
  };
  const cachedAfterSync = async (key = 'k') => {
    await feed.sync();
    return feed.cache.get(key) !== undefined;
  };

  beforeAll(async () => {
    storage = await backend.fresh();
    db = openDatabase(storage);
    await migrate(db);
    await db.insertInto('orgs').values({ id: 'org_1', name: 'One', created_at: T }).execute();
    await db.insertInto('orgs').values({ id: 'org_2', name: 'Two', created_at: T }).execute();
    await db
      .insertInto('users')
      .values({ id: 'usr_1', email: 'ada@example.com', name: 'Ada', password_hash: 'x', created_at: T })
      .execute();
    await db
      .insertInto('memberships')
      .values({ org_id: 'org_1', user_id: 'usr_1', role: 'admin', joined_at: T })
      .execute();
    await db
      .insertInto('api_keys')
      .values({
        id: 'key_1',
        org_id: 'org_1',
        name: 'ci',
        scopes: '["keys:read"]',
        created_by: 'usr_1',
        secret_hash: 'h1',
        prefix: 'kw_live_abcd',
        created_at: T,
      })
      .execute();
    feed = followAuthChanges(db);
    if (backend.name === 'sqlite') {
      // A plain connection, without this process's temporary triggers or their function.
      const other = new SQLite(join(storage.dataDir, SQLITE_FILE));
      otherWriter = async (statement) => {
        other.exec(statement);
      };
      closeOtherWriter = async () => {
        other.close();
      };
    } else {
      const other = new pg.Client({ connectionString: storage.databaseUrl ?? '' });
      await other.connect();
      otherWriter = async (statement) => {
        await other.query(statement);
      };
      closeOtherWriter = () => other.end();
    }
  });
  afterAll(async () => {
    await closeOtherWriter?.();
    await feed?.close();
    await db?.destroy();
    await backend.cleanup();
  });

  it('keeps entries when an unwatched column changes (last_used_at)', async () => {
    await warm();
    await db.updateTable('api_keys').set({ last_used_at: T }).where('id', '=', 'key_1').execute();
    expect(await cachedAfterSync()).toBe(true);
  });

  it('drops them when a key is revoked, narrowed or expires', async () => {
    for (const change of [{ revoked_at: T }, { scopes: '[]' }, { expires_at: T }] as const) {
      await warm();
      await db.updateTable('api_keys').set(change).where('id', '=', 'key_1').execute();
      expect(await cachedAfterSync(), JSON.stringify(change)).toBe(false);
    }
  });

  it('drops them when a member is demoted or removed', async () => {
    await warm();
    await db.updateTable('memberships').set({ role: 'viewer' }).where('user_id', '=', 'usr_1').execute();
    expect(await cachedAfterSync()).toBe(false);
    await warm();
    await db.deleteFrom('memberships').where('user_id', '=', 'usr_1').execute();
    expect(await cachedAfterSync()).toBe(false);
  });

  it("drops every org's when a person's name changes (no one org owns it)", async () => {
    await warm('other', 'org_2');
    await warm();
    await db.updateTable('users').set({ name: 'Ada L.' }).where('id', '=', 'usr_1').execute();
    expect(await cachedAfterSync()).toBe(false);
    expect(await cachedAfterSync('other')).toBe(false);
  });

  it('drops them once a transaction that narrowed commits', async () => {
    await warm();
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('api_keys').set({ expires_at: T }).where('id', '=', 'key_1').execute();
      await trx.updateTable('api_keys').set({ expires_at: null }).where('id', '=', 'key_1').execute();
    });
    expect(await cachedAfterSync()).toBe(false);
  });

  it('sees a change by another writer of the database at the next sync, with no waiting', async () => {
    await warm();
    await otherWriter(`UPDATE api_keys SET scopes = '["keys:read"]' WHERE id = 'key_1'`);
    expect(await cachedAfterSync()).toBe(false);
  });

  if (backend.name === 'sqlite') {
    it("drops the org's entries inside the changing statement, and only that org's", async () => {
      await warm('other', 'org_2');
      await warm();
      await db.updateTable('api_keys').set({ revoked_at: null }).where('id', '=', 'key_1').execute();
      // No sync: the trigger already ran, before the statement returned.
      expect(feed.cache.get('k')).toBeUndefined();
      expect(feed.cache.get('other')).toBeDefined();
    });

    it('lets a process without the temporary triggers write the watched tables', async () => {
      await expect(otherWriter(`UPDATE api_keys SET revoked_at = NULL WHERE id = 'nope'`)).resolves.toBe(
        undefined,
      );
    });
  }

  if (backend.name === 'postgres') {
    it('keeps entries when a change by another writer rolls back', async () => {
      await warm();
      await otherWriter(`BEGIN; UPDATE api_keys SET scopes = '[]' WHERE id = 'key_1'; ROLLBACK;`);
      expect(await cachedAfterSync()).toBe(true);
    });

    it('a sync that starts while a read is in flight waits for a read that starts after it', async () => {
      for (let round = 0; round < 20; round++) {
        await warm();
        const inFlight = feed.sync();
        await otherWriter(`UPDATE api_keys SET scopes = '[]' WHERE id = 'key_1'`);
        expect(await cachedAfterSync(), `round ${round}`).toBe(false);
        await inFlight;
      }
    });

    it('shares one read between concurrent syncs', async () => {
      const before = feed.reads;
      await Promise.all(Array.from({ length: 50 }, () => feed.sync()));
      // One read for the first caller, one more for all who came while it was in flight.
      expect(feed.reads - before).toBeLessThanOrEqual(2);
      expect(feed.reads - before).toBeGreaterThanOrEqual(1);
    });
  }

  it('has a trigger for every watched table and column, no more', async () => {
    const installed = new Map<string, Set<string>>();
    const add = (table: string, column: string) => {
      const columns = installed.get(table) ?? new Set<string>();
      columns.add(column);
      installed.set(table, columns);
    };
    if (backend.name === 'sqlite') {
      const triggers = await sql<{ tbl_name: string; sql: string }>`
        SELECT tbl_name, sql FROM sqlite_temp_master WHERE type = 'trigger' AND name LIKE '%_auth_updated'`.execute(
        db,
      );
      for (const trigger of triggers.rows) {
        const columns = /UPDATE OF (.*) ON/.exec(trigger.sql)?.[1] ?? '';
        for (const column of columns.split(',')) add(trigger.tbl_name, column.trim().replaceAll('"', ''));
      }
    } else {
      const triggers = await sql<{ table: string; column: string }>`
        SELECT event_object_table AS table, event_object_column AS column
        FROM information_schema.triggered_update_columns WHERE trigger_name LIKE '%_auth_changed'`.execute(
        db,
      );
      for (const row of triggers.rows) add(row.table, row.column);
    }
    const want = Object.fromEntries(
      Object.entries(WATCHED).map(([table, w]) => [table, [...w.columns].sort()]),
    );
    const got = Object.fromEntries([...installed].map(([table, columns]) => [table, [...columns].sort()]));
    expect(got).toEqual(want);
  });
});
