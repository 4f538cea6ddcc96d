// generated/openapi.json holds every operation [K1] lists, each with an operationId, an explicit
// security requirement and examples for its request bodies and 2xx responses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const bundle = JSON.parse(readFileSync(new URL('../../generated/openapi.json', import.meta.url), 'utf8'));

const REQUIRED: [string, string][] = [
  ['get', '/.well-known/oauth-authorization-server'],
  ['get', '/.well-known/jwks.json'],
  ['post', '/oauth/token'],
  ['post', '/oauth/device_authorization'],
  ['post', '/oauth/introspect'],
  ['post', '/oauth/revoke'],
  ['get', '/device'],
  ['post', '/device'],
  ['post', '/v1/auth/signup'],
  ['post', '/v1/auth/login'],
  ['post', '/v1/auth/refresh'],
  ['post', '/v1/auth/logout'],
  ['get', '/v1/whoami'],
  ['post', '/v1/device/verify'],
  ['get', '/v1/orgs'],
  ['post', '/v1/orgs'],
  ['get', '/v1/orgs/{org_id}'],
  ['get', '/v1/members'],
  ['patch', '/v1/members/{user_id}'],
  ['delete', '/v1/members/{user_id}'],
  ['get', '/v1/invitations'],
  ['post', '/v1/invitations'],
  ['delete', '/v1/invitations/{invitation_id}'],
  ['post', '/v1/invitations/accept'],
  ['get', '/v1/api-keys'],
  ['post', '/v1/api-keys'],
  ['get', '/v1/api-keys/{key_id}'],
  ['patch', '/v1/api-keys/{key_id}'],
  ['delete', '/v1/api-keys/{key_id}'],
  ['post', '/v1/api-keys/{key_id}/rotate'],
  ['post', '/v1/access-tokens'],
  ['get', '/v1/access-tokens'],
  ['delete', '/v1/access-tokens/{token_id}'],
  ['get', '/v1/service-accounts'],
  ['post', '/v1/service-accounts'],
  ['get', '/v1/service-accounts/{account_id}'],
  ['patch', '/v1/service-accounts/{account_id}'],
  ['delete', '/v1/service-accounts/{account_id}'],
  ['post', '/v1/service-accounts/{account_id}/secrets'],
  ['get', '/v1/agents'],
  ['post', '/v1/agents'],
  ['get', '/v1/agents/{agent_id}'],
  ['patch', '/v1/agents/{agent_id}'],
  ['delete', '/v1/agents/{agent_id}'],
  ['get', '/v1/agents/{agent_id}/keys'],
  ['post', '/v1/agents/{agent_id}/keys'],
  ['delete', '/v1/agents/{agent_id}/keys/{key_id}'],
  ['get', '/v1/app-tokens'],
  ['post', '/v1/app-tokens'],
  ['delete', '/v1/app-tokens/{token_id}'],
  ['get', '/v1/audit-events'],
  ['get', '/v1/audit-events/stream'],
  ['get', '/v1/scopes'],
  ['get', '/healthz'],
];

type Node = { $ref?: string; content?: Record<string, Record<string, unknown>> };

/** Follows a local `#/components/…` reference. */
function resolve(node: Node): Node {
  if (node.$ref === undefined) return node;
  return node.$ref
    .slice(2)
    .split('/')
    .reduce((n: Record<string, unknown>, k: string) => n[k] as Record<string, unknown>, bundle);
}

describe('generated/openapi.json', () => {
  it('generated/openapi.yaml is the same document', () => {
    const yaml = parse(readFileSync(new URL('../../generated/openapi.yaml', import.meta.url), 'utf8'));
    const { 'x-generated': provenance, ...json } = bundle;
    expect(provenance).toBe('generated from spec/openapi.yaml by keyway generate; do not edit');
    expect(yaml).toEqual(json);
  });

  it.each(REQUIRED)('%s %s has operationId, security and examples', (method, path) => {
    const operation = bundle.paths[path]?.[method];
    expect(operation, `${method} ${path}`).toBeDefined();
    expect(operation.operationId).toMatch(/^[a-z][A-Za-z0-9]*$/);
    expect(Array.isArray(operation.security)).toBe(true);
    for (const media of Object.values(operation.requestBody?.content ?? {}) as Record<string, unknown>[]) {
      expect('example' in media || 'examples' in media).toBe(true);
    }
    for (const [status, raw] of Object.entries(operation.responses)) {
      if (!status.startsWith('2')) continue;
      for (const media of Object.values(resolve(raw as Node).content ?? {})) {
        expect('example' in media || 'examples' in media, `${status}`).toBe(true);
      }
    }
  });

  it('the oauth2 scheme carries the catalogue, the device flow extension and the role map', () => {
    const oauth2 = bundle.components.securitySchemes.oauth2;
    const catalogue = Object.keys(oauth2.flows.clientCredentials.scopes);
    for (const area of [
      'org',
      'members',
      'keys',
      'tokens',
      'service-accounts',
      'agents',
      'app-tokens',
      'audit',
    ]) {
      expect(catalogue).toEqual(expect.arrayContaining([`${area}:read`, `${area}:write`]));
    }
    expect(oauth2['x-keyway-device-authorization']).toMatchObject({
      deviceAuthorizationUrl: '/oauth/device_authorization',
      tokenUrl: '/oauth/token',
      scopes: oauth2.flows.clientCredentials.scopes,
    });
    expect(oauth2['x-keyway-roles'].map((r: { name: string }) => r.name)).toEqual([
      'owner',
      'admin',
      'member',
      'viewer',
    ]);
    expect(Object.keys(bundle.components.securitySchemes)).toEqual(
      expect.arrayContaining(['bearerAuth', 'apiKeyHeader', 'oauth2']),
    );
  });
});
