// Service accounts: non-human OAuth clients (RFC 6749 §2) created with a secret shown once,
// listed, read, renamed or narrowed, rotated with a grace period, and deleted. Stored: a keyed
// hash of the secret and its 12-character display prefix, never the secret. Authenticating
// with one is server/service-accounts.ts's.

import type { FastifyRequest } from 'fastify';
import type { Handlers } from '../../generated/server/routes.ts';
import type { AuditAction } from '../audit.ts';
import { type AuthContext, authOf } from '../auth/auth-context.ts';
import { NO_STORE } from '../cache-control.ts';
import {
  assertActsAsItself,
  assertGrantable,
  assertManageable,
  assertNarrowing,
  type CredentialChange,
  effectiveScopesOf,
  personBehind,
  recordCredentialAudit,
} from '../credential-management.ts';
import { serviceAccountsWithCreatorRole } from '../db/queries.ts';
import { newId } from '../ids.ts';
import { keyset, pageById, pageRequest } from '../pagination.ts';
import { notFound, ProblemError } from '../problem.ts';
import { revokeTokensFrom } from '../revocation.ts';
import { DISPLAY_PREFIX_LENGTH, generateSecret, hashSecret } from '../secrets/secret.ts';
import type { Services } from '../services.ts';
import { apiTime, isoIn, isoNow } from '../time.ts';

type ServiceAccountHandlers = Pick<
  Handlers,
  | 'listServiceAccounts'
  | 'createServiceAccount'
  | 'getServiceAccount'
  | 'updateServiceAccount'
  | 'deleteServiceAccount'
  | 'rotateServiceAccountSecret'
>;

const NOUN = 'service account';

interface AccountRow {
  id: string;
  name: string;
  description: string | null;
  scopes: string;
  created_by: string;
  secret_prefix: string;
  created_at: string;
  last_used_at: string | null;
  previous_secret_expires_at: string | null;
  /** The creator's current role in the account's org; null once they left it. */
  creator_role: string | null;
}

function serviceAccountOf(row: AccountRow, now: string = isoNow()) {
  const graceOpen = row.previous_secret_expires_at !== null && row.previous_secret_expires_at > now;
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    scopes: JSON.parse(row.scopes) as string[],
    effective_scopes: effectiveScopesOf(row),
    secret_prefix: row.secret_prefix,
    created_by: row.created_by,
    created_at: apiTime(row.created_at),
    last_used_at: apiTime(row.last_used_at),
    previous_secret_expires_at: graceOpen ? apiTime(row.previous_secret_expires_at) : null,
  };
}

/** The create and rotate answer: the account with its client credentials (RFC 6749 §2.3.1). */
function withSecret(row: AccountRow, secret: string) {
  return { ...serviceAccountOf(row), client_id: row.id, secret };
}

export function createServiceAccountHandlers(services: Services): ServiceAccountHandlers {
  const { db } = services;

  // Deleted accounts are gone from the API: they answer 404 like another org's.
  const selectAccounts = (orgId: string) =>
    serviceAccountsWithCreatorRole(db)
      .select([
        'service_accounts.id',
        'service_accounts.name',
        'service_accounts.description',
        'service_accounts.scopes',
        'service_accounts.created_by',
        'service_accounts.secret_prefix',
        'service_accounts.created_at',
        'service_accounts.last_used_at',
        'service_accounts.previous_secret_expires_at',
      ])
      .where('service_accounts.org_id', '=', orgId)
      .where('service_accounts.deleted_at', 'is', null);

  async function accountOf(auth: AuthContext, accountId: string): Promise<AccountRow> {
    const row = await selectAccounts(auth.org.id)
      .where('service_accounts.id', '=', accountId)
      .executeTakeFirst();
    if (row === undefined) throw notFound(NOUN);
    return row;
  }

  /** The account, if `auth` may make `change` to it (credential-management.ts's rule). */
  async function manageableAccount(auth: AuthContext, accountId: string, change: CredentialChange) {
    const row = await accountOf(auth, accountId);
    assertManageable(auth, row, change, NOUN);
    return row;
  }

  const audit = (
    request: FastifyRequest,
    auth: AuthContext,
    action: AuditAction,
    id: string,
    prefix: string,
  ) => recordCredentialAudit(db, request, auth, action, { kind: 'service_account', id, prefix });

  return {
    async listServiceAccounts({ query }, { request }) {
      const auth = authOf(request);
      const page = pageRequest(query);
      const now = isoNow();
      const rows = await selectAccounts(auth.org.id)
        .$call((q) => keyset(q, 'service_accounts.id', page, 'desc'))
        .execute();
      return {
        status: 200,
        body: pageById(rows, page, (r) => serviceAccountOf(r, now)),
      };
    },

    async createServiceAccount({ body }, { request }) {
      const auth = authOf(request);
      assertActsAsItself(auth, null, 'create a service account');
      assertGrantable(auth, body.scopes);
      const secret = generateSecret('service_account_secret');
      const row = {
        id: newId('sa'),
        org_id: auth.org.id,
        name: body.name,
        description: body.description ?? null,
        scopes: JSON.stringify(body.scopes),
        created_by: await personBehind(db, auth),
        secret_hash: hashSecret(secret, services.keys.pepper),
        secret_prefix: secret.slice(0, DISPLAY_PREFIX_LENGTH),
        previous_secret_hash: null,
        previous_secret_expires_at: null,
        created_at: isoNow(),
        last_used_at: null,
        deleted_at: null,
      };
      await db.insertInto('service_accounts').values(row).execute();
      await audit(request, auth, 'service_account.created', row.id, row.secret_prefix);
      // The caller's role is the creator's: their own, or that of the person behind the caller.
      return {
        status: 201,
        headers: NO_STORE,
        body: withSecret({ ...row, creator_role: auth.role }, secret),
      };
    },

    async getServiceAccount({ params }, { request }) {
      return { status: 200, body: serviceAccountOf(await accountOf(authOf(request), params.account_id)) };
    },

    async updateServiceAccount({ params, body }, { request }) {
      const auth = authOf(request);
      const row = await manageableAccount(auth, params.account_id, 'update');
      if (body.scopes !== undefined) assertNarrowing(JSON.parse(row.scopes) as string[], body.scopes, NOUN);
      const changes = {
        ...(body.name === undefined ? {} : { name: body.name }),
        ...(body.description === undefined ? {} : { description: body.description }),
        ...(body.scopes === undefined ? {} : { scopes: JSON.stringify(body.scopes) }),
      };
      // The request schema's minProperties: 1 leaves at least one change.
      await db.updateTable('service_accounts').set(changes).where('id', '=', row.id).execute();
      await audit(request, auth, 'service_account.updated', row.id, row.secret_prefix);
      return { status: 200, body: serviceAccountOf({ ...row, ...changes }) };
    },

    async deleteServiceAccount({ params }, { request }) {
      const auth = authOf(request);
      const row = await manageableAccount(auth, params.account_id, 'delete');
      const now = isoNow();
      // Soft delete: authentication refuses a deleted account's secrets (current and previous),
      // and the tokens it obtained are revoked with it.
      const result = await db
        .updateTable('service_accounts')
        .set({ deleted_at: now })
        .where('id', '=', row.id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      // A concurrent delete got there first: this one answers as if it came second.
      if (Number(result.numUpdatedRows) !== 1) throw notFound(NOUN);
      await revokeTokensFrom(db, [row.id], now);
      await audit(request, auth, 'service_account.deleted', row.id, row.secret_prefix);
      return { status: 204 };
    },

    async rotateServiceAccountSecret({ params, body }, { request }) {
      const auth = authOf(request);
      assertActsAsItself(auth, null, "rotate a service account's secret");
      const row = await manageableAccount(auth, params.account_id, 'rotate');
      const grace = body?.grace_period_seconds ?? 0;
      const secret = generateSecret('service_account_secret');
      const prefix = secret.slice(0, DISPLAY_PREFIX_LENGTH);
      const previousExpiresAt = grace > 0 ? isoIn(grace) : null;
      const current = await db
        .selectFrom('service_accounts')
        .select('secret_hash')
        .where('id', '=', row.id)
        .executeTakeFirstOrThrow();
      // At most one previous secret: an earlier one still in its grace ends now. The update only
      // applies to the secret read above, so two concurrent rotations cannot both succeed.
      const result = await db
        .updateTable('service_accounts')
        .set({
          secret_hash: hashSecret(secret, services.keys.pepper),
          secret_prefix: prefix,
          previous_secret_hash: grace > 0 ? current.secret_hash : null,
          previous_secret_expires_at: previousExpiresAt,
        })
        .where('id', '=', row.id)
        .where('secret_hash', '=', current.secret_hash)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) {
        throw new ProblemError({
          code: 'conflict',
          detail: 'The service account changed while rotating its secret; retry.',
        });
      }
      await audit(request, auth, 'service_account.rotated', row.id, prefix);
      const rotated = { ...row, secret_prefix: prefix, previous_secret_expires_at: previousExpiresAt };
      return { status: 200, headers: NO_STORE, body: withSecret(rotated, secret) };
    },
  };
}
