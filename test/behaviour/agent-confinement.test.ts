// An agent acts only as itself (credential-management.ts assertActsAsItself): whatever scopes its
// key holds, it can make keys for its own agent and nothing that would act as someone else, so
// its agent-only view of the audit log cannot be widened by what it mints.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../support/api.ts';
import { signup } from '../support/api.ts';
import { BACKENDS } from '../support/backends.ts';
import { type AgentKeyWithSecret, createAgent, createAgentKey } from './agent-flows.ts';
import { expectProblem, useServer } from './flows.ts';

const WIDE = [
  'audit:read',
  'keys:write',
  'agents:write',
  'app-tokens:write',
  'service-accounts:write',
  'members:write',
];

describe.each(BACKENDS.map((make) => make()))('agents act only as themselves on $name', (backend) => {
  const { api } = useServer(backend);
  let owner: Awaited<ReturnType<typeof signup>>;
  let agentKey: AgentKeyWithSecret;
  let otherAgent: string;
  let ownAgent: string;

  beforeAll(async () => {
    owner = await signup(api);
    ownAgent = (await createAgent(api, owner.access_token)).id;
    otherAgent = (await createAgent(api, owner.access_token)).id;
    agentKey = await createAgentKey(api, owner.access_token, ownAgent, WIDE);
  });

  const asAgent = (call: Api, method: string, path: string, body: unknown) =>
    call(method, path, { apiKey: agentKey.secret, body });

  const refusals: Array<{ name: string; path: () => string; body: unknown }> = [
    { name: 'an API key', path: () => '/v1/api-keys', body: { name: 'escape', scopes: ['audit:read'] } },
    { name: 'an app token', path: () => '/v1/app-tokens', body: { name: 'escape', scopes: ['audit:read'] } },
    {
      name: 'a service account',
      path: () => '/v1/service-accounts',
      body: { name: 'escape', scopes: ['audit:read'] },
    },
    { name: 'an agent', path: () => '/v1/agents', body: { name: 'escape' } },
    {
      name: "another agent's key",
      path: () => `/v1/agents/${otherAgent}/keys`,
      body: { label: 'x', scopes: ['audit:read'] },
    },
    {
      name: 'an invitation',
      path: () => '/v1/invitations',
      body: { invitations: [{ email: 'escape@example.com', role: 'viewer' }] },
    },
  ];
  it.each(refusals)('an agent key cannot create $name (403 role_cap_exceeded)', async ({ path, body }) => {
    expectProblem(await asAgent(api, 'POST', path(), body), {
      status: 403,
      code: 'role_cap_exceeded',
      instance: path(),
    });
  });

  it("an agent key can still make keys for its own agent, which see only that agent's events", async () => {
    const made = await asAgent(api, 'POST', `/v1/agents/${ownAgent}/keys`, {
      label: 'child',
      scopes: ['audit:read'],
    });
    expect(made.status, made.text).toBe(201);
    const events = await api('GET', '/v1/audit-events', { apiKey: made.body.secret });
    expect(events.status).toBe(200);
    const actions = (events.body.data as Array<{ action: string; target: { id: string } | null }>).map(
      (e) => e.action,
    );
    expect(actions).not.toContain('org.created');
  });
});
