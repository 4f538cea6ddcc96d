// Deletes rows that only ever grow and stop mattering: rate-limit windows that have passed and
// idempotency records past their retention. Runs on every node; the deletes are idempotent.
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
}

/** Starts the periodic prune; returns the function that stops it. */
export function startHousekeeping(db: Database, log: FastifyBaseLogger): () => void {
  const timer = setInterval(() => {
    pruneExpired(db).catch((error: unknown) => log.warn({ err: error }, 'housekeeping failed'));
  }, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
