// App tokens: organization-scoped integration tokens (`kwt_`) that admins and owners mint (the
// `app-tokens:write` scope is only in their roles), list and revoke. The secret is shown once,
// then only its keyed hash and 12-character display prefix are kept. A token authenticates as
// itself, an `app` principal (auth/resolve-credential.ts), capped by its creator's current role,
// and can be exchanged for an access token (access-tokens.ts).
import type { Handlers } from '../../generated/server/routes.ts';
import { authOf } from '../auth/auth-context.ts';
import {
  assertGrantable,
  assertManageable,
  credentialStatus,
  effectiveScopesOf,
  newKeyExpiry,
  personBehind,
  recordCredentialAudit,
} from '../credential-management.ts';
import { appTokensWithCreatorRole } from '../db/queries.ts';
import { newId } from '../ids.ts';
import { keyset, pageById, pageRequest } from '../pagination.ts';
import { notFound } from '../problem.ts';
import { revokeKeys } from '../revocation.ts';
import { DISPLAY_PREFIX_LENGTH, generateSecret, hashSecret } from '../secrets/secret.ts';
import type { Services } from '../services.ts';
import { apiTime, isoNow } from '../time.ts';

type AppTokenHandlers = Pick<Handlers, 'listAppTokens' | 'createAppToken' | 'revokeAppToken'>;

const NO_STORE = { 'Cache-Control': 'no-store' };
const NOUN = 'app token';

interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  scopes: string;
  created_by: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
  /** The creator's current role in the token's org; null once they left it. */
  creator_role: string | null;
}

function appTokenOf(row: TokenRow, now: string = isoNow()) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: JSON.parse(row.scopes) as string[],
    effective_scopes: effectiveScopesOf(row),
    status: credentialStatus(row, now),
    created_by: row.created_by,
    created_at: apiTime(row.created_at),
    expires_at: apiTime(row.expires_at),
    last_used_at: apiTime(row.last_used_at),
    revoked_at: apiTime(row.revoked_at),
  };
}

export function createAppTokenHandlers(services: Services): AppTokenHandlers {
  const { db, config } = services;

  const selectTokens = (orgId: string) =>
    appTokensWithCreatorRole(db)
      .select([
        'app_tokens.id',
        'app_tokens.name',
        'app_tokens.prefix',
        'app_tokens.scopes',
        'app_tokens.created_by',
        'app_tokens.created_at',
        'app_tokens.expires_at',
        'app_tokens.last_used_at',
        'app_tokens.revoked_at',
      ])
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
      assertGrantable(auth, body.scopes);
      const now = Date.now();
      const secret = generateSecret('app_token');
      const row = {
        id: newId('apt'),
        org_id: auth.org.id,
        name: body.name,
        scopes: JSON.stringify(body.scopes),
        created_by: await personBehind(db, auth),
        secret_hash: hashSecret(secret, services.keys.pepper),
        prefix: secret.slice(0, DISPLAY_PREFIX_LENGTH),
        created_at: new Date(now).toISOString(),
        // Never outliving the key it is minted with, and revoked with it (`created_with`).
        expires_at: newKeyExpiry(config, auth, body.expires_at, now),
        last_used_at: null,
        revoked_at: null,
        created_with: auth.sourceKeyId,
      };
      await db.insertInto('app_tokens').values(row).execute();
      await recordCredentialAudit(db, request, auth, 'app_token.created', {
        kind: 'app_token',
        id: row.id,
        prefix: row.prefix,
      });
      // The caller's role is the creator's: their own, or that of the person behind the caller.
      return {
        status: 201,
        headers: NO_STORE,
        body: { ...appTokenOf({ ...row, creator_role: auth.role }), secret },
      };
    },

    async revokeAppToken({ params }, { request }) {
      const auth = authOf(request);
      const row = await selectTokens(auth.org.id)
        .where('app_tokens.id', '=', params.token_id)
        .executeTakeFirst();
      if (row === undefined) throw notFound(NOUN);
      assertManageable(auth, row, 'revoke', NOUN);
      if (row.revoked_at === null) {
        await revokeKeys(db, [row.id], isoNow());
        await recordCredentialAudit(db, request, auth, 'app_token.revoked', {
          kind: 'app_token',
          id: row.id,
          prefix: row.prefix,
        });
      }
      return { status: 204 };
    },
  };
}
