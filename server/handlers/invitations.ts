// Invitations: up to 50 emails per request, each reported on its own; accepted by a signed-in
// person whose email matches, with a `kwi_` token shown once and stored as a keyed hash.
import type { Handlers } from '../../generated/server/routes.ts';
import { recordAudit, recordCallerAudit, userActor } from '../audit.ts';
import { authOf, requireSession } from '../auth/auth-context.ts';
import { assertActsAsItself, personBehind } from '../credential-management.ts';
import { newId } from '../ids.ts';
import { keyset, pageById, pageRequest } from '../pagination.ts';
import { notFound, ProblemError } from '../problem.ts';
import { rankOf, roleGrantRefusal, roleOf } from '../roles.ts';
import { generateSecret, hashSecret, parseSecret } from '../secrets/secret.ts';
import type { Services } from '../services.ts';
import { apiTime, isoIn, isoNow } from '../time.ts';

type InvitationHandlers = Pick<
  Handlers,
  'listInvitations' | 'createInvitations' | 'revokeInvitation' | 'acceptInvitation'
>;

const INVITATION_TTL_SECONDS = 7 * 24 * 60 * 60;

interface InvitationRow {
  id: string;
  email: string;
  role: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
}

function statusOf(row: InvitationRow, now: string) {
  if (row.accepted_at !== null) return 'accepted' as const;
  if (row.revoked_at !== null) return 'revoked' as const;
  return row.expires_at <= now ? ('expired' as const) : ('pending' as const);
}

function invitationOf(row: InvitationRow, now: string = isoNow()) {
  return {
    id: row.id,
    email: row.email,
    role: roleOf(row.role),
    status: statusOf(row, now),
    invited_by: row.invited_by,
    created_at: apiTime(row.created_at),
    expires_at: apiTime(row.expires_at),
  };
}

const COLUMNS = [
  'id',
  'email',
  'role',
  'invited_by',
  'created_at',
  'expires_at',
  'accepted_at',
  'revoked_at',
] as const;

export function createInvitationHandlers(services: Services): InvitationHandlers {
  const { db } = services;
  return {
    async listInvitations({ query }, { request }) {
      const auth = authOf(request);
      const page = pageRequest(query);
      const rows = await db
        .selectFrom('invitations')
        .select(COLUMNS)
        .where('org_id', '=', auth.org.id)
        .$call((q) => keyset(q, 'id', page, 'desc'))
        .execute();
      const now = isoNow();
      return {
        status: 200,
        body: pageById(rows, page, (r) => invitationOf(r, now)),
      };
    },

    async createInvitations({ body }, { request }) {
      const auth = authOf(request);
      assertActsAsItself(auth, null, 'invite members');
      const results = [];
      // One at a time, in request order, so a repeated email meets the invitation just made.
      for (const item of body.invitations) {
        const email = item.email.toLowerCase();
        const refusal = roleGrantRefusal(auth, item.role);
        if (refusal !== null) {
          results.push({
            email: item.email,
            status: 'rejected' as const,
            invitation: null,
            token: null,
            error: {
              code: 'role_cap_exceeded' as const,
              message: refusal,
            },
          });
          continue;
        }
        const member = await db
          .selectFrom('memberships')
          .innerJoin('users', 'users.id', 'memberships.user_id')
          .select('users.id')
          .where('memberships.org_id', '=', auth.org.id)
          .where('users.email', '=', email)
          .executeTakeFirst();
        if (member !== undefined) {
          results.push({
            email: item.email,
            status: 'already_member' as const,
            invitation: null,
            token: null,
            error: null,
          });
          continue;
        }
        const now = isoNow();
        const pending = await db
          .selectFrom('invitations')
          .select(COLUMNS)
          .where('org_id', '=', auth.org.id)
          .where('email', '=', email)
          .where('accepted_at', 'is', null)
          .where('revoked_at', 'is', null)
          .where('expires_at', '>', now)
          .executeTakeFirst();
        if (pending !== undefined) {
          results.push({
            email: item.email,
            status: 'already_invited' as const,
            invitation: invitationOf(pending, now),
            token: null,
            error: null,
          });
          continue;
        }
        const token = generateSecret('invitation');
        const row: InvitationRow = {
          id: newId('inv'),
          email,
          role: item.role,
          invited_by: await personBehind(db, auth),
          created_at: now,
          expires_at: isoIn(INVITATION_TTL_SECONDS),
          accepted_at: null,
          revoked_at: null,
        };
        await db
          .insertInto('invitations')
          .values({
            ...row,
            org_id: auth.org.id,
            token_hash: hashSecret(token, services.keys.pepper),
            accepted_by: null,
          })
          .execute();
        await recordCallerAudit(db, request, auth, {
          action: 'invitation.sent',
          target: { kind: 'invitation', id: row.id },
          data: { role: item.role, email },
        });
        results.push({
          email: item.email,
          status: 'invited' as const,
          invitation: invitationOf(row, now),
          token,
          error: null,
        });
      }
      return { status: 200, headers: { 'Cache-Control': 'no-store' }, body: { results } };
    },

    async revokeInvitation({ params }, { request }) {
      const auth = authOf(request);
      const row = await db
        .selectFrom('invitations')
        .select(COLUMNS)
        .where('org_id', '=', auth.org.id)
        .where('id', '=', params.invitation_id)
        .executeTakeFirst();
      if (row === undefined) throw notFound('invitation');
      if (row.accepted_at !== null) {
        throw new ProblemError({
          code: 'conflict',
          detail: 'The invitation was already accepted; remove the member instead.',
        });
      }
      if (row.revoked_at === null) {
        await db
          .updateTable('invitations')
          .set({ revoked_at: isoNow() })
          .where('id', '=', row.id)
          .where('revoked_at', 'is', null)
          .execute();
        await recordCallerAudit(db, request, auth, {
          action: 'invitation.revoked',
          target: { kind: 'invitation', id: row.id },
        });
      }
      return { status: 204, body: undefined };
    },

    async acceptInvitation({ body }, { request }) {
      const auth = requireSession(request);
      const unknown = () => notFound('invitation (it may have expired, been revoked or already been used)');
      const parsed = parseSecret(body.token);
      if (parsed === null || parsed.kind !== 'invitation') throw unknown();
      const row = await db
        .selectFrom('invitations')
        .innerJoin('orgs', 'orgs.id', 'invitations.org_id')
        .select([
          ...COLUMNS.map((c) => `invitations.${c}` as const),
          'orgs.id as org_id',
          'orgs.name as org_name',
        ])
        .where('invitations.token_hash', '=', hashSecret(body.token, services.keys.pepper))
        .executeTakeFirst();
      const now = isoNow();
      if (row === undefined) throw unknown();
      const person = await db
        .selectFrom('users')
        .select('email')
        .where('id', '=', auth.principal.id)
        .executeTakeFirstOrThrow();
      const member = await db
        .selectFrom('memberships')
        .select('role')
        .where('org_id', '=', row.org_id)
        .where('user_id', '=', auth.principal.id)
        .executeTakeFirst();
      // The invitee submitting their own token again (a double click) learns they are in.
      if (person.email === row.email && member !== undefined) {
        throw new ProblemError({
          code: 'conflict',
          detail: 'You are already a member of this organization.',
        });
      }
      if (statusOf(row, now) !== 'pending') throw unknown();
      // The inviter's power is checked again now: an invitation from someone since demoted or
      // removed grants no more than they could grant today.
      const inviter = await db
        .selectFrom('memberships')
        .select('role')
        .where('org_id', '=', row.org_id)
        .where('user_id', '=', row.invited_by)
        .executeTakeFirst();
      if (inviter === undefined || rankOf(inviter.role) < rankOf(row.role)) throw unknown();
      if (person.email !== row.email) {
        throw new ProblemError({
          code: 'invitation_mismatch',
          detail:
            'This invitation was sent to a different email address; sign in as that person to accept it.',
        });
      }
      const role = roleOf(row.role);
      const joined = await db.transaction().execute(async (trx) => {
        const member = await trx
          .selectFrom('memberships')
          .select('role')
          .where('org_id', '=', row.org_id)
          .where('user_id', '=', auth.principal.id)
          .executeTakeFirst();
        if (member !== undefined) return 'member' as const;
        // Only one acceptance can win: the token is single-use.
        const claimed = await trx
          .updateTable('invitations')
          .set({ accepted_at: now, accepted_by: auth.principal.id })
          .where('id', '=', row.id)
          .where('accepted_at', 'is', null)
          .where('revoked_at', 'is', null)
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) !== 1) return 'gone' as const;
        await trx
          .insertInto('memberships')
          .values({ org_id: row.org_id, user_id: auth.principal.id, role, joined_at: now })
          .execute();
        return 'joined' as const;
      });
      if (joined === 'gone') throw unknown();
      if (joined === 'member') {
        throw new ProblemError({
          code: 'conflict',
          detail: 'You are already a member of this organization.',
        });
      }
      await recordAudit(db, request, {
        action: 'invitation.accepted',
        orgId: row.org_id,
        actor: userActor(auth.principal.id),
        target: { kind: 'invitation', id: row.id },
        data: { role },
      });
      return { status: 200, body: { org: { id: row.org_id, name: row.org_name }, role } };
    },
  };
}
