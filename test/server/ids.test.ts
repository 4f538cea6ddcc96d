// Resource ids sort in creation order, also within one millisecond, and have the ULID shape.
import { expect, test } from 'vitest';
import { newId } from '../../server/ids.ts';

test('ids made in the same millisecond sort in creation order', () => {
  const ids = Array.from({ length: 1000 }, () => newId('key', 1_800_000_000_000));
  expect([...ids].sort()).toEqual(ids);
  expect(new Set(ids).size).toBe(ids.length);
});

test('ids made later sort later, and have a prefix and 26 Crockford base-32 characters', () => {
  const first = newId('usr', 1_900_000_000_000);
  const second = newId('usr', 1_900_000_000_001);
  expect(first < second).toBe(true);
  expect(second).toMatch(/^usr_[0-9A-HJKMNP-TV-Z]{26}$/);
});

test('a clock that steps back does not break the order', () => {
  const before = newId('org', 2_000_000_000_000);
  const after = newId('org', 1_000_000_000_000);
  expect(before < after).toBe(true);
});
