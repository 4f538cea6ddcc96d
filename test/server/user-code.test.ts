// RFC 8628 user codes (§6.1) and the sliding window behind the wrong-code lock (§5.1), table by
// table; the flows around them are in test/behaviour/device-flow.test.ts.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { type Database, openDatabase } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import {
  generateUserCode,
  normalizeUserCode,
  USER_CODE_ALPHABET,
} from '../../server/device-authorization.ts';
import { slidingHit, slidingRelease } from '../../server/rate-limit.ts';
import { makeTempDir } from './test-server.ts';

describe('normalizeUserCode', () => {
  const cases: Array<{ given: string; want: string | null }> = [
    { given: 'BCDF-GHJK', want: 'BCDFGHJK' },
    { given: 'bcdf-ghjk', want: 'BCDFGHJK' },
    { given: 'bcdfghjk', want: 'BCDFGHJK' },
    { given: ' bcdf ghjk ', want: 'BCDFGHJK' },
    { given: 'BC-DF GH-JK', want: 'BCDFGHJK' },
    { given: 'BCDF\tGHJK', want: 'BCDFGHJK' },
    // Wrong is wrong: no near misses, no look-alikes, no other lengths.
    { given: 'BCDF-GHJ', want: null },
    { given: 'BCDF-GHJKL', want: null },
    { given: 'BCDF-GHJA', want: null },
    { given: 'BCDF-GHJ0', want: null },
    { given: 'BCDF_GHJK', want: null },
    { given: '', want: null },
    // Unicode case mapping: ſ upper-cases to S, ß to SS, the ﬆ ligature to ST.
    { given: 'BCDF-GHJſ', want: null },
    { given: 'ſſſſ-ſſſſ', want: null },
    { given: 'BCDF-GHßK', want: null },
    { given: 'BCDF-GHﬆ', want: null },
    { given: 'ＢCDF-GHJK', want: null },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => {
    expect(normalizeUserCode(given)).toBe(want);
  });
});

describe('generateUserCode', () => {
  it('draws 8 letters of the RFC 8628 §6.1 alphabet, shown XXXX-XXXX, all of it used', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const code = generateUserCode();
      expect(code).toMatch(/^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$/);
      expect(normalizeUserCode(code)).toBe(code.replace('-', ''));
      for (const c of code.replace('-', '')) seen.add(c);
    }
    expect([...seen].sort().join('')).toBe(USER_CODE_ALPHABET);
  });
});

describe('slidingHit', () => {
  const dir = makeTempDir();
  let db: Database;
  beforeAll(async () => {
    db = openDatabase(loadConfig({ KEYWAY_DATA_DIR: dir }));
    await migrate(db);
  });
  afterAll(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const rule = { limit: 5, windowSeconds: 15 * 60 };
  // A quarter-hour boundary, where a fixed 15-minute window would start counting from zero.
  const boundary = Date.UTC(2026, 10, 25, 9, 15, 0);

  it('does not reset at a clock boundary: 5 before it and 1 after it are 6 in the window', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await slidingHit(db, 'b1', rule, boundary - 2000)).allowed).toBe(true);
    }
    const sixth = await slidingHit(db, 'b1', rule, boundary + 1000);
    expect(sixth).toMatchObject({ allowed: false, count: 6 });
    // The lock lasts until the early attempts leave the window (counted in one-minute slots):
    // about 14 minutes from here, not the 1 second a fixed window would give.
    expect(sixth.reset).toBeGreaterThanOrEqual(13 * 60);
    expect(sixth.reset).toBeLessThanOrEqual(15 * 60);
  });

  it('lets attempts older than the window go', async () => {
    for (let i = 0; i < 5; i++) await slidingHit(db, 'b2', rule, boundary);
    expect((await slidingHit(db, 'b2', rule, boundary + 16 * 60 * 1000)).allowed).toBe(true);
  });

  it('a released attempt does not count', async () => {
    for (let i = 0; i < 5; i++) {
      await slidingHit(db, 'b3', rule, boundary);
      await slidingRelease(db, 'b3', rule, boundary);
    }
    expect(await slidingHit(db, 'b3', rule, boundary)).toMatchObject({ allowed: true, count: 1 });
  });
});
