// Passwords: scrypt (RFC 7914), memory-hard, with a random salt per password. Stored as
// `scrypt$<log2 N>$<r>$<p>$<salt>$<hash>` so the cost can be raised later without breaking
// existing hashes.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

// N = 2^15, r = 8: 32 MiB and about 50-100 ms per hash here; OWASP's scrypt minimum is
// N = 2^17 with r = 8 at p = 1, or an equivalent trade. We keep p = 1 and accept N = 2^15 to
// keep the reference server usable on small machines; raise LOG_N for production hardware.
const LOG_N = 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFKC'),
      salt,
      KEY_LENGTH,
      { N: 2 ** logN, r, p, maxmem: 256 * 2 ** logN * r },
      (error, key) => (error === null ? resolve(key) : reject(error)),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, LOG_N, R, P);
  return ['scrypt', LOG_N, R, P, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || hash === undefined) return false;
  const want = Buffer.from(hash, 'base64url');
  const got = await derive(password, Buffer.from(salt, 'base64url'), Number(logN), Number(r), Number(p));
  return got.length === want.length && timingSafeEqual(got, want);
}

/**
 * A hash of a random password, for unknown emails: login verifies against it so that an
 * unknown email costs the same time as a wrong password.
 */
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString('base64url'));
  return decoy;
}
let decoy: Promise<string> | undefined;
