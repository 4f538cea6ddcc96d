// X-Request-Id: echo the caller's id when it is sane (bounded, printable, no separators that
// could forge log lines), else make one.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';
const SANE = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdOf(request: IncomingMessage): string {
  const incoming = request.headers[REQUEST_ID_HEADER];
  if (typeof incoming === 'string' && SANE.test(incoming)) return incoming;
  return `req_${randomBytes(8).toString('hex')}`;
}
