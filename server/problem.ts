// RFC 9457 problem details. Every /v1 error, and every error for unknown routes, goes through
// here so that `code`, `status` and `request_id` are always present and consistent with the spec.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type ErrorCode, errorCodes } from '../generated/policy.ts';
import { pathOf } from './media-type.ts';

export interface FieldError {
  field: string;
  message: string;
}

export interface ProblemInput {
  code: ErrorCode;
  detail?: string;
  errors?: FieldError[];
  scopes?: string[];
  headers?: Record<string, string>;
  /**
   * On the OAuth endpoints: the RFC 6749 §5.2 (or RFC 7009, RFC 8628) `error` to answer with,
   * when it is more precise than the one mapped from `code`.
   */
  oauthError?: string;
}

/** An error a handler throws to answer with a problem (the error handler sends it). */
export class ProblemError extends Error {
  constructor(readonly problem: ProblemInput) {
    super(problem.detail ?? problem.code);
    this.name = 'ProblemError';
  }
}

/** `insufficient_scope` → `Insufficient scope`. */
function titleOf(code: ErrorCode): string {
  const words = code.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function problemBody(request: FastifyRequest, input: ProblemInput) {
  const { status } = errorCodes[input.code];
  return {
    type: `https://keyway.dev/problems/${input.code}`,
    title: titleOf(input.code),
    status,
    ...(input.detail === undefined ? {} : { detail: input.detail }),
    instance: pathOf(request.url),
    code: input.code,
    request_id: request.id,
    ...(input.errors === undefined ? {} : { errors: input.errors }),
    ...(input.scopes === undefined ? {} : { scopes: input.scopes }),
  };
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, input: ProblemInput): FastifyReply {
  const body = problemBody(request, input);
  if (input.headers !== undefined) reply.headers(input.headers);
  return reply.code(body.status).type('application/problem+json').send(body);
}

/** 404 `not_found`: also the answer for another org's resource (never 403, PRODUCT.md). */
export function notFound(what = 'resource'): ProblemError {
  return new ProblemError({ code: 'not_found', detail: `No such ${what}.` });
}

export function roleCapExceeded(detail: string): ProblemError {
  return new ProblemError({ code: 'role_cap_exceeded', detail });
}

/** 429 with `Retry-After` (RFC 9110 §10.2.3) and any rate-limit headers. */
export function rateLimited(retryAfter: number, headers: Record<string, string> = {}): ProblemError {
  return new ProblemError({
    code: 'rate_limited',
    detail: `Too many requests; retry after ${retryAfter} seconds.`,
    headers: { ...headers, 'Retry-After': String(retryAfter) },
  });
}

/**
 * An OAuth error for the /oauth endpoints (RFC 6749 §5.2): 400, or 401 for `invalid_client`.
 * `code` is what a /v1 route would have said; the OAuth endpoints answer `error`.
 */
export function oauthError(
  error: string,
  description: string,
  headers?: Record<string, string>,
): ProblemError {
  return new ProblemError({
    code: error === 'invalid_client' ? 'invalid_credential' : 'invalid_request',
    detail: description,
    oauthError: error,
    ...(headers === undefined ? {} : { headers }),
  });
}
