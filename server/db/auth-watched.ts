// The columns whose change can narrow what a resolved credential allows, per table, and the
// column naming its org (null: the row belongs to no one org, a person's name). The credential
// cache (auth/credential-cache.ts) is emptied when any of them changes: on SQLite by temporary
// triggers this process installs on its own connection (auth/auth-change-feed.ts), on
// PostgreSQL by the triggers of migration 0007, which read this list when they are created.
// Adding a column here therefore needs a migration that re-creates the PostgreSQL triggers
// (test/server/auth-change-feed.test.ts compares the installed triggers with this list).
//
// `last_used_at` and refresh-token rotation are written all the time and narrow nothing.
export const WATCHED: Readonly<Record<string, { org: string | null; columns: readonly string[] }>> = {
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
