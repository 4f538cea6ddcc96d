// given the spec's routes and a concrete path → want the methods that path allows (404 vs 405).
import { describe, expect, it } from 'vitest';
import { buildRouteMatcher } from '../../server/route-matcher.ts';

const matcher = buildRouteMatcher([
  { method: 'GET', path: '/v1/api-keys' },
  { method: 'POST', path: '/v1/api-keys' },
  { method: 'GET', path: '/v1/api-keys/{key_id}' },
  { method: 'DELETE', path: '/v1/api-keys/{key_id}' },
  { method: 'POST', path: '/v1/api-keys/{key_id}/rotate' },
  { method: 'GET', path: '/.well-known/jwks.json' },
]);

describe('route matcher', () => {
  it.each([
    { path: '/v1/api-keys', want: ['GET', 'HEAD', 'POST'] },
    { path: '/v1/api-keys/key_1', want: ['DELETE', 'GET', 'HEAD'] },
    { path: '/v1/api-keys/key_1/rotate', want: ['POST'] },
    { path: '/.well-known/jwks.json', want: ['GET', 'HEAD'] },
    // A template's literal dot is not a wildcard.
    { path: '/.well-known/jwksXjson', want: [] },
    { path: '/v1/api-keys/', want: [] },
    { path: '/v1/api-keys/a/b', want: [] },
    { path: '/v2/api-keys', want: [] },
  ])('$path → $want', ({ path, want }) => {
    expect(matcher.methodsFor(path)).toEqual(want);
  });
});
