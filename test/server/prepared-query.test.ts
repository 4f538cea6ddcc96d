// prepareQuery: compiled once per dialect, run with each call's arguments, on both backends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { prepareQuery } from '../../server/db/prepared-query.ts';
import { BACKENDS } from '../support/backends.ts';

const countOf = prepareQuery(2, (db, bucket: string, windowStart: number) =>
  db
    .selectFrom('rate_limits')
    .select('count')
    .where('bucket', '=', bucket)
    .where('window_start', '=', windowStart)
    // A constant of the query, kept between the arguments.
    .where('count', '>', 0),
);

describe.each(BACKENDS.map((make) => make()))('prepareQuery on $name', (backend) => {
  let db: Database;
  beforeAll(async () => {
    db = openDatabase(await backend.fresh());
    await migrate(db);
    await db
      .insertInto('rate_limits')
      .values([
        { bucket: 'a', window_start: 1, count: 3 },
        { bucket: 'b', window_start: 1, count: 5 },
        { bucket: 'b', window_start: 2, count: 0 },
      ])
      .execute();
  });
  afterAll(async () => {
    await db.destroy();
    await backend.cleanup();
  });

  const table = [
    { given: ['a', 1] as const, want: [3] },
    { given: ['b', 1] as const, want: [5] },
    { given: ['b', 2] as const, want: [] },
    { given: ['c', 1] as const, want: [] },
  ];
  it.each(table)('$given → $want', async ({ given, want }) => {
    const rows = await countOf(db, given[0], given[1]);
    expect(rows.map((r) => Number(r.count))).toEqual(want);
  });

  it('runs inside a transaction with the same plan', async () => {
    const rows = await db.transaction().execute((trx) => countOf(trx, 'b', 1));
    expect(rows.map((r) => Number(r.count))).toEqual([5]);
  });

  it('refuses a builder that drops an argument', async () => {
    const broken = prepareQuery(2, (db, bucket: string, _unused: number) =>
      db.selectFrom('rate_limits').select('count').where('bucket', '=', bucket),
    );
    await expect(broken(db, 'a', 1)).rejects.toThrow('prepared query uses 1 of its 2 arguments');
  });
});
