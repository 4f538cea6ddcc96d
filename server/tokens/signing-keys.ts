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
}

export interface SigningKeys {
  /** The newest key that is not retired: it signs new tokens. */
  active(): SigningKey;
  publicKeyOf(kid: string): KeyObject | undefined;
  /** Re-reads the keys from the database (after another node created one). */
  reload(): Promise<void>;
}

export async function loadSigningKeys(db: Database, encryptionKey: Buffer): Promise<SigningKeys> {
  let keys = new Map<string, SigningKey>();
  let active: SigningKey | undefined;

  const reload = async () => {
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
  return {
    active() {
      if (active === undefined) throw new Error('no active signing key');
      return active;
    },
    publicKeyOf: (kid) => keys.get(kid)?.publicKey,
    reload,
  };
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
