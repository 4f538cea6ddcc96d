// Table types for Kysely, one interface per table, kept in step with migrations/. Timestamps are
// RFC 3339 UTC strings; scope lists are JSON text.
import type { Generated } from 'kysely';

export interface InstanceTable {
  /** Always 1: one row describing this deployment. */
  id: number;
  /** A random id for this deployment (e.g. for telemetry-free support references). */
  instance_id: string;
  created_at: string;
  /** The generated server secret (base64url) when KEYWAY_SERVER_SECRET is unset. */
  server_secret: string | null;
}

export interface UserTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  created_at: string;
}

export interface OrgTable {
  id: string;
  name: string;
  created_at: string;
}

export interface MembershipTable {
  org_id: string;
  user_id: string;
  role: string;
  joined_at: string;
}

export interface SessionTable {
  id: string;
  user_id: string;
  org_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  revoked_reason: string | null;
  /** The OAuth client it was issued to; null: the login API (`keyway-login`). */
  client_id: string | null;
  /** JSON list of granted scopes; null: whatever the person's role allows. */
  scopes: string | null;
}

export interface RefreshTokenTable {
  id: string;
  session_id: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  used_at: string | null;
}

export interface ApiKeyTable {
  id: string;
  org_id: string;
  name: string;
  scopes: string;
  created_by: string;
  secret_hash: string;
  prefix: string;
  previous_secret_hash: string | null;
  previous_secret_expires_at: string | null;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
  /** The key (API key, agent key or app token) this key was created with; null when with a session. */
  created_with: string | null;
}

export interface InvitationTable {
  id: string;
  org_id: string;
  email: string;
  role: string;
  token_hash: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
  revoked_at: string | null;
}

export interface IdempotencyRecordTable {
  key_hash: string;
  request_hash: string;
  status: number | null;
  response: string | null;
  created_at: string;
  locked_until: string;
  expires_at: string;
}

export interface RateLimitTable {
  bucket: string;
  window_start: number;
  count: Generated<number>;
}

export interface SigningKeyTable {
  kid: string;
  alg: string;
  public_jwk: string;
  private_key: string;
  created_at: string;
  retired_at: string | null;
}

export interface AuditEventTable {
  id: string;
  org_id: string | null;
  action: string;
  actor_kind: string | null;
  actor_id: string | null;
  target_kind: string | null;
  target_id: string | null;
  credential_prefix: string | null;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  data: string | null;
  created_at: string;
}

export interface ServiceAccountTable {
  id: string;
  org_id: string;
  name: string;
  description: string | null;
  scopes: string;
  created_by: string;
  secret_hash: string;
  secret_prefix: string;
  previous_secret_hash: string | null;
  previous_secret_expires_at: string | null;
  created_at: string;
  last_used_at: string | null;
  deleted_at: string | null;
}

export interface AccessTokenTable {
  id: string;
  org_id: string;
  subject: string;
  client_id: string;
  credential_id: string;
  credential_kind: string;
  credential_prefix: string | null;
  scopes: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface DeviceAuthorizationTable {
  id: string;
  device_code_hash: string;
  user_code_hash: string;
  client_id: string;
  requested_scopes: string | null;
  status: 'pending' | 'approved' | 'denied';
  user_id: string | null;
  org_id: string | null;
  granted_scopes: string | null;
  poll_interval: number;
  last_polled_at: string | null;
  created_at: string;
  expires_at: string;
  decided_at: string | null;
  redeemed_at: string | null;
}

export interface AgentTable {
  id: string;
  org_id: string;
  name: string;
  description: string | null;
  created_by: string;
  created_at: string;
  deleted_at: string | null;
}

export interface AgentKeyTable {
  id: string;
  org_id: string;
  agent_id: string;
  label: string;
  scopes: string;
  created_by: string;
  secret_hash: string;
  prefix: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
  /** The key (API key, agent key or app token) it was minted with; null when with a session. */
  created_with: string | null;
}

export interface AppTokenTable {
  id: string;
  org_id: string;
  name: string;
  scopes: string;
  created_by: string;
  secret_hash: string;
  prefix: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
  /** The key (API key, agent key or app token) it was minted with; null when with a session. */
  created_with: string | null;
}

/** PostgreSQL only (migration 0007): moved forward by every change that can narrow a credential. */
export interface AuthGenerationTable {
  id: number;
  /** A bigint: pg returns it as a string. */
  generation: string;
}

export interface DatabaseSchema {
  keyway_instance: InstanceTable;
  keyway_auth_generation: AuthGenerationTable;
  users: UserTable;
  orgs: OrgTable;
  memberships: MembershipTable;
  sessions: SessionTable;
  refresh_tokens: RefreshTokenTable;
  api_keys: ApiKeyTable;
  invitations: InvitationTable;
  idempotency_records: IdempotencyRecordTable;
  rate_limits: RateLimitTable;
  signing_keys: SigningKeyTable;
  audit_events: AuditEventTable;
  service_accounts: ServiceAccountTable;
  access_tokens: AccessTokenTable;
  device_authorizations: DeviceAuthorizationTable;
  agents: AgentTable;
  agent_keys: AgentKeyTable;
  app_tokens: AppTokenTable;
}
