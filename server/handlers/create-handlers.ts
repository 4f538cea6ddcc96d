// The reference server's implementation of the generated `Handlers` interface. Strict tsc
// proves that every operation of the spec has a handler here. Operations that a later issue
// implements answer 501 `not_implemented` until then (see not-implemented.ts).
import type { Handlers } from '../../generated/server/routes.ts';
import type { Database } from '../db/database.ts';
import { createMetaHandlers } from './meta.ts';
import { notImplemented } from './not-implemented.ts';

export interface HandlerDependencies {
  db: Database;
}

export function createHandlers(deps: HandlerDependencies): Handlers {
  return {
    ...createMetaHandlers(deps),
    getJwks: notImplemented,
    getAuthorizationServerMetadata: notImplemented,
    getDevicePage: notImplemented,
    submitDevicePage: notImplemented,
    startDeviceAuthorization: notImplemented,
    introspectToken: notImplemented,
    revokeToken: notImplemented,
    requestToken: notImplemented,
    listAccessTokens: notImplemented,
    createAccessToken: notImplemented,
    revokeAccessToken: notImplemented,
    listAgents: notImplemented,
    createAgent: notImplemented,
    getAgent: notImplemented,
    deleteAgent: notImplemented,
    updateAgent: notImplemented,
    listAgentKeys: notImplemented,
    createAgentKey: notImplemented,
    revokeAgentKey: notImplemented,
    listApiKeys: notImplemented,
    createApiKey: notImplemented,
    getApiKey: notImplemented,
    revokeApiKey: notImplemented,
    updateApiKey: notImplemented,
    rotateApiKey: notImplemented,
    listAppTokens: notImplemented,
    createAppToken: notImplemented,
    revokeAppToken: notImplemented,
    listAuditEvents: notImplemented,
    streamAuditEvents: notImplemented,
    login: notImplemented,
    logout: notImplemented,
    refreshSession: notImplemented,
    signup: notImplemented,
    verifyDeviceCode: notImplemented,
    listInvitations: notImplemented,
    createInvitations: notImplemented,
    acceptInvitation: notImplemented,
    revokeInvitation: notImplemented,
    listMembers: notImplemented,
    removeMember: notImplemented,
    updateMember: notImplemented,
    listOrgs: notImplemented,
    createOrg: notImplemented,
    getOrg: notImplemented,
    updateOrg: notImplemented,
    listServiceAccounts: notImplemented,
    createServiceAccount: notImplemented,
    getServiceAccount: notImplemented,
    deleteServiceAccount: notImplemented,
    updateServiceAccount: notImplemented,
    rotateServiceAccountSecret: notImplemented,
    getWhoami: notImplemented,
  };
}
