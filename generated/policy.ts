// generated from spec/openapi.yaml by keyway generate; do not edit

export interface ScopeInfo {
  readonly name: string;
  readonly description: string;
}

export interface RoleInfo {
  readonly name: string;
  readonly description: string;
  readonly scopes: readonly string[];
}

/** The scope catalogue, in spec order. */
export const scopes = [
  { name: "org:read", description: "Read the organization's profile and settings" },
  { name: "org:write", description: "Rename the organization and change its settings" },
  { name: "members:read", description: "List members and pending invitations" },
  { name: "members:write", description: "Invite members, change their roles and remove them" },
  { name: "keys:read", description: "List and read API keys (never their secrets)" },
  { name: "keys:write", description: "Create, narrow, rotate and revoke API keys" },
  { name: "tokens:read", description: "List access tokens and introspect credentials" },
  { name: "tokens:write", description: "Revoke access tokens" },
  { name: "service-accounts:read", description: "List and read service accounts" },
  { name: "service-accounts:write", description: "Create, update, rotate and delete service accounts" },
  { name: "agents:read", description: "List and read agents and their keys" },
  { name: "agents:write", description: "Create, update and delete agents and mint or revoke their keys" },
  { name: "app-tokens:read", description: "List app tokens" },
  { name: "app-tokens:write", description: "Mint and revoke app tokens" },
  { name: "audit:read", description: "Query and stream the organization's audit events" },
  { name: "audit:write", description: "Reserved for writing audit annotations; no operation requires it yet" },
] as const satisfies readonly ScopeInfo[];

export type ScopeName = (typeof scopes)[number]['name'];

/** Roles, most powerful first, with the scopes a member of each may hold or grant. */
export const roles = [
  {
    name: "owner",
    description: "Full control, including the organization's own settings; at least one per org",
    scopes: ["org:read", "org:write", "members:read", "members:write", "keys:read", "keys:write", "tokens:read", "tokens:write", "service-accounts:read", "service-accounts:write", "agents:read", "agents:write", "app-tokens:read", "app-tokens:write", "audit:read", "audit:write"],
  },
  {
    name: "admin",
    description: "Manages members, credentials, agents and app tokens, and reads the audit log",
    scopes: ["org:read", "members:read", "members:write", "keys:read", "keys:write", "tokens:read", "tokens:write", "service-accounts:read", "service-accounts:write", "agents:read", "agents:write", "app-tokens:read", "app-tokens:write", "audit:read"],
  },
  {
    name: "member",
    description: "Creates and manages their own API keys and access tokens; reads the rest",
    scopes: ["org:read", "members:read", "keys:read", "keys:write", "tokens:read", "tokens:write", "service-accounts:read", "agents:read", "app-tokens:read"],
  },
  {
    name: "viewer",
    description: "Read-only access to the organization",
    scopes: ["org:read", "members:read", "keys:read", "tokens:read", "service-accounts:read", "agents:read", "app-tokens:read"],
  },
] as const satisfies readonly RoleInfo[];

export type RoleName = (typeof roles)[number]['name'];

/** The scopes each operation needs (all of them), by operationId. */
export const operationScopes: Readonly<Record<string, readonly string[]>> = {
  getJwks: [],
  getAuthorizationServerMetadata: [],
  getDevicePage: [],
  submitDevicePage: [],
  getHealth: [],
  startDeviceAuthorization: [],
  introspectToken: ["tokens:read"],
  revokeToken: [],
  requestToken: [],
  listAccessTokens: ["tokens:read"],
  createAccessToken: [],
  revokeAccessToken: ["tokens:write"],
  listAgents: ["agents:read"],
  createAgent: ["agents:write"],
  getAgent: ["agents:read"],
  deleteAgent: ["agents:write"],
  updateAgent: ["agents:write"],
  listAgentKeys: ["agents:read"],
  createAgentKey: ["agents:write"],
  revokeAgentKey: ["agents:write"],
  listApiKeys: ["keys:read"],
  createApiKey: ["keys:write"],
  getApiKey: ["keys:read"],
  revokeApiKey: ["keys:write"],
  updateApiKey: ["keys:write"],
  rotateApiKey: ["keys:write"],
  listAppTokens: ["app-tokens:read"],
  createAppToken: ["app-tokens:write"],
  revokeAppToken: ["app-tokens:write"],
  listAuditEvents: ["audit:read"],
  streamAuditEvents: ["audit:read"],
  login: [],
  logout: [],
  refreshSession: [],
  signup: [],
  verifyDeviceCode: [],
  listInvitations: ["members:read"],
  createInvitations: ["members:write"],
  acceptInvitation: [],
  revokeInvitation: ["members:write"],
  listMembers: ["members:read"],
  removeMember: ["members:write"],
  updateMember: ["members:write"],
  listOrgs: ["org:read"],
  createOrg: [],
  getOrg: ["org:read"],
  updateOrg: ["org:write"],
  listScopes: [],
  listServiceAccounts: ["service-accounts:read"],
  createServiceAccount: ["service-accounts:write"],
  getServiceAccount: ["service-accounts:read"],
  deleteServiceAccount: ["service-accounts:write"],
  updateServiceAccount: ["service-accounts:write"],
  rotateServiceAccountSecret: ["service-accounts:write"],
  getWhoami: [],
};

export interface ErrorCodeInfo {
  readonly status: number;
  readonly description: string;
}

/** Every problem `code` a response may carry, with its HTTP status. */
export const errorCodes = {
  invalid_request: { status: 400, description: "The request is malformed or a field is invalid; `errors` names each field and why." },
  unauthenticated: { status: 401, description: "No credential was presented." },
  invalid_credential: { status: 401, description: "The credential is malformed, fails its checksum or is unknown." },
  credential_expired: { status: 403, description: "The credential is known but past its expiry." },
  credential_revoked: { status: 403, description: "The credential is known but was revoked or disabled." },
  insufficient_scope: { status: 403, description: "The credential lacks a scope the operation needs; `scopes` lists them." },
  role_cap_exceeded: { status: 403, description: "The request would grant a role, scope or credential above the caller's own role." },
  scope_widening: { status: 403, description: "An update tried to add scopes to an existing credential; credentials can only be narrowed." },
  session_required: { status: 403, description: "The operation needs a person's session (from login), not an API key or other credential." },
  invitation_mismatch: { status: 403, description: "The invitation was sent to a different email address than the signed-in person's." },
  last_owner: { status: 409, description: "The change would leave the organization without an owner." },
  not_found: { status: 404, description: "No such resource in the caller's organization, or no such route." },
  method_not_allowed: { status: 405, description: "The route exists but not with this method; `Allow` lists the methods." },
  conflict: { status: 409, description: "The request conflicts with the resource's current state." },
  idempotency_key_reused: { status: 409, description: "The `Idempotency-Key` was used before with a different request body." },
  payload_too_large: { status: 413, description: "The request body exceeds the server's configured limit." },
  unsupported_media_type: { status: 415, description: "The request body's content type is not accepted by the operation." },
  rate_limited: { status: 429, description: "Too many requests for this credential or client; retry after `Retry-After` seconds." },
  internal_error: { status: 500, description: "An unexpected server error; the body carries no internals, only the request id." },
  not_implemented: { status: 501, description: "The operation is in the specification but this server does not implement it yet." },
} as const satisfies Record<string, ErrorCodeInfo>;

export type ErrorCode = keyof typeof errorCodes;

export interface SecretFormatInfo {
  readonly schema: string;
  readonly kind: string;
  readonly prefix: string;
  readonly pattern: string;
}

/** The published secret formats (prefix, pattern), by kind. */
export const secretFormats = {
  refresh_token: { schema: "RefreshToken", kind: "refresh_token", prefix: "kwr_", pattern: "^kwr_[0-9A-Za-z]{42}$" },
  device_code: { schema: "DeviceCode", kind: "device_code", prefix: "kwd_", pattern: "^kwd_[0-9A-Za-z]{42}$" },
  invitation: { schema: "InvitationToken", kind: "invitation", prefix: "kwi_", pattern: "^kwi_[0-9A-Za-z]{42}$" },
  api_key: { schema: "ApiKeySecret", kind: "api_key", prefix: "kwk_", pattern: "^kwk_[0-9A-Za-z]{42}$" },
  service_account_secret: { schema: "ServiceAccountSecret", kind: "service_account_secret", prefix: "kws_", pattern: "^kws_[0-9A-Za-z]{42}$" },
  agent_key: { schema: "AgentKeySecret", kind: "agent_key", prefix: "kwa_", pattern: "^kwa_[0-9A-Za-z]{42}$" },
  app_token: { schema: "AppTokenSecret", kind: "app_token", prefix: "kwt_", pattern: "^kwt_[0-9A-Za-z]{42}$" },
} as const satisfies Record<string, SecretFormatInfo>;

export type SecretKind = keyof typeof secretFormats;
