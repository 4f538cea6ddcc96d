import { describe, expect, test } from 'vitest';
import { lintFixture } from './lint-fixture.ts';

const RULE = 'operation-security-scopes';
const CATALOGUE = 'components.securitySchemes.oauth2.flows.clientCredentials.scopes';

const cases: Array<{ given: string; want: Array<{ message: string; pointer: string }> }> = [
  // The catalogue is behind a $ref (./security-schemes.yaml), as in the split spec.
  { given: 'pass.yaml', want: [] },
  {
    given: 'fail.yaml',
    want: [
      {
        pointer: '#/paths/~1v1~1things/get',
        message:
          'GET /v1/things (listThings) has no `security` of its own; public operations say `security: []`.',
      },
      {
        pointer: '#/paths/~1v1~1things/post/security/2/oauth2/1',
        message: `POST /v1/things (createThing): scope \`things:delete\` (oauth2) is not in the scope catalogue (${CATALOGUE}).`,
      },
      {
        pointer: '#/paths/~1v1~1things/post/security/2',
        message:
          'POST /v1/things (createThing): security alternative 2 (oauth2) names [things:delete, things:write] ' +
          'but alternative 0 (bearerAuth) names [things:write]; all alternatives must name the same scopes.',
      },
      {
        // The `{}` alternative (index 2) is skipped; the oauth2 one (index 3) agrees with bearerAuth.
        pointer: '#/paths/~1v1~1things~1{thing_id}/get/security/1',
        message:
          'GET /v1/things/{thing_id} (getThing): security alternative 1 (apiKeyHeader) names [things:write] ' +
          'but alternative 0 (bearerAuth) names [things:read]; all alternatives must name the same scopes.',
      },
    ],
  },
  {
    given: 'no-catalogue.yaml',
    want: [
      {
        pointer: '#/paths/~1v1~1things/get/security/0/bearerAuth/0',
        message: `GET /v1/things (listThings): scope \`things:read\` (bearerAuth) cannot be checked: there is no scope catalogue (${CATALOGUE}).`,
      },
    ],
  },
];

describe(`keyway/${RULE}`, () => {
  test.each(cases)('$given', async ({ given, want }) => {
    const found = await lintFixture(RULE, given);
    expect(found).toEqual(want.map((problem) => ({ ruleId: `keyway/${RULE}`, file: given, ...problem })));
  });
});
