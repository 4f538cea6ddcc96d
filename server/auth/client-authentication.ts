// RFC 6749 §2.3.1 client authentication at the OAuth endpoints: HTTP Basic or client_secret in
// the body, never both. Confidential clients are service accounts.
import type { FastifyRequest } from 'fastify';
import { oauthError } from '../problem.ts';
import { authenticateServiceAccount } from '../service-accounts.ts';
import type { Services } from '../services.ts';
import { parseBasic } from './auth-hook.ts';
import { REALM } from './www-authenticate.ts';

/**
 * The authenticated service account, or null when the client did not authenticate (a public
 * client); a failed attempt is 401 `invalid_client`.
 */
export async function authenticatedClient(
  services: Services,
  request: FastifyRequest,
  body: { client_id?: string; client_secret?: string },
) {
  const authorization = request.headers.authorization;
  const basic = typeof authorization === 'string' ? parseBasic(authorization) : null;
  if (typeof authorization === 'string' && /^basic\b/i.test(authorization) && basic === null) {
    throw oauthError('invalid_client', 'The Basic credentials are malformed.', {
      'WWW-Authenticate': `Basic realm="${REALM}"`,
    });
  }
  if (basic !== null && body.client_secret !== undefined) {
    throw oauthError(
      'invalid_request',
      'Authenticate the client one way: HTTP Basic or client_secret in the body.',
    );
  }
  const credentials =
    basic ??
    (body.client_id !== undefined && body.client_secret !== undefined
      ? { clientId: body.client_id, secret: body.client_secret }
      : null);
  if (credentials === null) return null;
  const result = await authenticateServiceAccount(services, credentials.clientId, credentials.secret);
  if (result.status !== 'ok') {
    throw oauthError(
      'invalid_client',
      'Client authentication failed.',
      basic === null ? undefined : { 'WWW-Authenticate': `Basic realm="${REALM}"` },
    );
  }
  return result.account;
}

/** RFC 6749 §2.1 public clients that may use the device grant (RFC 8628 §3.1). */
export function assertDeviceClient(services: Pick<Services, 'config'>, clientId: string | undefined): string {
  if (clientId === undefined) throw oauthError('invalid_request', 'client_id is required.');
  if (!services.config.device.clientIds.includes(clientId)) {
    throw oauthError('invalid_client', 'This client may not use the device flow.');
  }
  return clientId;
}
