// `Idempotency-Key` on creates (draft-ietf-httpapi-idempotency-key-header): the first response
// to a key is stored and replayed to retries with the same request; a different request under
// the same key is a 409. Which routes take the header comes from the spec (their header
// parameters), not from a list here.
//
// What is stored, and why nothing secret leaks from it: the row is keyed by an HMAC of the
// caller (org and credential), the operation and the key; the request is fingerprinted by an
// HMAC keyed with the Idempotency-Key itself; the response (which may carry a new secret) is
// sealed with AES-GCM under a key derived from the Idempotency-Key and the credential the
// caller presented. Neither is stored, so the database and the server secret together still do
// not open a stored response: that needs the caller's own credential.
import { createHmac, hkdfSync } from 'node:crypto';
import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { presentedCredentialOf } from './auth/auth-hook.ts';
import { ProblemError } from './problem.ts';
import { seal, unseal } from './secrets/server-secret.ts';
import type { Services } from './services.ts';
import { isoIn, isoNow } from './time.ts';

const HEADER = 'idempotency-key';
/** How long a stored response is replayed. */
const RETENTION_SECONDS = 24 * 60 * 60;
/** How long a retry waits on a first request that has not answered (a crashed node, say). */
const LOCK_SECONDS = 30;
/** The response headers a replay repeats. */
const REPLAYED_HEADERS = ['cache-control', 'location'];

interface InFlight {
  keyHash: string;
  responseKey: Buffer;
}

declare module 'fastify' {
  interface FastifyRequest {
    keywayIdempotency?: InFlight;
  }
}

interface StoredResponse {
  status: number;
  contentType: string | null;
  headers: Record<string, string>;
  payload: string;
}

/** Whether the route's spec declares an `Idempotency-Key` header parameter. */
export function takesIdempotencyKey(route: RouteOptions): boolean {
  const headers = (route.schema as { headers?: { properties?: Record<string, unknown> } } | undefined)
    ?.headers;
  return headers?.properties?.[HEADER] !== undefined;
}

/** Keys sorted, so that the same JSON in another member order is the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function createIdempotencyHooks(services: Services) {
  const { db } = services;

  async function preHandler(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    const key = request.headers[HEADER];
    if (typeof key !== 'string') return undefined;
    const route = request.routeOptions.config.keyway;
    // Scoped to the org and the credential (a session counts as one across refreshes), so a
    // replay never reaches another credential of the same person, nor another of their orgs.
    const auth = request.keywayAuth;
    const caller = auth === undefined ? 'anonymous' : `${auth.org.id}/${auth.rateLimitKey}`;
    const scope = `${caller}\n${route?.operationId ?? request.url}\n${key}`;
    const keyHash = createHmac('sha256', services.keys.idempotency).update(scope).digest('base64url');
    const requestKey = Buffer.from(
      hkdfSync('sha256', services.keys.idempotency, Buffer.from(key), 'keyway request', 32),
    );
    const requestHash = createHmac('sha256', requestKey)
      .update(canonical({ params: request.params, body: request.body ?? null }))
      .digest('base64url');
    // The sealing key also mixes in what the caller presented (its credential, or for an
    // anonymous sign-up the request itself, password included): none of it is stored, so a
    // copy of the database and the server secret together still cannot open a stored response.
    const material = presentedCredentialOf(request) ?? canonical(request.body ?? null);
    const responseKey = Buffer.from(
      hkdfSync(
        'sha256',
        services.keys.idempotency,
        Buffer.from(`${scope}\n${material}`),
        'keyway response',
        32,
      ),
    );

    for (let attempt = 0; attempt < 2; attempt++) {
      const now = isoNow();
      const inserted = await db
        .insertInto('idempotency_records')
        .values({
          key_hash: keyHash,
          request_hash: requestHash,
          status: null,
          response: null,
          created_at: now,
          locked_until: isoIn(LOCK_SECONDS),
          expires_at: isoIn(RETENTION_SECONDS),
        })
        .onConflict((c) => c.column('key_hash').doNothing())
        .returning('key_hash')
        .executeTakeFirst();
      if (inserted !== undefined) {
        request.keywayIdempotency = { keyHash, responseKey };
        return undefined;
      }
      const existing = await db
        .selectFrom('idempotency_records')
        .selectAll()
        .where('key_hash', '=', keyHash)
        .executeTakeFirst();
      if (existing === undefined || existing.expires_at <= now) {
        // Expired (or deleted meanwhile): forget it and claim the key afresh.
        await db
          .deleteFrom('idempotency_records')
          .where('key_hash', '=', keyHash)
          .where('expires_at', '<=', now)
          .execute();
        continue;
      }
      if (existing.request_hash !== requestHash) {
        throw new ProblemError({
          code: 'idempotency_key_reused',
          detail: 'This Idempotency-Key was used with a different request; use a new key for a new request.',
        });
      }
      if (existing.response === null) {
        if (existing.locked_until > now) {
          throw new ProblemError({
            code: 'conflict',
            detail: 'A request with this Idempotency-Key is still being processed; retry shortly.',
            headers: { 'Retry-After': '1' },
          });
        }
        // The first attempt never answered: take it over, if no other retry did first.
        const claimed = await db
          .updateTable('idempotency_records')
          .set({ locked_until: isoIn(LOCK_SECONDS) })
          .where('key_hash', '=', keyHash)
          .where('locked_until', '=', existing.locked_until)
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) === 1) {
          request.keywayIdempotency = { keyHash, responseKey };
          return undefined;
        }
        continue;
      }
      let stored: StoredResponse;
      try {
        stored = JSON.parse(unseal(responseKey, existing.response, keyHash)) as StoredResponse;
      } catch {
        // Same caller and request, but another credential (a refreshed session token, say).
        throw new ProblemError({
          code: 'conflict',
          detail:
            'The first response to this Idempotency-Key can only be replayed to the credential that sent it; use a new key.',
        });
      }
      reply.code(stored.status).headers(stored.headers).header('Idempotent-Replayed', 'true');
      if (stored.contentType !== null) reply.type(stored.contentType);
      return reply.send(stored.payload);
    }
    throw new ProblemError({
      code: 'conflict',
      detail: 'A request with this Idempotency-Key is still being processed; retry shortly.',
      headers: { 'Retry-After': '1' },
    });
  }

  async function onSend(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
    const inFlight = request.keywayIdempotency;
    if (inFlight === undefined) return payload;
    request.keywayIdempotency = undefined;
    if (
      reply.statusCode >= 200 &&
      reply.statusCode < 300 &&
      (typeof payload === 'string' || payload == null)
    ) {
      const headers: Record<string, string> = {};
      for (const name of REPLAYED_HEADERS) {
        const value = reply.getHeader(name);
        if (value !== undefined) headers[name] = String(value);
      }
      const contentType = reply.getHeader('content-type');
      const stored: StoredResponse = {
        status: reply.statusCode,
        contentType: contentType === undefined ? null : String(contentType),
        headers,
        payload: typeof payload === 'string' ? payload : '',
      };
      // Stored before the response leaves, so a retry after this response always replays it.
      await db
        .updateTable('idempotency_records')
        .set({
          status: reply.statusCode,
          response: seal(inFlight.responseKey, JSON.stringify(stored), inFlight.keyHash),
        })
        .where('key_hash', '=', inFlight.keyHash)
        .execute();
    } else {
      // A failed request did nothing: release the key so a corrected retry can run.
      await db.deleteFrom('idempotency_records').where('key_hash', '=', inFlight.keyHash).execute();
    }
    return payload;
  }

  return { preHandler, onSend };
}
