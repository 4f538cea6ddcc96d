// Resource ids: a kind prefix and a ULID-style body (48-bit millisecond time, then 80 random
// bits, in Crockford base 32), so ids sort by creation time and keyset pagination by id returns
// newest or oldest first without a second sort key.
import { randomBytes } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export type IdPrefix = 'usr' | 'org' | 'ses' | 'rt' | 'key' | 'inv' | 'evt' | 'tok';

export function newId(prefix: IdPrefix, now: number = Date.now()): string {
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const bytes = randomBytes(10);
  let random = '';
  // 80 bits → 16 characters of 5 bits each.
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  for (let i = 0; i < 16; i++) {
    random = CROCKFORD[Number(bits & 31n)] + random;
    bits >>= 5n;
  }
  return `${prefix}_${time}${random}`;
}
