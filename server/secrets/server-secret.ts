// The server secret: KEYWAY_SERVER_SECRET, or (unset) one generated on first start and kept in
// the database so every node of a deployment shares it. Everything keyed is derived from it with
// HKDF (RFC 5869), one label per use, so that no two uses share a key.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';

export interface ServerKeys {
  /** Keys the HMAC of every stored secret (see secret.ts hashSecret). */
  pepper: Buffer;
  /** Encrypts signing keys' private halves at rest. */
  signingKeyEncryption: Buffer;
  /** Keys the HMAC of idempotency keys and seeds the encryption of stored responses. */
  idempotency: Buffer;
  /** Encrypts the device page's session cookie. */
  devicePage: Buffer;
  /** Whether the secret lives in the database (KEYWAY_SERVER_SECRET unset). */
  fromDatabase: boolean;
}

export async function loadServerKeys(
  db: Database,
  config: Pick<Config, 'serverSecret'>,
): Promise<ServerKeys> {
  let secret = config.serverSecret;
  const fromDatabase = secret === null;
  if (secret === null) {
    // Whichever node writes first wins; every node then reads the same value.
    await db
      .updateTable('keyway_instance')
      .set({ server_secret: randomBytes(32).toString('base64url') })
      .where('id', '=', 1)
      .where('server_secret', 'is', null)
      .execute();
    const row = await db
      .selectFrom('keyway_instance')
      .select('server_secret')
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    secret = Buffer.from(row.server_secret ?? '', 'base64url');
  }
  const derive = (label: string) =>
    Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), `keyway ${label}`, 32));
  return {
    pepper: derive('secret pepper'),
    signingKeyEncryption: derive('signing key encryption'),
    idempotency: derive('idempotency'),
    devicePage: derive('device page cookie'),
    fromDatabase,
  };
}

/** AES-256-GCM: `<iv>.<tag>.<ciphertext>` in base64url. `context` is bound as associated data. */
export function seal(key: Buffer, plaintext: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

export function unseal(key: Buffer, sealed: string, context: string): string {
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (iv === undefined || tag === undefined || body === undefined) throw new Error('malformed sealed value');
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}
