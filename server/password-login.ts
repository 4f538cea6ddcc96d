// Checking an email and password, shared by the login API and the device page's sign-in.
// Failures are limited per account and per client address (OWASP ASVS 2.2.1) and audited.
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ANONYMOUS, recordAuditInOrgs, recordRateLimitHit } from './audit.ts';
import type { Database } from './db/database.ts';
import { hit, type RateLimitResult, type RateLimitRule, release } from './rate-limit.ts';
import { isRole, type Role } from './roles.ts';
import { decoyHash, verifyPassword } from './secrets/password.ts';
import type { Services } from './services.ts';

const LOGIN_WINDOW_SECONDS = 15 * 60;

export interface LoginMembership {
  org: { id: string; name: string };
  role: Role;
}

export type PasswordLogin =
  | {
      status: 'ok';
      user: { id: string; email: string; name: string };
      /** The person's orgs (only `orgId` when given), earliest joined first; never empty. */
      memberships: LoginMembership[];
    }
  | { status: 'invalid' }
  | { status: 'limited'; limit: RateLimitResult };

export async function passwordLogin(
  services: Pick<Services, 'db' | 'config'>,
  request: FastifyRequest,
  attempt: { email: string; password: string; orgId?: string | undefined },
): Promise<PasswordLogin> {
  const { db, config } = services;
  const email = attempt.email.toLowerCase();
  const rules: Array<[string, RateLimitRule]> = [
    [
      `login-account:${createHash('sha256').update(email).digest('base64url')}`,
      { limit: config.rateLimits.loginPerAccount, windowSeconds: LOGIN_WINDOW_SECONDS },
    ],
    [
      `login-address:${request.ip}`,
      { limit: config.rateLimits.loginPerAddress, windowSeconds: LOGIN_WINDOW_SECONDS },
    ],
  ];
  // Every attempt is counted before the password is checked, so concurrent guesses cannot all
  // slip in under the limit; once over, even the right password is refused until the window
  // passes. A successful login gives its count back.
  for (const [bucket, rule] of rules) {
    const state = await hit(db, bucket, rule);
    if (!state.allowed) {
      // The per-account limit is shown to the account's orgs; the per-address one names none.
      const account = bucket.startsWith('login-account:');
      await recordRateLimitHit(db, request, state, account ? await orgsOfEmail(db, email) : [], {
        actor: ANONYMOUS,
        limit: account ? 'login_account' : 'login_address',
        data: account ? { email } : {},
      });
      return { status: 'limited', limit: state };
    }
  }

  const user = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  // An unknown email costs a password check too, so timing does not reveal which exist.
  const passwordOk = await verifyPassword(attempt.password, user?.password_hash ?? (await decoyHash()));
  const rows =
    user === undefined || !passwordOk
      ? []
      : await db
          .selectFrom('memberships')
          .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
          .select(['orgs.id', 'orgs.name', 'memberships.role'])
          .where('memberships.user_id', '=', user.id)
          .$if(attempt.orgId !== undefined, (q) => q.where('memberships.org_id', '=', attempt.orgId ?? ''))
          .orderBy('memberships.joined_at', 'asc')
          .orderBy('orgs.id', 'asc')
          .execute();
  const memberships = rows.flatMap((row) =>
    isRole(row.role) ? [{ org: { id: row.id, name: row.name }, role: row.role }] : [],
  );
  if (user === undefined || memberships.length === 0) {
    // Nobody was authenticated, so the actor is anonymous (the spec's example). A wrong password
    // is shown in each org of the person (only the one asked for, when it is one of theirs);
    // an unknown email, or an org the person is not in, names no org.
    const reason = user === undefined ? 'unknown_email' : passwordOk ? 'not_a_member' : 'invalid_password';
    const orgIds =
      user === undefined || passwordOk
        ? []
        : (await orgsOfEmail(db, email)).filter((id) => attempt.orgId === undefined || id === attempt.orgId);
    await recordAuditInOrgs(db, request, orgIds, {
      action: 'login.failed',
      actor: ANONYMOUS,
      data: { email, reason },
    });
    return { status: 'invalid' };
  }
  for (const [bucket, rule] of rules) await release(db, bucket, rule);
  return { status: 'ok', user: { id: user.id, email: user.email, name: user.name }, memberships };
}

/** The orgs a person with this (lower-cased) email belongs to; none for an unknown email. */
async function orgsOfEmail(db: Database, email: string): Promise<string[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select('memberships.org_id')
    .where('users.email', '=', email)
    .orderBy('memberships.org_id')
    .execute();
  return rows.map((row) => row.org_id);
}
