// The Ed25519 keys that sign access tokens. The first start generates one; the private half is
// stored encrypted (AES-256-GCM under a key derived from the server secret), the public half as a
// JWK for /.well-known/jwks.json. Keys are loaded once per process; a node that meets an unknown
// `kid` reloads them, so a key another node created is found without a restart.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import type { Database } from '../db/database.ts';
import { seal, unseal } from '../secrets/server-secret.ts';
import { isoNow } from '../time.ts';
import { ALGORITHM } from './jwt.ts';

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicJwk: Record<string, string>;
  createdAt: string;
  /** When a newer key took over signing; null for the active key. */
  retiredAt: string | null;
}

export interface SigningKeys {
  /** The newest key that is not retired: it signs new tokens. */
  active(): SigningKey;
  /** `active()`, re-read from the database when the last read is over a minute old. */
  current(): Promise<SigningKey>;
  publicKeyOf(kid: string): KeyObject | undefined;
  /**
   * `publicKeyOf`, re-reading the keys once when `kid` is unknown (a key another node or
   * `keyway signing-keys rotate` added), at most every few seconds so that tokens with made-up
   * kids cannot make every request read the database.
   */
  findPublicKey(kid: string): Promise<KeyObject | undefined>;
  /**
   * The public JWKs to publish: the active key and every retired key that may still have
   * unexpired tokens (retired less than `overlapSeconds` ago).
   */
  published(overlapSeconds: number, now?: number): Record<string, string>[];
  /** Re-reads the keys from the database (after another node created one). */
  reload(): Promise<void>;
}

/**
 * The longest lifetime any token can have (ttl_seconds is at most a day by the spec; sessions
 * KEYWAY_SESSION_TTL, also at most a day), plus the minute a node may go on signing with a key
 * another node retired: how long a retired key stays published and trusted.
 */
export const RETIRED_KEY_OVERLAP_SECONDS = 24 * 60 * 60 + 60;

const ACTIVE_KEY_MAX_AGE_MS = 60_000;
const UNKNOWN_KID_RELOAD_MS = 5_000;

export async function loadSigningKeys(db: Database, encryptionKey: Buffer): Promise<SigningKeys> {
  let keys = new Map<string, SigningKey>();
  let active: SigningKey | undefined;
  let loadedAt = 0;

  const reload = async () => {
    loadedAt = Date.now();
    const rows = await db
      .selectFrom('signing_keys')
      .selectAll()
      .orderBy('created_at', 'asc')
      .orderBy('kid', 'asc')
      .execute();
    const next = new Map<string, SigningKey>();
    let newest: SigningKey | undefined;
    for (const row of rows) {
      const pem = unseal(encryptionKey, row.private_key, `signing key ${row.kid}`);
      const privateKey = createPrivateKey(pem);
      const key: SigningKey = {
        kid: row.kid,
        privateKey,
        publicKey: createPublicKey(privateKey),
        publicJwk: JSON.parse(row.public_jwk),
        createdAt: row.created_at,
        retiredAt: row.retired_at,
      };
      next.set(row.kid, key);
      if (row.retired_at === null) newest = key;
    }
    keys = next;
    active = newest;
  };

  await reload();
  if (active === undefined) {
    await createSigningKey(db, encryptionKey);
    await reload();
  }
  const activeKey = (): SigningKey => {
    if (active === undefined) throw new Error('no active signing key');
    return active;
  };
  return {
    active: activeKey,
    async current() {
      if (Date.now() - loadedAt > ACTIVE_KEY_MAX_AGE_MS) await reload();
      return activeKey();
    },
    // A key retired longer ago than any token lives verifies nothing any more.
    publicKeyOf: (kid) => {
      const key = keys.get(kid);
      const oldest = new Date(Date.now() - RETIRED_KEY_OVERLAP_SECONDS * 1000).toISOString();
      return key === undefined || (key.retiredAt !== null && key.retiredAt <= oldest)
        ? undefined
        : key.publicKey;
    },
    async findPublicKey(kid) {
      if (!keys.has(kid) && Date.now() - loadedAt > UNKNOWN_KID_RELOAD_MS) await reload();
      return keys.get(kid)?.publicKey;
    },
    published(overlapSeconds, now = Date.now()) {
      const oldest = new Date(now - overlapSeconds * 1000).toISOString();
      return [...keys.values()]
        .filter((key) => key.retiredAt === null || key.retiredAt > oldest)
        .reverse()
        .map((key) => key.publicJwk);
    },
    reload,
  };
}

/**
 * Adds a new signing key and retires the others: new tokens are signed with the new key, and the
 * retired ones stay published until every token they signed has expired (see `published`).
 */
export async function rotateSigningKey(db: Database, encryptionKey: Buffer): Promise<string> {
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('signing_keys')
      .set({ retired_at: isoNow() })
      .where('retired_at', 'is', null)
      .execute();
    return createSigningKey(trx, encryptionKey);
  });
}

export async function createSigningKey(db: Database, encryptionKey: Buffer): Promise<string> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' }) as Record<string, string>;
  // RFC 7638 §3.2: the thumbprint of an OKP key is over {crv, kty, x} in that order.
  const kid = createHash('sha256')
    .update(JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x }))
    .digest('base64url');
  await db
    .insertInto('signing_keys')
    .values({
      kid,
      alg: ALGORITHM,
      public_jwk: JSON.stringify({ ...jwk, kid, alg: ALGORITHM, use: 'sig' }),
      private_key: seal(
        encryptionKey,
        privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
        `signing key ${kid}`,
      ),
      created_at: isoNow(),
      retired_at: null,
    })
    .execute();
  return kid;
}
