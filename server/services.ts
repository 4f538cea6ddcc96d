// What handlers and hooks share: the database, configuration, derived server keys and the
// signing keys. Built once by startServer; passed explicitly, never imported as a singleton.
import { AuditStreamHub } from './audit-stream.ts';
import { type AuthChangeFeed, followAuthChanges } from './auth/auth-change-feed.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { LeasedRateLimiter } from './rate-limit.ts';
import { loadServerKeys, type ServerKeys } from './secrets/server-secret.ts';
import { loadSigningKeys, type SigningKeys } from './tokens/signing-keys.ts';
import { VerifiedTokenCache } from './tokens/verified-token-cache.ts';

export interface Services {
  db: Database;
  config: Config;
  keys: ServerKeys;
  signingKeys: SigningKeys;
  /** JWTs whose signature was already checked (per process). */
  verifiedTokens: VerifiedTokenCache;
  /** The token issuer (KEYWAY_ISSUER, or the listening URL, known once the server listens). */
  issuer(): string;
  /** The open audit event streams and their poller (idle, without timers, until one opens). */
  auditStreams: AuditStreamHub;
  /** This node's cache of resolved credentials, kept exact by the database's change triggers. */
  authChanges: AuthChangeFeed;
  /** Per-credential and per-address request limits, counted in leases (rate-limit.ts). */
  rateLimiter: LeasedRateLimiter;
}

/** Loads (on first start: creates) the server secret's derived keys and the signing keys. */
export async function createServices(db: Database, config: Config, issuer: () => string): Promise<Services> {
  const keys = await loadServerKeys(db, config);
  const signingKeys = await loadSigningKeys(db, keys.signingKeyEncryption);
  return {
    db,
    config,
    keys,
    signingKeys,
    verifiedTokens: new VerifiedTokenCache(),
    issuer,
    auditStreams: new AuditStreamHub(db, config.auditStream),
    authChanges: followAuthChanges(db),
    rateLimiter: new LeasedRateLimiter(db),
  };
}
