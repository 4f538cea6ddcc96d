// The whole device login as a person does it: `keyway login` polls in a child process while
// Debian's Chromium (driven by playwright-core, no browser download) opens the verification
// link, signs in, checks the code and approves; then `keyway whoami` prints the person. A
// screenshot of the approval page is saved under test/artifacts/ (not committed).
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_ENV, useServer } from '../behaviour/flows.ts';
import { cliEnv, runCli, startCli } from '../cli/run-cli.ts';
import { makeTempDir } from '../server/test-server.ts';
import { PASSWORD, signup } from '../support/api.ts';
import { sqliteBackend } from '../support/backends.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const CODE_LINE = /^! First copy your one-time code: ([A-Z]{4}-[A-Z]{4})$/m;
const OPEN_LINE = /^Open (\S+) in your browser to approve\.$/m;

describe('device login through a real browser', () => {
  const running = useServer(sqliteBackend(), { ...SERVER_ENV, KEYWAY_DEVICE_POLL_INTERVAL: '1' });
  let browser: Browser;
  let configDir: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
    }
    // --no-sandbox: the tests may run as root, where Chromium's sandbox refuses to start.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    configDir = join(makeTempDir(), 'keyway');
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    if (configDir !== undefined) rmSync(join(configDir, '..'), { recursive: true, force: true });
  });

  it('signs in, approves, and `keyway whoami` prints the person', async () => {
    const { api, server } = running;
    const person = await signup(api, { name: 'Katherine Johnson', org_name: 'Langley' });
    const cli = startCli(
      ['login', '--server', server.url, '--no-browser', '--scopes', 'keys:read,org:read'],
      cliEnv(configDir),
    );
    const [, userCode] = await cli.waitForStdout(CODE_LINE);
    const [, link] = await cli.waitForStdout(OPEN_LINE);
    expect(link).toBe(`${server.url}/device?user_code=${userCode}`);

    const context = await browser.newContext();
    const page = await context.newPage();
    // Nothing on the page may load from anywhere but this server.
    const outside: string[] = [];
    page.on('request', (request) => {
      const host = new URL(request.url()).hostname;
      if (host !== '127.0.0.1' && host !== 'localhost') outside.push(request.url());
    });
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });

    await page.goto(link as string);
    await expect(
      page.getByRole('heading', { name: 'Sign in to connect a device' }).isVisible(),
    ).resolves.toBe(true);
    expect(await visibleText(page)).toContain(`Signing in to approve the code ${userCode}`);
    await page.getByLabel('Email').fill(person.user.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('heading', { name: 'Connect Keyway CLI?' }).waitFor();
    const approval = await visibleText(page);
    expect(approval).toContain(userCode);
    expect(approval).toContain('Signed in as Katherine Johnson');
    expect(approval).toContain('keys:read: List and read API keys (never their secrets)');
    expect(approval).toContain("org:read: Read the organization's profile and settings");
    await page.screenshot({ path: join(ARTIFACTS, 'device-approval.png'), fullPage: true });

    // The cookie the page set is out of reach of scripts and other sites' forms.
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: 'keyway_device', httpOnly: true, sameSite: 'Lax', path: '/device' });

    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('heading', { name: 'Device connected' }).waitFor();
    expect(await visibleText(page)).toContain('Approved. Keyway CLI is signed in and can now use:');
    await page.screenshot({ path: join(ARTIFACTS, 'device-approved.png'), fullPage: true });
    await context.close();

    const login = await cli.done;
    expect(login.status, login.stderr).toBe(0);
    expect(login.stdout).toContain(`Logged in to ${server.url} as Katherine Johnson (Langley, owner)`);

    const whoami = await runCli(['whoami', '--server', server.url], cliEnv(configDir));
    expect(whoami.status, whoami.stderr).toBe(0);
    expect(whoami.stdout).toContain(
      `Katherine Johnson (${person.user.id}) in Langley (${person.org.id}) as owner`,
    );
    expect(whoami.stdout).toContain('Scopes: keys:read, org:read');

    expect(outside).toEqual([]);
    expect(violations).toEqual([]);
  });
});

/** What the person sees: rendered text (hidden fields and the stylesheet are not in it). */
function visibleText(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the test asserts on what is rendered, not on the DOM's text.
  return page.locator('body').innerText();
}
