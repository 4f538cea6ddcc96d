// The device page's cookie: a sealed (AES-256-GCM, server key) record of the page's CSRF token
// and, once the person signs in, their session id. Nothing to store per visitor, so any node can
// serve any request; the session it names is a real `sessions` row, so ending it ends the page's
// sign-in too.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { seal, unseal } from '../secrets/server-secret.ts';
import type { Services } from '../services.ts';

const COOKIE = 'keyway_device';
/** Bound into the seal, so no other sealed value of the server can pass for this cookie. */
const SEAL_CONTEXT = 'device-page-cookie';
/** An anonymous visit stays valid this long. */
export const ANONYMOUS_LIFETIME_SECONDS = 30 * 60;
/** After a right password, the person has this long to pick an org. */
export const ORG_CHOICE_LIFETIME_SECONDS = 5 * 60;

export interface PageSession {
  /** Double-submit CSRF token: the forms carry it, the cookie proves which one is right. */
  csrf: string;
  /** Unix seconds. */
  exp: number;
  /** The `sessions` row of the signed-in person. */
  sid?: string;
  /** A person whose password was right and who still has to pick an org. */
  uid?: string;
}

export function newPageSession(
  lifetimeSeconds: number,
  who: Pick<PageSession, 'sid' | 'uid'> = {},
): PageSession {
  return {
    csrf: randomBytes(24).toString('base64url'),
    exp: Math.floor(Date.now() / 1000) + lifetimeSeconds,
    ...who,
  };
}

/** The cookie's session, or null when absent, tampered with, or expired. */
export function readPageSession(
  services: Pick<Services, 'keys'>,
  request: FastifyRequest,
): PageSession | null {
  const value = cookieValue(request.headers.cookie, COOKIE);
  if (value === undefined) return null;
  try {
    const session = JSON.parse(unseal(services.keys.devicePage, value, SEAL_CONTEXT)) as PageSession;
    return typeof session.csrf === 'string' && session.exp > Date.now() / 1000 ? session : null;
  } catch {
    return null;
  }
}

/** Whether a posted token is the cookie's (constant time). */
export function csrfMatches(session: PageSession | null, posted: string): boolean {
  if (session === null) return false;
  const a = Buffer.from(session.csrf);
  const b = Buffer.from(posted);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * `Set-Cookie` for `session`: HttpOnly (no script reads it), SameSite=Lax (no cross-site form
 * post carries it), Secure when the issuer is HTTPS, scoped to the page's path.
 */
export function pageCookie(services: Pick<Services, 'issuer' | 'keys'>, session: PageSession): string {
  const issuer = new URL(services.issuer());
  const path = `${issuer.pathname.replace(/\/+$/, '')}/device`;
  const maxAge = Math.max(0, session.exp - Math.floor(Date.now() / 1000));
  const sealed = seal(services.keys.devicePage, JSON.stringify(session), SEAL_CONTEXT);
  return [
    `${COOKIE}=${sealed}`,
    `Path=${path}`,
    `Max-Age=${maxAge}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(issuer.protocol === 'https:' ? ['Secure'] : []),
  ].join('; ');
}

/** One cookie's value from a `Cookie` header (RFC 6265 §5.4), or undefined. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at !== -1 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return undefined;
}
