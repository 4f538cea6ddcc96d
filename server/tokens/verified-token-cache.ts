// A bounded cache of JWTs whose signature and claims were verified, keyed by a SHA-256 of the
// token and dropped at the token's expiry, so that a repeated token skips the Ed25519 check
// (about 100 µs of CPU here). Only the signature check is cached here: whether the token is
// still good (revoked, its origin narrowed) is the credential cache's business
// (auth/credential-cache.ts), which the database empties on every such change.
import { createHash } from 'node:crypto';
import type { AccessTokenClaims } from './jwt.ts';

export class VerifiedTokenCache {
  /** Insertion-ordered: the first entry is the least recently used. */
  readonly #entries = new Map<string, AccessTokenClaims>();

  constructor(readonly capacity: number = 10_000) {}

  static keyOf(token: string): string {
    return createHash('sha256').update(token).digest('base64url');
  }

  get(key: string, now: number = Date.now()): AccessTokenClaims | undefined {
    const claims = this.#entries.get(key);
    if (claims === undefined) return undefined;
    this.#entries.delete(key);
    if (claims.exp * 1000 <= now) return undefined;
    this.#entries.set(key, claims);
    return claims;
  }

  set(key: string, claims: AccessTokenClaims): void {
    this.#entries.delete(key);
    this.#entries.set(key, claims);
    if (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}
