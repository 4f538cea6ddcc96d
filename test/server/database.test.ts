// The embedded SQLite database: created on first start in a private directory, migrated once, WAL.
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { makeTempDir } from './test-server.ts';

const root = makeTempDir();
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Opens, migrates and closes the database in `dataDir`; returns what migrate ran and the instance id. */
async function start(dataDir: string): Promise<{ ran: string[]; instanceId: string }> {
  const db = openDatabase({ dataDir, databaseUrl: null });
  try {
    const ran = await migrate(db);
    const row = await db.selectFrom('keyway_instance').selectAll().executeTakeFirstOrThrow();
    return { ran, instanceId: row.instance_id };
  } finally {
    await db.destroy();
  }
}

describe('the embedded database', () => {
  // A directory that does not exist yet (mkdtemp's own directory is already 0700).
  const dataDir = join(root, 'nested', 'data');
  let existedBefore: boolean;
  let first: { ran: string[]; instanceId: string };
  let second: { ran: string[]; instanceId: string };

  beforeAll(async () => {
    existedBefore = existsSync(dataDir);
    first = await start(dataDir);
    second = await start(dataDir);
  });

  test('the first start creates the data directory 0700 and the database file', () => {
    expect(existedBefore).toBe(false);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dataDir, 'keyway.sqlite')).isFile()).toBe(true);
  });

  test('the first start runs the migrations and writes the instance row', () => {
    expect(first.ran).toEqual([
      '0001-instance',
      '0002-accounts',
      '0003-access-tokens',
      '0004-device-authorizations',
      '0005-agents-app-tokens',
      '0006-audit-indexes',
      '0007-auth-change-triggers',
    ]);
    expect(first.instanceId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('a second start runs nothing and keeps the instance id', () => {
    expect(second).toEqual({ ran: [], instanceId: first.instanceId });
  });

  test('there is exactly one instance row', () => {
    const sqlite = new SQLite(join(dataDir, 'keyway.sqlite'), { readonly: true });
    try {
      expect(sqlite.prepare('select id, instance_id from keyway_instance').all()).toEqual([
        { id: 1, instance_id: first.instanceId },
      ]);
    } finally {
      sqlite.close();
    }
  });

  test('the file is in WAL journal mode', () => {
    // Opened without openDatabase's pragmas: WAL is a property of the file once set.
    const sqlite = new SQLite(join(dataDir, 'keyway.sqlite'));
    try {
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      sqlite.close();
    }
  });

  test('another data directory is another instance', async () => {
    const other = await start(join(root, 'other'));
    expect(other.ran).toEqual([
      '0001-instance',
      '0002-accounts',
      '0003-access-tokens',
      '0004-device-authorizations',
      '0005-agents-app-tokens',
      '0006-audit-indexes',
      '0007-auth-change-triggers',
    ]);
    expect(other.instanceId).not.toBe(first.instanceId);
  });
});
