// Agent keys: several per agent, each with a label, scopes within the minting credential's own
// (role_cap_exceeded otherwise) and an optional expiry; the `kwa_` secret is shown once
// (key-credentials.ts). A key authenticates as its agent (auth/resolve-credential.ts) and can be
// exchanged for an access token (access-tokens.ts).

import type { Handlers } from '../../generated/server/routes.ts';
import { authOf } from '../auth/auth-context.ts';
import { agentKeysWithCreatorRole } from '../db/queries.ts';
import {
  type KeyRow,
  keyColumns,
  keyCreated,
  keyFieldsOf,
  mintKey,
  recordKeyAudit,
  revokeKey,
} from '../key-credentials.ts';
import { keyset, pageById, pageRequest } from '../pagination.ts';
import { notFound } from '../problem.ts';
import type { Services } from '../services.ts';
import { isoNow } from '../time.ts';
import { liveAgent } from './agents.ts';

type AgentKeyHandlers = Pick<Handlers, 'listAgentKeys' | 'createAgentKey' | 'revokeAgentKey'>;

const NOUN = 'agent key';

interface AgentKeyRow extends KeyRow {
  agent_id: string;
  label: string;
}

function agentKeyOf(row: AgentKeyRow, now: string = isoNow()) {
  return { id: row.id, agent_id: row.agent_id, label: row.label, ...keyFieldsOf(row, now) };
}

export function createAgentKeyHandlers(services: Services): AgentKeyHandlers {
  const { db } = services;

  const selectKeys = (agentId: string) =>
    agentKeysWithCreatorRole(db)
      .select([...keyColumns('agent_keys'), 'agent_keys.agent_id', 'agent_keys.label'])
      .where('agent_keys.agent_id', '=', agentId);

  return {
    async listAgentKeys({ params, query }, { request }) {
      const agent = await liveAgent(db, authOf(request), params.agent_id);
      const page = pageRequest(query);
      const now = isoNow();
      const rows = await selectKeys(agent.id)
        .$call((q) => keyset(q, 'agent_keys.id', page, 'desc'))
        .execute();
      return { status: 200, body: pageById(rows, page, (r) => agentKeyOf(r, now)) };
    },

    async createAgentKey({ params, body }, { request }) {
      const auth = authOf(request);
      const agent = await liveAgent(db, auth, params.agent_id);
      const { secret, row: key } = await mintKey(services, auth, 'agent_key', body, agent.id);
      const row = { ...key, agent_id: agent.id, label: body.label };
      await db.insertInto('agent_keys').values(row).execute();
      await recordKeyAudit(db, request, auth, 'agent_key', 'created', row);
      // The caller's role is the creator's: their own, or that of the person behind the caller.
      return keyCreated(agentKeyOf({ ...row, creator_role: auth.role }), secret);
    },

    async revokeAgentKey({ params }, { request }) {
      const auth = authOf(request);
      const agent = await liveAgent(db, auth, params.agent_id);
      const row = await selectKeys(agent.id).where('agent_keys.id', '=', params.key_id).executeTakeFirst();
      if (row === undefined) throw notFound(NOUN);
      await revokeKey(db, request, auth, 'agent_key', row, NOUN);
      return { status: 204 };
    },
  };
}
