// Resource ids: a kind prefix and a ULID body (48-bit millisecond time, then 80 random bits, in
// Crockford base 32), so ids sort by creation time and keyset pagination by id returns newest or
// oldest first without a second sort key. Within one process ids are monotonic (the ULID spec's
// monotonic mode): two ids made in the same millisecond still sort in creation order.
import { randomBytes } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RANDOM_MAX = (1n << 80n) - 1n;

export type IdPrefix =
  | 'usr'
  | 'org'
  | 'ses'
  | 'rt'
  | 'key'
  | 'inv'
  | 'evt'
  | 'tok'
  | 'sa'
  | 'dev'
  | 'agt'
  | 'akey'
  | 'apt';

function encode(value: bigint, length: number): string {
  let text = '';
  let rest = value;
  for (let i = 0; i < length; i++) {
    text = CROCKFORD[Number(rest & 31n)] + text;
    rest >>= 5n;
  }
  return text;
}

/** The last id's time and random part: per process, only ever moves forward. */
let last = { time: 0, random: 0n };

export function newId(prefix: IdPrefix, now: number = Date.now()): string {
  if (now <= last.time && last.random < RANDOM_MAX) {
    last = { time: last.time, random: last.random + 1n };
  } else {
    last = {
      time: Math.max(now, last.time + 1),
      random: BigInt(`0x${randomBytes(10).toString('hex')}`),
    };
  }
  return `${prefix}_${encode(BigInt(last.time), 10)}${encode(last.random, 16)}`;
}

/**
 * The smallest id `prefix` can have at `time` (ms): every id made at or after `time` sorts
 * above it, every id made before sorts below. For turning times into id bounds.
 */
export function idFloorAt(prefix: IdPrefix, time: number): string {
  return `${prefix}_${encode(BigInt(Math.max(0, Math.floor(time))), 10)}${'0'.repeat(16)}`;
}
