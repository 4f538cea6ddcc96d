// The audit log: a page of events (newest first), and the live Server-Sent Events stream
// (audit-stream.ts). Who sees what and the filters are audit-query.ts's, shared by both.
import type { Handlers } from '../../generated/server/routes.ts';
import {
  auditEventOf,
  auditFiltersOf,
  auditViewOf,
  isVisibleEvent,
  selectAuditEvents,
} from '../audit-query.ts';
import { authOf } from '../auth/auth-context.ts';
import { recheckCredential } from '../auth/auth-hook.ts';
import { idFloorAt } from '../ids.ts';
import { keyset, pageById, pageRequest } from '../pagination.ts';
import { ProblemError } from '../problem.ts';
import type { Services } from '../services.ts';

type AuditHandlers = Pick<Handlers, 'listAuditEvents' | 'streamAuditEvents'>;

/** How far ahead of this server's clock a stream's `since` may be (a client's clock skew). */
const MAX_SINCE_AHEAD_MS = 60_000;

export function createAuditHandlers(services: Services): AuditHandlers {
  const { db } = services;
  return {
    async listAuditEvents({ query }, { request }) {
      const auth = authOf(request);
      const page = pageRequest(query);
      const rows = await selectAuditEvents(db, auditViewOf(auth), auditFiltersOf(query))
        .$call((q) => keyset(q, 'id', page, 'desc'))
        .execute();
      return { status: 200, body: pageById(rows, page, auditEventOf) };
    },

    async streamAuditEvents({ query, headers }, { request }) {
      const auth = authOf(request);
      const view = auditViewOf(auth);
      const filters = auditFiltersOf(query);
      // WHATWG HTML §9.2.4: a reconnecting EventSource sends the last id it saw; that wins over
      // `since`. Without either, the stream starts now. A place to start that no event is at
      // would leave the stream silent until the clock got there (or for ever): refused, as a
      // malformed id is (and an id of another org's event answers the same, telling nothing).
      const lastEventId = headers['last-event-id'];
      if (lastEventId !== undefined && !(await isVisibleEvent(db, view, lastEventId))) {
        throw new ProblemError({
          code: 'invalid_request',
          detail:
            'Last-Event-ID is not the id of an audit event this credential can see; reconnect without it.',
          errors: [{ field: 'headers.last-event-id', message: 'must be the id of an event you can see' }],
        });
      }
      if (filters.since !== undefined && Date.parse(filters.since) > Date.now() + MAX_SINCE_AHEAD_MS) {
        throw new ProblemError({
          code: 'invalid_request',
          detail: 'since is in the future: a stream replays from a past time; omit since to start now.',
          errors: [{ field: 'query.since', message: 'must not be in the future' }],
        });
      }
      const after =
        lastEventId ?? idFloorAt('evt', filters.since === undefined ? Date.now() : Date.parse(filters.since));
      const body = services.auditStreams.open({
        view,
        filters,
        after,
        owner: auth.rateLimitKey,
        recheck: () => recheckCredential(services, request),
        expiresAt: auth.expiresAt === null ? null : Date.parse(auth.expiresAt),
        log: request.log,
      });
      if (body === null) {
        throw new ProblemError({
          code: 'rate_limited',
          detail: 'Too many open audit streams for this credential; close one and retry.',
          headers: { 'Retry-After': '5' },
        });
      }
      return {
        status: 200,
        headers: {
          'Cache-Control': 'no-store',
          // The stream ends only when the server or the credential says so; the connection ends
          // with it, so a closing server does not wait for an idle keep-alive.
          Connection: 'close',
          // Proxies such as nginx must pass events on as they come.
          'X-Accel-Buffering': 'no',
        },
        // A Readable: Fastify pipes it to the response and destroys it when the client leaves.
        body: body as unknown as string,
      };
    },
  };
}
