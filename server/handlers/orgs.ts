// Organizations: list mine, create one, read and rename the one the credential is bound to.
import type { Handlers } from '../../generated/server/routes.ts';
import { recordAudit, recordCallerAudit, userActor } from '../audit.ts';
import { type AuthContext, authOf, requireSession } from '../auth/auth-context.ts';
import { newId } from '../ids.ts';
import { keyset, pageById, pageRequest } from '../pagination.ts';
import { notFound } from '../problem.ts';
import { isRole, OWNER } from '../roles.ts';
import type { Services } from '../services.ts';
import { apiTime, isoNow } from '../time.ts';

type OrgHandlers = Pick<Handlers, 'listOrgs' | 'createOrg' | 'getOrg' | 'updateOrg'>;

interface OrgRow {
  id: string;
  name: string;
  created_at: string;
  role: string | null;
}

function orgOf(row: OrgRow) {
  return {
    id: row.id,
    name: row.name,
    role: row.role !== null && isRole(row.role) ? row.role : null,
    created_at: apiTime(row.created_at),
  };
}

/** The caller's role as the API shows it: people have one; service accounts do not. */
function roleOfCaller(auth: AuthContext): string | null {
  return auth.principal.kind === 'user' ? auth.role : null;
}

export function createOrgHandlers({ db }: Services): OrgHandlers {
  /** The credential's own org, or 404: another org is never acknowledged (PRODUCT.md). */
  async function boundOrg(orgId: string, bound: string, role: string | null): Promise<OrgRow> {
    if (orgId !== bound) throw notFound('organization');
    const row = await db.selectFrom('orgs').selectAll().where('id', '=', orgId).executeTakeFirst();
    if (row === undefined) throw notFound('organization');
    return { ...row, role };
  }

  return {
    async listOrgs({ query }, { request }) {
      const auth = authOf(request);
      const page = pageRequest(query);
      if (auth.principal.kind !== 'user') {
        // A service account belongs to one org and has no role of its own.
        const org = await boundOrg(auth.org.id, auth.org.id, null);
        return { status: 200, body: pageById(page.after === null ? [org] : [], page, orgOf) };
      }
      // A person's session lists every org they belong to; other credentials are bound to one.
      const rows = await db
        .selectFrom('memberships')
        .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
        .select(['orgs.id', 'orgs.name', 'orgs.created_at', 'memberships.role'])
        .where('memberships.user_id', '=', auth.principal.id)
        .$if(auth.credential.kind !== 'session', (q) => q.where('orgs.id', '=', auth.org.id))
        .$call((q) => keyset(q, 'orgs.id', page, 'asc'))
        .execute();
      return { status: 200, body: pageById(rows, page, orgOf) };
    },

    async createOrg({ body }, { request }) {
      const auth = requireSession(request);
      const now = isoNow();
      const org = { id: newId('org'), name: body.name, created_at: now };
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('orgs').values(org).execute();
        await trx
          .insertInto('memberships')
          .values({ org_id: org.id, user_id: auth.principal.id, role: OWNER, joined_at: now })
          .execute();
      });
      await recordAudit(db, request, {
        action: 'org.created',
        orgId: org.id,
        actor: userActor(auth.principal.id),
        target: { kind: 'org', id: org.id },
      });
      return { status: 201, body: orgOf({ ...org, role: OWNER }) };
    },

    async getOrg({ params }, { request }) {
      const auth = authOf(request);
      return { status: 200, body: orgOf(await boundOrg(params.org_id, auth.org.id, roleOfCaller(auth))) };
    },

    async updateOrg({ params, body }, { request }) {
      const auth = authOf(request);
      const org = await boundOrg(params.org_id, auth.org.id, roleOfCaller(auth));
      await db.updateTable('orgs').set({ name: body.name }).where('id', '=', org.id).execute();
      await recordCallerAudit(db, request, auth, {
        action: 'org.updated',
        target: { kind: 'org', id: org.id },
      });
      return { status: 200, body: orgOf({ ...org, name: body.name }) };
    },
  };
}
