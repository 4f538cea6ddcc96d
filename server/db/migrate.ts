// Runs the migrations in migrations/ in name order, each once, recorded by Kysely's Migrator in
// its own table. They are imported statically so that the set is fixed at build time.
import { randomUUID } from 'node:crypto';
import { type Migration, Migrator } from 'kysely';
import type { Database } from './database.ts';
import * as m0001 from './migrations/0001-instance.ts';
import * as m0002 from './migrations/0002-accounts.ts';
import * as m0003 from './migrations/0003-access-tokens.ts';
import * as m0004 from './migrations/0004-device-authorizations.ts';
import * as m0005 from './migrations/0005-agents-app-tokens.ts';
import * as m0006 from './migrations/0006-audit-indexes.ts';
import * as m0007 from './migrations/0007-auth-change-triggers.ts';

const MIGRATIONS: Record<string, Migration> = {
  '0001-instance': m0001,
  '0002-accounts': m0002,
  '0003-access-tokens': m0003,
  '0004-device-authorizations': m0004,
  '0005-agents-app-tokens': m0005,
  '0006-audit-indexes': m0006,
  '0007-auth-change-triggers': m0007,
};

export async function migrate(db: Database): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(
      `database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  await db
    .insertInto('keyway_instance')
    .values({ id: 1, instance_id: randomUUID(), created_at: new Date().toISOString() })
    .onConflict((c) => c.column('id').doNothing())
    .execute();
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
