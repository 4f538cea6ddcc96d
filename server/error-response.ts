// Sends an error in the shape the route declares for it: RFC 9457 problem+json on /v1 and for
// unknown routes, RFC 6749 §5.2 `{error, error_description}` where the route's errors are
// `application/json` (the OAuth endpoints), an HTML page where they are `text/html` (the device
// page). The shape is read from the route's declared response content types, not its path.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type ErrorCode, errorCodes } from '../generated/policy.ts';
import { routeInfoOf } from '../generated/server/routes.ts';
import { messageView } from './device-page/views.ts';
import { type ProblemInput, sendProblem } from './problem.ts';

/**
 * RFC 6749 §5.2 error codes (and RFC 6750 §3.1's insufficient_scope, for the endpoints that take
 * a bearer token) for the problems an OAuth endpoint can meet here, with their status. Anything
 * else on a 4xx is `invalid_request` with 400.
 */
const OAUTH_ERRORS: Partial<Record<ErrorCode, { error: string; status: number }>> = {
  unauthenticated: { error: 'invalid_client', status: 401 },
  invalid_credential: { error: 'invalid_client', status: 401 },
  credential_expired: { error: 'invalid_client', status: 401 },
  credential_revoked: { error: 'invalid_client', status: 401 },
  insufficient_scope: { error: 'insufficient_scope', status: 403 },
  payload_too_large: { error: 'invalid_request', status: 413 },
  rate_limited: { error: 'temporarily_unavailable', status: 429 },
};

export function sendError(request: FastifyRequest, reply: FastifyReply, problem: ProblemInput): FastifyReply {
  const status = errorCodes[problem.code].status;
  const contentType = declaredContentType(request, status);
  if (status < 500 && contentType === 'application/json') {
    const mapped = OAUTH_ERRORS[problem.code] ?? { error: 'invalid_request', status: 400 };
    const oauth = { ...mapped, error: problem.oauthError ?? oauthErrorOfValidation(problem) ?? mapped.error };
    if (problem.headers !== undefined) reply.headers(problem.headers);
    // RFC 6749 §5.2: a failed client authentication answers 401 with a challenge.
    if (oauth.status === 401 && reply.getHeader('www-authenticate') === undefined) {
      reply.header('WWW-Authenticate', 'Basic realm="keyway"');
    }
    return reply
      .code(oauth.status)
      .header('Cache-Control', 'no-store')
      .type('application/json')
      .send({
        error: oauth.error,
        error_description: oauthDescription(problem.detail ?? 'The request is malformed.'),
      });
  }
  if (contentType === 'text/html') {
    if (problem.headers !== undefined) reply.headers(problem.headers);
    const title = problem.code.replaceAll('_', ' ');
    return reply
      .code(status)
      .type('text/html; charset=utf-8')
      .send(messageView(title.charAt(0).toUpperCase() + title.slice(1), problem.detail ?? ''));
  }
  return sendProblem(request, reply, problem);
}

/**
 * The content type the matched route declares for `status` (exact, then `4XX`, then `DEFAULT`),
 * falling back to its 400's for client errors it does not list (a 413 on the token endpoint).
 */
function declaredContentType(request: FastifyRequest, status: number): string | undefined {
  const declared = routeInfoOf(request)?.responseContentTypes;
  if (declared === undefined) return undefined;
  return (
    declared[String(status)] ??
    declared[`${String(status).charAt(0)}XX`] ??
    declared.DEFAULT ??
    (status < 500 ? declared['400'] : undefined)
  );
}

/**
 * RFC 6749 §5.2: a `grant_type` the server does not support is `unsupported_grant_type`, not a
 * generic invalid request; the spec's enum makes it a validation error first.
 */
function oauthErrorOfValidation(problem: ProblemInput): string | undefined {
  const grantType = problem.errors?.some(
    (e) => e.field === 'body.grant_type' && /allowed values/.test(e.message),
  );
  return grantType === true ? 'unsupported_grant_type' : undefined;
}

/** RFC 6749 §5.2: `error_description` is %x20-21 / %x23-5B / %x5D-7E: no `"`, no `\`, ASCII only. */
export function oauthDescription(text: string): string {
  return text
    .replaceAll('"', "'")
    .replaceAll('\\', '/')
    .replace(/[^\x20-\x7e]/g, '?');
}
