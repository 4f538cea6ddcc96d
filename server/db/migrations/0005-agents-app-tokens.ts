// Agents (named identities in an org) and their keys (`kwa_`), and app tokens (`kwt_`,
// org-scoped integration tokens). Like every secret, keys and tokens are kept only as a keyed
// hash beside their 12-character display prefix.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('agents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    // Soft delete: the rows stay for the audit trail and for the joins that refuse its keys'
    // access tokens; a deleted agent is gone from the API.
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('agents_org').on('agents').columns(['org_id', 'id']).execute();
  // A name is unique among the org's live agents (the spec's 409); a deleted agent frees its name.
  await db.schema
    .createIndex('agents_org_name')
    .on('agents')
    .columns(['org_id', 'name'])
    .unique()
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();

  await db.schema
    .createTable('agent_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('agent_id', 'text', (c) => c.notNull().references('agents.id'))
    .addColumn('label', 'text', (c) => c.notNull())
    // A JSON array of scope names.
    .addColumn('scopes', 'text', (c) => c.notNull())
    // The person who minted it: their current role caps it.
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    // The key (API key, agent key or app token) it was minted with; revoking that revokes this.
    .addColumn('created_with', 'text')
    .execute();
  await db.schema.createIndex('agent_keys_agent').on('agent_keys').columns(['agent_id', 'id']).execute();
  await db.schema.createIndex('agent_keys_created_with').on('agent_keys').columns(['created_with']).execute();

  await db.schema
    .createTable('app_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('scopes', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('created_with', 'text')
    .execute();
  await db.schema.createIndex('app_tokens_org').on('app_tokens').columns(['org_id', 'id']).execute();
  await db.schema.createIndex('app_tokens_created_with').on('app_tokens').columns(['created_with']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('app_tokens').execute();
  await db.schema.dropTable('agent_keys').execute();
  await db.schema.dropTable('agents').execute();
}
