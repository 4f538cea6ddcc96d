// The reference server's implementation of the generated `Handlers` interface. Strict tsc
// proves that every operation of the spec has a handler here. Operations that a later issue
// implements answer 501 `not_implemented` until then (see not-implemented.ts).
import type { Handlers } from '../../generated/server/routes.ts';
import type { Services } from '../services.ts';
import { createAccessTokenHandlers } from './access-tokens.ts';
import { createApiKeyHandlers } from './api-keys.ts';
import { createDeviceAuthorizationHandlers } from './device-authorization.ts';
import { createDevicePageHandlers } from './device-page.ts';
import { createDiscoveryHandlers } from './discovery.ts';
import { createInvitationHandlers } from './invitations.ts';
import { createMemberHandlers } from './members.ts';
import { createMetaHandlers } from './meta.ts';
import { notImplemented } from './not-implemented.ts';
import { createIntrospectionHandlers } from './oauth-introspection.ts';
import { createRevocationHandlers } from './oauth-revocation.ts';
import { createOAuthTokenHandlers } from './oauth-token.ts';
import { createOrgHandlers } from './orgs.ts';
import { createServiceAccountHandlers } from './service-accounts.ts';
import { createSessionHandlers } from './sessions.ts';

export function createHandlers(services: Services): Handlers {
  return {
    ...createMetaHandlers(services),
    ...createSessionHandlers(services),
    ...createOrgHandlers(services),
    ...createMemberHandlers(services),
    ...createInvitationHandlers(services),
    ...createApiKeyHandlers(services),
    ...createAccessTokenHandlers(services),
    ...createDiscoveryHandlers(services),
    ...createOAuthTokenHandlers(services),
    ...createIntrospectionHandlers(services),
    ...createRevocationHandlers(services),
    ...createDeviceAuthorizationHandlers(services),
    ...createDevicePageHandlers(services),
    listAgents: notImplemented,
    createAgent: notImplemented,
    getAgent: notImplemented,
    deleteAgent: notImplemented,
    updateAgent: notImplemented,
    listAgentKeys: notImplemented,
    createAgentKey: notImplemented,
    revokeAgentKey: notImplemented,
    listAppTokens: notImplemented,
    createAppToken: notImplemented,
    revokeAppToken: notImplemented,
    listAuditEvents: notImplemented,
    streamAuditEvents: notImplemented,
    ...createServiceAccountHandlers(services),
  };
}
