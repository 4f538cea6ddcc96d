// resolveServerUrl: --server, else KEYWAY_SERVER, else the default; normalized to one key per server.
import { describe, expect, test } from 'vitest';
import { DEFAULT_SERVER, resolveServerUrl } from '../../cli/server-url.ts';

describe('resolveServerUrl', () => {
  test.each([
    { flag: undefined, env: {}, want: DEFAULT_SERVER },
    { flag: undefined, env: { KEYWAY_SERVER: '' }, want: DEFAULT_SERVER },
    { flag: undefined, env: { KEYWAY_SERVER: 'https://keyway.example/' }, want: 'https://keyway.example' },
    {
      flag: 'http://localhost:3000',
      env: { KEYWAY_SERVER: 'https://ignored.example' },
      want: 'http://localhost:3000',
    },
    { flag: 'http://127.0.0.1:3000///', env: {}, want: 'http://127.0.0.1:3000' },
    { flag: 'HTTPS://Keyway.Example:443/', env: {}, want: 'https://keyway.example' },
    { flag: 'https://example.com/keyway/', env: {}, want: 'https://example.com/keyway' },
    { flag: '  http://example.com  ', env: {}, want: 'http://example.com' },
  ])('flag $flag, env $env → $want', ({ flag, env, want }) => {
    expect(resolveServerUrl(flag, env)).toBe(want);
  });

  test.each([
    {
      flag: 'ftp://example.com',
      env: {},
      want: '--server must be an http:// or https:// URL, got "ftp://example.com"',
    },
    { flag: 'example.com', env: {}, want: '--server must be an http:// or https:// URL, got "example.com"' },
    { flag: 'javascript:alert(1)', env: {}, want: /^--server must be an http/ },
    { flag: 'http://a:b@example.com', env: {}, want: '--server must not contain a user name or password' },
    { flag: 'http://example.com/?x=1', env: {}, want: /^--server must not contain a query or fragment/ },
    { flag: undefined, env: { KEYWAY_SERVER: 'file:///etc' }, want: /^KEYWAY_SERVER must be an http/ },
  ])('refuses flag $flag, env $env', ({ flag, env, want }) => {
    expect(() => resolveServerUrl(flag, env)).toThrow(want);
  });
});
