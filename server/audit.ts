// The audit log's writer. Events are written after the action they record has committed, and
// never carry a secret: credentials appear only as their 12-character display prefix.
//
// Who did it (the spec's AuditActor) is the credential, not the person behind it: a person
// through a session is `user`; an API key, service account, agent key or app token is itself
// the actor (`key_…`, `sa_…`, `akey_…`, `apt_…`) with its display prefix; an access token acts
// as the credential it was minted from. `system` and `anonymous` have no id.
import type { FastifyRequest } from 'fastify';
import { SqliteAdapter, sql } from 'kysely';
import type { components } from '../generated/types.ts';
import type { AuthContext } from './auth/auth-context.ts';
import type { Database } from './db/database.ts';
import { newId } from './ids.ts';
import type { RateLimitResult } from './rate-limit.ts';

/** The spec's AuditAction enum: an action name outside it does not compile. */
export type AuditAction = components['schemas']['AuditAction'];
export type AuditActorKind = components['schemas']['AuditActor']['kind'];
export type AuditTargetKind = components['schemas']['AuditTarget']['kind'];

export interface AuditActor {
  kind: AuditActorKind;
  /** Null for `system` and `anonymous`. */
  id: string | null;
  /** The display prefix of the actor's secret; null for people (sessions) and the server. */
  credentialPrefix: string | null;
}

export const SYSTEM: AuditActor = { kind: 'system', id: null, credentialPrefix: null };
export const ANONYMOUS: AuditActor = { kind: 'anonymous', id: null, credentialPrefix: null };

export function userActor(userId: string): AuditActor {
  return { kind: 'user', id: userId, credentialPrefix: null };
}

export interface AuditEvent {
  action: AuditAction;
  /** Null only for events no organization can be named for (a login for an unknown email). */
  orgId: string | null;
  actor: AuditActor;
  target?: { kind: AuditTargetKind; id: string } | null;
  data?: Record<string, unknown>;
}

const CREDENTIAL_ACTORS = ['api_key', 'service_account', 'agent_key', 'app_token'] as const;

/**
 * The actor a credential stands for: `session` (a login) is the person; the other kinds act as
 * themselves. Kinds are the `access_tokens.credential_kind` values and AuthContext's.
 */
export function credentialActor(
  credential: { kind: string; id: string; prefix: string | null },
  personId: string,
): AuditActor {
  const kind = CREDENTIAL_ACTORS.find((k) => k === credential.kind);
  if (kind !== undefined) return { kind, id: credential.id, credentialPrefix: credential.prefix };
  return userActor(personId);
}

/** The actor of an authenticated request (see the header comment). */
export async function actorOf(db: Database, auth: AuthContext): Promise<AuditActor> {
  if (auth.credential.kind === 'access_token') {
    const origin = await db
      .selectFrom('access_tokens')
      .select(['credential_kind', 'credential_id', 'credential_prefix'])
      .where('id', '=', auth.credential.id)
      .executeTakeFirst();
    if (origin !== undefined) {
      return credentialActor(
        { kind: origin.credential_kind, id: origin.credential_id, prefix: origin.credential_prefix },
        auth.principal.id,
      );
    }
  }
  return credentialActor(auth.credential, auth.principal.id);
}

export async function recordAudit(db: Database, request: FastifyRequest, event: AuditEvent): Promise<void> {
  // The id is taken once a connection is held, so that waiting for one (a busy pool, SQLite's
  // single connection) does not age it: the live stream (audit-stream.ts) relies on an event's
  // id time being close to the moment its insert reaches the database. On SQLite that moment is
  // when the write lock is won, which another process can delay for up to busy_timeout: so the
  // lock is taken first (BEGIN IMMEDIATE), and the id under it, and ids commit in id order.
  await db.connection().execute(async (connection) => {
    const sqlite = connection.getExecutor().adapter instanceof SqliteAdapter;
    if (sqlite) await sql`BEGIN IMMEDIATE`.execute(connection);
    try {
      await insertAuditEvent(connection, request, event);
      if (sqlite) await sql`COMMIT`.execute(connection);
    } catch (error) {
      // Some errors end the transaction themselves; then there is nothing to roll back.
      if (sqlite) await sql`ROLLBACK`.execute(connection).catch(() => undefined);
      throw error;
    }
  });
}

async function insertAuditEvent(
  connection: Database,
  request: FastifyRequest,
  event: AuditEvent,
): Promise<void> {
  const userAgent = request.headers['user-agent'];
  const now = Date.now();
  await connection
    .insertInto('audit_events')
    .values({
      id: newId('evt', now),
      org_id: event.orgId,
      action: event.action,
      actor_kind: event.actor.kind,
      actor_id: event.actor.id,
      target_kind: event.target?.kind ?? null,
      target_id: event.target?.id ?? null,
      credential_prefix: event.actor.credentialPrefix,
      ip: request.ip,
      user_agent: typeof userAgent === 'string' ? userAgent.slice(0, 512) : null,
      request_id: request.id,
      data: event.data === undefined ? null : JSON.stringify(event.data),
      created_at: new Date(now).toISOString(),
    })
    .execute();
}

/**
 * One event in each of `orgIds` (each organization's log shows it once), or one without an
 * organization when there is none to name.
 */
export async function recordAuditInOrgs(
  db: Database,
  request: FastifyRequest,
  orgIds: readonly string[],
  event: Omit<AuditEvent, 'orgId'>,
): Promise<void> {
  if (orgIds.length === 0) return recordAudit(db, request, { ...event, orgId: null });
  for (const orgId of orgIds) await recordAudit(db, request, { ...event, orgId });
}

/** An event done by an authenticated caller in its org. */
export async function recordCallerAudit(
  db: Database,
  request: FastifyRequest,
  auth: AuthContext,
  event: Pick<AuditEvent, 'action' | 'target' | 'data'>,
): Promise<void> {
  await recordAudit(db, request, { ...event, orgId: auth.org.id, actor: await actorOf(db, auth) });
}

/**
 * `rate_limit.exceeded`, recorded once per window: only for the first refused request (the
 * count just past the limit), so a flood cannot flood the log. `data.limit` names the limit.
 */
export async function recordRateLimitHit(
  db: Database,
  request: FastifyRequest,
  result: RateLimitResult,
  orgIds: readonly string[],
  event: { actor: AuditActor; limit: string; data?: Record<string, unknown> },
): Promise<void> {
  if (!result.firstRefusal) return;
  await recordAuditInOrgs(db, request, orgIds, {
    action: 'rate_limit.exceeded',
    actor: event.actor,
    data: { limit: event.limit, ...event.data },
  });
}
