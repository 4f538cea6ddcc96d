// Revoking a credential, with everything that hangs off it, in one place for every caller
// (DELETE on the resource, RFC 7009 revocation, removing a member). Access tokens also answer to
// their origin credential at verification time (auth/resolve-credential.ts); revoking their rows
// too keeps listings and introspection truthful.
import type { Database } from './db/database.ts';

/**
 * Revokes API keys, every key created with them (and theirs), and the access tokens minted from
 * any of them: revoking a leaked key undoes what it minted. A key's previous secret stays known,
 * so during its grace it too answers 403 credential_revoked.
 */
export async function revokeApiKeys(db: Database, keyIds: readonly string[], at: string): Promise<void> {
  let revoking = [...keyIds];
  while (revoking.length > 0) {
    await db
      .updateTable('api_keys')
      .set({ revoked_at: at })
      .where('id', 'in', revoking)
      .where('revoked_at', 'is', null)
      .execute();
    await revokeTokensFrom(db, revoking, at);
    const children = await db
      .selectFrom('api_keys')
      .select('id')
      .where('created_with', 'in', revoking)
      .where('revoked_at', 'is', null)
      .execute();
    revoking = children.map((child) => child.id);
  }
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
