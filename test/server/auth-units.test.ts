// Table tests for the small pieces the auth hook is built from: RFC 6750 challenges, passwords,
// cursors and the role map read from the spec.
import { describe, expect, it } from 'vitest';
import { roles } from '../../generated/policy.ts';
import { bearerChallenge } from '../../server/auth/www-authenticate.ts';
import { decodeCursor, pageOf } from '../../server/pagination.ts';
import { ProblemError } from '../../server/problem.ts';
import { intersect, isKnownScope, missing, rankOf, scopesOfRole } from '../../server/roles.ts';
import { hashPassword, verifyPassword } from '../../server/secrets/password.ts';

describe('bearerChallenge (RFC 6750 §3)', () => {
  it.each([
    {
      name: 'no credential: realm only, no error code (§3.1)',
      given: undefined,
      want: 'Bearer realm="keyway"',
    },
    {
      name: 'invalid_token',
      given: { code: 'invalid_token' as const, description: 'The API key was revoked.' },
      want: 'Bearer realm="keyway", error="invalid_token", error_description="The API key was revoked."',
    },
    {
      name: 'insufficient_scope names every scope, space-separated',
      given: {
        code: 'insufficient_scope' as const,
        description: 'Needs more.',
        scope: ['keys:read', 'keys:write'],
      },
      want: 'Bearer realm="keyway", error="insufficient_scope", error_description="Needs more.", scope="keys:read keys:write"',
    },
    {
      name: 'quotes and backslashes are escaped (RFC 7230 quoted-string)',
      given: { code: 'invalid_request' as const, description: 'a "b" \\ c' },
      want: 'Bearer realm="keyway", error="invalid_request", error_description="a \\"b\\" \\\\ c"',
    },
  ])('$name', ({ given, want }) => {
    expect(bearerChallenge(given)).toBe(want);
  });
});

describe('passwords (scrypt)', () => {
  it('verifies the right password only, and salts each hash', async () => {
    const [a, b] = await Promise.all([hashPassword('correct horse'), hashPassword('correct horse')]);
    expect(a).toMatch(/^scrypt\$15\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse', a)).toBe(true);
    expect(await verifyPassword('correct horsE', a)).toBe(false);
    expect(await verifyPassword('correct horse', 'sha256$whatever')).toBe(false);
  });

  it('treats canonically equivalent Unicode the same (NFKC)', async () => {
    const composed = await hashPassword('caf\u00e9 au lait!');
    expect(await verifyPassword('cafe\u0301 au lait!', composed)).toBe(true);
  });
});

describe('cursors', () => {
  it('round-trip through pageOf and decodeCursor; the last page has none', () => {
    const rows = ['key_3', 'key_2', 'key_1'];
    const first = pageOf(
      rows,
      2,
      (r) => r,
      (r) => r,
    );
    expect(first.data).toEqual(['key_3', 'key_2']);
    expect(decodeCursor(first.next_cursor ?? undefined)).toBe('key_2');
    expect(
      pageOf(
        rows.slice(2),
        2,
        (r) => r,
        (r) => r,
      ).next_cursor,
    ).toBeNull();
  });

  it.each([
    'not base64 json',
    Buffer.from('{"after":5}').toString('base64url'),
    Buffer.from('[]').toString('base64url'),
  ])('refuses %j with a 400 naming query.cursor', (given) => {
    expect(() => decodeCursor(given)).toThrow(ProblemError);
    try {
      decodeCursor(given);
    } catch (error) {
      expect((error as ProblemError).problem).toMatchObject({
        code: 'invalid_request',
        errors: [{ field: 'query.cursor' }],
      });
    }
  });
});

describe('the role map from the spec', () => {
  it('ranks roles in spec order and knows each role’s scopes', () => {
    expect(roles.map((r) => rankOf(r.name))).toEqual([4, 3, 2, 1]);
    expect(rankOf('superuser')).toBe(0);
    expect(scopesOfRole('viewer')).toEqual(roles[3].scopes);
    expect(scopesOfRole('superuser')).toEqual([]);
    expect(isKnownScope('keys:read')).toBe(true);
    expect(isKnownScope('keys:delete')).toBe(false);
  });

  it.each([
    {
      wanted: ['keys:read', 'org:write'],
      allowed: ['keys:read'],
      both: ['keys:read'],
      lacking: ['org:write'],
    },
    { wanted: [], allowed: ['keys:read'], both: [], lacking: [] },
    { wanted: ['a:read', 'b:read'], allowed: ['b:read', 'a:read'], both: ['a:read', 'b:read'], lacking: [] },
  ])('intersect/missing of $wanted and $allowed', ({ wanted, allowed, both, lacking }) => {
    expect(intersect(wanted, allowed)).toEqual(both);
    expect(missing(wanted, allowed)).toEqual(lacking);
  });
});
