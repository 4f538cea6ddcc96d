// Secrets match the formats the spec publishes, carry a working checksum, and are stored only
// as keyed hashes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type SecretKind, secretFormats } from '../../generated/policy.ts';
import {
  checksumOf,
  DISPLAY_PREFIX_LENGTH,
  generateSecret,
  hashSecret,
  parseSecret,
  sameHash,
} from '../../server/secrets/secret.ts';

const kinds = Object.keys(secretFormats) as SecretKind[];
const bundle = JSON.parse(readFileSync(new URL('../../generated/openapi.json', import.meta.url), 'utf8'));

describe.each(kinds)('%s secrets', (kind) => {
  const format = secretFormats[kind];
  const secrets = Array.from({ length: 200 }, () => generateSecret(kind));

  it('match the published pattern, parse back to their kind, and are all different', () => {
    for (const secret of secrets) {
      expect(secret).toMatch(new RegExp(format.pattern));
      expect(parseSecret(secret)).toEqual({ kind, displayPrefix: secret.slice(0, DISPLAY_PREFIX_LENGTH) });
    }
    expect(new Set(secrets).size).toBe(secrets.length);
  });

  it('the spec example is a valid secret (so scanners and docs agree with the server)', () => {
    const example = bundle.components.schemas[format.schema].example;
    expect(parseSecret(example)).toEqual({ kind, displayPrefix: example.slice(0, 12) });
  });

  it('any single mistyped character is refused', () => {
    const secret = secrets[0] ?? '';
    for (let i = format.prefix.length; i < secret.length; i++) {
      const typo = secret[i] === 'a' ? 'b' : 'a';
      expect(parseSecret(`${secret.slice(0, i)}${typo}${secret.slice(i + 1)}`), `position ${i}`).toBeNull();
    }
  });
});

describe('parseSecret refuses what is not a Keyway secret', () => {
  const valid = generateSecret('api_key');
  it.each([
    { name: 'empty', given: '' },
    { name: 'unknown prefix', given: `kwz_${valid.slice(4)}` },
    { name: 'too short', given: valid.slice(0, -1) },
    { name: 'too long', given: `${valid}0` },
    { name: 'outside the alphabet', given: `${valid.slice(0, 10)}-${valid.slice(11)}` },
    { name: 'another kind’s prefix on this body', given: `kwa_${valid.slice(4)}` },
    { name: 'a JWT', given: 'eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJ4In0.c2ln' },
  ])('$name', ({ given }) => expect(parseSecret(given)).toBeNull());
});

describe('randomness and hashing', () => {
  it('uses the whole 62-character alphabet', () => {
    const seen = new Set(Array.from({ length: 300 }, () => generateSecret('api_key').slice(4, 40)).join(''));
    expect(seen.size).toBe(62);
  });

  it('checksums are CRC-32 in six base-62 characters, zero-padded', () => {
    // Known answers, computed independently of this code: CRC-32("123456789") = 0xCBF43926.
    expect(checksumOf('123456789')).toBe('3jZRME');
    expect(checksumOf('')).toBe('000000');
    expect(checksumOf('kwk_')).toMatch(/^[0-9A-Za-z]{6}$/);
  });

  it('hashes are keyed, stable, and hold nothing of the secret', () => {
    const secret = generateSecret('api_key');
    const pepper = Buffer.alloc(32, 7);
    const hash = hashSecret(secret, pepper);
    expect(hash).toBe(hashSecret(secret, pepper));
    expect(hash).not.toBe(hashSecret(secret, Buffer.alloc(32, 8)));
    expect(hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hash).not.toContain(secret.slice(4, 16));
    expect(sameHash(hash, hashSecret(secret, pepper))).toBe(true);
    expect(sameHash(hash, hashSecret(generateSecret('api_key'), pepper))).toBe(false);
    expect(sameHash(hash, hash.slice(1))).toBe(false);
    expect(() => hashSecret(secret, Buffer.alloc(16))).toThrow(/at least 32 bytes/);
  });
});
