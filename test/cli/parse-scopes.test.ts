// `keyway login --scopes`: comma- or space-separated, duplicates dropped, empty refused.
import { describe, expect, test } from 'vitest';
import { parseScopes } from '../../cli/login-command.ts';

describe('parseScopes', () => {
  test.each([
    { given: undefined, want: [] },
    { given: 'keys:read', want: ['keys:read'] },
    { given: 'keys:read,keys:write', want: ['keys:read', 'keys:write'] },
    { given: 'keys:read keys:write', want: ['keys:read', 'keys:write'] },
    { given: ' keys:read, keys:write ,,tokens:read ', want: ['keys:read', 'keys:write', 'tokens:read'] },
    { given: 'keys:read,keys:read', want: ['keys:read'] },
  ])('$given → $want', ({ given, want }) => {
    expect(parseScopes(given)).toEqual(want);
  });

  test.each(['', ' ', ',, ,'])('refuses %j', (given) => {
    expect(() => parseScopes(given)).toThrow('--scopes needs at least one scope');
  });
});
