// PostgreSQL: one counter, `keyway_auth_generation`, that every change able to narrow a
// credential moves forward in its own transaction (a statement trigger per watched table, see
// db/auth-watched.ts). Each node reads it before using its credential cache
// (auth/auth-change-feed.ts): a change committed before a request arrived, on any node, is
// therefore seen by that request. SQLite, one process, needs no counter: its triggers are
// temporary ones on the server's own connection.
import { type Kysely, PostgresAdapter, sql } from 'kysely';
import { WATCHED } from '../auth-watched.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await db.schema
    .createTable('keyway_auth_generation')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('generation', 'bigint', (c) => c.notNull())
    .execute();
  await sql`INSERT INTO keyway_auth_generation (id, generation) VALUES (1, 0)`.execute(db);
  await sql`
    CREATE FUNCTION keyway_bump_auth_generation() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE keyway_auth_generation SET generation = generation + 1 WHERE id = 1;
      RETURN NULL;
    END $$`.execute(db);
  for (const [table, { columns }] of Object.entries(WATCHED)) {
    // Per statement, not per row: a cleanup deleting a thousand expired rows moves it once.
    await sql`
      CREATE TRIGGER ${sql.id(`${table}_auth_changed`)}
      AFTER UPDATE OF ${sql.join(columns.map((column) => sql.id(column)))} OR DELETE ON ${sql.id(table)}
      FOR EACH STATEMENT EXECUTE FUNCTION keyway_bump_auth_generation()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  for (const table of Object.keys(WATCHED)) {
    await sql`DROP TRIGGER ${sql.id(`${table}_auth_changed`)} ON ${sql.id(table)}`.execute(db);
  }
  await sql`DROP FUNCTION keyway_bump_auth_generation()`.execute(db);
  await db.schema.dropTable('keyway_auth_generation').execute();
}
