// The verified-JWT cache: bounded, least recently used out first, and never returns a token
// past its expiry.
import { expect, it } from 'vitest';
import type { AccessTokenClaims } from '../../server/tokens/jwt.ts';
import { VerifiedTokenCache } from '../../server/tokens/verified-token-cache.ts';

const NOW = 1_800_000_000_000;
const claims = (jti: string, exp = NOW / 1000 + 60): AccessTokenClaims => ({
  iss: 'i',
  sub: 's',
  aud: 'i',
  exp,
  iat: exp - 60,
  jti,
  client_id: 'c',
  scope: '',
  org_id: 'o',
});

it('keys by a hash of the token, not the token', () => {
  const key = VerifiedTokenCache.keyOf('eyJ.secret.token');
  expect(key).toMatch(/^[\w-]{43}$/);
  expect(key).not.toContain('secret');
});

it('evicts the least recently used entry beyond its capacity', () => {
  const cache = new VerifiedTokenCache(2);
  cache.set('a', claims('a'));
  cache.set('b', claims('b'));
  expect(cache.get('a', NOW)?.jti).toBe('a'); // a is now the most recently used
  cache.set('c', claims('c'));
  expect(cache.size).toBe(2);
  expect(cache.get('b', NOW)).toBeUndefined();
  expect(cache.get('a', NOW)?.jti).toBe('a');
  expect(cache.get('c', NOW)?.jti).toBe('c');
});

it('drops a token at its expiry', () => {
  const cache = new VerifiedTokenCache();
  cache.set('x', claims('x', NOW / 1000 + 1));
  expect(cache.get('x', NOW)?.jti).toBe('x');
  expect(cache.get('x', NOW + 1000)).toBeUndefined();
  expect(cache.size).toBe(0);
});
