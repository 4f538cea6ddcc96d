// Triggers that announce every change able to narrow a credential, so that each node's cache of
// resolved credentials (auth/credential-cache.ts) drops what it holds for that org. A trigger,
// not a call in each handler: a write path added later (or an operator's UPDATE) cannot forget.
//
// The announcement is the org id, or `*` when the row belongs to no one org (a person's name).
// - SQLite: the trigger calls `keyway_auth_changed(org)`, a function openDatabase registers on
//   the server's connection, so the node's cache is emptied before the revoking statement returns.
// - PostgreSQL: the trigger calls pg_notify('keyway_auth', org), which every node LISTENs to;
//   PostgreSQL delivers it when the transaction commits, and not at all if it rolls back.
//
// Only the columns that can narrow are watched: `last_used_at` and refresh-token rotation are
// written all the time and narrow nothing.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

/** Table → the columns whose change can narrow what a cached credential allows, and its org column. */
export const WATCHED: Record<string, { org: string | null; columns: readonly string[] }> = {
  api_keys: {
    org: 'org_id',
    columns: [
      'org_id',
      'scopes',
      'created_by',
      'secret_hash',
      'previous_secret_hash',
      'previous_secret_expires_at',
      'expires_at',
      'revoked_at',
    ],
  },
  agent_keys: {
    org: 'org_id',
    columns: ['org_id', 'agent_id', 'scopes', 'created_by', 'secret_hash', 'expires_at', 'revoked_at'],
  },
  app_tokens: {
    org: 'org_id',
    columns: ['org_id', 'name', 'scopes', 'created_by', 'secret_hash', 'expires_at', 'revoked_at'],
  },
  agents: { org: 'org_id', columns: ['org_id', 'name', 'deleted_at'] },
  service_accounts: {
    org: 'org_id',
    columns: [
      'org_id',
      'name',
      'scopes',
      'created_by',
      'secret_hash',
      'previous_secret_hash',
      'previous_secret_expires_at',
      'deleted_at',
    ],
  },
  memberships: { org: 'org_id', columns: ['org_id', 'user_id', 'role'] },
  sessions: { org: 'org_id', columns: ['org_id', 'user_id', 'scopes', 'expires_at', 'revoked_at'] },
  access_tokens: {
    org: 'org_id',
    columns: ['org_id', 'subject', 'credential_id', 'scopes', 'expires_at', 'revoked_at'],
  },
  orgs: { org: 'id', columns: ['name'] },
  users: { org: null, columns: ['name'] },
};

export const CHANNEL = 'keyway_auth';

export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  if (postgres) {
    // TG_ARGV[0] names the org column; without one the change concerns every org (`*`).
    await sql`
      CREATE FUNCTION keyway_auth_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify(${sql.lit(CHANNEL)},
          CASE WHEN TG_NARGS = 0 THEN '*' ELSE to_jsonb(OLD) ->> TG_ARGV[0] END);
        RETURN NULL;
      END $$`.execute(db);
  }
  for (const [table, { org, columns }] of Object.entries(WATCHED)) {
    const watched = sql.join(columns.map((column) => sql.id(column)));
    if (postgres) {
      await sql`
        CREATE TRIGGER ${sql.id(`${table}_auth_changed`)}
        AFTER UPDATE OF ${watched} OR DELETE ON ${sql.id(table)}
        FOR EACH ROW EXECUTE FUNCTION keyway_auth_changed(${sql.raw(org === null ? '' : `'${org}'`)})`.execute(
        db,
      );
      continue;
    }
    // The names are this file's constants, not input.
    const orgOf = sql.raw(org === null ? "'*'" : `OLD.${org}`);
    await sql`
      CREATE TRIGGER ${sql.id(`${table}_auth_updated`)} AFTER UPDATE OF ${watched} ON ${sql.id(table)}
      BEGIN SELECT keyway_auth_changed(${orgOf}); END`.execute(db);
    await sql`
      CREATE TRIGGER ${sql.id(`${table}_auth_deleted`)} AFTER DELETE ON ${sql.id(table)}
      BEGIN SELECT keyway_auth_changed(${orgOf}); END`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const table of Object.keys(WATCHED)) {
    if (postgres) {
      await sql`DROP TRIGGER ${sql.id(`${table}_auth_changed`)} ON ${sql.id(table)}`.execute(db);
    } else {
      await sql`DROP TRIGGER ${sql.id(`${table}_auth_updated`)}`.execute(db);
      await sql`DROP TRIGGER ${sql.id(`${table}_auth_deleted`)}`.execute(db);
    }
  }
  if (postgres) await sql`DROP FUNCTION keyway_auth_changed()`.execute(db);
}
