// The device page's HTML (RFC 8628 §3.3): plain server-rendered forms, no script, one inline
// stylesheet allowed by its hash. Every value that reaches the markup goes through escapeHtml:
// names, org names and client ids are user input.
import { createHash } from 'node:crypto';

const STYLE = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; }
body { max-width: 32rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5; }
h1 { font-size: 1.4rem; }
.brand { font-weight: 700; letter-spacing: .02em; color: #4b5fd6; }
label { display: block; margin: .8rem 0 .2rem; }
input[type=email], input[type=password], input[type=text] { width: 100%; padding: .5rem; font-size: 1rem; box-sizing: border-box; }
.code { font-family: ui-monospace, monospace; font-size: 1.6rem; letter-spacing: .15em; }
input.code { text-transform: uppercase; }
button { margin: 1rem .5rem 0 0; padding: .55rem 1.2rem; font-size: 1rem; border-radius: .3rem; border: 1px solid #888; cursor: pointer; }
button.primary { background: #4b5fd6; color: #fff; border-color: #4b5fd6; }
.error { color: #b00020; font-weight: 600; }
.muted { color: #666; font-size: .9rem; }
ul.scopes li code { font-weight: 600; }
`;

/** The CSP hash-source of the one stylesheet (CSP Level 3 §2.3.1): no 'unsafe-inline'. */
const STYLE_SOURCE = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

/** A policy that allows nothing but the page's own stylesheet and forms posting back to it. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${STYLE_SOURCE}`,
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface ScopeView {
  name: string;
  description: string;
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)} · Keyway</title>
<style>${STYLE}</style>
</head>
<body>
<p class="brand">Keyway</p>
${body}
</body>
</html>
`;
}

/** The fields every form posts back: the CSRF token, and the code when there is one. */
function hidden(csrf: string, userCode?: string): string {
  const code =
    userCode === undefined ? '' : `<input type="hidden" name="user_code" value="${escapeHtml(userCode)}">`;
  return `<input type="hidden" name="csrf_token" value="${escapeHtml(csrf)}">${code}`;
}

const errorLine = (error?: string) =>
  error === undefined ? '' : `<p class="error" role="alert">${escapeHtml(error)}</p>`;

export function signInView(view: {
  csrf: string;
  userCode?: string;
  email?: string;
  error?: string;
}): string {
  const code =
    view.userCode === undefined
      ? ''
      : `<p>Signing in to approve the code <span class="code">${escapeHtml(view.userCode)}</span>.</p>`;
  return layout(
    'Sign in to connect a device',
    `<h1>Sign in to connect a device</h1>
${code}
${errorLine(view.error)}
<form method="post" action="device">
${hidden(view.csrf, view.userCode)}
<label for="email">Email</label>
<input type="email" id="email" name="email" autocomplete="username" required value="${escapeHtml(view.email ?? '')}">
<label for="password">Password</label>
<input type="password" id="password" name="password" autocomplete="current-password" required>
<button class="primary" type="submit" name="action" value="sign_in">Sign in</button>
</form>`,
  );
}

export function chooseOrgView(view: {
  csrf: string;
  userCode?: string;
  orgs: Array<{ id: string; name: string }>;
}): string {
  const options = view.orgs
    .map(
      (org, i) =>
        `<label><input type="radio" name="org_id" value="${escapeHtml(org.id)}"${i === 0 ? ' checked' : ''}> ${escapeHtml(org.name)}</label>`,
    )
    .join('\n');
  return layout(
    'Choose an organization',
    `<h1>Choose an organization</h1>
<p>You belong to several organizations. Which one should the device act in?</p>
<form method="post" action="device">
${hidden(view.csrf, view.userCode)}
${options}
<button class="primary" type="submit" name="action" value="choose_org">Continue</button>
</form>`,
  );
}

/** The signed-in person as the page names them. */
export interface PersonView {
  name: string;
  email: string;
  org: string;
}

const signedInAs = (person: PersonView) =>
  `<p class="muted">Signed in as ${escapeHtml(person.name)} (${escapeHtml(person.email)}) in ${escapeHtml(person.org)}.</p>`;

/**
 * The code form, pre-filled from a verification_uri_complete link. Checking a code is a POST
 * (CSRF-protected): a link from another site cannot spend the person's wrong-code budget.
 */
export function codeEntryView(view: {
  csrf: string;
  person: PersonView;
  userCode?: string;
  error?: string;
}): string {
  return layout(
    'Enter the code from your device',
    `<h1>Enter the code from your device</h1>
${signedInAs(view.person)}
${errorLine(view.error)}
<form method="post" action="device">
<input type="hidden" name="csrf_token" value="${escapeHtml(view.csrf)}">
<label for="user_code">Code</label>
<input class="code" type="text" id="user_code" name="user_code" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="16" required placeholder="XXXX-XXXX" value="${escapeHtml(view.userCode ?? '')}">
<button class="primary" type="submit" name="action" value="check">Continue</button>
</form>`,
  );
}

function scopeList(scopes: readonly ScopeView[]): string {
  const items = scopes
    .map((s) => `<li><code>${escapeHtml(s.name)}</code>: ${escapeHtml(s.description)}</li>`)
    .join('\n');
  return `<ul class="scopes">\n${items}\n</ul>`;
}

export function confirmView(view: {
  csrf: string;
  person: PersonView;
  userCode: string;
  clientName: string;
  granted: readonly ScopeView[];
  /** Asked for, but beyond what the person may grant. */
  withheld: readonly ScopeView[];
}): string {
  const withheld =
    view.withheld.length === 0
      ? ''
      : `<p class="muted">It also asked for ${view.withheld.map((s) => `<code>${escapeHtml(s.name)}</code>`).join(', ')}, which your role cannot grant; it will not get ${view.withheld.length === 1 ? 'it' : 'them'}.</p>`;
  // Nothing grantable: approving would hand out a token that can do nothing, so only Deny.
  const request =
    view.granted.length === 0
      ? `<p><strong>${escapeHtml(view.clientName)}</strong> asks for permissions your role cannot grant, so it cannot be approved.</p>
${withheld}
<form method="post" action="device">
${hidden(view.csrf, view.userCode)}
<button class="primary" type="submit" name="action" value="deny">Deny</button>
</form>`
      : `<p><strong>${escapeHtml(view.clientName)}</strong> asks to act as you in ${escapeHtml(view.person.org)} with these permissions:</p>
${scopeList(view.granted)}
${withheld}
<form method="post" action="device">
${hidden(view.csrf, view.userCode)}
<button class="primary" type="submit" name="action" value="approve">Approve</button>
<button type="submit" name="action" value="deny">Deny</button>
</form>`;
  return layout(
    'Connect a device',
    `<h1>Connect ${escapeHtml(view.clientName)}?</h1>
${signedInAs(view.person)}
<p>Check that your device shows this code:</p>
<p class="code">${escapeHtml(view.userCode)}</p>
${request}
<p class="muted">If you did not start this on a device of yours, choose Deny.</p>`,
  );
}

export function resultView(view: {
  approved: boolean;
  clientName: string;
  granted: readonly ScopeView[];
}): string {
  return view.approved
    ? layout(
        'Device connected',
        `<h1>Device connected</h1>
<p>Approved. ${escapeHtml(view.clientName)} is signed in and can now use:</p>
${scopeList(view.granted)}
<p>You can close this page and return to your device. You have been signed out of this page.</p>`,
      )
    : layout(
        'Request denied',
        `<h1>Request denied</h1>
<p>Denied. ${escapeHtml(view.clientName)} was not given access. You can close this page; you have been signed out of it.</p>`,
      );
}

/** A page with a heading and one message, e.g. an error, with a way back to the start. */
export function messageView(title: string, message: string): string {
  return layout(
    title,
    `<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
<p><a href="device">Start again</a></p>`,
  );
}
