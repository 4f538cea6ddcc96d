// The stored logins: where the file lives, its modes, atomic replacement, and that one server's
// write keeps every other server's entry.
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  configDir,
  readCredentials,
  readLogin,
  type StoredLogin,
  writeLogin,
} from '../../cli/credential-store.ts';
import { makeTempDir } from '../server/test-server.ts';

const LOGIN: StoredLogin = {
  access_token: 'eyJ.a.b',
  refresh_token: 'kwr_one',
  expires_at: '2030-01-01T00:00:00.000Z',
  scope: 'keys:read',
  token_type: 'Bearer',
};

const temps: string[] = [];
function tempEnv(): { dir: string; env: NodeJS.ProcessEnv } {
  const parent = makeTempDir();
  temps.push(parent);
  const dir = join(parent, 'nested', 'keyway');
  return { dir, env: { KEYWAY_CONFIG_DIR: dir } };
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('configDir', () => {
  test.each([
    { env: { KEYWAY_CONFIG_DIR: '/tmp/kw', XDG_CONFIG_HOME: '/xdg' }, want: '/tmp/kw' },
    { env: { XDG_CONFIG_HOME: '/xdg' }, want: '/xdg/keyway' },
    { env: { XDG_CONFIG_HOME: 'relative' }, want: join(homedir(), '.config', 'keyway') },
    { env: { KEYWAY_CONFIG_DIR: '', XDG_CONFIG_HOME: '' }, want: join(homedir(), '.config', 'keyway') },
    { env: {}, want: join(homedir(), '.config', 'keyway') },
  ])('$env → $want', ({ env, want }) => {
    expect(configDir(env)).toBe(want);
  });
});

describe.skipIf(process.platform === 'win32')('credentials.json', () => {
  test('an absent file is an empty store', () => {
    const { env } = tempEnv();
    expect(readCredentials(env)).toEqual({});
    expect(readLogin(env, 'http://a')).toBeUndefined();
  });

  test('the first write creates the directory 0700 and the file 0600, and leaves no temp file', () => {
    const { dir, env } = tempEnv();
    writeLogin(env, 'http://a', LOGIN);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'credentials.json')).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['credentials.json']);
    expect(readLogin(env, 'http://a')).toEqual(LOGIN);
  });

  test('writing one server keeps the others; removing one keeps the others', () => {
    const { env } = tempEnv();
    const other = { ...LOGIN, refresh_token: 'kwr_two' };
    writeLogin(env, 'http://a', LOGIN);
    writeLogin(env, 'https://b', other);
    writeLogin(env, 'http://a', { ...LOGIN, refresh_token: 'kwr_three' });
    expect(readCredentials(env)).toEqual({
      'http://a': { ...LOGIN, refresh_token: 'kwr_three' },
      'https://b': other,
    });
    writeLogin(env, 'http://a', undefined);
    expect(readCredentials(env)).toEqual({ 'https://b': other });
  });

  test('an existing file readable by others is tightened to 0600 on read, and on write', () => {
    const { dir, env } = tempEnv();
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'credentials.json');
    writeFileSync(path, JSON.stringify({ 'http://a': LOGIN }));
    chmodSync(path, 0o644);
    expect(readLogin(env, 'http://a')).toEqual(LOGIN);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    chmodSync(path, 0o666);
    writeLogin(env, 'http://b', LOGIN);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  test.each([
    { content: '{"http://a": {"access_token": "eyJ.secret"', want: /is not valid JSON/ },
    { content: '["eyJ.secret"]', want: /should hold a JSON object keyed by server URL/ },
  ])('a broken file is an error that does not quote it: $content', ({ content, want }) => {
    const { dir, env } = tempEnv();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'credentials.json'), content, { mode: 0o600 });
    expect(() => readCredentials(env)).toThrow(want);
    expect(() => readCredentials(env)).not.toThrow(/secret/);
  });

  test.each([
    { entry: { ...LOGIN, refresh_token: undefined } },
    { entry: { ...LOGIN, access_token: 42 } },
    { entry: { ...LOGIN, expires_at: undefined } },
    { entry: 'kwr_x' },
  ])('an incomplete entry counts as not logged in: $entry', ({ entry }) => {
    const { dir, env } = tempEnv();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'credentials.json'), JSON.stringify({ 'http://a': entry }));
    expect(readLogin(env, 'http://a')).toBeUndefined();
  });

  test('the file is pretty JSON keyed by server URL', () => {
    const { dir, env } = tempEnv();
    writeLogin(env, 'http://a', LOGIN);
    expect(readFileSync(join(dir, 'credentials.json'), 'utf8')).toBe(
      `${JSON.stringify({ 'http://a': LOGIN }, null, 2)}\n`,
    );
  });
});
