// API keys: create (the secret shown once, key-credentials.ts), list, read, narrow, revoke, rotate
// with a grace period. Stored: a keyed hash of the secret and its 12-character display prefix.
import type { FastifyRequest } from 'fastify';
import type { Handlers } from '../../generated/server/routes.ts';
import { type AuthContext, authOf } from '../auth/auth-context.ts';
import { NO_STORE } from '../cache-control.ts';
import {
  assertActsAsItself,
  assertManageable,
  assertNarrowing,
  credentialStatus,
  recordCredentialAudit,
} from '../credential-management.ts';
import { apiKeysWithCreatorRole } from '../db/queries.ts';
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
import { notFound, ProblemError } from '../problem.ts';
import { DISPLAY_PREFIX_LENGTH, generateSecret, hashSecret } from '../secrets/secret.ts';
import type { Services } from '../services.ts';
import { apiTime, isoIn, isoNow } from '../time.ts';

type ApiKeyHandlers = Pick<
  Handlers,
  'listApiKeys' | 'createApiKey' | 'getApiKey' | 'updateApiKey' | 'revokeApiKey' | 'rotateApiKey'
>;

interface ApiKeyRow extends KeyRow {
  name: string;
  previous_secret_expires_at: string | null;
}

function apiKeyOf(row: ApiKeyRow, now: string = isoNow()) {
  const key = { id: row.id, name: row.name, ...keyFieldsOf(row, now) };
  const graceOpen =
    key.status === 'active' &&
    row.previous_secret_expires_at !== null &&
    row.previous_secret_expires_at > now;
  return { ...key, previous_secret_expires_at: graceOpen ? apiTime(row.previous_secret_expires_at) : null };
}

export function createApiKeyHandlers(services: Services): ApiKeyHandlers {
  const { db } = services;

  const selectKeys = (orgId: string) =>
    apiKeysWithCreatorRole(db)
      .select([...keyColumns('api_keys'), 'api_keys.name', 'api_keys.previous_secret_expires_at'])
      .where('api_keys.org_id', '=', orgId);

  async function keyOf(auth: AuthContext, keyId: string): Promise<ApiKeyRow> {
    const row = await selectKeys(auth.org.id).where('api_keys.id', '=', keyId).executeTakeFirst();
    if (row === undefined) throw notFound('API key');
    return row;
  }

  /** The key, if `auth` may make `change` to it (the rule is credential-management.ts's). */
  async function manageableKey(
    auth: AuthContext,
    keyId: string,
    change: 'update' | 'rotate',
  ): Promise<ApiKeyRow> {
    const row = await keyOf(auth, keyId);
    assertManageable(auth, row, change, 'key');
    return row;
  }

  /** For the changes only API keys have; creating and revoking are key-credentials.ts's. */
  function audit(
    request: FastifyRequest,
    auth: AuthContext,
    action: 'api_key.updated' | 'api_key.rotated',
    row: { id: string; prefix: string },
  ) {
    return recordCredentialAudit(db, request, auth, action, {
      kind: 'api_key',
      id: row.id,
      prefix: row.prefix,
    });
  }

  return {
    async listApiKeys({ query }, { request }) {
      const auth = authOf(request);
      const page = pageRequest(query);
      const now = isoNow();
      const rows = await selectKeys(auth.org.id)
        .$if(query.created_by !== undefined, (q) =>
          q.where('api_keys.created_by', '=', query.created_by ?? ''),
        )
        // Scope names match ^[a-z][a-z-]*:(read|write)$ (validated), so they hold no LIKE wildcard.
        .$if(query.scope !== undefined, (q) =>
          q.where('api_keys.scopes', 'like', `%${JSON.stringify(query.scope)}%`),
        )
        .$if(query.status === 'revoked', (q) => q.where('api_keys.revoked_at', 'is not', null))
        .$if(query.status === 'expired', (q) =>
          q.where('api_keys.revoked_at', 'is', null).where('api_keys.expires_at', '<=', now),
        )
        .$if(query.status === 'active', (q) =>
          q
            .where('api_keys.revoked_at', 'is', null)
            .where((eb) =>
              eb.or([eb('api_keys.expires_at', 'is', null), eb('api_keys.expires_at', '>', now)]),
            ),
        )
        .$call((q) => keyset(q, 'api_keys.id', page, 'desc'))
        .execute();
      return {
        status: 200,
        body: pageById(rows, page, (r) => apiKeyOf(r, now)),
      };
    },

    async createApiKey({ body }, { request }) {
      const auth = authOf(request);
      const { secret, row: key } = await mintKey(services, auth, 'api_key', body);
      const row = { ...key, name: body.name, previous_secret_hash: null, previous_secret_expires_at: null };
      await db.insertInto('api_keys').values(row).execute();
      await recordKeyAudit(db, request, auth, 'api_key', 'created', row);
      // The caller's role is the creator's: their own, or that of the person behind the caller.
      return keyCreated(apiKeyOf({ ...row, creator_role: auth.role }), secret);
    },

    async getApiKey({ params }, { request }) {
      return { status: 200, body: apiKeyOf(await keyOf(authOf(request), params.key_id)) };
    },

    async updateApiKey({ params, body }, { request }) {
      const auth = authOf(request);
      const row = await manageableKey(auth, params.key_id, 'update');
      if (body.scopes !== undefined) assertNarrowing(JSON.parse(row.scopes) as string[], body.scopes, 'key');
      const changes = {
        ...(body.name === undefined ? {} : { name: body.name }),
        ...(body.scopes === undefined ? {} : { scopes: JSON.stringify(body.scopes) }),
      };
      await db.updateTable('api_keys').set(changes).where('id', '=', row.id).execute();
      await audit(request, auth, 'api_key.updated', row);
      return { status: 200, body: apiKeyOf({ ...row, ...changes }) };
    },

    async revokeApiKey({ params }, { request }) {
      const auth = authOf(request);
      const row = await keyOf(auth, params.key_id);
      const revokedAt = await revokeKey(db, request, auth, 'api_key', row, 'key');
      return { status: 200, body: apiKeyOf({ ...row, revoked_at: revokedAt }) };
    },

    async rotateApiKey({ params, body }, { request }) {
      const auth = authOf(request);
      assertActsAsItself(auth, null, "rotate an API key (its new secret acts as the key's creator)");
      const row = await manageableKey(auth, params.key_id, 'rotate');
      const now = isoNow();
      if (credentialStatus(row, now) !== 'active') {
        throw new ProblemError({
          code: 'conflict',
          detail: `The key is ${credentialStatus(row, now)}; create a new key instead.`,
        });
      }
      const grace = body?.grace_period_seconds ?? 0;
      const secret = generateSecret('api_key');
      const prefix = secret.slice(0, DISPLAY_PREFIX_LENGTH);
      const previousExpiresAt = grace > 0 ? isoIn(grace) : null;
      const current = await db
        .selectFrom('api_keys')
        .select('secret_hash')
        .where('id', '=', row.id)
        .executeTakeFirstOrThrow();
      // A key holds at most one previous secret: an earlier one still in its grace ends now.
      const result = await db
        .updateTable('api_keys')
        .set({
          secret_hash: hashSecret(secret, services.keys.pepper),
          prefix,
          previous_secret_hash: grace > 0 ? current.secret_hash : null,
          previous_secret_expires_at: previousExpiresAt,
        })
        .where('id', '=', row.id)
        .where('secret_hash', '=', current.secret_hash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) {
        throw new ProblemError({ code: 'conflict', detail: 'The key changed while rotating it; retry.' });
      }
      await audit(request, auth, 'api_key.rotated', { id: row.id, prefix });
      return {
        status: 200,
        headers: NO_STORE,
        body: { ...apiKeyOf({ ...row, prefix, previous_secret_expires_at: previousExpiresAt }), secret },
      };
    },
  };
}
