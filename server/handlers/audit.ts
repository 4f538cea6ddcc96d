// The audit log: a page of events (newest first), and the live Server-Sent Events stream
// (audit-stream.ts). Who sees what and the filters are audit-query.ts's, shared by both.
import type { Handlers } from '../../generated/server/routes.ts';
import { auditEventOf, auditFiltersOf, auditViewOf, selectAuditEvents } from '../audit-query.ts';
import { authOf } from '../auth/auth-context.ts';
import { recheckCredential } from '../auth/auth-hook.ts';
import { idFloorAt } from '../ids.ts';
import { keyset, pageById, pageRequest } from '../pagination.ts';
import { ProblemError } from '../problem.ts';
import type { Services } from '../services.ts';

type AuditHandlers = Pick<Handlers, 'listAuditEvents' | 'streamAuditEvents'>;

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
      const filters = auditFiltersOf(query);
      // WHATWG HTML §9.2.4: a reconnecting EventSource sends the last id it saw; that wins over
      // `since`. Without either, the stream starts now.
      const lastEventId = headers['last-event-id'];
      const after =
        lastEventId ?? idFloorAt('evt', filters.since === undefined ? Date.now() : Date.parse(filters.since));
      const body = services.auditStreams.open({
        view: auditViewOf(auth),
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
