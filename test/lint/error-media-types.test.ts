import { describe, expect, test } from 'vitest';
import { lintFixture } from './lint-fixture.ts';

const RULE = 'error-media-types';

const cases: Array<{ given: string; want: Array<{ message: string; pointer: string }> }> = [
  { given: 'pass.yaml', want: [] },
  {
    given: 'fail.yaml',
    want: [
      {
        pointer: '#/paths/~1v1~1things/get/responses/400/content',
        message:
          'GET /v1/things (listThings): 400 response content types must be exactly `application/problem+json`, found `application/json`.',
      },
      {
        pointer: '#/paths/~1v1~1things/get/responses/404',
        message:
          'GET /v1/things (listThings): 404 response content types must be exactly `application/problem+json`, found none.',
      },
      {
        // A shared response is reported where it is defined.
        pointer: '#/components/responses/Conflict/content',
        message:
          'GET /v1/things (listThings): 409 response content types must be exactly `application/problem+json`, ' +
          'found `application/problem+json`, `text/plain`.',
      },
      {
        pointer: '#/paths/~1oauth~1token/post/responses/400/content',
        message:
          'POST /oauth/token (token): 400 response content types must be exactly `application/json`, found `application/problem+json`.',
      },
      {
        pointer: '#/paths/~1oauth~1token/post/responses/401/content/application~1json/schema',
        message:
          'POST /oauth/token (token): 401 response schema has no `error` property; /oauth errors are RFC 6749 `{error, error_description}`.',
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
