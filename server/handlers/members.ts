// Members of the caller's organization: list, change a role, remove. Role cap: nobody grants a
// role above their own or changes someone who ranks above them; the last owner stays.
import type { Handlers } from '../../generated/server/routes.ts';
import { recordCallerAudit } from '../audit.ts';
import { type AuthContext, authOf } from '../auth/auth-context.ts';
import type { Database } from '../db/database.ts';
import { membersOf } from '../db/queries.ts';
import { pageOf, pageRequest } from '../pagination.ts';
import { notFound, ProblemError, roleCapExceeded } from '../problem.ts';
import { revokeKeysCreatedBy } from '../revocation.ts';
import { OWNER, rankOf, roleGrantRefusal, roleOf } from '../roles.ts';
import type { Services } from '../services.ts';
import { apiTime, isoNow } from '../time.ts';

type MemberHandlers = Pick<Handlers, 'listMembers' | 'updateMember' | 'removeMember'>;

interface MemberRow {
  user_id: string;
  email: string;
  name: string;
  role: string;
  joined_at: string;
}

function memberOf(row: MemberRow) {
  return {
    user_id: row.user_id,
    email: row.email,
    name: row.name,
    role: roleOf(row.role),
    joined_at: apiTime(row.joined_at),
  };
}

const lastOwner = () =>
  new ProblemError({ code: 'last_owner', detail: 'The organization must keep at least one owner.' });

/**
 * Serialises changes to one org's owners: the no-op update takes the org row's write lock on
 * PostgreSQL (and SQLite's database lock), so two concurrent demotions cannot both see "two
 * owners" and leave none.
 */
async function lockOrg(trx: Database, orgId: string): Promise<void> {
  await trx
    .updateTable('orgs')
    .set((eb) => ({ name: eb.ref('name') }))
    .where('id', '=', orgId)
    .execute();
}

async function ownerCount(trx: Database, orgId: string): Promise<number> {
  const row = await trx
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('org_id', '=', orgId)
    .where('role', '=', OWNER)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function createMemberHandlers({ db }: Services): MemberHandlers {
  async function targetOf(trx: Database, auth: AuthContext, userId: string): Promise<MemberRow> {
    const row = await membersOf(trx, auth.org.id)
      .where('memberships.user_id', '=', userId)
      .executeTakeFirst();
    if (row === undefined) throw notFound('member');
    return row;
  }

  return {
    async listMembers({ query }, { request }) {
      const auth = authOf(request);
      const page = pageRequest(query);
      // Oldest membership first: the cursor is `<joined_at> <user_id>` of the last row.
      const after = page.after?.split(' ');
      const rows = await membersOf(db, auth.org.id)
        .$if(query.role !== undefined, (q) => q.where('memberships.role', '=', query.role ?? ''))
        .$if(after !== undefined, (q) =>
          q.where((eb) =>
            eb.or([
              eb('memberships.joined_at', '>', after?.[0] ?? ''),
              eb.and([
                eb('memberships.joined_at', '=', after?.[0] ?? ''),
                eb('memberships.user_id', '>', after?.[1] ?? ''),
              ]),
            ]),
          ),
        )
        .orderBy('memberships.joined_at', 'asc')
        .orderBy('memberships.user_id', 'asc')
        .limit(page.limit + 1)
        .execute();
      return { status: 200, body: pageOf(rows, page.limit, (r) => `${r.joined_at} ${r.user_id}`, memberOf) };
    },

    async updateMember({ params, body }, { request }) {
      const auth = authOf(request);
      const updated = await db.transaction().execute(async (trx) => {
        await lockOrg(trx, auth.org.id);
        const target = await targetOf(trx, auth, params.user_id);
        const refusal = roleGrantRefusal(auth, body.role);
        if (refusal !== null) throw roleCapExceeded(refusal);
        if (rankOf(target.role) > rankOf(auth.role)) {
          throw roleCapExceeded(`A ${auth.role} cannot change the role of a ${target.role}.`);
        }
        if (target.role === OWNER && body.role !== OWNER && (await ownerCount(trx, auth.org.id)) <= 1)
          throw lastOwner();
        await trx
          .updateTable('memberships')
          .set({ role: body.role })
          .where('org_id', '=', auth.org.id)
          .where('user_id', '=', target.user_id)
          .execute();
        return { target, row: { ...target, role: body.role } };
      });
      if (updated.target.role !== body.role) {
        await recordCallerAudit(db, request, auth, {
          action: 'member.role_changed',
          target: { kind: 'user', id: updated.target.user_id },
          data: { from: updated.target.role, to: body.role },
        });
      }
      return { status: 200, body: memberOf(updated.row) };
    },

    async removeMember({ params }, { request }) {
      const auth = authOf(request);
      const now = isoNow();
      await db.transaction().execute(async (trx) => {
        await lockOrg(trx, auth.org.id);
        const target = await targetOf(trx, auth, params.user_id);
        const self = target.user_id === auth.principal.id;
        if (!self && rankOf(target.role) > rankOf(auth.role)) {
          throw roleCapExceeded(`A ${auth.role} cannot remove a ${target.role}.`);
        }
        if (target.role === OWNER && (await ownerCount(trx, auth.org.id)) <= 1) throw lastOwner();
        await trx
          .deleteFrom('memberships')
          .where('org_id', '=', auth.org.id)
          .where('user_id', '=', target.user_id)
          .execute();
        // Their pending invitations go too: they can no longer vouch for anyone.
        await trx
          .updateTable('invitations')
          .set({ revoked_at: now })
          .where('org_id', '=', auth.org.id)
          .where('invited_by', '=', target.user_id)
          .where('accepted_at', 'is', null)
          .where('revoked_at', 'is', null)
          .execute();
        // Revoked, not just disabled: rejoining later must not bring old credentials back.
        await trx
          .updateTable('sessions')
          .set({ revoked_at: now, revoked_reason: 'member_removed' })
          .where('org_id', '=', auth.org.id)
          .where('user_id', '=', target.user_id)
          .where('revoked_at', 'is', null)
          .execute();
        // Their API keys, agent keys and app tokens, and what those minted.
        await revokeKeysCreatedBy(trx, auth.org.id, target.user_id, now);
      });
      await recordCallerAudit(db, request, auth, {
        action: 'member.removed',
        target: { kind: 'user', id: params.user_id },
      });
      return { status: 204, body: undefined };
    },
  };
}
