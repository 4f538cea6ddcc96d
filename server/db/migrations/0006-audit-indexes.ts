// Indexes for the audit log's filters: an org's events by actor, by target and by action, each
// in id order (ids sort by time), so a filtered page or a stream's replay reads only its rows.
// The org's events in id order (`audit_events_org`) came with the table.
import type { Kysely } from 'kysely';

const INDEXES = {
  audit_events_org_actor: ['org_id', 'actor_id', 'id'],
  audit_events_org_target: ['org_id', 'target_id', 'id'],
  audit_events_org_action: ['org_id', 'action', 'id'],
} as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, columns] of Object.entries(INDEXES)) {
    await db.schema
      .createIndex(name)
      .on('audit_events')
      .columns([...columns])
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of Object.keys(INDEXES)) await db.schema.dropIndex(name).execute();
}
