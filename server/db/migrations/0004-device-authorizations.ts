// RFC 8628 device authorizations, and what a device login's session must remember: the client it
// was issued to and the scopes the person granted (a refresh never widens them, RFC 6749 §6).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Null for sessions from the login API: their client is `keyway-login` and their scopes are
  // whatever the person's role allows at each refresh.
  await db.schema.alterTable('sessions').addColumn('client_id', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('scopes', 'text').execute();

  await db.schema
    .createTable('device_authorizations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Both codes are kept only as keyed hashes; the user code is hashed in its normalised form.
    .addColumn('device_code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('client_id', 'text', (c) => c.notNull())
    // JSON list the device asked for; null: whatever the approving person's role allows.
    .addColumn('requested_scopes', 'text')
    // pending → approved | denied (RFC 8628 §3.3), set once by a conditional update.
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('org_id', 'text', (c) => c.references('orgs.id'))
    .addColumn('granted_scopes', 'text')
    // Seconds between polls; grows by 5 with every slow_down (RFC 8628 §3.5). Stored, so every
    // node enforces the same pace.
    .addColumn('poll_interval', 'integer', (c) => c.notNull())
    .addColumn('last_polled_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('redeemed_at', 'text')
    .execute();
  await db.schema
    .createIndex('device_authorizations_expiry')
    .on('device_authorizations')
    .column('expires_at')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('device_authorizations').execute();
  await db.schema.alterTable('sessions').dropColumn('scopes').execute();
  await db.schema.alterTable('sessions').dropColumn('client_id').execute();
}
