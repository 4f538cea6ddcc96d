// RFC 9457 problem details as every Keyway error response must carry them, checked on a fetch
// Response here and on an ApiResponse (test/support/api.ts) by the behavioural tests.
import { expect } from 'vitest';
import { type ApiResponse, readResponse } from '../support/api.ts';

export interface WantProblem {
  status: number;
  code: string;
  /** The request path without its query string. */
  instance: string;
}

/** Asserts the response is problem+json with all the members Keyway promises; returns the body. */
export async function expectProblem(response: Response, want: WantProblem): Promise<Record<string, unknown>> {
  return expectApiProblem(await readResponse(response), want);
}

/** The same checks on a response already read by test/support/api.ts; returns the body. */
export function expectApiProblem(response: ApiResponse, want: WantProblem): Record<string, unknown> {
  expect(response.status, response.text).toBe(want.status);
  expect(mediaTypeOf(response)).toBe('application/problem+json');
  expect(response.body).toMatchObject({
    type: `https://keyway.dev/problems/${want.code}`,
    title: expect.stringMatching(/\S/),
    status: want.status,
    code: want.code,
    request_id: response.headers.get('x-request-id'),
    instance: want.instance,
  });
  expect(response.body.request_id).toEqual(expect.any(String));
  return response.body;
}

/** `application/json; charset=utf-8` → `application/json`. */
export function mediaTypeOf(response: { headers: Headers }): string | undefined {
  return response.headers.get('content-type')?.split(';')[0]?.trim();
}
