// X-Request-Id: a sane incoming id is echoed; anything else is replaced by a fresh one.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { requestIdOf } from '../../server/request-id.ts';

const withHeader = (value: string | string[] | undefined) =>
  ({ headers: value === undefined ? {} : { 'x-request-id': value } }) as unknown as IncomingMessage;

describe('requestIdOf', () => {
  it.each([
    { given: 'abc-123', echoed: true },
    { given: 'trace:4bf92f3577b34da6.a3ce929d0e0e4736_01', echoed: true },
    { given: 'x'.repeat(128), echoed: true },
    { given: 'x'.repeat(129), echoed: false },
    { given: 'has space', echoed: false },
    { given: 'line\nbreak', echoed: false },
    { given: '"quoted"', echoed: false },
    { given: '', echoed: false },
    { given: ['a', 'b'], echoed: false },
    { given: undefined, echoed: false },
  ])('$given → echoed: $echoed', ({ given, echoed }) => {
    const id = requestIdOf(withHeader(given));
    if (echoed) expect(id).toBe(given);
    else expect(id).toMatch(/^req_[0-9a-f]{16}$/);
  });

  it('makes a different id each time, across refills of its random pool', () => {
    const ids = Array.from({ length: 2000 }, () => requestIdOf(withHeader(undefined)));
    expect(new Set(ids).size).toBe(2000);
    expect(ids.every((id) => /^req_[0-9a-f]{16}$/.test(id))).toBe(true);
  });
});
