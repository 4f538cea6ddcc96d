// Access-token JWTs: what a standard JOSE library (jose) accepts from us, and the tokens our
// verifier refuses (RFC 8725 §3.1: no algorithm choice by the token; RFC 9068 §4: typ at+jwt).
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { importJWK, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { type AccessTokenClaims, type JwtCheck, signJwt, verifyJwt } from '../../server/tokens/jwt.ts';

const ISSUER = 'https://auth.example.com';
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519');
const KID = 'kid-1';
const now = Math.floor(Date.now() / 1000);
const claims: AccessTokenClaims = {
  iss: ISSUER,
  sub: 'usr_1',
  aud: ISSUER,
  exp: now + 600,
  iat: now,
  jti: 'tok_1',
  client_id: 'keyway-login',
  scope: 'keys:read keys:write',
  org_id: 'org_1',
  sid: 'ses_1',
};
const keyOf = (kid: string): KeyObject | undefined => (kid === KID ? publicKey : undefined);
const check = (token: string): JwtCheck => verifyJwt(token, keyOf, { issuer: ISSUER, audience: ISSUER });

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** A token signed with `key` over any header and payload we like. */
function forge(header: unknown, payload: unknown, key: KeyObject = privateKey): string {
  const input = `${part(header)}.${part(payload)}`;
  return `${input}.${sign(null, Buffer.from(input), key).toString('base64url')}`;
}
const HEADER = { alg: 'EdDSA', typ: 'at+jwt', kid: KID };

describe('signJwt', () => {
  it('makes a token that jose verifies with the public JWK, with the RFC 9068 header and claims', async () => {
    const token = signJwt(claims, { kid: KID, privateKey });
    const jwk = { ...publicKey.export({ format: 'jwk' }), kid: KID, alg: 'EdDSA' };
    const { payload, protectedHeader } = await jwtVerify(token, await importJWK(jwk, 'EdDSA'), {
      issuer: ISSUER,
      audience: ISSUER,
      typ: 'at+jwt',
      algorithms: ['EdDSA'],
    });
    expect(protectedHeader).toEqual({ alg: 'EdDSA', typ: 'at+jwt', kid: KID });
    expect(payload).toEqual(claims);
    expect(check(token)).toEqual({ ok: true, claims });
  });
});

describe('verifyJwt refuses', () => {
  const good = signJwt(claims, { kid: KID, privateKey });
  const [h, p, s] = good.split('.') as [string, string, string];
  it.each([
    {
      name: 'a tampered payload',
      given: `${h}.${part({ ...claims, scope: 'org:write' })}.${s}`,
      want: 'signature',
    },
    { name: 'a signature by another key', given: forge(HEADER, claims, other.privateKey), want: 'signature' },
    { name: 'an unknown kid', given: forge({ ...HEADER, kid: 'kid-2' }, claims), want: 'signature' },
    { name: 'alg none', given: `${part({ ...HEADER, alg: 'none' })}.${p}.`, want: 'malformed' },
    { name: 'alg HS256', given: forge({ ...HEADER, alg: 'HS256' }, claims), want: 'malformed' },
    {
      name: 'typ JWT (an ID token, say)',
      given: forge({ ...HEADER, typ: 'JWT' }, claims),
      want: 'malformed',
    },
    { name: 'a crit header', given: forge({ ...HEADER, crit: ['exp'] }, claims), want: 'malformed' },
    {
      name: 'another issuer',
      given: forge(HEADER, { ...claims, iss: 'https://evil.example' }),
      want: 'claims',
    },
    {
      name: 'another audience',
      given: forge(HEADER, { ...claims, aud: 'https://api.example' }),
      want: 'claims',
    },
    { name: 'no org', given: forge(HEADER, { ...claims, org_id: undefined }), want: 'claims' },
    { name: 'an expired token', given: forge(HEADER, { ...claims, exp: now - 1 }), want: 'expired' },
    { name: 'two parts', given: `${h}.${p}`, want: 'malformed' },
    { name: 'a header that is not JSON', given: `eyJub3Q.${p}.${s}`, want: 'malformed' },
  ])('$name', ({ given, want }) => {
    expect(check(given)).toEqual({ ok: false, reason: want });
  });

  it('accepts an audience list that includes us', () => {
    const token = forge(HEADER, { ...claims, aud: ['https://api.example', ISSUER] });
    expect(check(token).ok).toBe(true);
  });
});
