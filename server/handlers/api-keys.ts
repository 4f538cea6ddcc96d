// API keys: create (secret shown once), list, read, narrow, revoke, rotate with a grace period.
// Stored: a keyed hash of the secret and its 12-character display prefix, never the secret.
import type { FastifyRequest } from 'fastify';
import type { Handlers } from '../../generated/server/routes.ts';
import type { AuditAction } from '../audit.ts';
import { type AuthContext, authOf } from '../auth/auth-context.ts';
import {
  assertGrantable,
  assertManageable,
  assertNarrowing,
  newKeyExpiry,
  personBehind,
  recordCredentialAudit,
} from '../credential-management.ts';
import { apiKeysWithCreatorRole } from '../db/queries.ts';
import { newId } from '../ids.ts';
import { keyset, pageById, pageRequest } from '../pagination.ts';
import { notFound, ProblemError } from '../problem.ts';
import { revokeKeys } from '../revocation.ts';
import { intersect, scopesOfRole } from '../roles.ts';
import { DISPLAY_PREFIX_LENGTH, generateSecret, hashSecret } from '../secrets/secret.ts';
import type { Services } from '../services.ts';
import { apiTime, isoIn, isoNow } from '../time.ts';

type ApiKeyHandlers = Pick<
  Handlers,
  'listApiKeys' | 'createApiKey' | 'getApiKey' | 'updateApiKey' | 'revokeApiKey' | 'rotateApiKey'
>;

const NO_STORE = { 'Cache-Control': 'no-store' };

interface KeyRow {
  id: string;
  name: string;
  prefix: string;
  scopes: string;
  created_by: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
  previous_secret_expires_at: string | null;
  /** The creator's current role in the key's org; null once they left it. */
  creator_role: string | null;
}

function statusOf(row: KeyRow, now: string) {
  if (row.revoked_at !== null) return 'revoked' as const;
  return row.expires_at !== null && row.expires_at <= now ? ('expired' as const) : ('active' as const);
}

function apiKeyOf(row: KeyRow, now: string = isoNow()) {
  const scopes = JSON.parse(row.scopes) as string[];
  const status = statusOf(row, now);
  const graceOpen =
    status === 'active' && row.previous_secret_expires_at !== null && row.previous_secret_expires_at > now;
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes,
    effective_scopes: intersect(scopes, scopesOfRole(row.creator_role ?? '')),
    status,
    created_by: row.created_by,
    created_at: apiTime(row.created_at),
    expires_at: apiTime(row.expires_at),
    last_used_at: apiTime(row.last_used_at),
    revoked_at: apiTime(row.revoked_at),
    previous_secret_expires_at: graceOpen ? apiTime(row.previous_secret_expires_at) : null,
  };
}

export function createApiKeyHandlers(services: Services): ApiKeyHandlers {
  const { db, config } = services;

  const selectKeys = (orgId: string) =>
    apiKeysWithCreatorRole(db)
      .select([
        'api_keys.id',
        'api_keys.name',
        'api_keys.prefix',
        'api_keys.scopes',
        'api_keys.created_by',
        'api_keys.created_at',
        'api_keys.expires_at',
        'api_keys.last_used_at',
        'api_keys.revoked_at',
        'api_keys.previous_secret_expires_at',
      ])
      .where('api_keys.org_id', '=', orgId);

  async function keyOf(auth: AuthContext, keyId: string): Promise<KeyRow> {
    const row = await selectKeys(auth.org.id).where('api_keys.id', '=', keyId).executeTakeFirst();
    if (row === undefined) throw notFound('API key');
    return row;
  }

  /** The key, if `auth` may make `change` to it (the rule is credential-management.ts's). */
  async function manageableKey(
    auth: AuthContext,
    keyId: string,
    change: 'revoke' | 'update' | 'rotate',
  ): Promise<KeyRow> {
    const row = await keyOf(auth, keyId);
    assertManageable(auth, row, change, 'key');
    return row;
  }

  function audit(
    request: FastifyRequest,
    auth: AuthContext,
    action: AuditAction,
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
      assertGrantable(auth, body.scopes);
      const now = Date.now();
      // A key made by a key never outlives it, and is revoked with it (`created_with`).
      const expiresAt = newKeyExpiry(config, auth, body.expires_at, now);
      const parent = auth.sourceKeyId;
      const secret = generateSecret('api_key');
      const row = {
        id: newId('key'),
        org_id: auth.org.id,
        name: body.name,
        scopes: JSON.stringify(body.scopes),
        created_by: await personBehind(db, auth),
        secret_hash: hashSecret(secret, services.keys.pepper),
        prefix: secret.slice(0, DISPLAY_PREFIX_LENGTH),
        previous_secret_hash: null,
        previous_secret_expires_at: null,
        created_at: new Date(now).toISOString(),
        expires_at: expiresAt,
        last_used_at: null,
        revoked_at: null,
        created_with: parent,
      };
      await db.insertInto('api_keys').values(row).execute();
      await audit(request, auth, 'api_key.created', row);
      return {
        status: 201,
        headers: NO_STORE,
        body: { ...apiKeyOf({ ...row, creator_role: auth.role }), secret },
      };
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
      const row = await manageableKey(auth, params.key_id, 'revoke');
      if (row.revoked_at !== null) return { status: 200, body: apiKeyOf(row) };
      const now = isoNow();
      await revokeKeys(db, [row.id], now);
      await audit(request, auth, 'api_key.revoked', row);
      return { status: 200, body: apiKeyOf({ ...row, revoked_at: now }) };
    },

    async rotateApiKey({ params, body }, { request }) {
      const auth = authOf(request);
      const row = await manageableKey(auth, params.key_id, 'rotate');
      const now = isoNow();
      if (statusOf(row, now) !== 'active') {
        throw new ProblemError({
          code: 'conflict',
          detail: `The key is ${statusOf(row, now)}; create a new key instead.`,
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
