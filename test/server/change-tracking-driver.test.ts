// Which statements the PostgreSQL driver counts as narrowing a credential: the same tables and
// columns as migration 0007's triggers.
import {
  type Compilable,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import { narrows } from '../../server/db/change-tracking-driver.ts';
import type { DatabaseSchema } from '../../server/db/schema.ts';

/** Compiles PostgreSQL statements without a server. */
const db = new Kysely<DatabaseSchema>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (kysely) => new PostgresIntrospector(kysely),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

const T = '2026-01-01T00:00:00.000Z';
const cases: { name: string; query: Compilable; narrows: boolean }[] = [
  {
    name: 'revoking an API key',
    query: db.updateTable('api_keys').set({ revoked_at: T }).where('id', '=', 'k'),
    narrows: true,
  },
  {
    name: "touching a key's last_used_at",
    query: db.updateTable('api_keys').set({ last_used_at: T }).where('id', '=', 'k'),
    narrows: false,
  },
  {
    name: 'narrowing a key with last_used_at beside it',
    query: db.updateTable('agent_keys').set({ last_used_at: T, scopes: '[]' }),
    narrows: true,
  },
  { name: 'demoting a member', query: db.updateTable('memberships').set({ role: 'viewer' }), narrows: true },
  {
    name: 'deleting a membership',
    query: db.deleteFrom('memberships').where('user_id', '=', 'u'),
    narrows: true,
  },
  { name: 'deleting a rate-limit counter', query: db.deleteFrom('rate_limits'), narrows: false },
  {
    name: 'rotating a refresh token (not watched)',
    query: db.updateTable('refresh_tokens').set({ used_at: T }),
    narrows: false,
  },
  {
    name: 'an upsert that changes a role',
    query: db
      .insertInto('memberships')
      .values({ org_id: 'o', user_id: 'u', role: 'admin', joined_at: T })
      .onConflict((c) => c.columns(['org_id', 'user_id']).doUpdateSet({ role: 'admin' })),
    narrows: true,
  },
  {
    name: 'a plain insert',
    query: db.insertInto('orgs').values({ id: 'o', name: 'O', created_at: T }),
    narrows: false,
  },
  { name: 'a select', query: db.selectFrom('api_keys').selectAll(), narrows: false },
  {
    name: 'a raw UPDATE of a watched table',
    query: { compile: () => sql`UPDATE "sessions" SET revoked_at = ${T}`.compile(db) },
    narrows: true,
  },
  {
    name: 'a raw UPDATE elsewhere',
    query: { compile: () => sql`update rate_limits set count = 0`.compile(db) },
    narrows: false,
  },
];

describe('narrows', () => {
  it.each(cases)('$name → $narrows', ({ query, narrows: want }) => {
    expect(narrows(query.compile())).toBe(want);
  });
});
