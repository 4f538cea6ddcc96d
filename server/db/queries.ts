// Joins several modules share, written once: a credential's rows with the current role of the
// person behind it (null once they left the org), which every effective-scope check needs.
import type { Database } from './database.ts';

/** Sessions with their person, org and the person's current role in that org. */
export function sessionsWithRole(db: Database) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .innerJoin('orgs', 'orgs.id', 'sessions.org_id')
    .leftJoin('memberships', (join) =>
      join
        .onRef('memberships.org_id', '=', 'sessions.org_id')
        .onRef('memberships.user_id', '=', 'sessions.user_id'),
    )
    .select([
      'sessions.id as session_id',
      'sessions.user_id',
      'sessions.revoked_at',
      'sessions.expires_at',
      'sessions.client_id',
      'sessions.scopes',
      'users.email',
      'users.name as user_name',
      'orgs.id as org_id',
      'orgs.name as org_name',
      'memberships.role',
    ]);
}

/** API keys with their creator's current role in the key's org. */
export function apiKeysWithCreatorRole(db: Database) {
  return db
    .selectFrom('api_keys')
    .leftJoin('memberships', (join) =>
      join
        .onRef('memberships.org_id', '=', 'api_keys.org_id')
        .onRef('memberships.user_id', '=', 'api_keys.created_by'),
    )
    .select('memberships.role as creator_role');
}

/** Service accounts with their creator's current role in the account's org. */
export function serviceAccountsWithCreatorRole(db: Database) {
  return db
    .selectFrom('service_accounts')
    .leftJoin('memberships', (join) =>
      join
        .onRef('memberships.org_id', '=', 'service_accounts.org_id')
        .onRef('memberships.user_id', '=', 'service_accounts.created_by'),
    )
    .select('memberships.role as creator_role');
}

/** Agents with their creator's current role in the agent's org. */
export function agentsWithCreatorRole(db: Database) {
  return db
    .selectFrom('agents')
    .leftJoin('memberships', (join) =>
      join
        .onRef('memberships.org_id', '=', 'agents.org_id')
        .onRef('memberships.user_id', '=', 'agents.created_by'),
    )
    .select('memberships.role as creator_role');
}

/** Agent keys with their creator's current role in the key's org. */
export function agentKeysWithCreatorRole(db: Database) {
  return db
    .selectFrom('agent_keys')
    .leftJoin('memberships', (join) =>
      join
        .onRef('memberships.org_id', '=', 'agent_keys.org_id')
        .onRef('memberships.user_id', '=', 'agent_keys.created_by'),
    )
    .select('memberships.role as creator_role');
}

/** App tokens with their creator's current role in the token's org. */
export function appTokensWithCreatorRole(db: Database) {
  return db
    .selectFrom('app_tokens')
    .leftJoin('memberships', (join) =>
      join
        .onRef('memberships.org_id', '=', 'app_tokens.org_id')
        .onRef('memberships.user_id', '=', 'app_tokens.created_by'),
    )
    .select('memberships.role as creator_role');
}

/** The members of an org with their person's email and name. */
export function membersOf(db: Database, orgId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['memberships.user_id', 'users.email', 'users.name', 'memberships.role', 'memberships.joined_at'])
    .where('memberships.org_id', '=', orgId);
}

/** A person's membership of an org with their and the org's names; undefined when not a member. */
export function membershipOf(db: Database, userId: string, orgId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
    .select([
      'users.id as user_id',
      'users.email',
      'users.name',
      'orgs.id as org_id',
      'orgs.name as org_name',
      'memberships.role',
    ])
    .where('memberships.user_id', '=', userId)
    .where('memberships.org_id', '=', orgId)
    .executeTakeFirst();
}
