// Agent keys: several per agent, each with a label, scopes within the minting credential's own
// (role_cap_exceeded otherwise) and an optional expiry; the `kwa_` secret is shown once, then
// only its keyed hash and 12-character display prefix are kept. A key authenticates as its agent
// (auth/resolve-credential.ts) and can be exchanged for an access token (access-tokens.ts).
import type { Handlers } from '../../generated/server/routes.ts';
import { authOf } from '../auth/auth-context.ts';
import {
  assertGrantable,
  assertManageable,
  credentialStatus,
  effectiveScopesOf,
  newKeyExpiry,
  personBehind,
  recordCredentialAudit,
} from '../credential-management.ts';
import { agentKeysWithCreatorRole } from '../db/queries.ts';
import { newId } from '../ids.ts';
import { keyset, pageById, pageRequest } from '../pagination.ts';
import { notFound } from '../problem.ts';
import { revokeKeys } from '../revocation.ts';
import { DISPLAY_PREFIX_LENGTH, generateSecret, hashSecret } from '../secrets/secret.ts';
import type { Services } from '../services.ts';
import { apiTime, isoNow } from '../time.ts';
import { liveAgent } from './agents.ts';

type AgentKeyHandlers = Pick<Handlers, 'listAgentKeys' | 'createAgentKey' | 'revokeAgentKey'>;

const NO_STORE = { 'Cache-Control': 'no-store' };
const NOUN = 'agent key';

interface KeyRow {
  id: string;
  agent_id: string;
  label: string;
  prefix: string;
  scopes: string;
  created_by: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
  /** The creator's current role in the key's org; null once they left it. */
  creator_role: string | null;
}

function agentKeyOf(row: KeyRow, now: string = isoNow()) {
  return {
    id: row.id,
    agent_id: row.agent_id,
    label: row.label,
    prefix: row.prefix,
    scopes: JSON.parse(row.scopes) as string[],
    effective_scopes: effectiveScopesOf(row),
    status: credentialStatus(row, now),
    created_by: row.created_by,
    created_at: apiTime(row.created_at),
    expires_at: apiTime(row.expires_at),
    last_used_at: apiTime(row.last_used_at),
    revoked_at: apiTime(row.revoked_at),
  };
}

export function createAgentKeyHandlers(services: Services): AgentKeyHandlers {
  const { db, config } = services;

  const selectKeys = (agentId: string) =>
    agentKeysWithCreatorRole(db)
      .select([
        'agent_keys.id',
        'agent_keys.agent_id',
        'agent_keys.label',
        'agent_keys.prefix',
        'agent_keys.scopes',
        'agent_keys.created_by',
        'agent_keys.created_at',
        'agent_keys.expires_at',
        'agent_keys.last_used_at',
        'agent_keys.revoked_at',
      ])
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
      assertGrantable(auth, body.scopes);
      const now = Date.now();
      const secret = generateSecret('agent_key');
      const row = {
        id: newId('akey'),
        org_id: auth.org.id,
        agent_id: agent.id,
        label: body.label,
        scopes: JSON.stringify(body.scopes),
        created_by: await personBehind(db, auth),
        secret_hash: hashSecret(secret, services.keys.pepper),
        prefix: secret.slice(0, DISPLAY_PREFIX_LENGTH),
        created_at: new Date(now).toISOString(),
        // Never outliving the key it is minted with, and revoked with it (`created_with`).
        expires_at: newKeyExpiry(config, auth, body.expires_at, now),
        last_used_at: null,
        revoked_at: null,
        created_with: auth.sourceKeyId,
      };
      await db.insertInto('agent_keys').values(row).execute();
      await recordCredentialAudit(db, request, auth, 'agent_key.created', {
        kind: 'agent_key',
        id: row.id,
        prefix: row.prefix,
      });
      // The caller's role is the creator's: their own, or that of the person behind the caller.
      return {
        status: 201,
        headers: NO_STORE,
        body: { ...agentKeyOf({ ...row, creator_role: auth.role }), secret },
      };
    },

    async revokeAgentKey({ params }, { request }) {
      const auth = authOf(request);
      const agent = await liveAgent(db, auth, params.agent_id);
      const row = await selectKeys(agent.id).where('agent_keys.id', '=', params.key_id).executeTakeFirst();
      if (row === undefined) throw notFound(NOUN);
      assertManageable(auth, row, 'revoke', NOUN);
      if (row.revoked_at === null) {
        await revokeKeys(db, [row.id], isoNow());
        await recordCredentialAudit(db, request, auth, 'agent_key.revoked', {
          kind: 'agent_key',
          id: row.id,
          prefix: row.prefix,
        });
      }
      return { status: 204 };
    },
  };
}
