// The per-credential rate limit (K2 contract, "Auth hook"): KEYWAY_RATE_LIMIT requests per
// credential per 60-second window, counted on every authenticated request, announced in
// RateLimit-Limit / RateLimit-Remaining / RateLimit-Reset, and 429 `rate_limited` with
// Retry-After (RFC 9110 §10.2.3) once spent. Each credential has its own budget.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { type ApiResponse, signup } from '../support/api.ts';
import { BACKENDS } from '../support/backends.ts';
import { createApiKey, expectProblem, SERVER_ENV, useServer } from './flows.ts';

const LIMIT = 5;

describe.each(BACKENDS.map((make) => make()))('per-credential rate limit on $name', (backend) => {
  const { api } = useServer(backend, { ...SERVER_ENV, KEYWAY_RATE_LIMIT: String(LIMIT) });

  it(`the ${LIMIT + 1}th request with one key is 429 rate_limited; another key is not affected`, async () => {
    // The session spends 3 of its own 5 requests here: one probe and two creates.
    const session = await signup(api);
    const token: string = session.access_token;

    // Fixed windows may turn over mid-test and refill the budget: start with at least 10 s left
    // in the window (a server with sliding or per-credential windows reports a long Reset anyway).
    const probe = await api('GET', '/v1/whoami', { token });
    expect(probe.status, probe.text).toBe(200);
    const left = integerHeader(probe, 'ratelimit-reset');
    if (left < 10) await sleep((left + 1) * 1000);

    const first = (await createApiKey(api, token, ['keys:read'])).secret;
    const second = (await createApiKey(api, token, ['keys:read'])).secret;

    const answers: ApiResponse[] = [];
    for (let i = 0; i < LIMIT + 1; i++) answers.push(await api('GET', '/v1/whoami', { apiKey: first }));

    const allowed = answers.slice(0, LIMIT);
    expect(allowed.map((r) => r.status)).toEqual(Array(LIMIT).fill(200));
    for (const response of allowed) expect(integerHeader(response, 'ratelimit-limit')).toBe(LIMIT);
    expect(allowed.map((r) => integerHeader(r, 'ratelimit-remaining'))).toEqual([4, 3, 2, 1, 0]);
    for (const response of allowed) {
      const reset = integerHeader(response, 'ratelimit-reset');
      expect(reset).toBeGreaterThanOrEqual(1);
      expect(reset).toBeLessThanOrEqual(60);
    }

    const refused = answers[LIMIT] as ApiResponse;
    expectProblem(refused, { status: 429, code: 'rate_limited', instance: '/v1/whoami' });
    expect(integerHeader(refused, 'retry-after')).toBeGreaterThanOrEqual(1);
    expect(integerHeader(refused, 'retry-after')).toBeLessThanOrEqual(60);
    expect(integerHeader(refused, 'ratelimit-limit')).toBe(LIMIT);
    expect(integerHeader(refused, 'ratelimit-remaining')).toBe(0);

    // Still refused: the budget does not come back with more requests.
    expect((await api('GET', '/v1/api-keys', { apiKey: first })).status).toBe(429);

    // Another key of the same person and org has its own, untouched budget.
    const other = await api('GET', '/v1/whoami', { apiKey: second });
    expect(other.status, other.text).toBe(200);
    expect(integerHeader(other, 'ratelimit-remaining')).toBe(LIMIT - 1);
  });
});

/** A header that must be a non-negative integer (RFC 9110 delay-seconds / RateLimit fields). */
function integerHeader(response: ApiResponse, name: string): number {
  const value = response.headers.get(name);
  expect(value, `${name} on a ${response.status}`).toMatch(/^\d+$/);
  return Number(value);
}
