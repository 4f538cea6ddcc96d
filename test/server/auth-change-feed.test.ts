// The database empties the credential cache: migration 0007's triggers fire on every change
// that can narrow a credential, and followAuthChanges turns them into invalidations, on SQLite
// (inside the statement) and on PostgreSQL (LISTEN/NOTIFY at commit).
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthChangeFeed, followAuthChanges, LISTENER_NAME } from '../../server/auth/auth-change-feed.ts';
import type { AuthContext } from '../../server/auth/auth-context.ts';
import type { Config } from '../../server/config.ts';
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

async function eventually(check: () => boolean, what: string, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe.each(BACKENDS.map((make) => make()))('followAuthChanges on $name', (backend) => {
  let storage: Pick<Config, 'dataDir' | 'databaseUrl'>;
  let db: Database;
  let feed: AuthChangeFeed;
  /** Caches a context for org_1 under `key` and checks it is there. */
  const warm = (key = 'k') => {
    feed.cache.set(key, contextIn('org_1'), feed.cache.begin(), null);
    expect(feed.cache.get(key)).toBeDefined();
  };
  const cached = (key = 'k') => feed.cache.get(key) !== undefined;
  /**
   * This process's own change has emptied the cache by the time the statement (or its
   * transaction) returns: SQLite's trigger calls back, the PostgreSQL driver sees the commit.
   */
  const dropped = (key = 'k') => expect(cached(key)).toBe(false);

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
    // PostgreSQL caches nothing until its LISTEN is in place.
    await eventually(() => {
      feed.cache.set('probe', contextIn('org_1'), feed.cache.begin(), null);
      return cached('probe');
    }, 'the feed is listening');
  });
  afterAll(async () => {
    await feed?.close();
    await db?.destroy();
    await backend.cleanup();
  });

  it('keeps entries when an unwatched column changes (last_used_at)', async () => {
    warm();
    await db.updateTable('api_keys').set({ last_used_at: T }).where('id', '=', 'key_1').execute();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(cached()).toBe(true);
  });

  it('drops the org when a key is revoked', async () => {
    warm();
    await db.updateTable('api_keys').set({ revoked_at: T }).where('id', '=', 'key_1').execute();
    dropped();
  });

  // The PostgreSQL driver does not know the org of its own write and empties every org; other
  // nodes, told by NOTIFY, drop only that org (tested below).
  if (backend.name === 'sqlite')
    it('drops only that org', async () => {
      feed.cache.set('other', contextIn('org_2'), feed.cache.begin(), null);
      warm();
      await db.updateTable('api_keys').set({ scopes: '[]' }).where('id', '=', 'key_1').execute();
      dropped();
      expect(cached('other')).toBe(true);
    });

  it('drops the org when a member is demoted or removed', async () => {
    warm();
    await db.updateTable('memberships').set({ role: 'viewer' }).where('user_id', '=', 'usr_1').execute();
    dropped();
    warm();
    await db.deleteFrom('memberships').where('user_id', '=', 'usr_1').execute();
    dropped();
  });

  it("drops every org when a person's name changes (no one org owns it)", async () => {
    feed.cache.set('other', contextIn('org_2'), feed.cache.begin(), null);
    warm();
    await db.updateTable('users').set({ name: 'Ada L.' }).where('id', '=', 'usr_1').execute();
    dropped();
    dropped('other');
  });

  it('drops the org once a transaction that narrowed commits', async () => {
    warm();
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('api_keys').set({ expires_at: T }).where('id', '=', 'key_1').execute();
      await trx.updateTable('api_keys').set({ expires_at: null }).where('id', '=', 'key_1').execute();
    });
    dropped();
  });

  if (backend.name === 'postgres')
    it("drops the org when another node's change arrives by NOTIFY, and only if it commits", async () => {
      const otherNode = new pg.Client({ connectionString: storage.databaseUrl ?? '' });
      await otherNode.connect();
      try {
        feed.cache.set('other', contextIn('org_2'), feed.cache.begin(), null);
        warm();
        await otherNode.query('BEGIN');
        await otherNode.query("UPDATE api_keys SET scopes = '[]' WHERE id = 'key_1'");
        await otherNode.query('ROLLBACK');
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(cached()).toBe(true);
        await otherNode.query(`UPDATE api_keys SET scopes = '["keys:read"]' WHERE id = 'key_1'`);
        await eventually(() => !cached(), 'the NOTIFY emptied the cache');
        expect(cached('other')).toBe(true);
      } finally {
        await otherNode.end();
      }
    });

  if (backend.name === 'postgres')
    it('keeps entries when the changing transaction rolls back', async () => {
      warm();
      await expect(
        db.transaction().execute(async (trx) => {
          await trx.updateTable('api_keys').set({ expires_at: T }).where('id', '=', 'key_1').execute();
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(cached()).toBe(true);
    });

  if (backend.name === 'postgres')
    it('stops caching while its LISTEN connection is gone, and resumes once it is back', async () => {
      warm();
      const admin = new pg.Client({ connectionString: storage.databaseUrl ?? '' });
      await admin.connect();
      try {
        const { rows } = await admin.query(
          'SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE application_name = $1',
          [LISTENER_NAME],
        );
        expect(rows).toEqual([{ ended: true }]);
      } finally {
        await admin.end();
      }
      await eventually(() => !cached(), 'the lost connection emptied the cache');
      // While it reconnects nothing may be cached: a notification could be missed meanwhile.
      feed.cache.set('k', contextIn('org_1'), feed.cache.begin(), null);
      expect(cached()).toBe(false);
      await eventually(() => {
        feed.cache.set('k', contextIn('org_1'), feed.cache.begin(), null);
        return cached();
      }, 'caching resumed after reconnecting');
      // And notifications arrive again on the new connection (a change by another node).
      const otherNode = new pg.Client({ connectionString: storage.databaseUrl ?? '' });
      await otherNode.connect();
      try {
        await otherNode.query("UPDATE api_keys SET revoked_at = NULL WHERE id = 'key_1'");
      } finally {
        await otherNode.end();
      }
      await eventually(() => !cached(), 'the NOTIFY after reconnecting emptied the cache');
    });

  if (backend.name === 'sqlite')
    it('drops everything after another process writes the file', async () => {
      warm();
      const other = new SQLite(join(storage.dataDir, SQLITE_FILE));
      try {
        other.prepare('INSERT INTO orgs (id, name, created_at) VALUES (?, ?, ?)').run('org_3', 'Three', T);
      } finally {
        other.close();
      }
      expect(cached()).toBe(false);
    });

  it('fires for every watched table (the migration made one trigger set per table)', async () => {
    const triggers =
      backend.name === 'sqlite'
        ? await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'trigger'`.execute(db)
        : await sql<{
            name: string;
          }>`SELECT DISTINCT trigger_name AS name FROM information_schema.triggers`.execute(db);
    const tables = new Set(
      triggers.rows.map((row) => row.name.replace(/_auth_(changed|updated|deleted)$/, '')),
    );
    expect([...tables].sort()).toEqual(
      [
        'access_tokens',
        'agent_keys',
        'agents',
        'api_keys',
        'app_tokens',
        'memberships',
        'orgs',
        'service_accounts',
        'sessions',
        'users',
      ].sort(),
    );
  });
});
