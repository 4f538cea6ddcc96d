// Compact JWS (RFC 7515) for access tokens in the RFC 9068 profile, signed with Ed25519
// (RFC 8037 `EdDSA`). Verification accepts exactly one algorithm and one `typ`, so a token
// cannot pick its own algorithm (RFC 8725 §3.1) or pass as another kind of JWT (RFC 9068 §4).
import { type KeyObject, sign, verify } from 'node:crypto';

export const ACCESS_TOKEN_TYPE = 'at+jwt';
export const ALGORITHM = 'EdDSA';

export interface AccessTokenClaims {
  iss: string;
  sub: string;
  aud: string | string[];
  exp: number;
  iat: number;
  jti: string;
  client_id: string;
  scope: string;
  /** Keyway: the organization the token is bound to. */
  org_id: string;
  /** Keyway: the session (refresh-token family) a session token belongs to. */
  sid?: string;
  [claim: string]: unknown;
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function signJwt(claims: AccessTokenClaims, key: { kid: string; privateKey: KeyObject }): string {
  const header = base64url({ alg: ALGORITHM, typ: ACCESS_TOKEN_TYPE, kid: key.kid });
  const payload = base64url(claims);
  const signature = sign(null, Buffer.from(`${header}.${payload}`), key.privateKey);
  return `${header}.${payload}.${signature.toString('base64url')}`;
}

export type JwtCheck =
  | { ok: true; claims: AccessTokenClaims }
  | { ok: false; reason: 'malformed' | 'signature' | 'expired' | 'claims' };

/** Whether `text` has the shape of a compact JWS (three base64url parts, a JSON header). */
export function looksLikeJwt(text: string): boolean {
  return /^eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(text);
}

/** The `kid` of a compact JWS's header, or null when there is none to read. Not verified. */
export function kidOf(token: string): string | null {
  try {
    const header = JSON.parse(Buffer.from(token.slice(0, token.indexOf('.')), 'base64url').toString('utf8'));
    return typeof header?.kid === 'string' ? header.kid : null;
  } catch {
    return null;
  }
}

/**
 * Verifies signature, header, issuer, audience and lifetime. `publicKeyOf` maps a `kid` to its
 * key (undefined: unknown key, so the token is not ours).
 */
export function verifyJwt(
  token: string,
  publicKeyOf: (kid: string) => KeyObject | undefined,
  expect: { issuer: string; audience: string; now?: number },
): JwtCheck {
  if (!looksLikeJwt(token)) return { ok: false, reason: 'malformed' };
  const [headerPart, payloadPart, signaturePart] = token.split('.') as [string, string, string];
  let header: Record<string, unknown>;
  let claims: AccessTokenClaims;
  try {
    header = JSON.parse(Buffer.from(headerPart, 'base64url').toString('utf8'));
    claims = JSON.parse(Buffer.from(payloadPart, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (header.alg !== ALGORITHM || header.typ !== ACCESS_TOKEN_TYPE || typeof header.kid !== 'string') {
    return { ok: false, reason: 'malformed' };
  }
  // RFC 7515 §4.1.11: a critical extension this verifier does not understand makes it invalid.
  if (header.crit !== undefined) return { ok: false, reason: 'malformed' };
  const key = publicKeyOf(header.kid);
  if (key === undefined) return { ok: false, reason: 'signature' };
  const valid = verify(
    null,
    Buffer.from(`${headerPart}.${payloadPart}`),
    key,
    Buffer.from(signaturePart, 'base64url'),
  );
  if (!valid) return { ok: false, reason: 'signature' };
  if (typeof claims !== 'object' || claims === null) return { ok: false, reason: 'claims' };
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (
    claims.iss !== expect.issuer ||
    !audiences.includes(expect.audience) ||
    typeof claims.exp !== 'number' ||
    typeof claims.sub !== 'string' ||
    typeof claims.jti !== 'string' ||
    typeof claims.scope !== 'string' ||
    typeof claims.org_id !== 'string'
  ) {
    return { ok: false, reason: 'claims' };
  }
  const now = Math.floor((expect.now ?? Date.now()) / 1000);
  if (claims.exp <= now) return { ok: false, reason: 'expired' };
  return { ok: true, claims };
}
