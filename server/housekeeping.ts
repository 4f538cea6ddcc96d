// Deletes rows that only ever grow and stop mattering: rate-limit windows that have passed,
// idempotency records past their retention, and access tokens and device codes a day past
// their expiry. Runs on every node; the deletes are idempotent.
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from './db/database.ts';
import { isoNow } from './time.ts';

const EVERY_MS = 10 * 60 * 1000;
/** The longest rate-limit window is 15 minutes; an hour leaves room for clock skew. */
const RATE_LIMIT_KEEP_SECONDS = 60 * 60;

export async function pruneExpired(db: Database, now: number = Date.now()): Promise<void> {
  await db
    .deleteFrom('rate_limits')
    .where('window_start', '<', Math.floor(now / 1000) - RATE_LIMIT_KEEP_SECONDS)
    .execute();
  await db.deleteFrom('idempotency_records').where('expires_at', '<=', isoNow()).execute();
  // Expired tokens are refused by their signature's exp already; a day on, their rows only grow
  // the table (the audit log keeps what happened).
  await db
    .deleteFrom('access_tokens')
    .where('expires_at', '<=', new Date(now - 24 * 60 * 60 * 1000).toISOString())
    .execute();
  // A device code a day past its expiry can only be answered invalid_grant, as an unknown one is.
  await db
    .deleteFrom('device_authorizations')
    .where('expires_at', '<=', new Date(now - 24 * 60 * 60 * 1000).toISOString())
    .execute();
}

/** Starts the periodic prune; returns the function that stops it. */
export function startHousekeeping(db: Database, log: FastifyBaseLogger): () => void {
  const timer = setInterval(() => {
    pruneExpired(db).catch((error: unknown) => log.warn({ err: error }, 'housekeeping failed'));
  }, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
