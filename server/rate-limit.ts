// Fixed-window rate limits with the counters in the database, so every node of a deployment
// counts the same requests. One upsert per counted request: `count + 1`, returning the count.
import { sql } from 'kysely';
import type { Database } from './db/database.ts';

export interface RateLimitResult {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets (at least 1). */
  reset: number;
}

export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

export async function hit(
  db: Database,
  bucket: string,
  rule: RateLimitRule,
  now: number = Date.now(),
): Promise<RateLimitResult> {
  const seconds = Math.floor(now / 1000);
  const windowStart = seconds - (seconds % rule.windowSeconds);
  const row = await db
    .insertInto('rate_limits')
    .values({ bucket, window_start: windowStart, count: 1 })
    .onConflict((c) =>
      c.columns(['bucket', 'window_start']).doUpdateSet({ count: sql`rate_limits.count + 1` }),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  const count = Number(row.count);
  return {
    allowed: count <= rule.limit,
    limit: rule.limit,
    remaining: Math.max(0, rule.limit - count),
    reset: Math.max(1, windowStart + rule.windowSeconds - seconds),
  };
}

/** The current count without counting (for limits on failures, checked before trying). */
export async function peek(
  db: Database,
  bucket: string,
  rule: RateLimitRule,
  now: number = Date.now(),
): Promise<RateLimitResult> {
  const seconds = Math.floor(now / 1000);
  const windowStart = seconds - (seconds % rule.windowSeconds);
  const row = await db
    .selectFrom('rate_limits')
    .select('count')
    .where('bucket', '=', bucket)
    .where('window_start', '=', windowStart)
    .executeTakeFirst();
  const count = Number(row?.count ?? 0);
  return {
    allowed: count < rule.limit,
    limit: rule.limit,
    remaining: Math.max(0, rule.limit - count),
    reset: Math.max(1, windowStart + rule.windowSeconds - seconds),
  };
}

/** The standard headers (draft-ietf-httpapi-ratelimit-headers) for a result. */
export function rateLimitHeaders(result: RateLimitResult): Record<string, string> {
  return {
    'RateLimit-Limit': String(result.limit),
    'RateLimit-Remaining': String(result.remaining),
    'RateLimit-Reset': String(result.reset),
  };
}
