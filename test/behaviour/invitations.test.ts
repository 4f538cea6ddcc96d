// Invitations through a real server on each backend: bulk invites with one result per email,
// accepting (and every way accepting is refused), revoking, listing without tokens, and
// Idempotency-Key replays of a create that returns secrets.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PASSWORD, signup, uniqueEmail } from '../support/api.ts';
import { BACKENDS } from '../support/backends.ts';
import {
  DAY_MS,
  expectProblem,
  INVITATION_TOKEN,
  invite,
  joinAs,
  type Role,
  type Session,
  TIMESTAMP,
  useServer,
} from './flows.ts';

interface Invitation {
  id: string;
  email: string;
  role: Role;
  status: 'pending' | 'accepted' | 'revoked' | 'expired';
  invited_by: string;
  created_at: string;
  expires_at: string;
}

describe.each(BACKENDS.map((make) => make()))('invitations on $name', (backend) => {
  const { api } = useServer(backend);

  /** `GET /v1/invitations` as `token`: the response, checked to be a 200. */
  async function listInvitations(token: string) {
    const response = await api('GET', '/v1/invitations', { token });
    expect(response.status, response.text).toBe(200);
    return response;
  }

  async function statusOf(token: string, invitationId: string): Promise<string | undefined> {
    const list = await listInvitations(token);
    return (list.body.data as Invitation[]).find((i) => i.id === invitationId)?.status;
  }

  const accept = (session: Session, token: string) =>
    api('POST', '/v1/invitations/accept', { token: session.access_token, body: { token } });

  describe('createInvitations', () => {
    it('answers one result per email in request order: invited, already_member, already_invited, rejected', async () => {
      const owner: Session = await signup(api);
      const admin = await joinAs(api, owner.access_token, owner.org.id, 'admin');
      const fresh = uniqueEmail('fresh');
      const wouldBeOwner = uniqueEmail('would-be-owner');

      const response = await api('POST', '/v1/invitations', {
        token: admin.session.access_token,
        body: {
          invitations: [
            { email: fresh, role: 'member' },
            { email: owner.user.email, role: 'viewer' },
            { email: fresh, role: 'viewer' },
            { email: wouldBeOwner, role: 'owner' },
          ],
        },
      });
      expect(response.status, response.text).toBe(200);
      const invitation: Invitation | undefined = response.body.results?.[0]?.invitation;
      expect(response.body).toEqual({
        results: [
          {
            email: fresh,
            status: 'invited',
            invitation: {
              id: expect.stringMatching(/^inv_/),
              email: fresh,
              role: 'member',
              status: 'pending',
              invited_by: admin.userId,
              created_at: expect.stringMatching(TIMESTAMP),
              expires_at: expect.stringMatching(TIMESTAMP),
            },
            token: expect.stringMatching(INVITATION_TOKEN),
            error: null,
          },
          { email: owner.user.email, status: 'already_member', invitation: null, token: null, error: null },
          // A duplicate later in the same request points at the invitation just made.
          { email: fresh, status: 'already_invited', invitation, token: null, error: null },
          {
            email: wouldBeOwner,
            status: 'rejected',
            invitation: null,
            token: null,
            error: { code: 'role_cap_exceeded', message: expect.stringMatching(/\S/) },
          },
        ],
      });
      // Invitations expire after 7 days.
      const lifetime = Date.parse(invitation?.expires_at ?? '') - Date.parse(invitation?.created_at ?? '');
      expect(Math.abs(lifetime - 7 * DAY_MS)).toBeLessThanOrEqual(1000);

      // A later request: the pending invitation is reported again, without a token; the owner
      // may invite an owner.
      const again = await api('POST', '/v1/invitations', {
        token: owner.access_token,
        body: {
          invitations: [
            { email: fresh, role: 'admin' },
            { email: wouldBeOwner, role: 'owner' },
          ],
        },
      });
      expect(again.status, again.text).toBe(200);
      expect(again.body.results).toEqual([
        { email: fresh, status: 'already_invited', invitation, token: null, error: null },
        {
          email: wouldBeOwner,
          status: 'invited',
          invitation: expect.objectContaining({ email: wouldBeOwner, role: 'owner', status: 'pending' }),
          token: expect.stringMatching(INVITATION_TOKEN),
          error: null,
        },
      ]);
    });

    it('answers with Cache-Control: no-store (the response carries tokens)', async () => {
      const owner: Session = await signup(api);
      const response = await api('POST', '/v1/invitations', {
        token: owner.access_token,
        body: { invitations: [{ email: uniqueEmail('no-store'), role: 'member' }] },
      });
      expect(response.status, response.text).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
    });

    it.each([
      { name: 'no emails', given: 0, want: 400 },
      { name: '50 emails (the most)', given: 50, want: 200 },
      { name: '51 emails', given: 51, want: 400 },
    ])('with $name answers $want', async ({ given, want }) => {
      const owner: Session = await signup(api);
      const emails = Array.from({ length: given }, () => uniqueEmail('bulk'));
      const response = await api('POST', '/v1/invitations', {
        token: owner.access_token,
        body: { invitations: emails.map((email) => ({ email, role: 'member' })) },
      });
      if (want === 200) {
        expect(response.status, response.text).toBe(200);
        expect(
          response.body.results.map((r: { email: string; status: string }) => [r.email, r.status]),
        ).toEqual(emails.map((email) => [email, 'invited']));
      } else {
        expectProblem(response, { status: 400, code: 'invalid_request', instance: '/v1/invitations' });
        // Nothing of a refused batch was invited.
        expect((await listInvitations(owner.access_token)).body.data).toEqual([]);
      }
    });

    it('replays the first response for the same Idempotency-Key and body; a different body answers 409 idempotency_key_reused', async () => {
      const owner: Session = await signup(api);
      const headers = { 'idempotency-key': `invite-${randomUUID()}` };
      const body = {
        invitations: [
          { email: uniqueEmail('idem'), role: 'member' },
          { email: uniqueEmail('idem'), role: 'viewer' },
        ],
      };
      const first = await api('POST', '/v1/invitations', { token: owner.access_token, body, headers });
      expect(first.status, first.text).toBe(200);
      expect(first.headers.get('idempotent-replayed')).not.toBe('true');
      expect(first.body.results.map((r: { status: string }) => r.status)).toEqual(['invited', 'invited']);

      // Without the replay the second request would say already_invited, with no tokens.
      const replay = await api('POST', '/v1/invitations', { token: owner.access_token, body, headers });
      expect(replay.status, replay.text).toBe(200);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.body).toEqual(first.body);
      expect((await listInvitations(owner.access_token)).body.data).toHaveLength(2);

      const other = await api('POST', '/v1/invitations', {
        token: owner.access_token,
        body: { invitations: [{ email: uniqueEmail('idem-other'), role: 'member' }] },
        headers,
      });
      expectProblem(other, { status: 409, code: 'idempotency_key_reused', instance: '/v1/invitations' });
      expect((await listInvitations(owner.access_token)).body.data).toHaveLength(2);
    });
  });

  describe('acceptInvitation', () => {
    it('lets the invitee, signed up with the invited email in another case, join with the invited role', async () => {
      const owner: Session = await signup(api, { org_name: 'Inviting Org' });
      const email = uniqueEmail('invitee');
      const { id, token } = await invite(api, owner.access_token, email, 'admin');
      const signedUpAs = email.toUpperCase();
      expect(signedUpAs).not.toBe(email);
      const invitee: Session = await signup(api, { email: signedUpAs, name: 'Ivy Invitee' });

      const accepted = await accept(invitee, token);
      expect(accepted.status, accepted.text).toBe(200);
      expect(accepted.body).toEqual({ org: owner.org, role: 'admin' });

      const login = await api('POST', '/v1/auth/login', {
        body: { email: signedUpAs, password: PASSWORD, org_id: owner.org.id },
      });
      expect(login.status, login.text).toBe(200);
      expect(login.body).toMatchObject({ user: { id: invitee.user.id }, org: owner.org, role: 'admin' });

      const members = await api('GET', '/v1/members', { token: owner.access_token });
      expect(members.status, members.text).toBe(200);
      const row = (members.body.data as { user_id: string; email: string }[]).find(
        (m) => m.user_id === invitee.user.id,
      );
      expect(row).toEqual({
        user_id: invitee.user.id,
        email: expect.any(String),
        name: 'Ivy Invitee',
        role: 'admin',
        joined_at: expect.stringMatching(TIMESTAMP),
      });
      expect(row?.email.toLowerCase()).toBe(email.toLowerCase());
      expect(await statusOf(owner.access_token, id)).toBe('accepted');
    });

    it("answers 403 invitation_mismatch to a different person's session, and the invitation stays usable", async () => {
      const owner: Session = await signup(api);
      const email = uniqueEmail('invitee');
      const { id, token } = await invite(api, owner.access_token, email, 'member');
      const stranger: Session = await signup(api);

      const refused = await accept(stranger, token);
      expectProblem(refused, {
        status: 403,
        code: 'invitation_mismatch',
        instance: '/v1/invitations/accept',
      });
      expect(await statusOf(owner.access_token, id)).toBe('pending');

      const invitee: Session = await signup(api, { email });
      const accepted = await accept(invitee, token);
      expect(accepted.status, accepted.text).toBe(200);
    });

    it('answers 409 conflict to a person who is already a member', async () => {
      const owner: Session = await signup(api);
      const { home: invitee, invitation } = await joinAs(api, owner.access_token, owner.org.id, 'member');

      const again = await accept(invitee, invitation.token);
      expectProblem(again, { status: 409, code: 'conflict', instance: '/v1/invitations/accept' });
    });

    it('answers 404 not_found to an accepted token used again (by its invitee, since removed)', async () => {
      const owner: Session = await signup(api);
      const { home: invitee, invitation } = await joinAs(api, owner.access_token, owner.org.id, 'member');
      const removed = await api('DELETE', `/v1/members/${invitee.user.id}`, { token: owner.access_token });
      expect(removed.status, removed.text).toBe(204);

      const again = await accept(invitee, invitation.token);
      expectProblem(again, { status: 404, code: 'not_found', instance: '/v1/invitations/accept' });
    });
  });

  describe('revokeInvitation', () => {
    it('revokes a pending invitation (204, again 204); its token then answers 404 on accept', async () => {
      const owner: Session = await signup(api);
      const email = uniqueEmail('revoked');
      const { id, token } = await invite(api, owner.access_token, email, 'member');
      const path = `/v1/invitations/${id}`;

      const revoked = await api('DELETE', path, { token: owner.access_token });
      expect(revoked.status, revoked.text).toBe(204);
      expect(revoked.text).toBe('');
      expect(await statusOf(owner.access_token, id)).toBe('revoked');

      const invitee: Session = await signup(api, { email });
      const refused = await accept(invitee, token);
      expectProblem(refused, { status: 404, code: 'not_found', instance: '/v1/invitations/accept' });

      const again = await api('DELETE', path, { token: owner.access_token });
      expect(again.status, again.text).toBe(204);
    });

    it('answers 409 conflict for an accepted invitation, which stays accepted', async () => {
      const owner: Session = await signup(api);
      const { invitation } = await joinAs(api, owner.access_token, owner.org.id, 'member');

      const path = `/v1/invitations/${invitation.id}`;
      const response = await api('DELETE', path, { token: owner.access_token });
      expectProblem(response, { status: 409, code: 'conflict', instance: path });
      expect(await statusOf(owner.access_token, invitation.id)).toBe('accepted');
    });

    it("answers 404 not_found for another org's invitation, which stays pending", async () => {
      const owner: Session = await signup(api);
      const stranger: Session = await signup(api);
      const { id } = await invite(api, owner.access_token, uniqueEmail('theirs'), 'member');
      const path = `/v1/invitations/${id}`;
      const response = await api('DELETE', path, { token: stranger.access_token });
      expectProblem(response, { status: 404, code: 'not_found', instance: path });
      expect(await statusOf(owner.access_token, id)).toBe('pending');
    });
  });

  describe('listInvitations', () => {
    it('lists the invitations with their status and never a token', async () => {
      const owner: Session = await signup(api);
      const created = await api('POST', '/v1/invitations', {
        token: owner.access_token,
        body: {
          invitations: [
            { email: uniqueEmail('listed'), role: 'member' },
            { email: uniqueEmail('listed'), role: 'viewer' },
          ],
        },
      });
      expect(created.status, created.text).toBe(200);
      const results = created.body.results as { invitation: Invitation; token: string }[];
      expect(results.map((r) => r.token)).toEqual([
        expect.stringMatching(INVITATION_TOKEN),
        expect.stringMatching(INVITATION_TOKEN),
      ]);

      const list = await listInvitations(owner.access_token);
      expect(list.body.next_cursor).toBeNull();
      expect(list.body.data).toHaveLength(2);
      expect(list.body.data).toEqual(expect.arrayContaining(results.map((r) => r.invitation)));
      for (const item of list.body.data as Record<string, unknown>[]) {
        expect(Object.keys(item).sort()).toEqual([
          'created_at',
          'email',
          'expires_at',
          'id',
          'invited_by',
          'role',
          'status',
        ]);
      }
      expect(list.text).not.toMatch(/kwi_/);
    });
  });
});
