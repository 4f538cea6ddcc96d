// Agents: named identities in an organization, created, listed, read, renamed and deleted. An
// agent holds no secret itself; its keys (`kwa_`) are agent-keys.ts's. Deleting an agent revokes
// every key it has, and with them the access tokens they were exchanged for.
import type { Handlers } from '../../generated/server/routes.ts';
import { recordCallerAudit } from '../audit.ts';
import { type AuthContext, authOf } from '../auth/auth-context.ts';
import {
  assertActsAsItself,
  assertManageable,
  type CredentialChange,
  personBehind,
} from '../credential-management.ts';
import { type Database, isUniqueViolation } from '../db/database.ts';
import { agentKeysWithCreatorRole, agentsWithCreatorRole } from '../db/queries.ts';
import { newId } from '../ids.ts';
import { recordKeyAudit } from '../key-credentials.ts';
import { keyset, pageById, pageRequest } from '../pagination.ts';
import { notFound, ProblemError } from '../problem.ts';
import { revokeKeys } from '../revocation.ts';
import type { Services } from '../services.ts';
import { apiTime, isoNow } from '../time.ts';

type AgentHandlers = Pick<
  Handlers,
  'listAgents' | 'createAgent' | 'getAgent' | 'updateAgent' | 'deleteAgent'
>;

const NOUN = 'agent';

export interface AgentRow {
  id: string;
  name: string;
  description: string | null;
  created_by: string;
  created_at: string;
  /** The creator's current role in the agent's org; null once they left it. */
  creator_role: string | null;
}

function agentOf(row: AgentRow) {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    created_by: row.created_by,
    created_at: apiTime(row.created_at),
  };
}

/** Deleted agents are gone from the API: they answer 404 like another org's. */
function selectAgents(db: Database, orgId: string) {
  return agentsWithCreatorRole(db)
    .select(['agents.id', 'agents.name', 'agents.description', 'agents.created_by', 'agents.created_at'])
    .where('agents.org_id', '=', orgId)
    .where('agents.deleted_at', 'is', null);
}

/** The caller's org's live agent `agentId`, or 404 (also for another org's). */
export async function liveAgent(db: Database, auth: AuthContext, agentId: string): Promise<AgentRow> {
  const row = await selectAgents(db, auth.org.id).where('agents.id', '=', agentId).executeTakeFirst();
  if (row === undefined) throw notFound(NOUN);
  return row;
}

/** The spec's 409: names are unique among an org's live agents (a partial unique index). */
async function unlessNameTaken<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new ProblemError({
      code: 'conflict',
      detail: 'Another agent of the organization already has this name.',
    });
  }
}

export function createAgentHandlers(services: Services): AgentHandlers {
  const { db } = services;

  /** The agent, if `auth` may make `change` to it (credential-management.ts's rule). */
  async function manageableAgent(auth: AuthContext, agentId: string, change: CredentialChange) {
    const row = await liveAgent(db, auth, agentId);
    // An agent has no scopes of its own; its keys do, and are checked on their own.
    assertManageable(auth, { ...row, scopes: '[]' }, change, NOUN);
    return row;
  }

  return {
    async listAgents({ query }, { request }) {
      const auth = authOf(request);
      const page = pageRequest(query);
      const rows = await selectAgents(db, auth.org.id)
        .$call((q) => keyset(q, 'agents.id', page, 'desc'))
        .execute();
      return { status: 200, body: pageById(rows, page, agentOf) };
    },

    async createAgent({ body }, { request }) {
      const auth = authOf(request);
      assertActsAsItself(auth, null, 'create an agent');
      const row = {
        id: newId('agt'),
        org_id: auth.org.id,
        name: body.name,
        description: body.description ?? null,
        created_by: await personBehind(db, auth),
        created_at: isoNow(),
        deleted_at: null,
      };
      await unlessNameTaken(db.insertInto('agents').values(row).execute());
      await recordCallerAudit(db, request, auth, {
        action: 'agent.created',
        target: { kind: 'agent', id: row.id },
        data: { name: row.name },
      });
      return { status: 201, body: agentOf({ ...row, creator_role: auth.role }) };
    },

    async getAgent({ params }, { request }) {
      return { status: 200, body: agentOf(await liveAgent(db, authOf(request), params.agent_id)) };
    },

    async updateAgent({ params, body }, { request }) {
      const auth = authOf(request);
      const row = await manageableAgent(auth, params.agent_id, 'update');
      const changes = {
        ...(body.name === undefined ? {} : { name: body.name }),
        ...(body.description === undefined ? {} : { description: body.description }),
      };
      // The request schema's minProperties: 1 leaves at least one change. No audit event: the
      // spec's AuditAction has none for renaming, which changes no one's access.
      const result = await unlessNameTaken(
        db
          .updateTable('agents')
          .set(changes)
          .where('id', '=', row.id)
          .where('deleted_at', 'is', null)
          .executeTakeFirst(),
      );
      if (Number(result.numUpdatedRows) !== 1) throw notFound(NOUN);
      return { status: 200, body: agentOf({ ...row, ...changes }) };
    },

    async deleteAgent({ params }, { request }) {
      const auth = authOf(request);
      const agent = await manageableAgent(auth, params.agent_id, 'delete');
      const now = isoNow();
      // One transaction: the agent is marked deleted first, so a key minted concurrently is
      // refused anyway (authentication checks the agent), then its live keys are revoked. Each
      // key must be one the caller may revoke, so deleting is no way around the keys' own rule.
      const revoked = await db.transaction().execute(async (trx) => {
        const deleted = await trx
          .updateTable('agents')
          .set({ deleted_at: now })
          .where('id', '=', agent.id)
          .where('deleted_at', 'is', null)
          .executeTakeFirst();
        // A concurrent delete got there first: this one answers as if it came second.
        if (Number(deleted.numUpdatedRows) !== 1) throw notFound(NOUN);
        const keys = await agentKeysWithCreatorRole(trx)
          .select(['agent_keys.id', 'agent_keys.prefix', 'agent_keys.scopes', 'agent_keys.created_by'])
          .where('agent_keys.agent_id', '=', agent.id)
          .where('agent_keys.revoked_at', 'is', null)
          .orderBy('agent_keys.id')
          .execute();
        for (const key of keys) assertManageable(auth, key, 'revoke', 'agent key');
        // Only the keys this call revoked: a concurrent revocation records its own.
        const revoked = await revokeKeys(
          trx,
          keys.map((key) => key.id),
          now,
        );
        return keys.filter((key) => revoked.includes(key.id));
      });
      // The spec: each revoked key's event, then the agent's.
      for (const key of revoked) {
        await recordKeyAudit(db, request, auth, 'agent_key', 'revoked', key);
      }
      await recordCallerAudit(db, request, auth, {
        action: 'agent.deleted',
        target: { kind: 'agent', id: agent.id },
        data: { name: agent.name },
      });
      return { status: 204 };
    },
  };
}
