// Fixed-window rate limits with the counters in the database, so every node of a deployment
// counts the same requests. `hit` is one upsert per counted request (`count + 1`, returning the
// count); `LeasedRateLimiter`, for the limits every request spends, claims the window's requests
// from the database in blocks and counts them out in memory.

import type { FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { ANONYMOUS, recordRateLimitHit } from './audit.ts';
import type { Database } from './db/database.ts';
import { prepareQuery } from './db/prepared-query.ts';
import { rateLimited } from './problem.ts';
import type { Services } from './services.ts';

export interface RateLimitResult {
  allowed: boolean;
  /** Requests counted in this window, this one included. */
  count: number;
  limit: number;
  remaining: number;
  /** Seconds until the window resets (at least 1). */
  reset: number;
  /** The first refusal of this window across every node: the one to record in the audit log. */
  firstRefusal: boolean;
}

export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

/** The window `now` falls in: its start, and the seconds until it ends (at least 1). */
function windowOf(rule: RateLimitRule, now: number): { start: number; reset: number } {
  const seconds = Math.floor(now / 1000);
  const start = seconds - (seconds % rule.windowSeconds);
  return { start, reset: Math.max(1, start + rule.windowSeconds - seconds) };
}

/** `count` requests seen in the window, the current one included. */
function resultOf(rule: RateLimitRule, count: number, reset: number): RateLimitResult {
  return {
    allowed: count <= rule.limit,
    count,
    limit: rule.limit,
    remaining: Math.max(0, rule.limit - count),
    reset,
    firstRefusal: count === rule.limit + 1,
  };
}

/** `count + 1` for (bucket, window), returning the count: once per authenticated request. */
const countHit = prepareQuery(2, (db, bucket: string, windowStart: number) =>
  db
    .insertInto('rate_limits')
    .values({ bucket, window_start: windowStart, count: 1 })
    .onConflict((c) =>
      c.columns(['bucket', 'window_start']).doUpdateSet({ count: sql`rate_limits.count + 1` }),
    )
    .returning('count'),
);

/** Counts one request in `bucket` and says whether it is within the limit. */
export async function hit(
  db: Database,
  bucket: string,
  rule: RateLimitRule,
  now: number = Date.now(),
): Promise<RateLimitResult> {
  const window = windowOf(rule, now);
  const [row] = await countHit(db, bucket, window.start);
  if (row === undefined) throw new Error('the rate-limit upsert returned no row');
  return resultOf(rule, Number(row.count), window.reset);
}

/** A node's share of one bucket's window: requests claimed from the database, not yet spent. */
interface Lease {
  windowStart: number;
  left: number;
  /** The bucket's shared count after this node's last claim (every node's claims included). */
  claimed: number;
  /** The window's limit is spent: refuse without asking the database again. */
  spent: boolean;
  claiming: Promise<boolean> | null;
}

/** A claim takes this fraction of the limit, so a limit under 40 is still counted one by one. */
const LEASE_FRACTION = 20;

/**
 * Buckets a node keeps leases for. The per-address bucket exists before authentication, so a
 * flood of addresses must not grow the map without bound: past this, the least recently used
 * lease is dropped, which only forfeits its unspent block (erring towards refusing).
 */
const MAX_LEASES = 100_000;

/**
 * Rate limits counted in leases: a node claims a block of the window's requests from the shared
 * counter with one upsert (`count + block`) and answers the next `block` requests from memory.
 * Every node's claims add up in the one row, so the nodes together never admit more than the
 * limit; a node holding an unspent block can make others refuse up to that many requests early.
 * The block is 1/20 of the limit (at least 1: limits under 40 stay exact per request).
 */
export class LeasedRateLimiter {
  readonly #leases = new Map<string, Lease>();
  #swept = 0;

  constructor(private readonly db: Database) {}

  async hit(bucket: string, rule: RateLimitRule, now: number = Date.now()): Promise<RateLimitResult> {
    const window = windowOf(rule, now);
    this.#sweep(window.start, rule);
    let lease = this.#leases.get(bucket);
    if (lease === undefined || lease.windowStart !== window.start) {
      lease = { windowStart: window.start, left: 0, claimed: 0, spent: false, claiming: null };
    }
    // Re-inserted on every use: the map's first entry is the least recently used.
    this.#leases.delete(bucket);
    this.#leases.set(bucket, lease);
    if (this.#leases.size > MAX_LEASES) {
      const oldest = this.#leases.keys().next().value;
      if (oldest !== undefined) this.#leases.delete(oldest);
    }
    let firstRefusal = false;
    while (lease.left === 0 && !lease.spent) {
      // One claim at a time per bucket: concurrent requests share the block it brings, and loop
      // to claim again if it was not enough for all of them.
      if (lease.claiming === null) {
        const current = lease;
        current.claiming = this.#claim(bucket, rule, current).finally(() => {
          current.claiming = null;
        });
        firstRefusal = await current.claiming;
      } else {
        await lease.claiming.catch(() => false);
      }
    }
    if (lease.left === 0) {
      return {
        allowed: false,
        count: rule.limit + 1,
        limit: rule.limit,
        remaining: 0,
        reset: window.reset,
        firstRefusal,
      };
    }
    lease.left--;
    const remaining = Math.max(0, rule.limit - lease.claimed) + lease.left;
    return {
      allowed: true,
      count: rule.limit - remaining,
      limit: rule.limit,
      remaining,
      reset: window.reset,
      firstRefusal: false,
    };
  }

  /** Claims a block; true when this claim was the window's first refused one on any node. */
  async #claim(bucket: string, rule: RateLimitRule, lease: Lease): Promise<boolean> {
    const block = Math.max(1, Math.floor(rule.limit / LEASE_FRACTION));
    const [row] = await claimBlock(this.db, bucket, lease.windowStart, block);
    if (row === undefined) throw new Error('the rate-limit upsert returned no row');
    const after = Number(row.count);
    const before = after - block;
    lease.claimed = after;
    lease.left = Math.max(0, Math.min(block, rule.limit - before));
    if (lease.left > 0) return false;
    lease.spent = true;
    // Every claim adds `block`, so the counts claims start from are multiples of it: exactly one
    // of them falls in [limit, limit + block), the first claim that found nothing left.
    return before < rule.limit + block;
  }

  /** Forgets leases of past windows, at most once per window length. */
  #sweep(windowStart: number, rule: RateLimitRule): void {
    if (windowStart - this.#swept < rule.windowSeconds) return;
    this.#swept = windowStart;
    for (const [bucket, lease] of this.#leases) {
      if (lease.windowStart < windowStart && lease.claiming === null) this.#leases.delete(bucket);
    }
  }
}

/** `count + block` for (bucket, window), returning the count: one lease claimed. */
const claimBlock = prepareQuery(3, (db, bucket: string, windowStart: number, block: number) =>
  db
    .insertInto('rate_limits')
    .values({ bucket, window_start: windowStart, count: block })
    .onConflict((c) =>
      c.columns(['bucket', 'window_start']).doUpdateSet({ count: sql`rate_limits.count + ${block}` }),
    )
    .returning('count'),
);

/** The standard headers (draft-ietf-httpapi-ratelimit-headers) for a result. */
export function rateLimitHeaders(result: RateLimitResult): Record<string, string> {
  return {
    'RateLimit-Limit': String(result.limit),
    'RateLimit-Remaining': String(result.remaining),
    'RateLimit-Reset': String(result.reset),
  };
}

/** Gives back one request counted by `hit` (a login that turned out to succeed). */
export async function release(
  db: Database,
  bucket: string,
  rule: RateLimitRule,
  now: number = Date.now(),
): Promise<void> {
  await db
    .updateTable('rate_limits')
    .set({ count: sql`count - 1` })
    .where('bucket', '=', bucket)
    .where('window_start', '=', windowOf(rule, now).start)
    .where('count', '>', 0)
    .execute();
}

/** Slots of a sliding window: fine enough that a window never resets all at once. */
const SLOT_SECONDS = 60;
const slotRule = (rule: RateLimitRule): RateLimitRule => ({ limit: rule.limit, windowSeconds: SLOT_SECONDS });

/**
 * Counts one event in `bucket` over a sliding window (the last `rule.windowSeconds`, in one-minute
 * slots), for limits that must not reset at a clock boundary (a lockout after wrong codes).
 * `reset` is when enough old events have left the window for the count to be within the limit.
 */
export async function slidingHit(
  db: Database,
  bucket: string,
  rule: RateLimitRule,
  now: number = Date.now(),
): Promise<RateLimitResult> {
  await hit(db, bucket, slotRule(rule), now);
  const seconds = Math.floor(now / 1000);
  const slots = await db
    .selectFrom('rate_limits')
    .select(['window_start', 'count'])
    .where('bucket', '=', bucket)
    .where('window_start', '>', seconds - rule.windowSeconds)
    .orderBy('window_start', 'asc')
    .execute();
  const count = slots.reduce((sum, slot) => sum + Number(slot.count), 0);
  let left = count;
  let reset = 1;
  for (const slot of slots) {
    if (left <= rule.limit) break;
    left -= Number(slot.count);
    // A slot leaves the window once it started windowSeconds ago.
    reset = Math.max(1, slot.window_start + rule.windowSeconds - seconds);
  }
  return { ...resultOf(rule, count, reset), allowed: count <= rule.limit };
}

/** Gives back one event counted by `slidingHit`. */
export function slidingRelease(db: Database, bucket: string, rule: RateLimitRule, now: number = Date.now()) {
  return release(db, bucket, slotRule(rule), now);
}

/**
 * The token-endpoint limit (sign-up, refresh, /oauth/token, exchange, revocation): requests per
 * client address per minute, KEYWAY_TOKEN_RATE_LIMIT. Over it: 429 with Retry-After.
 */
export async function limitTokenAddress(
  services: Pick<Services, 'db' | 'config' | 'rateLimiter'>,
  request: FastifyRequest,
): Promise<void> {
  const result = await services.rateLimiter.hit(`token-address:${request.ip}`, {
    limit: services.config.rateLimits.tokenPerAddress,
    windowSeconds: 60,
  });
  if (!result.allowed) {
    // Per address, so no org can be named: kept in the log for operators, not listed by the API.
    await recordRateLimitHit(services.db, request, result, [], { actor: ANONYMOUS, limit: 'token_address' });
    throw rateLimited(result.reset, rateLimitHeaders(result));
  }
}
