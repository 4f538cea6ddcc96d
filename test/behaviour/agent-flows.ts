// Flows the agent and app-token behavioural tests share: creating agents, agent keys and app
// tokens, exchanging keys for access tokens (both ways), the OAuth endpoints' form posts, and
// reading the audit log straight from the server's database: rows as stored, so a test sees
// every column of an event (GET /v1/audit-events, the API's view, is audit-events.test.ts's).
import { afterAll, beforeAll, expect } from 'vitest';
import type { components } from '../../generated/types.ts';
import { loadConfig } from '../../server/config.ts';
import { type Database, openDatabase } from '../../server/db/database.ts';
import type { AuditEventTable } from '../../server/db/schema.ts';
import { type Api, type ApiResponse, type CallOptions, readResponse } from '../support/api.ts';
import { created, type UsedServer } from './flows.ts';

export const AGENT_KEY_SECRET = /^kwa_[0-9A-Za-z]{42}$/;
export const APP_TOKEN_SECRET = /^kwt_[0-9A-Za-z]{42}$/;
export const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
export const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';

type Schemas = components['schemas'];
export type Agent = Schemas['Agent'];
export type AgentKey = Schemas['AgentKey'];
export type AgentKeyWithSecret = Schemas['AgentKeyWithSecret'];
export type AppToken = Schemas['AppToken'];
export type AppTokenWithSecret = Schemas['AppTokenWithSecret'];

let agents = 0;

/** Creates an agent (a unique name unless `name` is given) as the holder of `caller`. */
export async function createAgent(
  api: Api,
  caller: string | CallOptions,
  more: { name?: string; description?: string } = {},
): Promise<Agent> {
  agents += 1;
  const body = { name: `agent-${process.pid}-${agents}`, ...more };
  return created(api, '/v1/agents', caller, body, `create the agent ${body.name}`);
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
  const step = `mint an agent key with ${scopes.join(' ')}`;
  return created(api, `/v1/agents/${agentId}/keys`, caller, body, step);
}

/** Mints an app token with `scopes` (named 'email-worker' unless `more` says) as `caller`. */
export async function createAppToken(
  api: Api,
  caller: string | CallOptions,
  scopes: string[],
  more: { name?: string; expires_at?: string } = {},
): Promise<AppTokenWithSecret> {
  const body = { name: 'email-worker', scopes, ...more };
  return created(api, '/v1/app-tokens', caller, body, `mint an app token with ${scopes.join(' ')}`);
}

/** `POST /v1/access-tokens` with the key presented `as` one of PRESENTATIONS (x-api-key unless given). */
export function exchangeKey(
  api: Api,
  secret: string,
  more: { scopes?: string[]; as?: (secret: string) => CallOptions } = {},
) {
  return api('POST', '/v1/access-tokens', {
    ...(more.as === undefined ? { apiKey: secret } : more.as(secret)),
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

/** RFC 7662: introspects `token` at the server at `url` as the holder of the access token `callerToken`. */
export function introspect(url: string, token: string, callerToken: string): Promise<ApiResponse> {
  return postForm(url, '/oauth/introspect', { token }, { authorization: `Bearer ${callerToken}` });
}

/** Opens the database a test server uses, to read rows as stored (the audit log). */
function openServerDatabase(server: { dataDir: string; databaseUrl: string | null }): Database {
  return openDatabase(
    loadConfig({
      KEYWAY_DATA_DIR: server.dataDir,
      ...(server.databaseUrl === null ? {} : { DATABASE_URL: server.databaseUrl }),
    }),
  );
}

/**
 * The database of useServer's server, open for the enclosing describe's tests (after the server
 * starts, closed before it stops); call the returned function inside tests and hooks.
 */
export function useServerDatabase(running: UsedServer): () => Database {
  let db: Database | undefined;
  beforeAll(() => {
    db = openServerDatabase(running.server);
  });
  afterAll(async () => {
    await db?.destroy();
  });
  return () => {
    if (db === undefined) throw new Error('the server database opens in beforeAll');
    return db;
  };
}

/** The org's audit events in the order they were written (ids sort by creation). */
export function auditEventsOf(db: Database, orgId: string): Promise<AuditEventTable[]> {
  return db.selectFrom('audit_events').selectAll().where('org_id', '=', orgId).orderBy('id').execute();
}

/**
 * Asserts the org's log holds exactly one `action` event and that it has the columns of `want`;
 * returns its `data`, parsed.
 */
export async function expectAuditedOnce(
  db: Database,
  orgId: string,
  action: string,
  want: Partial<AuditEventTable>,
): Promise<unknown> {
  const events = (await auditEventsOf(db, orgId)).filter((e) => e.action === action);
  expect(events).toEqual([expect.objectContaining(want)]);
  return JSON.parse(events[0]?.data ?? '{}');
}

/** Asserts no audit event of the org holds the hidden part of `secret` (after its display prefix). */
export async function expectNoSecretAudited(db: Database, orgId: string, secret: string): Promise<void> {
  for (const event of await auditEventsOf(db, orgId)) {
    expect(JSON.stringify(event)).not.toContain(secret.slice(12));
  }
}
