// Organizations and their members through a real server on each backend: listing and creating
// orgs, the org boundary (404, never 403), the role cap and last-owner rules on role changes and
// removals, and how a removal or a demotion reaches the person's credentials at once.
import { describe, expect, it } from 'vitest';
import { signup, uniqueEmail } from '../support/api.ts';
import { BACKENDS } from '../support/backends.ts';
import {
  createApiKey,
  expectInsufficientScope,
  expectProblem,
  type Joined,
  joinAs,
  type Role,
  type Session,
  sorted,
  TIMESTAMP,
  useServer,
} from './flows.ts';

describe.each(BACKENDS.map((make) => make()))('orgs and members on $name', (backend) => {
  const { api } = useServer(backend);

  /** The Org a person's session sees for an org they own. */
  const ownedOrg = (org: { id: string; name: string }) => ({
    id: org.id,
    name: org.name,
    role: 'owner',
    created_at: expect.stringMatching(TIMESTAMP),
  });

  /** Creates a second org as `session`'s person; returns the Org body. */
  async function createOrg(session: Session, name: string): Promise<{ id: string; name: string }> {
    const created = await api('POST', '/v1/orgs', { token: session.access_token, body: { name } });
    expect(created.status, created.text).toBe(201);
    return created.body;
  }

  /** `GET /v1/members` as `token`: the member rows. */
  async function members(token: string): Promise<{ user_id: string; role: Role }[]> {
    const response = await api('GET', '/v1/members', { token });
    expect(response.status, response.text).toBe(200);
    return response.body.data;
  }

  describe('orgs', () => {
    it('a session lists every org of its person, oldest first; an API key lists only its own org', async () => {
      const person: Session = await signup(api, { org_name: 'First Org' });
      const created = await api('POST', '/v1/orgs', {
        token: person.access_token,
        body: { name: 'Second Org' },
      });
      expect(created.status, created.text).toBe(201);
      expect(created.body).toEqual(ownedOrg({ id: expect.stringMatching(/^org_/), name: 'Second Org' }));

      const bySession = await api('GET', '/v1/orgs', { token: person.access_token });
      expect(bySession.status, bySession.text).toBe(200);
      expect(bySession.body).toEqual({ data: [ownedOrg(person.org), created.body], next_cursor: null });

      const key = await createApiKey(api, person.access_token, ['org:read']);
      const byKey = await api('GET', '/v1/orgs', { apiKey: key.secret });
      expect(byKey.status, byKey.text).toBe(200);
      expect(byKey.body).toEqual({ data: [ownedOrg(person.org)], next_cursor: null });
    });

    it('createOrg with an API key answers 403 session_required and creates nothing', async () => {
      const person: Session = await signup(api);
      const key = await createApiKey(api, person.access_token, ['org:read', 'org:write']);
      const response = await api('POST', '/v1/orgs', { token: key.secret, body: { name: 'Made by a key' } });
      expectProblem(response, { status: 403, code: 'session_required', instance: '/v1/orgs' });
      const list = await api('GET', '/v1/orgs', { token: person.access_token });
      expect(list.body?.data).toEqual([ownedOrg(person.org)]);
    });

    it("getOrg and updateOrg answer 200 for the session's own org", async () => {
      const person: Session = await signup(api, { org_name: 'Before' });
      const path = `/v1/orgs/${person.org.id}`;
      const got = await api('GET', path, { token: person.access_token });
      expect(got.status, got.text).toBe(200);
      expect(got.body).toEqual(ownedOrg(person.org));
      const renamed = await api('PATCH', path, { token: person.access_token, body: { name: 'After' } });
      expect(renamed.status, renamed.text).toBe(200);
      expect(renamed.body).toEqual(ownedOrg({ id: person.org.id, name: 'After' }));
      const again = await api('GET', path, { token: person.access_token });
      expect(again.body?.name).toBe('After');
    });

    it.each([
      { name: 'GET an org the person also owns', method: 'GET', other: 'own second org' },
      { name: 'PATCH an org the person also owns', method: 'PATCH', other: 'own second org' },
      { name: "GET another person's org", method: 'GET', other: "a stranger's org" },
      { name: "PATCH another person's org", method: 'PATCH', other: "a stranger's org" },
    ] as const)('$name answers 404 not_found and changes nothing', async ({ method, other }) => {
      const person: Session = await signup(api, { org_name: 'Home Org' });
      let target: { id: string; name: string };
      let ownerToken: string;
      if (other === 'own second org') {
        target = await createOrg(person, 'Second Org');
        ownerToken = person.access_token;
      } else {
        const stranger: Session = await signup(api, { org_name: 'Stranger Org' });
        target = stranger.org;
        ownerToken = stranger.access_token;
      }
      const path = `/v1/orgs/${target.id}`;
      const response = await api(method, path, {
        token: person.access_token,
        ...(method === 'PATCH' ? { body: { name: 'Renamed' } } : {}),
      });
      expectProblem(response, { status: 404, code: 'not_found', instance: path });

      // Its name is unchanged, as its owner sees it.
      const list = await api('GET', '/v1/orgs', { token: ownerToken });
      expect(list.status, list.text).toBe(200);
      const seen = (list.body.data as { id: string; name: string }[]).find((org) => org.id === target.id);
      expect(seen?.name).toBe(target.name);
    });
  });

  describe('members', () => {
    it('lists every member oldest first, and only those with a role when filtered by it', async () => {
      const owner: Session = await signup(api, { name: 'Olive Owner' });
      const admin = await joinAs(api, owner.access_token, owner.org.id, 'admin');
      const viewer = await joinAs(api, owner.access_token, owner.org.id, 'viewer');
      const row = (person: { id: string; email: string; name: string }, role: Role) => ({
        user_id: person.id,
        email: person.email,
        name: person.name,
        role,
        joined_at: expect.stringMatching(TIMESTAMP),
      });
      const ownerRow = row(owner.user, 'owner');
      const adminRow = row({ id: admin.userId, email: admin.email, name: 'A admin' }, 'admin');
      const viewerRow = row({ id: viewer.userId, email: viewer.email, name: 'A viewer' }, 'viewer');

      const cases = [
        { given: '', want: [ownerRow, adminRow, viewerRow] },
        { given: '?role=owner', want: [ownerRow] },
        { given: '?role=admin', want: [adminRow] },
        { given: '?role=member', want: [] },
        { given: '?role=viewer', want: [viewerRow] },
      ];
      for (const { given, want } of cases) {
        const response = await api('GET', `/v1/members${given}`, { token: owner.access_token });
        expect(response.status, `${given}: ${response.text}`).toBe(200);
        expect(response.body, given).toEqual({ data: want, next_cursor: null });
      }
    });

    it('applies the role cap: nobody grants a role above their own or changes the role of someone above them', async () => {
      const owner: Session = await signup(api);
      const secondOwner = await joinAs(api, owner.access_token, owner.org.id, 'owner');
      const admin = await joinAs(api, owner.access_token, owner.org.id, 'admin');
      const first = await joinAs(api, owner.access_token, owner.org.id, 'member');
      const second = await joinAs(api, owner.access_token, owner.org.id, 'member');
      const roleOf = async (userId: string) =>
        (await members(owner.access_token)).find((m) => m.user_id === userId)?.role;

      const cases: {
        name: string;
        caller: string;
        target: Joined;
        role: Role;
        want: 200 | 'role_cap_exceeded';
      }[] = [
        {
          name: 'an admin promoting a member to owner',
          caller: admin.session.access_token,
          target: first,
          role: 'owner',
          want: 'role_cap_exceeded',
        },
        {
          name: "an admin changing an owner's role",
          caller: admin.session.access_token,
          target: secondOwner,
          role: 'admin',
          want: 'role_cap_exceeded',
        },
        {
          name: 'an admin promoting a member to admin (equal rank)',
          caller: admin.session.access_token,
          target: second,
          role: 'admin',
          want: 200,
        },
        {
          name: 'an owner promoting a member to admin',
          caller: owner.access_token,
          target: first,
          role: 'admin',
          want: 200,
        },
      ];
      for (const { name, caller, target, role, want } of cases) {
        const before = await roleOf(target.userId);
        const path = `/v1/members/${target.userId}`;
        const response = await api('PATCH', path, { token: caller, body: { role } });
        if (want === 200) {
          expect(response.status, `${name}: ${response.text}`).toBe(200);
          expect(response.body, name).toEqual({
            user_id: target.userId,
            email: target.email,
            name: target.home.user.name,
            role,
            joined_at: expect.stringMatching(TIMESTAMP),
          });
          expect(await roleOf(target.userId), name).toBe(role);
        } else {
          expectProblem(response, { status: 403, code: want, instance: path });
          expect(await roleOf(target.userId), name).toBe(before);
        }
      }
    });

    it('refuses to demote or remove the last owner (409 last_owner); with a second owner the first may step down', async () => {
      const owner: Session = await signup(api);
      const self = `/v1/members/${owner.user.id}`;
      const demote = await api('PATCH', self, { token: owner.access_token, body: { role: 'admin' } });
      expectProblem(demote, { status: 409, code: 'last_owner', instance: self });
      const remove = await api('DELETE', self, { token: owner.access_token });
      expectProblem(remove, { status: 409, code: 'last_owner', instance: self });
      expect(await members(owner.access_token)).toEqual([
        expect.objectContaining({ user_id: owner.user.id, role: 'owner' }),
      ]);

      const secondOwner = await joinAs(api, owner.access_token, owner.org.id, 'owner');
      const stepDown = await api('PATCH', self, { token: owner.access_token, body: { role: 'admin' } });
      expect(stepDown.status, stepDown.text).toBe(200);
      expect(stepDown.body?.role).toBe('admin');

      // Now the second owner is the last one.
      const lastPath = `/v1/members/${secondOwner.userId}`;
      const last = await api('PATCH', lastPath, {
        token: secondOwner.session.access_token,
        body: { role: 'member' },
      });
      expectProblem(last, { status: 409, code: 'last_owner', instance: lastPath });
    });

    it('removing a member answers 204; their session for the org and the API keys they created then answer 403 credential_revoked', async () => {
      const owner: Session = await signup(api);
      const member = await joinAs(api, owner.access_token, owner.org.id, 'member');
      const key = await createApiKey(api, member.session.access_token, ['keys:read']);
      const credentials = [
        { name: 'their session for the org', token: member.session.access_token },
        { name: 'their API key', token: key.secret },
      ];
      for (const { name, token } of credentials) {
        const response = await api('GET', '/v1/whoami', { token });
        expect(response.status, `${name}: ${response.text}`).toBe(200);
      }

      const path = `/v1/members/${member.userId}`;
      const removed = await api('DELETE', path, { token: owner.access_token });
      expect(removed.status, removed.text).toBe(204);
      expect(removed.text).toBe('');

      for (const { token } of credentials) {
        const response = await api('GET', '/v1/whoami', { token });
        expectProblem(response, { status: 403, code: 'credential_revoked', instance: '/v1/whoami' });
      }
      expect((await members(owner.access_token)).map((m) => m.user_id)).not.toContain(member.userId);
      // Their session for their own org goes on.
      const home = await api('GET', '/v1/whoami', { token: member.home.access_token });
      expect(home.status, home.text).toBe(200);
    });

    it("demoting a key's creator narrows the key's effective scopes at once", async () => {
      const owner: Session = await signup(api);
      const admin = await joinAs(api, owner.access_token, owner.org.id, 'admin');
      const scopes = ['keys:read', 'members:read', 'members:write'];
      const key = await createApiKey(api, admin.session.access_token, scopes);
      expect(sorted(key.effective_scopes)).toEqual(scopes);
      const inviteOne = () =>
        api('POST', '/v1/invitations', {
          token: key.secret,
          body: { invitations: [{ email: uniqueEmail('by-key'), role: 'viewer' }] },
        });
      const whileAdmin = await inviteOne();
      expect(whileAdmin.status, whileAdmin.text).toBe(200);

      const demoted = await api('PATCH', `/v1/members/${admin.userId}`, {
        token: owner.access_token,
        body: { role: 'member' },
      });
      expect(demoted.status, demoted.text).toBe(200);

      // Effective scopes = the key's scopes ∩ its creator's current role (member: no members:write).
      const narrowed = ['keys:read', 'members:read'];
      const whoami = await api('GET', '/v1/whoami', { token: key.secret });
      expect(whoami.status, whoami.text).toBe(200);
      expect(whoami.body).toMatchObject({
        principal: { kind: 'user', id: admin.userId },
        credential: { kind: 'api_key', id: key.id, prefix: key.secret.slice(0, 12) },
        role: 'member',
      });
      expect(sorted(whoami.body.scopes)).toEqual(narrowed);

      const asMember = await inviteOne();
      expectInsufficientScope(asMember, '/v1/invitations', 'members:write');

      // The key keeps its own scopes; only its effective scopes follow the role.
      const got = await api('GET', `/v1/api-keys/${key.id}`, { token: owner.access_token });
      expect(got.status, got.text).toBe(200);
      expect(sorted(got.body.scopes)).toEqual(scopes);
      expect(sorted(got.body.effective_scopes)).toEqual(narrowed);
    });
  });
});
