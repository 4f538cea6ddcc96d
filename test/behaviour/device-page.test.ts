// The RFC 8628 §3.3 verification page at /device over plain HTTP, as a browser without
// JavaScript would use it: a cookie jar, forms posted with their hidden fields. Checks the
// security headers, the cookie's attributes, CSRF, sign-in (with the org choice), approve and
// deny, escaping of names, and the wrong-code lock. test/browser/ drives it with Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../server/test-server.ts';
import { PASSWORD, signup, uniqueEmail } from '../support/api.ts';
import { BACKENDS, sqliteBackend } from '../support/backends.ts';
import { invite, joinAs, must, SERVER_ENV, useServer } from './flows.ts';

const ENV = { ...SERVER_ENV, KEYWAY_DEVICE_POLL_INTERVAL: '1' };
const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

interface Page {
  status: number;
  headers: Headers;
  html: string;
}

/** A browser's worth of state for one person: the page cookie, and forms read off the last page. */
class Browser {
  private cookie: string | undefined;
  last: Page | undefined;

  constructor(private readonly base: string) {}

  async get(path: string): Promise<Page> {
    return this.keep(await fetch(`${this.base}${path}`, { headers: this.headers(), redirect: 'manual' }));
  }

  /** Posts the last page's form fields (CSRF token, user code) plus `fields`. */
  async submit(fields: Record<string, string>, csrf = this.hidden('csrf_token')): Promise<Page> {
    const code = this.hidden('user_code');
    const body = new URLSearchParams({
      ...(csrf === undefined ? {} : { csrf_token: csrf }),
      ...(code === undefined ? {} : { user_code: code }),
      ...fields,
    });
    return this.keep(
      await fetch(`${this.base}/device`, {
        method: 'POST',
        headers: { ...this.headers(), 'content-type': 'application/x-www-form-urlencoded' },
        body: body.toString(),
        redirect: 'manual',
      }),
    );
  }

  hidden(name: string): string | undefined {
    const match = this.last?.html.match(new RegExp(`<input type="hidden" name="${name}" value="([^"]*)">`));
    return match?.[1];
  }

  setCookie(value: string | undefined): void {
    this.cookie = value;
  }

  get cookieValue(): string | undefined {
    return this.cookie;
  }

  private headers(): Record<string, string> {
    return this.cookie === undefined ? {} : { cookie: `keyway_device=${this.cookie}` };
  }

  private async keep(response: Response): Promise<Page> {
    const set = response.headers.get('set-cookie');
    const value = set?.match(/^keyway_device=([^;]*)/)?.[1];
    if (value !== undefined) this.cookie = value;
    this.last = { status: response.status, headers: response.headers, html: await response.text() };
    return this.last;
  }
}

/** The page's visible text, roughly: tags dropped, entities for <, >, & and quotes decoded. */
function textOf(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
    .replace(/\s+/g, ' ')
    .trim();
}

describe.each(BACKENDS.map((make) => make()))('the device page on $name', (backend) => {
  const running = useServer(backend, ENV);
  const { api } = running;
  let person: Awaited<ReturnType<typeof signup>>;

  beforeAll(async () => {
    person = await signup(api, { name: 'Grace <b>Hopper</b>', org_name: 'Acme & <script>alert(1)</script>' });
  });

  const url = () => running.server.url;
  const start = async (scope = 'keys:read org:read') => {
    const response = await fetch(`${url()}/oauth/device_authorization`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: 'keyway-cli', scope }).toString(),
    });
    return (await response.json()) as {
      device_code: string;
      user_code: string;
      verification_uri_complete: string;
    };
  };
  const poll = async (deviceCode: string) => {
    const response = await fetch(`${url()}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: DEVICE_GRANT,
        device_code: deviceCode,
        client_id: 'keyway-cli',
      }).toString(),
    });
    return { status: response.status, body: (await response.json()) as Record<string, string> };
  };
  /** A browser signed in as `email` after following the device's complete verification link. */
  const signedIn = async (verificationUriComplete: string, email = person.user.email) => {
    const browser = new Browser(url());
    await browser.get(new URL(verificationUriComplete).pathname + new URL(verificationUriComplete).search);
    await browser.submit({ action: 'sign_in', email, password: PASSWORD });
    return browser;
  };

  it('serves HTML with a strict CSP, no framing, no referrer, no caching, and no external resources', async () => {
    const page = await new Browser(url()).get('/device');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(
      /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'$/,
    );
    expect(csp).not.toContain('unsafe');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.html).not.toMatch(/<script|\bsrc=|href="https?:|@import|url\(/i);
    expect(page.html).toMatch(/<form method="post" action="device">/);
  });

  it("the stylesheet hash in the CSP is the hash of the page's one <style>", async () => {
    const { createHash } = await import('node:crypto');
    const page = await new Browser(url()).get('/device');
    const style = page.html.match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? '';
    const hash = createHash('sha256').update(style).digest('base64');
    expect(page.headers.get('content-security-policy')).toContain(`'sha256-${hash}'`);
  });

  it('sets an HttpOnly, SameSite=Lax session cookie scoped to /device (not Secure over plain HTTP)', async () => {
    const page = await new Browser(url()).get('/device');
    const cookie = page.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(
      /^keyway_device=[A-Za-z0-9_.-]+; Path=\/device; Max-Age=\d+; HttpOnly; SameSite=Lax$/,
    );
  });

  it('without a session shows the sign-in form with the code from verification_uri_complete pre-filled', async () => {
    const started = await start();
    const browser = new Browser(url());
    const page = await browser.get(`/device?user_code=${started.user_code.toLowerCase()}`);
    expect(textOf(page.html)).toContain(`Signing in to approve the code ${started.user_code}`);
    expect(browser.hidden('user_code')).toBe(started.user_code);
    expect(browser.hidden('csrf_token')).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(page.html).toContain('name="password"');
  });

  it("sign-in, then the request with the client's name and the scopes in words, then Approve issues the tokens", async () => {
    const started = await start('keys:read org:read');
    const browser = await signedIn(started.verification_uri_complete);
    const confirm = browser.last as Page;
    expect(confirm.status).toBe(200);
    const text = textOf(confirm.html);
    expect(text).toContain(`Connect Keyway CLI?`);
    expect(text).toContain(started.user_code);
    expect(text).toContain('keys:read : List and read API keys (never their secrets)');
    expect(text).toContain("org:read : Read the organization's profile and settings");
    expect(text).not.toContain('keys:write');
    expect(confirm.html).toContain('value="approve"');
    expect(confirm.html).toContain('value="deny"');
    expect((await poll(started.device_code)).body.error).toBe('authorization_pending');

    const result = await browser.submit({ action: 'approve' });
    expect(result.status).toBe(200);
    expect(textOf(result.html)).toContain('Approved. Keyway CLI is signed in and can now use:');
    // RFC 8628 §3.5: the device waits its interval (1 s here) between polls.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const tokens = await poll(started.device_code);
    expect(tokens.status).toBe(200);
    expect(tokens.body.scope).toBe('keys:read org:read');
  });

  it('Deny answers the device with access_denied', async () => {
    const started = await start();
    const browser = await signedIn(started.verification_uri_complete);
    const result = await browser.submit({ action: 'deny' });
    expect(textOf(result.html)).toContain('Denied. Keyway CLI was not given access.');
    expect((await poll(started.device_code)).body.error).toBe('access_denied');
  });

  it('escapes names: a person or org named with markup shows as text', async () => {
    const started = await start();
    const browser = await signedIn(started.verification_uri_complete);
    const html = browser.last?.html ?? '';
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<b>Hopper</b>');
    expect(textOf(html)).toContain('Grace <b>Hopper</b>');
    expect(textOf(html)).toContain('Acme & <script>alert(1)</script>');
  });

  it("a form without the page's CSRF token (or with another page's) is refused with 400, and signs nobody in", async () => {
    const started = await start();
    const victim = new Browser(url());
    await victim.get(`/device?user_code=${started.user_code}`);
    const attacker = new Browser(url());
    await attacker.get('/device');
    const forged = await victim.submit(
      { action: 'sign_in', email: person.user.email, password: PASSWORD },
      attacker.hidden('csrf_token'),
    );
    expect(forged.status).toBe(400);
    expect(textOf(forged.html)).toContain('This form has expired');
    // The victim's own cookie, with no token in the form.
    const missing = await victim.submit(
      { action: 'sign_in', email: person.user.email, password: PASSWORD },
      '',
    );
    expect(missing.status).toBe(400);
    // Neither post started a session: approving still asks to sign in.
    const approve = await victim.submit({ action: 'approve' });
    expect(approve.status).toBe(400);
    expect((await poll(started.device_code)).body.error).toBe('authorization_pending');
  });

  it('a tampered cookie counts as no cookie', async () => {
    const started = await start();
    const browser = await signedIn(started.verification_uri_complete);
    const cookie = browser.cookieValue ?? '';
    browser.setCookie(`${cookie.slice(0, -2)}${cookie.endsWith('AA') ? 'BB' : 'AA'}`);
    const result = await browser.submit({ action: 'approve' });
    expect(result.status).toBe(400);
    expect((await poll(started.device_code)).body.error).toBe('authorization_pending');
  });

  it('a wrong password re-shows the form with an error and no session', async () => {
    const started = await start();
    const browser = new Browser(url());
    await browser.get(`/device?user_code=${started.user_code}`);
    const page = await browser.submit({
      action: 'sign_in',
      email: person.user.email,
      password: 'not the password',
    });
    expect(page.status).toBe(400);
    expect(textOf(page.html)).toContain('The email or password is not right.');
    expect(page.html).toContain('name="password"');
  });

  it('a person in several orgs picks the org the device acts in', async () => {
    const email = uniqueEmail('two-orgs');
    const inviter = await signup(api, { org_name: 'Second Org' });
    const invitation = await invite(api, inviter.access_token, email, 'member');
    const own = await signup(api, { email, org_name: 'First Org' });
    must(
      await api('POST', '/v1/invitations/accept', {
        token: own.access_token,
        body: { token: invitation.token },
      }),
      200,
      'accept',
    );
    const started = await start('keys:read');
    const browser = await signedIn(started.verification_uri_complete, email);
    const choose = browser.last as Page;
    expect(textOf(choose.html)).toContain('Choose an organization');
    expect(textOf(choose.html)).toContain('First Org');
    expect(textOf(choose.html)).toContain('Second Org');
    const confirm = await browser.submit({ action: 'choose_org', org_id: inviter.org.id });
    expect(textOf(confirm.html)).toContain('in Second Org');
    await browser.submit({ action: 'approve' });
    const tokens = await poll(started.device_code);
    const claims = JSON.parse(
      Buffer.from(tokens.body.access_token?.split('.')[1] ?? '', 'base64url').toString(),
    );
    expect(claims).toMatchObject({ org_id: inviter.org.id, sub: own.user.id });
  });

  it('five wrong codes lock code entry for the person: the sixth check is a 429 page with Retry-After', async () => {
    const lone = await signup(api);
    const started = await start();
    const browser = await signedIn(`${url()}/device`, lone.user.email);
    for (let i = 0; i < 5; i++) {
      const wrong = await browser.submit({ action: 'check', user_code: 'BBBB-BBBB' });
      expect(wrong.status).toBe(400);
      expect(textOf(wrong.html)).toContain('That code is not valid');
    }
    const locked = await browser.submit({ action: 'check', user_code: started.user_code });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(60);
    expect(textOf(locked.html)).toContain('Too many wrong codes');
  });

  it('a link with a code only pre-fills it: GETs look nothing up, so other sites cannot lock a person out', async () => {
    const lone = await signup(api);
    const started = await start();
    const browser = await signedIn(`${url()}/device`, lone.user.email);
    for (let i = 0; i < 8; i++) {
      const page = await browser.get('/device?user_code=BBBB-BBBB');
      expect(page.status).toBe(200);
      expect(page.html).toContain('value="BBBB-BBBB"');
      expect(page.html).toContain('value="check"');
    }
    const confirm = await browser.submit({ action: 'check', user_code: started.user_code });
    expect(confirm.status).toBe(200);
    expect(textOf(confirm.html)).toContain('Connect Keyway CLI?');
  });

  it('answering signs the page out: the next person on the machine must sign in again', async () => {
    const first = await start();
    const second = await start();
    const browser = await signedIn(first.verification_uri_complete);
    const result = await browser.submit({ action: 'deny' });
    expect(result.status).toBe(200);
    expect(textOf(result.html)).toContain('you have been signed out of it');
    const again = await browser.get(`/device?user_code=${second.user_code}`);
    expect(again.html).toContain('name="password"');
    const forced = await browser.submit({ action: 'approve', user_code: second.user_code });
    expect(forced.status).toBe(400);
    expect((await poll(second.device_code)).body.error).toBe('authorization_pending');
  });

  it('when the role can grant none of the requested scopes, only Deny is offered and Approve is refused', async () => {
    const viewer = await joinAs(api, person.access_token, person.org.id, 'viewer');
    const started = await start('members:write');
    // The viewer also has the org of their own sign-up: they pick this one.
    const browser = await signedIn(started.verification_uri_complete, viewer.email);
    const confirm = await browser.submit({ action: 'choose_org', org_id: person.org.id });
    expect(textOf(confirm.html)).toContain('asks for permissions your role cannot grant');
    expect(confirm.html).not.toContain('value="approve"');
    const forced = await browser.submit({ action: 'approve' });
    expect(forced.status).toBe(400);
    expect(textOf(forced.html)).toContain('Your role cannot grant any of the permissions it asks for.');
    expect((await poll(started.device_code)).body.error).toBe('authorization_pending');
  });
});

describe('the device page behind HTTPS', () => {
  let server: TestServer;
  const backend = sqliteBackend();
  beforeAll(async () => {
    server = await startTestServer({ ...ENV, KEYWAY_ISSUER: 'https://auth.example.com/keyway' }, backend);
  });
  afterAll(async () => {
    await server.close();
    await backend.cleanup();
  });

  it("marks the cookie Secure and scopes it to the issuer's path", async () => {
    const page = await new Browser(server.url).get('/device');
    expect(page.headers.get('set-cookie')).toMatch(
      /; Path=\/keyway\/device; Max-Age=\d+; HttpOnly; SameSite=Lax; Secure$/,
    );
  });

  it('names the https verification URI in the device authorization response', async () => {
    const response = await fetch(`${server.url}/oauth/device_authorization`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'client_id=keyway-cli',
    });
    const body = (await response.json()) as { verification_uri: string };
    expect(body.verification_uri).toBe('https://auth.example.com/keyway/device');
  });
});
