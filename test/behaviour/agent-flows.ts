// Flows the agent and app-token behavioural tests share: creating agents, agent keys and app
// tokens, exchanging keys for access tokens (both ways), the OAuth endpoints' form posts, and
// reading the audit log straight from the server's database (its list API is another issue's).
import { loadConfig } from '../../server/config.ts';
import { type Database, openDatabase } from '../../server/db/database.ts';
import type { AuditEventTable } from '../../server/db/schema.ts';
import { type Api, type ApiResponse, type CallOptions, readResponse } from '../support/api.ts';
import { must } from './flows.ts';

export const AGENT_KEY_SECRET = /^kwa_[0-9A-Za-z]{42}$/;
export const APP_TOKEN_SECRET = /^kwt_[0-9A-Za-z]{42}$/;
export const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
export const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';

/** The two ways a key may be presented (spec security schemes bearerAuth and apiKeyHeader). */
export const PRESENTATIONS = [
  { name: 'Authorization: Bearer', as: (secret: string): CallOptions => ({ token: secret }) },
  { name: 'x-api-key', as: (secret: string): CallOptions => ({ apiKey: secret }) },
];

/** spec/components/schemas/agents.yaml#/Agent */
export interface Agent {
  id: string;
  name: string;
  description: string | null;
  created_by: string;
  created_at: string;
}

/** spec/components/schemas/agents.yaml#/AgentKey */
export interface AgentKey {
  id: string;
  agent_id: string;
  label: string;
  prefix: string;
  scopes: string[];
  effective_scopes: string[];
  status: 'active' | 'expired' | 'revoked';
  created_by: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AgentKeyWithSecret extends AgentKey {
  secret: string;
}

/** spec/components/schemas/app-tokens.yaml#/AppToken */
export interface AppToken {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  effective_scopes: string[];
  status: 'active' | 'expired' | 'revoked';
  created_by: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AppTokenWithSecret extends AppToken {
  secret: string;
}

const as = (caller: string | CallOptions): CallOptions =>
  typeof caller === 'string' ? { token: caller } : caller;

let agents = 0;

/** Creates an agent (a unique name unless `name` is given) as the holder of `caller`. */
export async function createAgent(
  api: Api,
  caller: string | CallOptions,
  more: { name?: string; description?: string } = {},
): Promise<Agent> {
  agents += 1;
  const body = { name: `agent-${process.pid}-${agents}`, ...more };
  const response = await api('POST', '/v1/agents', { ...as(caller), body });
  must(response, 201, `create the agent ${body.name}`);
  return response.body;
}

/** Mints a key for `agentId` with `scopes` (labelled 'production' unless `more` says) as `caller`. */
export async function createAgentKey(
  api: Api,
  caller: string | CallOptions,
  agentId: string,
  scopes: string[],
  more: { label?: string; expires_at?: string } = {},
): Promise<AgentKeyWithSecret> {
  const body = { label: 'production', scopes, ...more };
  const response = await api('POST', `/v1/agents/${agentId}/keys`, { ...as(caller), body });
  must(response, 201, `mint an agent key with ${scopes.join(' ')}`);
  return response.body;
}

/** Mints an app token with `scopes` (named 'email-worker' unless `more` says) as `caller`. */
export async function createAppToken(
  api: Api,
  caller: string | CallOptions,
  scopes: string[],
  more: { name?: string; expires_at?: string } = {},
): Promise<AppTokenWithSecret> {
  const body = { name: 'email-worker', scopes, ...more };
  const response = await api('POST', '/v1/app-tokens', { ...as(caller), body });
  must(response, 201, `mint an app token with ${scopes.join(' ')}`);
  return response.body;
}

/** `POST /v1/access-tokens` with the key in `x-api-key` (or as Bearer with `bearer`). */
export function exchangeKey(api: Api, secret: string, more: { scopes?: string[]; bearer?: boolean } = {}) {
  return api('POST', '/v1/access-tokens', {
    ...(more.bearer === true ? { token: secret } : { apiKey: secret }),
    body: more.scopes === undefined ? {} : { scopes: more.scopes },
  });
}

/** POSTs `params` form-encoded (RFC 6749 §3.2) to an OAuth endpoint of the server at `url`. */
export async function postForm(
  url: string,
  path: string,
  params: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<ApiResponse> {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(params).toString(),
  });
  return readResponse(response);
}

/** Opens the database a test server uses, to read what the API does not show yet (the audit log). */
export function openServerDatabase(server: { dataDir: string; databaseUrl: string | null }): Database {
  return openDatabase(
    loadConfig({
      KEYWAY_DATA_DIR: server.dataDir,
      ...(server.databaseUrl === null ? {} : { DATABASE_URL: server.databaseUrl }),
    }),
  );
}

/** The org's audit events in the order they were written (ids sort by creation). */
export function auditEventsOf(db: Database, orgId: string): Promise<AuditEventTable[]> {
  return db.selectFrom('audit_events').selectAll().where('org_id', '=', orgId).orderBy('id').execute();
}
