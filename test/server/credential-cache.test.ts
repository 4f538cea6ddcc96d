// The per-node credential cache on its own: what it keeps, for how long, and what empties it.
import { describe, expect, it } from 'vitest';
import type { AuthContext } from '../../server/auth/auth-context.ts';
import { CredentialCache } from '../../server/auth/credential-cache.ts';

function contextIn(org: string, id = 'key_1'): AuthContext {
  return {
    principal: { kind: 'user', id: 'usr_1', name: 'Ada' },
    org: { id: org, name: org },
    credential: { kind: 'api_key', id, prefix: 'kw_live_abcd' },
    role: 'admin',
    scopes: ['keys:read'],
    expiresAt: null,
    sessionId: null,
    sourceKeyId: id,
    rateLimitKey: id,
  };
}

const NOW = 1_800_000_000_000;

describe('CredentialCache', () => {
  it('returns what was stored until its `until`', () => {
    const cache = new CredentialCache();
    cache.set('a', contextIn('org_1'), cache.begin(), NOW + 1000, NOW);
    expect(cache.get('a', NOW + 999)?.credential.id).toBe('key_1');
    expect(cache.get('a', NOW + 1000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps an entry at most a minute, even for a credential that never expires', () => {
    const cache = new CredentialCache();
    cache.set('a', contextIn('org_1'), cache.begin(), null, NOW);
    expect(cache.get('a', NOW + 59_999)).toBeDefined();
    expect(cache.get('a', NOW + 60_000)).toBeUndefined();
  });

  it("drops one org's entries and keeps the others'", () => {
    const cache = new CredentialCache();
    cache.set('a', contextIn('org_1', 'key_a'), cache.begin(), null, NOW);
    cache.set('b', contextIn('org_1', 'key_b'), cache.begin(), null, NOW);
    cache.set('c', contextIn('org_2', 'key_c'), cache.begin(), null, NOW);
    cache.invalidate('org_1');
    expect(cache.get('a', NOW)).toBeUndefined();
    expect(cache.get('b', NOW)).toBeUndefined();
    expect(cache.get('c', NOW)?.credential.id).toBe('key_c');
    cache.invalidate('*');
    expect(cache.size).toBe(0);
  });

  it('does not store a read that began before an invalidation (it may have read the old row)', () => {
    const cache = new CredentialCache();
    const ticket = cache.begin();
    cache.invalidate('org_other');
    cache.set('a', contextIn('org_1'), ticket, null, NOW);
    expect(cache.get('a', NOW)).toBeUndefined();
    cache.set('a', contextIn('org_1'), cache.begin(), null, NOW);
    expect(cache.get('a', NOW)).toBeDefined();
  });

  it('evicts the least recently used entry past its capacity', () => {
    const cache = new CredentialCache(2);
    cache.set('a', contextIn('org_1', 'key_a'), cache.begin(), null, NOW);
    cache.set('b', contextIn('org_1', 'key_b'), cache.begin(), null, NOW);
    cache.get('a', NOW);
    cache.set('c', contextIn('org_1', 'key_c'), cache.begin(), null, NOW);
    expect(cache.get('b', NOW)).toBeUndefined();
    expect(cache.get('a', NOW)).toBeDefined();
    expect(cache.get('c', NOW)).toBeDefined();
  });

  it('hands out frozen contexts: one request cannot change what the next one sees', () => {
    const cache = new CredentialCache();
    cache.set('a', contextIn('org_1'), cache.begin(), null, NOW);
    const auth = cache.get('a', NOW) as AuthContext;
    expect(() => auth.scopes.push('keys:write')).toThrow(TypeError);
    expect(() => {
      (auth.org as { id: string }).id = 'org_2';
    }).toThrow(TypeError);
  });
});
