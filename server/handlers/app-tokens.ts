// App tokens: organization-scoped integration tokens (`kwt_`) that admins and owners mint (the
// `app-tokens:write` scope is only in their roles), list and revoke; the secret is shown once
// (key-credentials.ts). A token authenticates as itself, an `app` principal
// (auth/resolve-credential.ts), capped by its creator's current role, and can be exchanged for
// an access token (access-tokens.ts).
import type { Handlers } from '../../generated/server/routes.ts';
import { authOf } from '../auth/auth-context.ts';
import { appTokensWithCreatorRole } from '../db/queries.ts';
import {
  type KeyRow,
  keyColumns,
  keyCreated,
  keyFieldsOf,
  mintKey,
  recordKeyAudit,
  revokeKey,
} from '../key-credentials.ts';
import { keyset, pageById, pageRequest } from '../pagination.ts';
import { notFound } from '../problem.ts';
import type { Services } from '../services.ts';
import { isoNow } from '../time.ts';

type AppTokenHandlers = Pick<Handlers, 'listAppTokens' | 'createAppToken' | 'revokeAppToken'>;

const NOUN = 'app token';

interface AppTokenRow extends KeyRow {
  name: string;
}

function appTokenOf(row: AppTokenRow, now: string = isoNow()) {
  return { id: row.id, name: row.name, ...keyFieldsOf(row, now) };
}

export function createAppTokenHandlers(services: Services): AppTokenHandlers {
  const { db } = services;

  const selectTokens = (orgId: string) =>
    appTokensWithCreatorRole(db)
      .select([...keyColumns('app_tokens'), 'app_tokens.name'])
      .where('app_tokens.org_id', '=', orgId);

  return {
    async listAppTokens({ query }, { request }) {
      const auth = authOf(request);
      const page = pageRequest(query);
      const now = isoNow();
      const rows = await selectTokens(auth.org.id)
        .$call((q) => keyset(q, 'app_tokens.id', page, 'desc'))
        .execute();
      return { status: 200, body: pageById(rows, page, (r) => appTokenOf(r, now)) };
    },

    async createAppToken({ body }, { request }) {
      const auth = authOf(request);
      const { secret, row: token } = await mintKey(services, auth, 'app_token', body);
      const row = { ...token, name: body.name };
      await db.insertInto('app_tokens').values(row).execute();
      await recordKeyAudit(db, request, auth, 'app_token', 'created', row);
      // The caller's role is the creator's: their own, or that of the person behind the caller.
      return keyCreated(appTokenOf({ ...row, creator_role: auth.role }), secret);
    },

    async revokeAppToken({ params }, { request }) {
      const auth = authOf(request);
      const row = await selectTokens(auth.org.id)
        .where('app_tokens.id', '=', params.token_id)
        .executeTakeFirst();
      if (row === undefined) throw notFound(NOUN);
      await revokeKey(db, request, auth, 'app_token', row, NOUN);
      return { status: 204 };
    },
  };
}
