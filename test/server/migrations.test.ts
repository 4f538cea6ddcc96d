// The same migrations run on both backends: once, in order, and a second run changes nothing.
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { BACKENDS } from '../support/backends.ts';

describe.each(BACKENDS.map((make) => make()))('migrations on $name', (backend) => {
  afterAll(() => backend.cleanup());

  it('run once, keep the instance id, and leave the database answering', async () => {
    const storage = await backend.fresh();
    const db = openDatabase(storage);
    try {
      expect(await migrate(db)).toEqual([
        '0001-instance',
        '0002-accounts',
        '0003-access-tokens',
        '0004-device-authorizations',
        '0005-agents-app-tokens',
        '0006-audit-indexes',
        '0007-auth-change-triggers',
      ]);
      const first = await db.selectFrom('keyway_instance').selectAll().execute();
      expect(await migrate(db)).toEqual([]);
      const second = await db.selectFrom('keyway_instance').selectAll().execute();
      expect(first).toHaveLength(1);
      expect(second).toEqual(first);
      expect(first[0]?.id).toBe(1);
    } finally {
      await db.destroy();
    }
  });
});
