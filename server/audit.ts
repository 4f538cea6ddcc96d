// The audit log's writer. Events are written after the action they record has committed, and
// never carry a secret: credentials appear only as their 12-character display prefix.
import type { FastifyRequest } from 'fastify';
import type { components } from '../generated/types.ts';
import type { AuthContext } from './auth/auth-context.ts';
import type { Database } from './db/database.ts';
import { newId } from './ids.ts';
import { isoNow } from './time.ts';

/** The spec's AuditAction enum: an action name outside it does not compile. */
export type AuditAction = components['schemas']['AuditAction'];

export interface AuditEvent {
  action: AuditAction;
  orgId: string | null;
  actor?: { kind: string; id: string } | null;
  target?: { kind: string; id: string } | null;
  credentialPrefix?: string | null;
  data?: Record<string, unknown>;
}

export async function recordAudit(db: Database, request: FastifyRequest, event: AuditEvent): Promise<void> {
  const userAgent = request.headers['user-agent'];
  await db
    .insertInto('audit_events')
    .values({
      id: newId('evt'),
      org_id: event.orgId,
      action: event.action,
      actor_kind: event.actor?.kind ?? null,
      actor_id: event.actor?.id ?? null,
      target_kind: event.target?.kind ?? null,
      target_id: event.target?.id ?? null,
      credential_prefix: event.credentialPrefix ?? null,
      ip: request.ip,
      user_agent: typeof userAgent === 'string' ? userAgent.slice(0, 512) : null,
      request_id: request.id,
      data: event.data === undefined ? null : JSON.stringify(event.data),
      created_at: isoNow(),
    })
    .execute();
}

/** An event done by an authenticated caller in its org, with the credential's display prefix. */
export function recordCallerAudit(
  db: Database,
  request: FastifyRequest,
  auth: AuthContext,
  event: Pick<AuditEvent, 'action' | 'target' | 'data'>,
): Promise<void> {
  return recordAudit(db, request, {
    ...event,
    orgId: auth.org.id,
    actor: { kind: auth.principal.kind, id: auth.principal.id },
    credentialPrefix: auth.credential.prefix,
  });
}
