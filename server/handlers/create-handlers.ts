// The reference server's implementation of the generated `Handlers` interface. Strict tsc
// proves that every operation of the spec has a handler here; test/server/not-implemented.test.ts
// checks that none answers 501.
import type { Handlers } from '../../generated/server/routes.ts';
import type { Services } from '../services.ts';
import { createAccessTokenHandlers } from './access-tokens.ts';
import { createAgentKeyHandlers } from './agent-keys.ts';
import { createAgentHandlers } from './agents.ts';
import { createApiKeyHandlers } from './api-keys.ts';
import { createAppTokenHandlers } from './app-tokens.ts';
import { createAuditHandlers } from './audit.ts';
import { createDeviceAuthorizationHandlers } from './device-authorization.ts';
import { createDevicePageHandlers } from './device-page.ts';
import { createDiscoveryHandlers } from './discovery.ts';
import { createInvitationHandlers } from './invitations.ts';
import { createMemberHandlers } from './members.ts';
import { createMetaHandlers } from './meta.ts';
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
    ...createAuditHandlers(services),
    ...createServiceAccountHandlers(services),
    ...createAgentHandlers(services),
    ...createAgentKeyHandlers(services),
    ...createAppTokenHandlers(services),
  };
}
