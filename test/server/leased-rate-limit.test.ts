// LeasedRateLimiter: limits counted in blocks claimed from the shared counter. Two limiters on
// one database stand for two nodes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { LeasedRateLimiter, type RateLimitResult } from '../../server/rate-limit.ts';
import { BACKENDS } from '../support/backends.ts';

/** Ten seconds into a minute window, so that every hit of a test shares it. */
const NOW = Date.UTC(2026, 0, 1, 0, 0, 10);
const MINUTE = { windowSeconds: 60 };

describe.each(BACKENDS.map((make) => make()))('LeasedRateLimiter on $name', (backend) => {
  let db: Database;
  beforeAll(async () => {
    db = openDatabase(await backend.fresh());
    await migrate(db);
  });
  afterAll(async () => {
    await db.destroy();
    await backend.cleanup();
  });

  const stored = async (bucket: string) =>
    Number(
      (await db.selectFrom('rate_limits').select('count').where('bucket', '=', bucket).executeTakeFirst())
        ?.count ?? 0,
    );

  it('counts a small limit one by one across nodes, with exact RateLimit-Remaining', async () => {
    const [a, b] = [new LeasedRateLimiter(db), new LeasedRateLimiter(db)];
    const rule = { ...MINUTE, limit: 6 };
    const results: RateLimitResult[] = [];
    for (let i = 0; i < 8; i++) results.push(await (i % 2 === 0 ? a : b).hit('small', rule, NOW));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, true, true, false, false]);
    expect(results.slice(0, 6).map((r) => r.remaining)).toEqual([5, 4, 3, 2, 1, 0]);
    expect(results.map((r) => r.firstRefusal)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      true,
      false,
    ]);
    expect(results[6]?.reset).toBe(50);
  });

  it('claims a block of limit/20 per database write and answers the rest from memory', async () => {
    const node = new LeasedRateLimiter(db);
    const rule = { ...MINUTE, limit: 600 };
    const first = await node.hit('block', rule, NOW);
    expect(first).toMatchObject({ allowed: true, remaining: 599, count: 1 });
    expect(await stored('block')).toBe(30);
    for (let i = 0; i < 29; i++) await node.hit('block', rule, NOW);
    expect(await stored('block')).toBe(30);
    expect((await node.hit('block', rule, NOW)).remaining).toBe(569);
    expect(await stored('block')).toBe(60);
  });

  it('makes one claim for concurrent requests that one block covers', async () => {
    const node = new LeasedRateLimiter(db);
    const rule = { ...MINUTE, limit: 1000 };
    const results = await Promise.all(Array.from({ length: 50 }, () => node.hit('burst', rule, NOW)));
    expect(results.every((r) => r.allowed)).toBe(true);
    expect(await stored('burst')).toBe(50);
    expect(new Set(results.map((r) => r.remaining)).size).toBe(50);
  });

  it('never admits more than the limit across nodes, and records the first refusal once', async () => {
    const nodes = [new LeasedRateLimiter(db), new LeasedRateLimiter(db), new LeasedRateLimiter(db)];
    const rule = { ...MINUTE, limit: 100 };
    const results = await Promise.all(
      Array.from({ length: 300 }, (_, i) => (nodes[i % 3] as LeasedRateLimiter).hit('shared', rule, NOW)),
    );
    const admitted = results.filter((r) => r.allowed).length;
    // Up to one unspent block (5) per other node may be left unused: early refusals, never extra admissions.
    expect(admitted).toBeLessThanOrEqual(100);
    expect(admitted).toBeGreaterThanOrEqual(100 - 2 * 5);
    expect(results.filter((r) => r.firstRefusal)).toHaveLength(1);
    expect(results.filter((r) => !r.allowed).every((r) => r.remaining === 0 && r.reset === 50)).toBe(true);
  });

  it('starts again in the next window', async () => {
    const node = new LeasedRateLimiter(db);
    const rule = { ...MINUTE, limit: 2 };
    for (let i = 0; i < 3; i++) await node.hit('windows', rule, NOW);
    expect((await node.hit('windows', rule, NOW)).allowed).toBe(false);
    const next = await node.hit('windows', rule, NOW + 60_000);
    expect(next).toMatchObject({ allowed: true, remaining: 1 });
  });
});
