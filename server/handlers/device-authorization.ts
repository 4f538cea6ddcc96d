// RFC 8628: the device authorization endpoint (§3.1) and the API behind the verification page
// (§3.3) for clients that render their own.
import type { Handlers } from '../../generated/server/routes.ts';
import { recordRateLimitHit, userActor } from '../audit.ts';
import { requireSession } from '../auth/auth-context.ts';
import { assertDeviceClient } from '../auth/client-authentication.ts';
import { NO_STORE } from '../cache-control.ts';
import {
  decide,
  findPendingByUserCode,
  grantableScopes,
  requestedScopes,
  startDeviceAuthorization,
} from '../device-authorization.ts';
import { notFound, ProblemError, rateLimited, roleCapExceeded } from '../problem.ts';
import { limitTokenAddress, rateLimitHeaders } from '../rate-limit.ts';
import { missing } from '../roles.ts';
import type { Services } from '../services.ts';
import { scopesOf } from './oauth-token.ts';

type DeviceHandlers = Pick<Handlers, 'startDeviceAuthorization' | 'verifyDeviceCode'>;

/** The verification page's address (RFC 8628 §3.2 `verification_uri`). */
export function verificationUri(issuer: string): string {
  return `${issuer}/device`;
}

export function createDeviceAuthorizationHandlers(services: Services): DeviceHandlers {
  /**
   * Only a login session may approve a device: a device's own (refreshable) login approving
   * another would let one stolen CLI token mint logins that outlive revoking it.
   */
  async function requireLoginSession(sessionId: string): Promise<void> {
    const session = await services.db
      .selectFrom('sessions')
      .select('client_id')
      .where('id', '=', sessionId)
      .executeTakeFirst();
    if (session?.client_id !== null) {
      throw new ProblemError({
        code: 'session_required',
        detail: 'Approve devices with a session from the login API, not with a device login.',
      });
    }
  }

  return {
    async startDeviceAuthorization({ body }, { request }) {
      await limitTokenAddress(services, request);
      const clientId = assertDeviceClient(services, body.client_id);
      const started = await startDeviceAuthorization(services, clientId, scopesOf(body.scope) ?? null);
      const uri = verificationUri(services.issuer());
      return {
        status: 200,
        headers: NO_STORE,
        body: {
          device_code: started.deviceCode,
          user_code: started.userCode,
          verification_uri: uri,
          // RFC 8628 §3.3.1: the code rides in the link; the person still confirms it.
          verification_uri_complete: `${uri}?user_code=${started.userCode}`,
          expires_in: started.expiresIn,
          interval: started.interval,
        },
      };
    },

    async verifyDeviceCode({ body }, { request }) {
      const auth = requireSession(request);
      await requireLoginSession(auth.sessionId);
      const lookup = await findPendingByUserCode(services, auth.principal.id, body.user_code);
      if (lookup.status === 'locked') {
        await recordRateLimitHit(services.db, request, lookup.limit, [auth.org.id], {
          actor: userActor(auth.principal.id),
          limit: 'device_user_code',
        });
        throw rateLimited(lookup.limit.reset, rateLimitHeaders(lookup.limit));
      }
      if (lookup.status === 'unknown') throw notFound('pending device authorization with this code');
      const { authorization } = lookup;
      const extra = missing(body.scopes ?? [], requestedScopes(authorization));
      if (extra.length > 0) {
        throw new ProblemError({
          code: 'invalid_request',
          detail: `The device did not ask for ${extra.join(', ')}; grant a subset of what it asked for.`,
          errors: [{ field: 'body.scopes', message: 'must be a subset of the requested scopes' }],
        });
      }
      const approve = body.action === 'approve';
      const granted = approve ? grantableScopes(authorization, auth.scopes, body.scopes).granted : [];
      if (approve && granted.length === 0) {
        // A token that can do nothing is no answer: deny instead.
        throw roleCapExceeded(
          'None of the requested scopes is within what you may grant; deny the request instead.',
        );
      }
      const decided = await decide(services.db, request, authorization, {
        approve,
        subject: { userId: auth.principal.id, orgId: auth.org.id },
        scopes: granted,
      });
      if (!decided) throw notFound('pending device authorization with this code');
      return {
        status: 200,
        body: { status: approve ? 'approved' : 'denied', client_id: authorization.clientId, scopes: granted },
      };
    },
  };
}
