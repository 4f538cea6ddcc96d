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
 *
 * Returns those of `keyIds` that this call revoked: each key is revoked by one conditional
 * update (`revoked_at IS NULL`), so of concurrent revocations exactly one sees it change, and
 * only that one records the event. What they minted is revoked again by every call (a no-op
 * once done), so a revocation cut short is completed by the next.
 */
export async function revokeKeys(db: Database, keyIds: readonly string[], at: string): Promise<string[]> {
  const revoked: string[] = [];
  let revoking = [...keyIds];
  for (let round = 0; revoking.length > 0; round++) {
    for (const table of Object.values(KEY_TABLES)) {
      const ids = revoking.filter((id) => tableOf(id) === table);
      if (ids.length === 0) continue;
      const changed = await db
        .updateTable(table)
        .set({ revoked_at: at })
        .where('id', 'in', ids)
        .where('revoked_at', 'is', null)
        .returning('id')
        .execute();
      if (round === 0) revoked.push(...changed.map((row) => row.id));
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
  return revoked;
}

/** When a key (API key, agent key, app token) was revoked; null while it is not. */
export async function revokedAtOf(db: Database, keyId: string): Promise<string | null> {
  const table = tableOf(keyId);
  if (table === undefined) throw new Error(`not a key id: ${keyId}`);
  const row = await db.selectFrom(table).select('revoked_at').where('id', '=', keyId).executeTakeFirst();
  return row?.revoked_at ?? null;
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
