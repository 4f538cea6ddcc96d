// RFC 7009 token revocation: refresh tokens (with their family), access tokens, API keys, agent
// keys and app tokens.
import type { Handlers } from '../../generated/server/routes.ts';
import { type AuditAction, type AuditEvent, actorOf, recordAudit, userActor } from '../audit.ts';
import { authenticatedClient } from '../auth/client-authentication.ts';
import { resolveCredential } from '../auth/resolve-credential.ts';
import { oauthError } from '../problem.ts';
import { limitTokenAddress } from '../rate-limit.ts';
import { revokeKeys } from '../revocation.ts';
import { hashSecret, parseSecret } from '../secrets/secret.ts';
import type { Services } from '../services.ts';
import { revokeSession } from '../sessions.ts';
import { isoNow } from '../time.ts';
import { looksLikeJwt } from '../tokens/jwt.ts';

export function createRevocationHandlers(services: Services): Pick<Handlers, 'revokeToken'> {
  const { db } = services;

  /** Whether an access token was issued to this (service-account) client. */
  async function issuedTo(credential: { kind: string; id: string }, clientId: string): Promise<boolean> {
    if (credential.kind !== 'access_token') return false;
    const row = await db
      .selectFrom('access_tokens')
      .select('client_id')
      .where('id', '=', credential.id)
      .executeTakeFirst();
    return row?.client_id === clientId;
  }

  return {
    async revokeToken({ body }, { request }) {
      await limitTokenAddress(services, request);
      // RFC 7009 §2.1: a client that authenticates must do so correctly; the token itself is the
      // holder's proof, so a public client can revoke what it holds.
      const client = await authenticatedClient(
        services,
        request,
        body as { client_id?: string; client_secret?: string },
      );
      const token = body.token;
      const ok = { status: 200 as const, body: {} };
      const parsed = looksLikeJwt(token) ? null : parseSecret(token);
      if (parsed !== null && !['refresh_token', 'api_key', 'agent_key', 'app_token'].includes(parsed.kind)) {
        throw oauthError(
          'unsupported_token_type',
          `A ${parsed.kind.replaceAll('_', ' ')} cannot be revoked here.`,
        );
      }
      const now = isoNow();
      if (parsed?.kind === 'refresh_token') {
        const row = await db
          .selectFrom('refresh_tokens')
          .innerJoin('sessions', 'sessions.id', 'refresh_tokens.session_id')
          .select(['sessions.id', 'sessions.org_id', 'sessions.user_id', 'sessions.revoked_at'])
          .where('refresh_tokens.token_hash', '=', hashSecret(token, services.keys.pepper))
          .executeTakeFirst();
        // RFC 7009 §2.1: revoking a refresh token revokes its family and what it issued.
        // Refresh tokens are issued to people's sessions (public clients), never to a service
        // account: an authenticated client revokes only its own tokens (RFC 7009 §2.1).
        if (row !== undefined && client === null && (await revokeSession(db, row.id, 'revoked'))) {
          await recordAudit(db, request, {
            action: 'session.revoked',
            orgId: row.org_id,
            actor: userActor(row.user_id),
            target: { kind: 'session', id: row.id },
            data: { via: 'oauth_revocation' },
          });
        }
        return ok;
      }
      const resolution = await resolveCredential(services, token, { allowJwt: true });
      if (resolution.status !== 'ok') return ok;
      const { credential, sessionId } = resolution.auth;
      // RFC 7009 §2.1: "verifies whether the token was issued to the client making the revocation
      // request". Another client's token is left alone, answered like an unknown one (§2.2).
      if (client !== null && !(await issuedTo(credential, client.id))) return ok;
      // Audited as done by the token's holder: the credential itself (a session's: the person).
      const audit = async (
        action: AuditAction,
        target: AuditEvent['target'],
        data?: Record<string, unknown>,
      ) =>
        recordAudit(db, request, {
          action,
          orgId: resolution.auth.org.id,
          actor: await actorOf(db, resolution.auth),
          target,
          data: { ...data, via: 'oauth_revocation' },
        });
      if (credential.kind === 'session' && sessionId !== null) {
        if (await revokeSession(db, sessionId, 'revoked')) {
          await audit('session.revoked', { kind: 'session', id: sessionId });
        }
      }
      if (credential.kind === 'access_token') {
        const result = await db
          .updateTable('access_tokens')
          .set({ revoked_at: now })
          .where('id', '=', credential.id)
          .where('revoked_at', 'is', null)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 1) {
          await audit('access_token.revoked', { kind: 'access_token', id: credential.id });
        }
      }
      const kind = credential.kind;
      if (kind === 'api_key' || kind === 'agent_key' || kind === 'app_token') {
        // With what it minted (keys made with it, access tokens exchanged from it).
        const revoked = await revokeKeys(db, [credential.id], now);
        if (revoked.includes(credential.id))
          await audit(`${kind}.revoked`, { kind, id: credential.id }, { prefix: credential.prefix });
      }
      return ok;
    },
  };
}
