// GET /healthz and GET /v1/scopes.
import { sql } from 'kysely';
import { roles, scopes } from '../../generated/policy.ts';
import { apiInfo, type Handlers } from '../../generated/server/routes.ts';
import type { Database } from '../db/database.ts';

export function createMetaHandlers({ db }: { db: Database }): Pick<Handlers, 'getHealth' | 'listScopes'> {
  return {
    async getHealth() {
      // Healthy means the database answers; a failure here is a 500 from the error handler.
      await sql`select 1`.execute(db);
      return { status: 200, body: { status: 'ok', version: apiInfo.version } };
    },
    async listScopes() {
      return {
        status: 200,
        body: {
          scopes: scopes.map((s) => ({ name: s.name, description: s.description })),
          roles: roles.map((r) => ({ name: r.name, description: r.description, scopes: [...r.scopes] })),
        },
      };
    },
  };
}
