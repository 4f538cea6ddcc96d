// The reference server: a Fastify app on the generated stubs. Cross-cutting behaviour lives here
// (request ids, error shapes, 404 vs 405, body limits, form bodies, validation); operations live
// in handlers/.
import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest } from 'fastify';
import { type Handlers, registerRoutes, routeInfoOf, routes } from '../generated/server/routes.ts';
import { createAuthHook } from './auth/auth-hook.ts';
import type { Config } from './config.ts';
import { CONTENT_SECURITY_POLICY } from './device-page/views.ts';
import { sendError } from './error-response.ts';
import { createIdempotencyHooks, takesIdempotencyKey } from './idempotency.ts';
import { baseMediaType, pathOf } from './media-type.ts';
import { ProblemError, type ProblemInput } from './problem.ts';
import { REQUEST_ID_HEADER, requestIdOf } from './request-id.ts';
import { buildRouteMatcher } from './route-matcher.ts';
import type { Services } from './services.ts';
import { createValidatorCompiler } from './validator-compiler.ts';

export interface AppOptions {
  config: Pick<Config, 'bodyLimit' | 'logLevel'>;
  handlers: Handlers;
  /** For the auth and idempotency hooks. */
  services: Services;
  /** A pino destination for tests that read the log; defaults to stdout. */
  logStream?: NodeJS.WritableStream;
}

export function buildApp({ config, handlers, services, logStream }: AppOptions): FastifyInstance {
  const app = Fastify({
    bodyLimit: config.bodyLimit,
    genReqId: requestIdOf,
    logger: {
      level: config.logLevel,
      ...(logStream === undefined ? {} : { stream: logStream }),
      // Credentials never reach a log line: no headers, and no query strings (a device
      // verification link carries its user code there).
      serializers: {
        req: (req: FastifyRequest) => ({ method: req.method, path: pathOf(req.url) }),
        res: (res: { statusCode: number }) => ({ status: res.statusCode }),
      },
      // A second net: errors from libraries may carry the request's headers or config.
      redact: {
        paths: ['*.headers.authorization', '*.headers["x-api-key"]', '*.headers.cookie', '*.config.headers'],
        censor: '[redacted]',
      },
    },
    // Errors Fastify raises before routing (a malformed %-escape in the path, say) get the same
    // problem+json and request id as every other error.
    frameworkErrors: (error, request, reply) => {
      reply.header(REQUEST_ID_HEADER, request.id);
      sendError(request, reply, toProblem(error));
    },
  });
  app.setValidatorCompiler(createValidatorCompiler());

  // RFC 6749 §3.2 and RFC 8628 §3.1 requests are form-encoded; so is the device page's form.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    const fields: Record<string, string> = {};
    for (const [key, value] of new URLSearchParams(body as string)) {
      // RFC 6749 §3.1: request and response parameters MUST NOT be included more than once.
      if (Object.hasOwn(fields, key)) {
        done(
          new ProblemError({
            code: 'invalid_request',
            detail: `The parameter "${key.slice(0, 64)}" is repeated.`,
            errors: [{ field: `body.${key.slice(0, 64)}`, message: 'must not be repeated' }],
          }),
        );
        return;
      }
      fields[key] = value;
    }
    done(null, fields);
  });

  // Every response carries the request id, errors and 404s included.
  app.addHook('onSend', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    const contentType = reply.getHeader('content-type');
    if (typeof contentType === 'string' && contentType.startsWith('text/html')) {
      // Pages (the device page and its error pages): no scripts, no framing, no referrer
      // carrying a user code to another site, nothing cached on a shared machine.
      for (const [name, value] of Object.entries(HTML_HEADERS)) {
        if (!reply.hasHeader(name)) reply.header(name, value);
      }
    }
  });

  app.addHook('preValidation', async (request) => {
    const body = routeInfoOf(request)?.requestBody;
    if (body === undefined) return;
    // `Content-Length: 0` (what fetch sends for a bodiless POST) is no body.
    const sent =
      (request.headers['content-length'] ?? '0') !== '0' ||
      request.headers['transfer-encoding'] !== undefined;
    const contentType = request.headers['content-type'];
    const mediaType = contentType === undefined ? undefined : baseMediaType(contentType);
    if (sent && (body === null || mediaType === undefined || !body.contentTypes.includes(mediaType))) {
      // Fastify parses any known content type; the spec says which ones this operation takes.
      throw new ProblemError({
        code: 'unsupported_media_type',
        detail:
          body === null
            ? 'This operation takes no request body.'
            : `This operation accepts ${body.contentTypes.join(' or ')}.`,
      });
    }
    if (!sent && body !== null && body.required) {
      throw new ProblemError({
        code: 'invalid_request',
        detail: 'A request body is required.',
        errors: [{ field: 'body', message: 'is required' }],
      });
    }
  });

  const matcher = buildRouteMatcher(routes.map((r) => r.info));
  app.setNotFoundHandler((request, reply) => {
    const path = pathOf(request.url);
    const allowed = matcher.methodsFor(path);
    if (allowed.length > 0) {
      return sendError(request, reply, {
        code: 'method_not_allowed',
        detail: `${request.method} is not allowed on ${path}; use ${allowed.join(', ')}.`,
        headers: { Allow: allowed.join(', ') },
      });
    }
    return sendError(request, reply, { code: 'not_found', detail: 'No such route.' });
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error);
    if (problem.code === 'internal_error') request.log.error({ err: error }, 'unhandled error');
    return sendError(request, reply, problem);
  });

  // Open audit streams never end by themselves: end them first, so that close() does not wait
  // for them (their responses say `Connection: close`, so their sockets go too).
  app.addHook('preClose', () => services.auditStreams.close());
  app.addHook('onClose', () => services.authChanges.close());

  app.decorateRequest('keywayAuth', undefined);
  app.decorateRequest('keywayIdempotency', undefined);
  const authenticate = createAuthHook(services);
  const idempotency = createIdempotencyHooks(services);
  registerRoutes(app, handlers, {
    onRoute(info, route) {
      // Authentication runs first, before the body is parsed: an anonymous caller learns
      // nothing about the body it sent.
      if (!info.isPublic) route.onRequest = authenticate;
      if (takesIdempotencyKey(route)) {
        route.preHandler = idempotency.preHandler;
        route.onSend = idempotency.onSend;
      }
    },
  });
  return app;
}

const HTML_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

const MAX_FIELD_ERRORS = 20;

/** Maps anything thrown while handling a request to the problem it should answer with. */
function toProblem(error: FastifyError): ProblemInput {
  if (error instanceof ProblemError) return error.problem;
  if (error.validation !== undefined) {
    // A body with thousands of bad items must not make a response thousands of times larger.
    const errors = error.validation.slice(0, MAX_FIELD_ERRORS).map((v) => ({
      field: fieldOf(error.validationContext ?? 'body', v.instancePath, v.params),
      message: v.message ?? 'is invalid',
    }));
    return {
      code: 'invalid_request',
      detail: errors.map((e) => `${e.field} ${e.message}`).join('; '),
      errors,
    };
  }
  // Fastify's own client errors (FST_ERR_CTP_*: bad JSON, bad content length, unknown content
  // type, body too large; FST_ERR_BAD_URL) carry their status; their messages describe the
  // input, not internals.
  if (typeof error.code === 'string' && error.code.startsWith('FST_ERR_')) {
    if (error.statusCode === 413) {
      return { code: 'payload_too_large', detail: 'The request body is larger than this server accepts.' };
    }
    if (error.statusCode === 415) {
      return { code: 'unsupported_media_type', detail: 'This operation does not accept that content type.' };
    }
    if (error.statusCode === 400) return { code: 'invalid_request', detail: error.message };
  }
  return { code: 'internal_error', detail: 'An unexpected error occurred; quote the request id to support.' };
}

/** `body` + `/scopes/2` → `body.scopes[2]`; a missing required property names the property. */
function fieldOf(context: string, instancePath: string, params: Record<string, unknown>): string {
  let field = context === 'querystring' ? 'query' : context;
  for (const token of instancePath.split('/').slice(1)) {
    const name = token.replaceAll('~1', '/').replaceAll('~0', '~');
    field += /^\d+$/.test(name) ? `[${name}]` : `.${name}`;
  }
  if (typeof params.missingProperty === 'string') field += `.${params.missingProperty}`;
  if (typeof params.additionalProperty === 'string') field += `.${params.additionalProperty}`;
  return field;
}
