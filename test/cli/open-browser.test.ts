// browserCommand: which program opens the verification LINK, per platform, and when none does.
import { describe, expect, test } from 'vitest';
import { browserCommand } from '../../cli/open-browser.ts';

const LINK = 'http://127.0.0.1:3000/device?user_code=BCDF-GHJK';

describe('browserCommand', () => {
  test.each([
    { platform: 'linux', env: {}, want: { file: 'xdg-open', args: [LINK], verbatim: false } },
    { platform: 'darwin', env: {}, want: { file: 'open', args: [LINK], verbatim: false } },
    { platform: 'win32', env: {}, want: { file: 'cmd', args: ['/c', 'start', '""', LINK], verbatim: true } },
    {
      platform: 'linux',
      env: { BROWSER: 'firefox' },
      want: { file: 'firefox', args: [LINK], verbatim: false },
    },
    { platform: 'linux', env: { BROWSER: 'none' }, want: undefined },
    { platform: 'win32', env: { BROWSER: 'none' }, want: undefined },
  ] as const)('$platform with $env', ({ platform, env, want }) => {
    expect(browserCommand(LINK, env, platform)).toEqual(want);
  });

  test.each([
    { url: 'http://h/device?a=1&b=(2)', want: 'http://h/device?a=1^&b=^(2^)' },
    // cmd.exe would expand %VAR% into the LINK, handing an environment variable to the server.
    { url: 'http://h/device?x=%PATH%', want: undefined },
    { url: 'http://h/device?x=!PATH!', want: undefined },
  ])('escapes or refuses what cmd.exe would interpret: $url', ({ url, want }) => {
    const command = browserCommand(url, {}, 'win32');
    expect(command?.args[3]).toBe(want);
  });

  test.each(['file:///etc/passwd', 'javascript:alert(1)', 'not a url', 'ftp://h/'])(
    'never opens %s',
    (url) => {
      expect(browserCommand(url, {}, 'linux')).toBeUndefined();
    },
  );

  test('a space or quote arrives percent-encoded, as one argument', () => {
    expect(browserCommand('http://h/a b"c', {}, 'linux')?.args).toEqual(['http://h/a%20b%22c']);
  });
});
