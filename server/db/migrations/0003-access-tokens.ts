// API keys remember the key they were created with. Access tokens (RFC 9068 JWTs): only their claims are kept, by `jti`, so that they can be
// listed and revoked; the token itself is never stored. Service accounts and their secrets
// (stored, like every secret, as keyed hashes beside a display prefix).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The API key a key was created with, if any: revoking a leaked key revokes what it minted.
  await db.schema.alterTable('api_keys').addColumn('created_with', 'text').execute();

  await db.schema
    .createTable('service_accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('scopes', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
    .addColumn('secret_prefix', 'text', (c) => c.notNull())
    .addColumn('previous_secret_hash', 'text', (c) => c.unique())
    .addColumn('previous_secret_expires_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('service_accounts_org')
    .on('service_accounts')
    .columns(['org_id', 'id'])
    .execute();

  await db.schema
    .createTable('access_tokens')
    // The token's `jti`.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    // `sub`: the user behind an API key, or the service account.
    .addColumn('subject', 'text', (c) => c.notNull())
    // `client_id` (RFC 9068 §2.2): the API key or service account, or `keyway-login`.
    .addColumn('client_id', 'text', (c) => c.notNull())
    // The credential it was minted from (`key_…`, `sa_…`, or the session `ses_…`): revoking that
    // credential revokes the token.
    .addColumn('credential_id', 'text', (c) => c.notNull())
    .addColumn('credential_kind', 'text', (c) => c.notNull())
    .addColumn('credential_prefix', 'text')
    .addColumn('scopes', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('access_tokens_org').on('access_tokens').columns(['org_id', 'id']).execute();
  await db.schema
    .createIndex('access_tokens_credential')
    .on('access_tokens')
    .columns(['credential_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('access_tokens').execute();
  await db.schema.dropTable('service_accounts').execute();
  await db.schema.alterTable('api_keys').dropColumn('created_with').execute();
}
