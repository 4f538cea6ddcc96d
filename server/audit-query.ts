// Reading the audit log: who may see which events (an org's, or only an agent's own), the
// filters listAuditEvents and streamAuditEvents share, written once as SQL (for the list and
// the stream's replay) and once as a predicate (for events the stream's poller hands out), and
// the row → AuditEvent mapping of the spec.
import type { Selectable } from 'kysely';
import type { components } from '../generated/types.ts';
import type { AuthContext } from './auth/auth-context.ts';
import type { Database } from './db/database.ts';
import type { AuditEventTable } from './db/schema.ts';
import { ProblemError } from './problem.ts';
import { apiTime } from './time.ts';

export type AuditRow = Selectable<AuditEventTable>;
export type ApiAuditEvent = components['schemas']['AuditEvent'];

/** Whose events a caller sees: its org's, or with an agent's credential only that agent's. */
export interface AuditView {
  orgId: string;
  /** `agt_…` for a caller authenticated as an agent (an agent key, or a token minted from one). */
  agentId: string | null;
}

export function auditViewOf(auth: AuthContext): AuditView {
  return { orgId: auth.org.id, agentId: auth.principal.kind === 'agent' ? auth.principal.id : null };
}

export interface AuditFilters {
  action?: string | undefined;
  actorId?: string | undefined;
  targetId?: string | undefined;
  /** Inclusive, as stored (RFC 3339 UTC with milliseconds, so text order is time order). */
  since?: string | undefined;
  /** Exclusive, as stored. */
  until?: string | undefined;
}

/**
 * An RFC 3339 time in the stored UTC form. A leap second (`:60`, RFC 3339 §5.7) is valid input
 * that JavaScript dates cannot hold: it counts as the last millisecond of its minute.
 */
function storedTime(time: string): string {
  const ms = Date.parse(time.replace(/:60(\.\d+)?(?=Z|[+-]\d)/i, ':59.999'));
  if (Number.isNaN(ms)) {
    throw new ProblemError({
      code: 'invalid_request',
      detail: 'since and until must be RFC 3339 times.',
      errors: [{ field: 'query', message: 'must be an RFC 3339 time' }],
    });
  }
  return new Date(ms).toISOString();
}

/** The filters of a list or stream request; times in any RFC 3339 offset become stored UTC form. */
export function auditFiltersOf(query: {
  action?: string;
  actor_id?: string;
  target_id?: string;
  since?: string;
  until?: string;
}): AuditFilters {
  const stored = (time: string | undefined) => (time === undefined ? undefined : storedTime(time));
  return {
    action: query.action,
    actorId: query.actor_id,
    targetId: query.target_id,
    since: stored(query.since),
    until: stored(query.until),
  };
}

/**
 * The events `view` may see that match `filters`, as a query to order and limit. An agent sees
 * the events whose actor is one of its keys, or whose target is itself or one of its keys.
 */
export function selectAuditEvents(db: Database, view: AuditView, filters: AuditFilters) {
  const { agentId } = view;
  return db
    .selectFrom('audit_events')
    .selectAll()
    .where('org_id', '=', view.orgId)
    .$if(filters.action !== undefined, (q) => q.where('action', '=', filters.action ?? ''))
    .$if(filters.actorId !== undefined, (q) => q.where('actor_id', '=', filters.actorId ?? ''))
    .$if(filters.targetId !== undefined, (q) => q.where('target_id', '=', filters.targetId ?? ''))
    .$if(filters.since !== undefined, (q) => q.where('created_at', '>=', filters.since ?? ''))
    .$if(filters.until !== undefined, (q) => q.where('created_at', '<', filters.until ?? ''))
    .$if(agentId !== null, (q) =>
      q.where((eb) => {
        const keysOfAgent = eb
          .selectFrom('agent_keys')
          .select('agent_keys.id')
          .where('agent_id', '=', agentId ?? '');
        return eb.or([
          eb('target_id', '=', agentId ?? ''),
          eb('actor_id', 'in', keysOfAgent),
          eb('target_id', 'in', keysOfAgent),
        ]);
      }),
    );
}

/** Whether `id` names an event `view` may see (whatever the filters). */
export async function isVisibleEvent(db: Database, view: AuditView, id: string): Promise<boolean> {
  const row = await selectAuditEvents(db, view, {}).where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/**
 * The same selection as `selectAuditEvents`, for one row already read; `agentOfKey` maps the
 * `akey_…` ids among the row's actor and target to their agents.
 */
export function auditEventMatches(
  row: AuditRow,
  view: AuditView,
  filters: AuditFilters,
  agentOfKey: ReadonlyMap<string, string>,
): boolean {
  if (row.org_id !== view.orgId) return false;
  if (filters.action !== undefined && row.action !== filters.action) return false;
  if (filters.actorId !== undefined && row.actor_id !== filters.actorId) return false;
  if (filters.targetId !== undefined && row.target_id !== filters.targetId) return false;
  if (filters.since !== undefined && row.created_at < filters.since) return false;
  if (filters.until !== undefined && row.created_at >= filters.until) return false;
  if (view.agentId === null) return true;
  return (
    row.target_id === view.agentId ||
    (row.actor_id !== null && agentOfKey.get(row.actor_id) === view.agentId) ||
    (row.target_id !== null && agentOfKey.get(row.target_id) === view.agentId)
  );
}

/** The agents of the agent keys among `rows`' actors and targets (one query; none without keys). */
export async function agentsOfKeysIn(db: Database, rows: readonly AuditRow[]): Promise<Map<string, string>> {
  const keyIds = new Set<string>();
  for (const row of rows) {
    for (const id of [row.actor_id, row.target_id]) if (id?.startsWith('akey_')) keyIds.add(id);
  }
  if (keyIds.size === 0) return new Map();
  const keys = await db
    .selectFrom('agent_keys')
    .select(['id', 'agent_id'])
    .where('id', 'in', [...keyIds])
    .execute();
  return new Map(keys.map((key) => [key.id, key.agent_id]));
}

/** A stored event as the spec's AuditEvent. */
export function auditEventOf(row: AuditRow): ApiAuditEvent {
  return {
    id: row.id,
    action: row.action as ApiAuditEvent['action'],
    actor: {
      kind: (row.actor_kind ?? 'anonymous') as ApiAuditEvent['actor']['kind'],
      id: row.actor_id,
      credential_prefix: row.credential_prefix,
    },
    org_id: row.org_id ?? '',
    target:
      row.target_kind === null || row.target_id === null
        ? null
        : { kind: row.target_kind as NonNullable<ApiAuditEvent['target']>['kind'], id: row.target_id },
    ip: row.ip,
    user_agent: row.user_agent,
    request_id: row.request_id,
    created_at: apiTime(row.created_at),
    data: row.data === null ? {} : (JSON.parse(row.data) as Record<string, unknown>),
  };
}
