// RFC 8628 device authorization: the codes, the person's decision and the device's polls. All
// state lives in the `device_authorizations` table and every transition is one conditional
// update, so any number of nodes agree on it: a code is decided once and redeemed once.
import { randomInt } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { scopes as catalogue } from '../generated/policy.ts';
import { recordAudit, userActor } from './audit.ts';
import type { Database } from './db/database.ts';
import { prepareQuery } from './db/prepared-query.ts';
import { newId } from './ids.ts';
import { type RateLimitResult, type RateLimitRule, slidingHit, slidingRelease } from './rate-limit.ts';
import { intersect, missing, scopesOfRole } from './roles.ts';
import { generateSecret, hashSecret, parseSecret } from './secrets/secret.ts';
import type { Services } from './services.ts';
import { createSession, type SessionGrant, type SessionSubject, subjectOf } from './sessions.ts';
import { isoIn, isoNow } from './time.ts';

/** RFC 8628 §6.1: 20 consonants, no vowels (no words) and no look-alikes such as 0/O or 1/I. */
export const USER_CODE_ALPHABET = 'BCDFGHJKLMNPQRSTVWXZ';
/** 8 characters: 20^8 ≈ 2^34.6 codes, against 5 guesses per person per lock window. */
const USER_CODE_LENGTH = 8;
/**
 * Nodes' clocks may disagree a little: a device that waited its interval must not be told to
 * slow down because the previous poll was stamped by a node running ahead.
 */
const CLOCK_SKEW_MS = 500;
/** RFC 8628 §3.5: each slow_down adds 5 seconds to the interval, for good. */
export const SLOW_DOWN_STEP_SECONDS = 5;
/**
 * RFC 8628 §5.1: wrong user codes one person may enter in any 15 minutes (a sliding window, so
 * the lock cannot end at a clock boundary) before code entry locks.
 */
export const USER_CODE_ATTEMPTS: RateLimitRule = { limit: 5, windowSeconds: 15 * 60 };

/** A random user code shown as `XXXX-XXXX`. */
export function generateUserCode(): string {
  let code = '';
  for (let i = 0; i < USER_CODE_LENGTH; i++) code += USER_CODE_ALPHABET[randomInt(USER_CODE_ALPHABET.length)];
  return displayUserCode(code);
}

/** A canonical code (8 letters) as people read it, `XXXX-XXXX` (RFC 8628 §6.1). */
export function displayUserCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * What a person typed, in canonical form: upper case without dashes or whitespace (RFC 8628
 * §6.1), or null when it cannot be a code. Nothing else is forgiven: a wrong letter is wrong.
 */
export function normalizeUserCode(input: string): string | null {
  const typed = input.replace(/[-\s]/g, '');
  // ASCII letters only before upper-casing: Unicode case mapping turns `ſ` into `S` and `ß` into
  // `SS`, which would let a different string pass for the code.
  if (!/^[A-Za-z]+$/.test(typed)) return null;
  const code = typed.toUpperCase();
  return code.length === USER_CODE_LENGTH && [...code].every((c) => USER_CODE_ALPHABET.includes(c))
    ? code
    : null;
}

export interface StartedAuthorization {
  deviceCode: string;
  userCode: string;
  expiresIn: number;
  interval: number;
}

/** RFC 8628 §3.1–3.2: records a pending authorization; the codes are returned once. */
export async function startDeviceAuthorization(
  services: Pick<Services, 'db' | 'config' | 'keys'>,
  clientId: string,
  scopes: readonly string[] | null,
): Promise<StartedAuthorization> {
  const { db, config, keys } = services;
  const deviceCode = generateSecret('device_code');
  // A user-code collision with a live row is possible (1 in 2^34 per pair): draw again.
  for (let attempt = 0; ; attempt++) {
    const userCode = generateUserCode();
    const inserted = await db
      .insertInto('device_authorizations')
      .values({
        id: newId('dev'),
        device_code_hash: hashSecret(deviceCode, keys.pepper),
        user_code_hash: userCodeHash(services, normalizeUserCode(userCode) ?? ''),
        client_id: clientId,
        requested_scopes: scopes === null ? null : JSON.stringify(scopes),
        status: 'pending',
        user_id: null,
        org_id: null,
        granted_scopes: null,
        poll_interval: config.device.pollInterval,
        last_polled_at: null,
        created_at: isoNow(),
        expires_at: isoIn(config.device.codeTtl),
        decided_at: null,
        redeemed_at: null,
      })
      .onConflict((c) => c.column('user_code_hash').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted !== undefined) {
      return { deviceCode, userCode, expiresIn: config.device.codeTtl, interval: config.device.pollInterval };
    }
    if (attempt === 3) throw new Error('could not draw an unused user code');
  }
}

/** User codes are kept as keyed hashes of their canonical form, like every other secret. */
function userCodeHash(services: Pick<Services, 'keys'>, code: string): string {
  return hashSecret(`user-code:${code}`, services.keys.pepper);
}

export interface PendingAuthorization {
  id: string;
  clientId: string;
  /** The scopes asked for; null: whatever the approving person's role allows. */
  requestedScopes: string[] | null;
}

/** The scopes a device asked for; none named means every scope of the catalogue. */
export function requestedScopes(authorization: PendingAuthorization): string[] {
  return authorization.requestedScopes ?? catalogue.map((s) => s.name);
}

/**
 * What approving grants: the requested scopes (or the approver's pick among them) within what
 * the approving credential may do itself, so approving a device never widens anyone's power.
 */
export function grantableScopes(
  authorization: PendingAuthorization,
  approverScopes: readonly string[],
  picked?: readonly string[],
): { granted: string[]; withheld: string[] } {
  const requested = requestedScopes(authorization);
  return {
    granted: intersect(picked ?? requested, approverScopes),
    withheld: missing(picked ?? requested, approverScopes),
  };
}

export type CodeLookup =
  | { status: 'found'; authorization: PendingAuthorization }
  | { status: 'unknown' }
  | { status: 'locked'; limit: RateLimitResult };

/**
 * Finds the pending, unexpired authorization a person's code names. Every lookup is counted
 * against the person before it is made and given back when the code was right, so only wrong
 * codes add up, and concurrent guesses cannot slip past the limit (RFC 8628 §5.1).
 */
export async function findPendingByUserCode(
  services: Pick<Services, 'db' | 'keys'>,
  personId: string,
  input: string,
): Promise<CodeLookup> {
  const { db } = services;
  const bucket = `device-user-code:${personId}`;
  const limit = await slidingHit(db, bucket, USER_CODE_ATTEMPTS);
  if (!limit.allowed) return { status: 'locked', limit };
  const code = normalizeUserCode(input);
  const row =
    code === null
      ? undefined
      : await db
          .selectFrom('device_authorizations')
          .select(['id', 'client_id', 'requested_scopes'])
          .where('user_code_hash', '=', userCodeHash(services, code))
          .where('status', '=', 'pending')
          .where('expires_at', '>', isoNow())
          .executeTakeFirst();
  if (row === undefined) return { status: 'unknown' };
  await slidingRelease(db, bucket, USER_CODE_ATTEMPTS);
  return {
    status: 'found',
    authorization: {
      id: row.id,
      clientId: row.client_id,
      requestedScopes: row.requested_scopes === null ? null : (JSON.parse(row.requested_scopes) as string[]),
    },
  };
}

export interface Decision {
  approve: boolean;
  subject: { userId: string; orgId: string };
  /** The scopes granted (already within the person's role); empty when denied. */
  scopes: readonly string[];
}

/** RFC 8628 §3.3: records the person's answer. False when it was answered or expired meanwhile. */
export async function decide(
  db: Database,
  request: FastifyRequest,
  authorization: PendingAuthorization,
  decision: Decision,
): Promise<boolean> {
  const now = isoNow();
  const result = await db
    .updateTable('device_authorizations')
    .set({
      status: decision.approve ? 'approved' : 'denied',
      user_id: decision.subject.userId,
      org_id: decision.subject.orgId,
      granted_scopes: decision.approve ? JSON.stringify(decision.scopes) : null,
      decided_at: now,
    })
    .where('id', '=', authorization.id)
    .where('status', '=', 'pending')
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await recordAudit(db, request, {
    action: decision.approve ? 'device.approved' : 'device.denied',
    orgId: decision.subject.orgId,
    actor: userActor(decision.subject.userId),
    target: { kind: 'device_authorization', id: authorization.id },
    data: { client_id: authorization.clientId, scopes: [...decision.scopes] },
  });
  return true;
}

export type PollOutcome =
  | { status: 'invalid' }
  | { status: 'expired' }
  | { status: 'pending' }
  | { status: 'slow_down' }
  | { status: 'denied' }
  /** Approved, but the approving person has left the org since. */
  | { status: 'approver_gone' }
  | {
      status: 'approved';
      subject: SessionSubject;
      grant: SessionGrant;
      sessionId: string;
      refreshToken: string;
    };

/**
 * RFC 8628 §3.4–3.5: one poll of the token endpoint. `invalid` covers an unknown code, one
 * issued to another client, and one already redeemed (RFC 6749 §5.2 invalid_grant).
 */
// The two statements of every poll, compiled once (db/prepared-query.ts): polling is the device
// flow's hot path, and Kysely building them cost more CPU than running them.

const authorizationByDeviceCode = prepareQuery(1, (db, hash: string) =>
  db.selectFrom('device_authorizations').selectAll().where('device_code_hash', '=', hash),
);

/** Stands for a null last_polled_at in the compare-and-set (no RFC 3339 time is empty). */
const NEVER_POLLED = '';

/** The compare-and-set: moves last_polled_at from the value the poll read to now. */
const claimPoll = prepareQuery(3, (db, id: string, now: string, previous: string) =>
  db
    .updateTable('device_authorizations')
    .set({ last_polled_at: now })
    .where('id', '=', id)
    .where((eb) => eb(eb.fn.coalesce('last_polled_at', sql.lit(NEVER_POLLED)), '=', previous))
    .returning('id'),
);

export async function pollDeviceCode(
  services: Pick<Services, 'db' | 'config' | 'keys'>,
  deviceCode: string,
  clientId: string,
): Promise<PollOutcome> {
  const { db } = services;
  if (parseSecret(deviceCode)?.kind !== 'device_code') return { status: 'invalid' };
  const [row] = await authorizationByDeviceCode(db, hashSecret(deviceCode, services.keys.pepper));
  if (row === undefined || row.client_id !== clientId || row.redeemed_at !== null)
    return { status: 'invalid' };
  const now = Date.now();
  const nowIso = new Date(now).toISOString();
  if (row.expires_at <= nowIso) return { status: 'expired' };

  // Polled sooner than the interval allows, or by two requests at once: only the request that
  // moves last_polled_at from the value it read may go on (compare-and-set, so it holds across
  // nodes); every other gets slow_down and a longer interval.
  const tooSoon =
    row.last_polled_at !== null &&
    now - Date.parse(row.last_polled_at) < row.poll_interval * 1000 - CLOCK_SKEW_MS;
  const claimed =
    !tooSoon && (await claimPoll(db, row.id, nowIso, row.last_polled_at ?? NEVER_POLLED)).length === 1;
  if (!claimed) {
    await db
      .updateTable('device_authorizations')
      .set((eb) => ({
        poll_interval: eb('poll_interval', '+', SLOW_DOWN_STEP_SECONDS),
        last_polled_at: nowIso,
      }))
      .where('id', '=', row.id)
      .execute();
    return { status: 'slow_down' };
  }
  if (row.status === 'pending') return { status: 'pending' };
  if (row.status === 'denied') return { status: 'denied' };
  return redeemApproved(services, row.id, row.client_id);
}

/** Turns an approved authorization into a session, once: the conditional update picks one winner. */
export async function redeemApproved(
  services: Pick<Services, 'db' | 'config' | 'keys'>,
  id: string,
  clientId: string,
): Promise<PollOutcome> {
  return services.db.transaction().execute(async (trx) => {
    const won = await trx
      .updateTable('device_authorizations')
      .set({ redeemed_at: isoNow() })
      .where('id', '=', id)
      .where('status', '=', 'approved')
      .where('redeemed_at', 'is', null)
      .returning(['user_id', 'org_id', 'granted_scopes'])
      .executeTakeFirst();
    if (won === undefined || won.user_id === null || won.org_id === null)
      return { status: 'invalid' as const };
    // Null when the person left the org (or their role vanished) between approval and the poll.
    const subject = await subjectOf(trx, won.user_id, won.org_id);
    if (subject === null) return { status: 'approver_gone' as const };
    // Capped again by the role now: a demotion since approval narrows what is issued.
    const granted = intersect(JSON.parse(won.granted_scopes ?? '[]') as string[], scopesOfRole(subject.role));
    const grant: SessionGrant = { clientId, scopes: granted };
    const { sessionId, refreshToken } = await createSession(trx, services, subject, grant);
    return { status: 'approved' as const, subject, grant, sessionId, refreshToken };
  });
}
