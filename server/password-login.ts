// Checking an email and password, shared by the login API and the device page's sign-in.
// Failures are limited per account and per client address (OWASP ASVS 2.2.1) and audited.
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { recordAudit } from './audit.ts';
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
    if (!state.allowed) return { status: 'limited', limit: state };
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
    await recordAudit(db, request, {
      action: 'login.failed',
      orgId: null,
      actor: user === undefined ? null : { kind: 'user', id: user.id },
    });
    return { status: 'invalid' };
  }
  for (const [bucket, rule] of rules) await release(db, bucket, rule);
  return { status: 'ok', user: { id: user.id, email: user.email, name: user.name }, memberships };
}
