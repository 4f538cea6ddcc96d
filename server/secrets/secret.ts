// Keyway secrets in the formats the spec publishes (components/schemas/secrets.yaml, generated
// into policy.ts): `<prefix><36 random [0-9A-Za-z]><6-character CRC-32 checksum>`. The checksum
// lets a scanner recognise a real secret offline and lets the server refuse a mistyped one
// before any database lookup. At rest only a keyed hash and the 12-character display prefix
// are kept.
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { type SecretKind, secretFormats } from '../../generated/policy.ts';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/**
 * 36 × log2(62) ≈ 214 bits from a CSPRNG. The display prefix shows 8 of the characters, so the
 * 28 never shown carry ≈ 167 bits: PRODUCT.md asks for at least 160.
 */
const RANDOM_LENGTH = 36;
const CHECKSUM_LENGTH = 6;
/** The prefix and the first 8 random characters: enough to tell keys apart, useless to guess. */
export const DISPLAY_PREFIX_LENGTH = 12;

const formats = Object.values(secretFormats).map((f) => ({ ...f, regex: new RegExp(f.pattern) }));

export interface ParsedSecret {
  kind: SecretKind;
  displayPrefix: string;
}

export function generateSecret(kind: SecretKind): string {
  let random = '';
  // randomInt draws without modulo bias.
  for (let i = 0; i < RANDOM_LENGTH; i++) random += ALPHABET[randomInt(ALPHABET.length)];
  const body = `${secretFormats[kind].prefix}${random}`;
  return `${body}${checksumOf(body)}`;
}

/** CRC-32 (ISO-HDLC, as zlib) of `body` in base 62, left-padded with `0` to 6 characters. */
export function checksumOf(body: string): string {
  let n = crc32(body);
  let digits = '';
  while (n > 0) {
    digits = ALPHABET[n % 62] + digits;
    n = Math.floor(n / 62);
  }
  return digits.padStart(CHECKSUM_LENGTH, '0');
}

/** The secret's kind and display prefix, or null when it is not a well-formed Keyway secret. */
export function parseSecret(text: string): ParsedSecret | null {
  const format = formats.find((f) => text.startsWith(f.prefix));
  if (format === undefined || !format.regex.test(text)) return null;
  const body = text.slice(0, -CHECKSUM_LENGTH);
  // Not secret material: the checksum is public arithmetic over the secret, so a plain compare
  // leaks nothing an attacker could not compute.
  if (checksumOf(body) !== text.slice(-CHECKSUM_LENGTH)) return null;
  return { kind: format.kind, displayPrefix: text.slice(0, DISPLAY_PREFIX_LENGTH) };
}

/** The at-rest form: HMAC-SHA-256 keyed with the server's pepper (at least 32 bytes), base64url. */
export function hashSecret(secret: string, pepper: Buffer): string {
  if (pepper.length < 32) throw new Error('the secret pepper must be at least 32 bytes');
  return createHmac('sha256', pepper).update(secret).digest('base64url');
}

/** Constant-time comparison of two stored hashes. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
