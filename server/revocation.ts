// Revoking a credential, with everything that hangs off it, in one place for every caller
// (DELETE on the resource, RFC 7009 revocation, removing a member, deleting an agent). Access
// tokens also answer to their origin credential at verification time
// (auth/resolve-credential.ts); revoking their rows too keeps listings and introspection truthful.
import type { Database } from './db/database.ts';

/** The tables of keys people mint (`created_with` names the key one was minted with), by id prefix. */
const KEY_TABLES = { key: 'api_keys', akey: 'agent_keys', apt: 'app_tokens' } as const;
type KeyTable = (typeof KEY_TABLES)[keyof typeof KEY_TABLES];

function tableOf(id: string): KeyTable | undefined {
  return KEY_TABLES[id.slice(0, id.indexOf('_')) as keyof typeof KEY_TABLES];
}

/**
 * Revokes keys (API keys, agent keys, app tokens), every key minted with them (and theirs), and
 * the access tokens minted from any of them: revoking a leaked key undoes what it minted. An API
 * key's previous secret stays known, so during its grace it too answers 403 credential_revoked.
 */
export async function revokeKeys(db: Database, keyIds: readonly string[], at: string): Promise<void> {
  let revoking = [...keyIds];
  while (revoking.length > 0) {
    for (const table of Object.values(KEY_TABLES)) {
      const ids = revoking.filter((id) => tableOf(id) === table);
      if (ids.length === 0) continue;
      await db
        .updateTable(table)
        .set({ revoked_at: at })
        .where('id', 'in', ids)
        .where('revoked_at', 'is', null)
        .execute();
    }
    await revokeTokensFrom(db, revoking, at);
    const children: string[] = [];
    for (const table of Object.values(KEY_TABLES)) {
      const rows = await db
        .selectFrom(table)
        .select('id')
        .where('created_with', 'in', revoking)
        .where('revoked_at', 'is', null)
        .execute();
      children.push(...rows.map((row) => row.id));
    }
    revoking = children;
  }
}

/**
 * Revokes every live key a person minted in an org (when they are removed from it): revoked, not
 * just disabled, so that rejoining later does not bring them back.
 */
export async function revokeKeysCreatedBy(
  db: Database,
  orgId: string,
  userId: string,
  at: string,
): Promise<void> {
  const ids: string[] = [];
  for (const table of Object.values(KEY_TABLES)) {
    const rows = await db
      .selectFrom(table)
      .select('id')
      .where('org_id', '=', orgId)
      .where('created_by', '=', userId)
      .where('revoked_at', 'is', null)
      .execute();
    ids.push(...rows.map((row) => row.id));
  }
  await revokeKeys(db, ids, at);
}

/** Revokes the access tokens minted from these credentials (keys, service accounts, sessions). */
export async function revokeTokensFrom(
  db: Database,
  credentialIds: readonly string[],
  at: string,
): Promise<void> {
  if (credentialIds.length === 0) return;
  await db
    .updateTable('access_tokens')
    .set({ revoked_at: at })
    .where('credential_id', 'in', credentialIds)
    .where('revoked_at', 'is', null)
    .execute();
}
