// Sends an error in the shape the route declares for it: RFC 9457 problem+json on /v1 and for
// unknown routes, RFC 6749 §5.2 `{error, error_description}` where the route's errors are
// `application/json` (the OAuth endpoints), an HTML page where they are `text/html` (the device
// page). The shape is read from the route's declared response content types, not its path.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type ErrorCode, errorCodes } from '../generated/policy.ts';
import { routeInfoOf } from '../generated/server/routes.ts';
import { type ProblemInput, sendProblem } from './problem.ts';

/** RFC 6749 §5.2 / RFC 6750 §3.1 error codes for the problems an OAuth endpoint can meet here. */
const OAUTH_ERRORS: Partial<Record<ErrorCode, string>> = {
  unauthenticated: 'invalid_client',
  invalid_credential: 'invalid_client',
  insufficient_scope: 'insufficient_scope',
  rate_limited: 'temporarily_unavailable',
};

export function sendError(request: FastifyRequest, reply: FastifyReply, problem: ProblemInput): FastifyReply {
  const status = errorCodes[problem.code].status;
  const contentType = declaredContentType(request, status);
  if (status < 500 && contentType === 'application/json') {
    if (problem.headers !== undefined) reply.headers(problem.headers);
    // Client errors other than authentication, scope and rate limits are `invalid_request`.
    return reply
      .code(status === 401 || status === 403 || status === 413 || status === 429 ? status : 400)
      .header('Cache-Control', 'no-store')
      .type('application/json')
      .send({
        error: OAUTH_ERRORS[problem.code] ?? 'invalid_request',
        error_description: problem.detail ?? 'The request is malformed.',
      });
  }
  if (contentType === 'text/html') {
    if (problem.headers !== undefined) reply.headers(problem.headers);
    const title = problem.code.replaceAll('_', ' ');
    return reply
      .code(status)
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html><html lang="en"><meta charset="utf-8"><title>Keyway: ${escapeHtml(title)}</title>` +
          `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(problem.detail ?? '')}</p></html>`,
      );
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

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
