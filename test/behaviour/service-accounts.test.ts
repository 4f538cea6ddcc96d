// Service accounts through a real server on each backend: the secret shown once, exchanging it
// for an access token, rotation with and without a grace period, narrowing, role caps on
// creating and on changing, org isolation, soft deletion (its secrets and tokens stop working),
// pagination and Idempotency-Key. The contract is spec/paths/service-accounts.yaml.
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CallOptions } from '../support/api.ts';
import { BACKENDS } from '../support/backends.ts';
import {
  asToken,
  collectPages,
  createApiKey,
  credentialCalls,
  expectCreateAnswer,
  expectProblem,
  expectSecretShown,
  joinAs,
  must,
  postTwice,
  type Session,
  sorted,
  TIMESTAMP,
  useServer,
  wellFormedSecret,
  withWrongChecksum,
} from './flows.ts';

/** spec/components/schemas/service-accounts.yaml#/ServiceAccount */
interface ServiceAccount {
  id: string;
  name: string;
  description: string | null;
  scopes: string[];
  effective_scopes: string[];
  secret_prefix: string;
  created_by: string;
  created_at: string;
  last_used_at: string | null;
  previous_secret_expires_at: string | null;
}

/** The answer to creating an account or rotating its secret: the only time the secret is shown. */
interface ServiceAccountWithSecret extends ServiceAccount {
  client_id: string;
  secret: string;
}

const SERVICE_ACCOUNT_SECRET = /^kws_[0-9A-Za-z]{42}$/;
const UNKNOWN_ID = `sa_${'0'.repeat(26)}`;

describe.each(BACKENDS.map((make) => make()))('service accounts on $name', (backend) => {
  const { api } = useServer(backend);
  const { owner } = credentialCalls(api);

  /** Creates an account with `scopes` as the holder of `caller`. */
  async function createAccount(
    caller: CallOptions,
    scopes: string[],
    more: { name?: string; description?: string } = {},
  ): Promise<ServiceAccountWithSecret> {
    const body = { name: 'billing-sync', scopes, ...more };
    const response = await api('POST', '/v1/service-accounts', { ...caller, body });
    must(response, 201, `create the service account ${body.name} with ${scopes.join(' ')}`);
    return response.body;
  }

  /** `POST /v1/access-tokens` with the account's id and secret in the body. */
  const exchange = (id: string, secret: string, scopes?: string[]) =>
    api('POST', '/v1/access-tokens', {
      body: { service_account_id: id, service_account_secret: secret, ...(scopes ? { scopes } : {}) },
    });

  /** An access token for the account; fails the test when the exchange is refused. */
  async function tokenFor(id: string, secret: string): Promise<string> {
    return must(await exchange(id, secret), 201, `exchange ${id}`).body.access_token;
  }

  const expectRefused = async (id: string, secret: string) =>
    expectProblem(await exchange(id, secret), {
      status: 401,
      code: 'invalid_credential',
      instance: '/v1/access-tokens',
    });

  const get = (session: Session, id: string) => api('GET', `/v1/service-accounts/${id}`, asToken(session));

  describe('create and use', () => {
    it('answers 201 with client_id and the secret once: no-store, kws_ with a valid checksum', async () => {
      const session = await owner();
      const response = await api('POST', '/v1/service-accounts', {
        ...asToken(session),
        body: { name: 'billing-sync', description: 'Nightly export', scopes: ['keys:read', 'audit:read'] },
      });
      const account: ServiceAccountWithSecret = expectSecretShown(response, SERVICE_ACCOUNT_SECRET);
      expect(account).toEqual({
        id: expect.stringMatching(/^sa_[0-9A-Za-z]+$/),
        name: 'billing-sync',
        description: 'Nightly export',
        scopes: ['keys:read', 'audit:read'],
        effective_scopes: ['keys:read', 'audit:read'],
        secret_prefix: account.secret.slice(0, 12),
        created_by: session.user.id,
        created_at: expect.stringMatching(TIMESTAMP),
        last_used_at: null,
        previous_secret_expires_at: null,
        client_id: account.id,
        secret: expect.stringMatching(SERVICE_ACCOUNT_SECRET),
      });
    });

    it('without a description, description is null', async () => {
      const account = await createAccount(asToken(await owner()), ['keys:read']);
      expect(account.description).toBeNull();
    });

    it.each([
      { name: 'GET /v1/service-accounts/{id}', method: 'GET', list: false, body: undefined },
      { name: 'GET /v1/service-accounts', method: 'GET', list: true, body: undefined },
      { name: 'PATCH /v1/service-accounts/{id}', method: 'PATCH', list: false, body: { name: 'renamed' } },
    ])('$name never returns the secret', async ({ method, list, body }) => {
      const session = await owner();
      const account = await createAccount(asToken(session), ['keys:read']);
      const path = list ? '/v1/service-accounts' : `/v1/service-accounts/${account.id}`;
      const response = await api(method, path, { ...asToken(session), body });
      expect(response.status, response.text).toBe(200);
      const items: ServiceAccount[] = list ? response.body.data : [response.body];
      expect(items.map((item) => item.id)).toEqual([account.id]);
      for (const item of items) {
        expect(item).not.toHaveProperty('secret');
        expect(item).not.toHaveProperty('client_id');
        expect(item.secret_prefix).toBe(account.secret_prefix);
      }
      expect(response.text).not.toContain(account.secret);
      // The hidden part of the secret (after its display prefix) in no other form either.
      expect(response.text).not.toContain(account.secret.slice(12));
    });

    it('exchanges for an access token that whoami shows as the service account, without a role', async () => {
      const session = await owner();
      const account = await createAccount(asToken(session), ['keys:read', 'audit:read'], {
        name: 'exporter',
      });
      const response = await exchange(account.id, account.secret);
      expect(response.status, response.text).toBe(201);
      expect(sorted(response.body.scopes)).toEqual(['audit:read', 'keys:read']);

      const whoami = await api('GET', '/v1/whoami', { token: response.body.access_token });
      expect(whoami.status, whoami.text).toBe(200);
      expect(whoami.body).toMatchObject({
        principal: { kind: 'service_account', id: account.id, name: 'exporter' },
        org: { id: session.org.id, name: session.org.name },
        credential: { kind: 'access_token' },
        role: null,
      });
      expect(sorted(whoami.body.scopes)).toEqual(['audit:read', 'keys:read']);

      const after = await get(session, account.id);
      expect(after.body.last_used_at).toMatch(TIMESTAMP);
    });

    it('a service account with service-accounts:write creates accounts on behalf of its creator, within its own scopes', async () => {
      const session = await owner();
      const parent = await createAccount(asToken(session), ['service-accounts:write', 'keys:read']);
      const token = await tokenFor(parent.id, parent.secret);
      const child = await createAccount({ token }, ['keys:read']);
      expect(child).toMatchObject({ created_by: session.user.id, effective_scopes: ['keys:read'] });
      expect((await exchange(child.id, child.secret)).status).toBe(201);

      const wider = await api('POST', '/v1/service-accounts', {
        token,
        body: { name: 'wider', scopes: ['org:write'] },
      });
      expectProblem(wider, { status: 403, code: 'role_cap_exceeded', instance: '/v1/service-accounts' });
    });
  });

  describe('refused secrets', () => {
    let account: ServiceAccountWithSecret;
    let other: ServiceAccountWithSecret;
    beforeAll(async () => {
      const session = await owner();
      account = await createAccount(asToken(session), ['keys:read']);
      other = await createAccount(asToken(session), ['keys:read']);
    });

    it.each([
      { name: 'a kws_ secret never issued', id: () => account.id, secret: () => wellFormedSecret('kws_') },
      { name: "another account's secret", id: () => account.id, secret: () => other.secret },
      { name: 'an unknown account id', id: () => UNKNOWN_ID, secret: () => account.secret },
      {
        name: 'its secret with the checksum changed',
        id: () => account.id,
        secret: () => withWrongChecksum(account.secret),
      },
    ])('$name answers 401 invalid_credential', async ({ id, secret }) => {
      await expectRefused(id(), secret());
    });
  });

  describe('rotate', () => {
    it.each([
      { name: 'grace_period_seconds 0', body: { grace_period_seconds: 0 } },
      { name: 'no body (default grace 0)', body: undefined },
    ])('with $name: a new secret; the old one is refused at once', async ({ body }) => {
      const session = await owner();
      const account = await createAccount(asToken(session), ['keys:read']);
      const response = await api('POST', `/v1/service-accounts/${account.id}/secrets`, {
        ...asToken(session),
        body,
      });
      expect(response.status, response.text).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const rotated: ServiceAccountWithSecret = response.body;
      expect(rotated).toMatchObject({
        id: account.id,
        client_id: account.id,
        scopes: ['keys:read'],
        previous_secret_expires_at: null,
        secret: expect.stringMatching(SERVICE_ACCOUNT_SECRET),
      });
      expect(rotated.secret).not.toBe(account.secret);
      expect(rotated.secret_prefix).toBe(rotated.secret.slice(0, 12));

      await expectRefused(account.id, account.secret);
      expect((await exchange(account.id, rotated.secret)).status).toBe(201);
      expect((await get(session, account.id)).body.secret_prefix).toBe(rotated.secret_prefix);
    });

    it('with grace_period_seconds 4: both secrets exchange until previous_secret_expires_at, then only the new one', async () => {
      const session = await owner();
      const account = await createAccount(asToken(session), ['keys:read']);
      const before = Date.now();
      const response = await api('POST', `/v1/service-accounts/${account.id}/secrets`, {
        ...asToken(session),
        body: { grace_period_seconds: 4 },
      });
      const answered = Date.now();
      expect(response.status, response.text).toBe(200);
      const rotated: ServiceAccountWithSecret = response.body;
      // The API's timestamps have whole seconds: allow the truncation.
      const graceEnds = Date.parse(rotated.previous_secret_expires_at ?? '');
      expect(graceEnds).toBeGreaterThanOrEqual(before + 4_000 - 1_000);
      expect(graceEnds).toBeLessThanOrEqual(answered + 4_000);

      for (const secret of [account.secret, rotated.secret]) {
        const exchanged = await exchange(account.id, secret);
        expect(exchanged.status, exchanged.text).toBe(201);
      }
      // The checks above ran inside the grace period (4 s leaves room for a loaded CI machine).
      expect(Date.now()).toBeLessThan(before + 3_000);

      await sleep(Math.max(0, answered + 4_500 - Date.now()));
      await expectRefused(account.id, account.secret);
      expect((await exchange(account.id, rotated.secret)).status).toBe(201);
      expect((await get(session, account.id)).body.previous_secret_expires_at).toBeNull();
    });

    it('rotating again during a grace period ends the earlier previous secret at once', async () => {
      const session = await owner();
      const account = await createAccount(asToken(session), ['keys:read']);
      const rotate = async () =>
        must(
          await api('POST', `/v1/service-accounts/${account.id}/secrets`, {
            ...asToken(session),
            body: { grace_period_seconds: 600 },
          }),
          200,
          'rotate',
        ).body as ServiceAccountWithSecret;
      const second = await rotate();
      const third = await rotate();
      await expectRefused(account.id, account.secret);
      expect((await exchange(account.id, second.secret)).status).toBe(201);
      expect((await exchange(account.id, third.secret)).status).toBe(201);
    });
  });

  describe('PATCH', () => {
    it.each([
      { name: 'adding a scope', from: ['keys:read'], to: ['keys:read', 'audit:read'] },
      { name: 'swapping a scope', from: ['keys:read'], to: ['org:read'] },
    ])('$name answers 403 scope_widening and changes nothing', async ({ from, to }) => {
      const session = await owner();
      const account = await createAccount(asToken(session), from);
      const path = `/v1/service-accounts/${account.id}`;
      const response = await api('PATCH', path, { ...asToken(session), body: { scopes: to } });
      expectProblem(response, { status: 403, code: 'scope_widening', instance: path });
      expect((await get(session, account.id)).body.scopes).toEqual(from);
    });

    it('narrowing answers 200; tokens requested from then on carry only the remaining scopes', async () => {
      const session = await owner();
      const account = await createAccount(asToken(session), ['keys:read', 'audit:read']);
      const path = `/v1/service-accounts/${account.id}`;
      const response = await api('PATCH', path, { ...asToken(session), body: { scopes: ['audit:read'] } });
      expect(response.status, response.text).toBe(200);
      expect(response.body).toMatchObject({
        id: account.id,
        scopes: ['audit:read'],
        effective_scopes: ['audit:read'],
      });
      const exchanged = await exchange(account.id, account.secret);
      expect(exchanged.status, exchanged.text).toBe(201);
      expect(exchanged.body.scopes).toEqual(['audit:read']);
      expectProblem(await exchange(account.id, account.secret, ['keys:read']), {
        status: 403,
        code: 'insufficient_scope',
        instance: '/v1/access-tokens',
      });
    });

    it('renames, and a null description clears it, keeping the scopes', async () => {
      const session = await owner();
      const account = await createAccount(asToken(session), ['keys:read'], { description: 'old' });
      const path = `/v1/service-accounts/${account.id}`;
      const response = await api('PATCH', path, {
        ...asToken(session),
        body: { name: 'renamed', description: null },
      });
      expect(response.status, response.text).toBe(200);
      expect(response.body).toMatchObject({ name: 'renamed', description: null, scopes: ['keys:read'] });
      expect((await get(session, account.id)).body).toMatchObject({ name: 'renamed', description: null });
    });

    it('an empty body answers 400 invalid_request', async () => {
      const session = await owner();
      const account = await createAccount(asToken(session), ['keys:read']);
      const path = `/v1/service-accounts/${account.id}`;
      expectProblem(await api('PATCH', path, { ...asToken(session), body: {} }), {
        status: 400,
        code: 'invalid_request',
        instance: path,
      });
    });
  });

  describe('role caps', () => {
    let session: Session;
    let admin: Session;
    let member: Session;
    let writeOnlyKey: string;
    beforeAll(async () => {
      session = await owner();
      admin = (await joinAs(api, session.access_token, session.org.id, 'admin')).session;
      member = (await joinAs(api, session.access_token, session.org.id, 'member')).session;
      writeOnlyKey = (await createApiKey(api, session.access_token, ['service-accounts:write'])).secret;
    });

    const callers = {
      owner: () => asToken(session),
      admin: () => asToken(admin),
      member: () => asToken(member),
      'a service-accounts:write-only key': (): CallOptions => ({ apiKey: writeOnlyKey }),
    };
    it.each<{ who: keyof typeof callers; scopes: string[]; want: string }>([
      { who: 'owner', scopes: ['org:write', 'audit:write'], want: '201' },
      { who: 'admin', scopes: ['members:write', 'audit:read'], want: '201' },
      // audit:write and org:write are above an admin.
      { who: 'admin', scopes: ['keys:read', 'audit:write'], want: '403 role_cap_exceeded' },
      { who: 'admin', scopes: ['org:write'], want: '403 role_cap_exceeded' },
      // A member's role lacks service-accounts:write itself, so the scope check refuses first.
      { who: 'member', scopes: ['members:write'], want: '403 insufficient_scope' },
      { who: 'a service-accounts:write-only key', scopes: ['service-accounts:write'], want: '201' },
      // Within the calling credential's own effective scopes, not its creator's role.
      { who: 'a service-accounts:write-only key', scopes: ['keys:read'], want: '403 role_cap_exceeded' },
      // Matches the Scope pattern but is not in the catalogue.
      { who: 'owner', scopes: ['widgets:read'], want: '400 invalid_request' },
    ])('creating an account: $who asking for $scopes answers $want', async ({ who, scopes, want }) => {
      const response = await api('POST', '/v1/service-accounts', {
        ...callers[who](),
        body: { name: 'capped', scopes },
      });
      expectCreateAnswer(
        response,
        { want, scopes },
        { instance: '/v1/service-accounts', writeScope: 'service-accounts:write' },
      );
    });

    const changes = [
      { name: 'PATCH', method: 'PATCH', suffix: '', body: { name: 'taken over' } },
      { name: 'DELETE', method: 'DELETE', suffix: '', body: undefined },
      { name: 'rotate', method: 'POST', suffix: '/secrets', body: { grace_period_seconds: 0 } },
    ];
    it.each(changes)(
      "an admin's $name of an account the owner created answers 403 role_cap_exceeded and changes nothing",
      async ({ method, suffix, body }) => {
        const account = await createAccount(asToken(session), ['keys:read']);
        const path = `/v1/service-accounts/${account.id}${suffix}`;
        const response = await api(method, path, { ...asToken(admin), body });
        expectProblem(response, { status: 403, code: 'role_cap_exceeded', instance: path });
        expect((await exchange(account.id, account.secret)).status).toBe(201);
        expect((await get(session, account.id)).body).toMatchObject({
          name: 'billing-sync',
          secret_prefix: account.secret_prefix,
        });
      },
    );

    it.each([
      { name: 'PATCH', method: 'PATCH', suffix: '', body: { name: 'renamed' }, want: 403 },
      { name: 'rotate', method: 'POST', suffix: '/secrets', body: undefined, want: 403 },
      // Deleting only takes power away: an equal rank may.
      { name: 'DELETE', method: 'DELETE', suffix: '', body: undefined, want: 204 },
    ])(
      "another admin's $name of an admin's account answers $want",
      async ({ method, suffix, body, want }) => {
        const account = await createAccount(asToken(admin), ['keys:read']);
        const other = (await joinAs(api, session.access_token, session.org.id, 'admin')).session;
        const path = `/v1/service-accounts/${account.id}${suffix}`;
        const response = await api(method, path, { ...asToken(other), body });
        if (want === 204) expect(response.status, response.text).toBe(204);
        else expectProblem(response, { status: want, code: 'role_cap_exceeded', instance: path });
      },
    );

    it("the owner may change an admin's account", async () => {
      const account = await createAccount(asToken(admin), ['keys:read']);
      const path = `/v1/service-accounts/${account.id}`;
      const response = await api('PATCH', path, { ...asToken(session), body: { name: 'owned' } });
      expect(response.status, response.text).toBe(200);
    });

    it('rotating needs every scope the account can use in the calling credential', async () => {
      const account = await createAccount(asToken(session), ['keys:read']);
      const path = `/v1/service-accounts/${account.id}/secrets`;
      const response = await api('POST', path, { apiKey: writeOnlyKey });
      expectProblem(response, { status: 403, code: 'role_cap_exceeded', instance: path });
      expect((await exchange(account.id, account.secret)).status).toBe(201);
    });

    it("effective_scopes follows the creator's current role", async () => {
      const demoted = await joinAs(api, session.access_token, session.org.id, 'admin');
      const account = await createAccount(asToken(demoted.session), ['members:write', 'keys:read']);
      expect(sorted(account.effective_scopes)).toEqual(['keys:read', 'members:write']);
      must(
        await api('PATCH', `/v1/members/${demoted.userId}`, {
          ...asToken(session),
          body: { role: 'member' },
        }),
        200,
        'demote to member',
      );
      const after = await get(session, account.id);
      expect(after.body).toMatchObject({
        scopes: ['members:write', 'keys:read'],
        effective_scopes: ['keys:read'],
      });
      const exchanged = await exchange(account.id, account.secret);
      expect(exchanged.status, exchanged.text).toBe(201);
      expect(exchanged.body.scopes).toEqual(['keys:read']);
    });
  });

  describe("another org's account", () => {
    let ownerA: Session;
    let ownerB: Session;
    let account: ServiceAccountWithSecret;
    beforeAll(async () => {
      ownerA = await owner();
      ownerB = await owner();
      account = await createAccount(asToken(ownerA), ['keys:read']);
    });

    it.each([
      { operation: 'GET', method: 'GET', suffix: '', body: undefined },
      { operation: 'PATCH', method: 'PATCH', suffix: '', body: { name: 'mine now' } },
      { operation: 'DELETE', method: 'DELETE', suffix: '', body: undefined },
      { operation: 'rotate', method: 'POST', suffix: '/secrets', body: { grace_period_seconds: 0 } },
    ])('$operation answers 404 not_found and changes nothing', async ({ method, suffix, body }) => {
      const path = `/v1/service-accounts/${account.id}${suffix}`;
      const response = await api(method, path, { ...asToken(ownerB), body });
      expectProblem(response, { status: 404, code: 'not_found', instance: path });
      expect((await exchange(account.id, account.secret)).status).toBe(201);
      expect((await get(ownerA, account.id)).body.name).toBe('billing-sync');
      const list = await api('GET', '/v1/service-accounts', asToken(ownerB));
      expect(list.body.data).toEqual([]);
    });

    it("an unknown account id answers 404 not_found like another org's", async () => {
      const path = `/v1/service-accounts/${UNKNOWN_ID}`;
      expectProblem(await api('GET', path, asToken(ownerB)), {
        status: 404,
        code: 'not_found',
        instance: path,
      });
    });
  });

  describe('delete', () => {
    it('answers 204; the account is gone, its secrets are refused and its tokens revoked', async () => {
      const session = await owner();
      const account = await createAccount(asToken(session), ['keys:read']);
      // A previous secret in its grace period goes with the account too.
      const rotated: ServiceAccountWithSecret = must(
        await api('POST', `/v1/service-accounts/${account.id}/secrets`, {
          ...asToken(session),
          body: { grace_period_seconds: 600 },
        }),
        200,
        'rotate',
      ).body;
      const token = await tokenFor(account.id, rotated.secret);
      expect((await api('GET', '/v1/whoami', { token })).status).toBe(200);

      const path = `/v1/service-accounts/${account.id}`;
      const response = await api('DELETE', path, asToken(session));
      expect(response.status, response.text).toBe(204);
      expect(response.text).toBe('');

      expectProblem(await get(session, account.id), { status: 404, code: 'not_found', instance: path });
      const list = await api('GET', '/v1/service-accounts', asToken(session));
      expect(list.body.data).toEqual([]);
      await expectRefused(account.id, rotated.secret);
      await expectRefused(account.id, account.secret);
      expectProblem(await api('GET', '/v1/whoami', { token }), {
        status: 403,
        code: 'credential_revoked',
        instance: '/v1/whoami',
      });
    });

    it.each([
      { operation: 'DELETE', method: 'DELETE', suffix: '', body: undefined },
      { operation: 'PATCH', method: 'PATCH', suffix: '', body: { name: 'back' } },
      { operation: 'rotate', method: 'POST', suffix: '/secrets', body: undefined },
    ])('$operation of a deleted account answers 404 not_found', async ({ method, suffix, body }) => {
      const session = await owner();
      const account = await createAccount(asToken(session), ['keys:read']);
      must(await api('DELETE', `/v1/service-accounts/${account.id}`, asToken(session)), 204, 'delete');
      const path = `/v1/service-accounts/${account.id}${suffix}`;
      const response = await api(method, path, { ...asToken(session), body });
      expectProblem(response, { status: 404, code: 'not_found', instance: path });
      await expectRefused(account.id, account.secret);
    });
  });

  describe('Idempotency-Key', () => {
    it('create: the same key and body replays the first response (same id and secret) and creates one account', async () => {
      const session = await owner();
      const path = '/v1/service-accounts';
      const body = { name: 'deploy', scopes: ['keys:read'] };
      const { first, replay } = await postTwice(api, path, asToken(session), body, 'create-once');
      expect(replay.headers.get('cache-control')).toBe('no-store');
      expect(replay.body.secret).toMatch(SERVICE_ACCOUNT_SECRET);

      const list = await api('GET', '/v1/service-accounts', asToken(session));
      expect(list.body.data.map((a: ServiceAccount) => a.id)).toEqual([first.body.id]);
      expect((await exchange(first.body.id, first.body.secret)).status).toBe(201);
    });

    it('rotate: a replay returns the same new secret and does not rotate twice', async () => {
      const session = await owner();
      const account = await createAccount(asToken(session), ['keys:read']);
      const rotate = () =>
        api('POST', `/v1/service-accounts/${account.id}/secrets`, {
          ...asToken(session),
          headers: { 'idempotency-key': 'rotate-once' },
          body: { grace_period_seconds: 0 },
        });
      const first = await rotate();
      expect(first.status, first.text).toBe(200);
      const replay = await rotate();
      expect(replay.status, replay.text).toBe(200);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.body.secret).toBe(first.body.secret);
      // A second rotation would have retired the first new secret at once (grace 0).
      expect((await exchange(account.id, first.body.secret)).status).toBe(201);
    });
  });

  describe('pagination', () => {
    let session: Session;
    /** Newest first. */
    let ids: string[];
    beforeAll(async () => {
      session = await owner();
      const created: string[] = [];
      // One at a time: the creation order is the order the list must reverse.
      for (let i = 0; i < 25; i++) {
        created.push((await createAccount(asToken(session), ['keys:read'], { name: `account ${i}` })).id);
      }
      // A deleted account is never listed.
      const deleted = await createAccount(asToken(session), ['keys:read']);
      must(await api('DELETE', `/v1/service-accounts/${deleted.id}`, asToken(session)), 204, 'delete');
      ids = created.reverse();
    });

    it.each([
      { name: 'limit 7', limit: 7, pageSizes: [7, 7, 7, 4] },
      { name: 'the default limit (50)', limit: undefined, pageSizes: [25] },
      { name: 'limit 25', limit: 25, pageSizes: [25] },
    ])(
      '$name returns every account exactly once, newest first, next_cursor null at the end',
      async ({ limit, pageSizes }) => {
        const { ids: seen, sizes } = await collectPages(api, '/v1/service-accounts', asToken(session), limit);
        expect(seen).toEqual(ids);
        expect(sizes).toEqual(pageSizes);
      },
    );

    it('a garbled cursor answers 400 invalid_request', async () => {
      const response = await api('GET', '/v1/service-accounts?cursor=not-a-cursor', asToken(session));
      expectProblem(response, { status: 400, code: 'invalid_request', instance: '/v1/service-accounts' });
    });
  });
});
