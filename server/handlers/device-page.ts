// The RFC 8628 §3.3 verification page at /device: sign in, check the code, see which client asks
// for which scopes, approve or deny. Server-rendered forms (device-page/views.ts) protected by a
// double-submit CSRF token sealed in the page's cookie (device-page/page-session.ts).
import type { FastifyRequest } from 'fastify';
import { scopes as catalogue } from '../../generated/policy.ts';
import type { Handlers, SubmitDevicePageRequest } from '../../generated/server/routes.ts';
import { recordAudit, recordRateLimitHit, userActor } from '../audit.ts';
import { CLI_CLIENT_ID } from '../config.ts';
import { sessionsWithRole } from '../db/queries.ts';
import {
  decide,
  displayUserCode,
  findPendingByUserCode,
  grantableScopes,
  normalizeUserCode,
  type PendingAuthorization,
} from '../device-authorization.ts';
import {
  ANONYMOUS_LIFETIME_SECONDS,
  csrfMatches,
  newPageSession,
  ORG_CHOICE_LIFETIME_SECONDS,
  type PageSession,
  pageCookie,
  readPageSession,
} from '../device-page/page-session.ts';
import {
  chooseOrgView,
  codeEntryView,
  confirmView,
  messageView,
  type PersonView,
  resultView,
  type ScopeView,
  signInView,
} from '../device-page/views.ts';
import { passwordLogin } from '../password-login.ts';
import type { RateLimitResult } from '../rate-limit.ts';
import { isRole } from '../roles.ts';
import type { Services } from '../services.ts';
import {
  grantOf,
  LOGIN_GRANT,
  revokeSession,
  type SessionSubject,
  sessionScopes,
  startSession,
  subjectOf,
} from '../sessions.ts';
import { isoNow } from '../time.ts';

type DevicePageHandlers = Pick<Handlers, 'getDevicePage' | 'submitDevicePage'>;
type Form = SubmitDevicePageRequest['body'];

/** A page response: 200, 400 or 429, HTML, with the cookie when it changed. */
type Page = { [S in 200 | 400 | 429]: { status: S; body: string; headers: Record<string, string> } }[
  | 200
  | 400
  | 429];

/** The signed-in person behind a page session. */
interface Person {
  sessionId: string;
  subject: SessionSubject;
  scopes: string[];
}

const CLIENT_NAMES: Readonly<Record<string, string>> = { [CLI_CLIENT_ID]: 'Keyway CLI' };

const clientNameOf = (clientId: string) => CLIENT_NAMES[clientId] ?? clientId;

const scopeViews = (names: readonly string[]): ScopeView[] =>
  catalogue.filter((s) => names.includes(s.name)).map((s) => ({ name: s.name, description: s.description }));

/** `XXXX-XXXX` for a well-formed code, else the input as typed (to show it back). */
const displayCode = (input: string) => {
  const code = normalizeUserCode(input);
  return code === null ? input.trim() : displayUserCode(code);
};

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

export function createDevicePageHandlers(services: Services): DevicePageHandlers {
  const { db, config } = services;

  const cookieOf = (session?: PageSession): Record<string, string> =>
    session === undefined ? {} : { 'Set-Cookie': pageCookie(services, session) };

  function page(status: 200 | 400, body: string, session?: PageSession): Page {
    return { status, body, headers: cookieOf(session) };
  }

  function tooMany(limit: RateLimitResult, what: string): Page {
    return {
      status: 429,
      headers: { 'Retry-After': String(limit.reset) },
      body: messageView('Too many attempts', `${what} Try again in ${minutes(limit.reset)} minutes.`),
    };
  }

  /** The person a page session is signed in as, if the session is still live and they are a member. */
  async function personOf(session: PageSession | null): Promise<Person | null> {
    if (session?.sid === undefined) return null;
    const row = await sessionsWithRole(db).where('sessions.id', '=', session.sid).executeTakeFirst();
    if (row === undefined || row.revoked_at !== null || row.expires_at <= isoNow()) return null;
    if (row.role === null || !isRole(row.role)) return null;
    const subject: SessionSubject = {
      user: { id: row.user_id, email: row.email, name: row.user_name },
      org: { id: row.org_id, name: row.org_name },
      role: row.role,
    };
    return { sessionId: row.session_id, subject, scopes: sessionScopes(grantOf(row), row.role) };
  }

  const personView = (person: Person): PersonView => ({
    name: person.subject.user.name,
    email: person.subject.user.email,
    org: person.subject.org.name,
  });

  /** The code form for a signed-in person, pre-filled when a code came with the link. */
  const codeEntry = (
    status: 200 | 400,
    session: PageSession,
    person: Person,
    extra: { userCode?: string; error?: string } = {},
    cookie?: PageSession,
  ) => page(status, codeEntryView({ csrf: session.csrf, person: personView(person), ...extra }), cookie);

  /** Looks the code up for `person` (a wrong one counts against them) and shows the request. */
  async function showRequest(
    request: FastifyRequest,
    session: PageSession,
    person: Person,
    userCode: string,
    cookie?: PageSession,
  ): Promise<Page> {
    const found = await lookup(request, session, person, userCode);
    if (!found.ok) return { ...found.page, headers: { ...found.page.headers, ...cookieOf(cookie) } };
    const { granted, withheld } = grantableScopes(found.authorization, person.scopes);
    return page(
      200,
      confirmView({
        csrf: session.csrf,
        person: personView(person),
        userCode: displayCode(userCode),
        clientName: clientNameOf(found.authorization.clientId),
        granted: scopeViews(granted),
        withheld: scopeViews(withheld),
      }),
      cookie,
    );
  }

  /** The pending authorization for a code, or the page that says why there is none. */
  async function lookup(
    request: FastifyRequest,
    session: PageSession,
    person: Person,
    userCode: string,
  ): Promise<{ ok: true; authorization: PendingAuthorization } | { ok: false; page: Page }> {
    const result = await findPendingByUserCode(services, person.subject.user.id, userCode);
    if (result.status === 'locked') {
      await recordRateLimitHit(db, request, result.limit, [person.subject.org.id], {
        actor: userActor(person.subject.user.id),
        limit: 'device_user_code',
      });
      return {
        ok: false,
        page: tooMany(
          result.limit,
          'Too many wrong codes were entered, so code entry is locked for a while.',
        ),
      };
    }
    if (result.status === 'unknown') {
      // RFC 8628 §5.1: no hint how close a wrong code was; it is simply not valid.
      const error = 'That code is not valid, has expired or was already used. Check the code on your device.';
      return { ok: false, page: codeEntry(400, session, person, { userCode: userCode.slice(0, 16), error }) };
    }
    return { ok: true, authorization: result.authorization };
  }

  /** Signs `subject` in on the page: a short session of its own, and a fresh CSRF token. */
  async function signIn(request: FastifyRequest, subject: SessionSubject, userCode: string | undefined) {
    const sessionId = await startSession(db, subject, config.sessionTtl);
    await recordAudit(db, request, {
      action: 'login.succeeded',
      orgId: subject.org.id,
      actor: userActor(subject.user.id),
      target: { kind: 'session', id: sessionId },
      data: { via: 'device_page' },
    });
    const session = newPageSession(config.sessionTtl, { sid: sessionId });
    const person: Person = { sessionId, subject, scopes: sessionScopes(LOGIN_GRANT, subject.role) };
    // The sign-in was a CSRF-checked post, so the code that came with it may be looked up now.
    if (userCode !== undefined && userCode !== '')
      return showRequest(request, session, person, userCode, session);
    return codeEntry(200, session, person, {}, session);
  }

  async function submitSignIn(request: FastifyRequest, form: Form, session: PageSession): Promise<Page> {
    if (
      form.email === undefined ||
      form.password === undefined ||
      form.email === '' ||
      form.password === ''
    ) {
      return page(
        400,
        signInView({ csrf: session.csrf, ...codeOf(form), error: 'Enter your email and password.' }),
      );
    }
    const attempt = await passwordLogin(services, request, {
      email: form.email,
      password: form.password,
      orgId: form.org_id === '' ? undefined : form.org_id,
    });
    if (attempt.status === 'limited') return tooMany(attempt.limit, 'Too many sign-in attempts.');
    if (attempt.status === 'invalid') {
      return page(
        400,
        signInView({
          csrf: session.csrf,
          ...codeOf(form),
          email: form.email,
          error: 'The email or password is not right.',
        }),
      );
    }
    const [first, ...others] = attempt.memberships;
    if (first !== undefined && others.length === 0) {
      return signIn(request, { user: attempt.user, ...first }, form.user_code);
    }
    // Several orgs and none named: the person picks one; the cookie remembers who passed the
    // password check, for a short while.
    const choosing = newPageSession(ORG_CHOICE_LIFETIME_SECONDS, { uid: attempt.user.id });
    return page(
      200,
      chooseOrgView({ csrf: choosing.csrf, ...codeOf(form), orgs: attempt.memberships.map((m) => m.org) }),
      choosing,
    );
  }

  async function submitOrgChoice(request: FastifyRequest, form: Form, session: PageSession): Promise<Page> {
    if (session.uid === undefined || form.org_id === undefined) {
      return page(400, messageView('Sign in first', 'Your sign-in has expired. Sign in again.'));
    }
    const subject = await subjectOf(db, session.uid, form.org_id);
    if (subject === null) {
      return page(400, messageView('Not a member', 'You are not a member of that organization.'));
    }
    return signIn(request, subject, form.user_code);
  }

  async function submitDecision(
    request: FastifyRequest,
    form: Form,
    session: PageSession,
    person: Person,
  ): Promise<Page> {
    if (form.user_code === undefined || form.user_code === '') {
      return codeEntry(400, session, person, { error: 'Enter the code.' });
    }
    const found = await lookup(request, session, person, form.user_code);
    if (!found.ok) return found.page;
    const { authorization } = found;
    const approve = form.action === 'approve';
    const granted = approve ? grantableScopes(authorization, person.scopes).granted : [];
    if (approve && granted.length === 0) {
      return page(
        400,
        messageView('Nothing to approve', 'Your role cannot grant any of the permissions it asks for.'),
      );
    }
    const decided = await decide(db, request, authorization, {
      approve,
      subject: { userId: person.subject.user.id, orgId: person.subject.org.id },
      scopes: granted,
    });
    if (!decided) {
      return page(400, messageView('Code no longer valid', 'The request was answered or expired meanwhile.'));
    }
    // One sign-in answers one request: on a shared machine the next person must sign in again.
    await revokeSession(db, person.sessionId, 'device_page_done');
    return page(
      200,
      resultView({
        approved: approve,
        clientName: clientNameOf(authorization.clientId),
        granted: scopeViews(granted),
      }),
      newPageSession(ANONYMOUS_LIFETIME_SECONDS),
    );
  }

  /** The sign-in form on a fresh anonymous cookie, saying why. */
  function startOver(form: Form, error: string): Page {
    const fresh = newPageSession(ANONYMOUS_LIFETIME_SECONDS);
    return page(400, signInView({ csrf: fresh.csrf, ...codeOf(form), error }), fresh);
  }

  return {
    async getDevicePage({ query }, { request }) {
      const session = readPageSession(services, request);
      const person = await personOf(session);
      if (session !== null && person !== null) {
        // A GET never looks a code up (a link from another site must not spend the person's
        // wrong-code budget): the code from verification_uri_complete is only pre-filled.
        return codeEntry(200, session, person, codeOf(query));
      }
      // Not signed in: keep a live anonymous cookie, else start one. The code is not looked up
      // before sign-in, so the page says nothing about codes to strangers.
      const anonymous = session !== null && session.sid === undefined ? session : null;
      const current = anonymous ?? newPageSession(ANONYMOUS_LIFETIME_SECONDS);
      return page(
        200,
        signInView({ csrf: current.csrf, ...codeOf(query) }),
        anonymous === null ? current : undefined,
      );
    },

    async submitDevicePage({ body }, { request }) {
      const session = readPageSession(services, request);
      if (!csrfMatches(session, body.csrf_token) || session === null) {
        // A form from an expired or foreign page: start over with a fresh one.
        return startOver(body, 'This form has expired. Please sign in again.');
      }
      switch (body.action) {
        case 'sign_in':
          return await submitSignIn(request, body, session);
        case 'choose_org':
          return await submitOrgChoice(request, body, session);
        case 'check':
        case 'approve':
        case 'deny': {
          const person = await personOf(session);
          if (person === null) return startOver(body, 'Your sign-in has expired. Please sign in again.');
          if (body.action === 'check') {
            if (body.user_code === undefined || body.user_code === '') {
              return codeEntry(400, session, person, { error: 'Enter the code.' });
            }
            return await showRequest(request, session, person, body.user_code);
          }
          return await submitDecision(request, body, session, person);
        }
      }
    },
  };
}

const codeOf = (form: { user_code?: string | undefined }) =>
  form.user_code === undefined || form.user_code === '' ? {} : { userCode: displayCode(form.user_code) };
