// RFC 9457 problem details as every Keyway error response must carry them.
import { expect } from 'vitest';

export interface WantProblem {
  status: number;
  code: string;
  /** The request path without its query string. */
  instance: string;
}

/** Asserts the response is problem+json with all the members Keyway promises; returns the body. */
export async function expectProblem(response: Response, want: WantProblem): Promise<Record<string, unknown>> {
  expect(response.status).toBe(want.status);
  expect(mediaTypeOf(response)).toBe('application/problem+json');
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({
    type: `https://keyway.dev/problems/${want.code}`,
    title: expect.stringMatching(/\S/),
    status: want.status,
    code: want.code,
    request_id: response.headers.get('x-request-id'),
    instance: want.instance,
  });
  expect(body.request_id).toEqual(expect.any(String));
  return body;
}

/** `application/json; charset=utf-8` → `application/json`. */
export function mediaTypeOf(response: Response): string | undefined {
  return response.headers.get('content-type')?.split(';')[0]?.trim();
}
