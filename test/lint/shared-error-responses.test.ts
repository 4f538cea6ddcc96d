import { describe, expect, test } from 'vitest';
import { isSharedResponseRef } from '../../lint/rules/shared-error-responses.js';
import { lintFixture } from './lint-fixture.ts';

const RULE = 'shared-error-responses';

const cases: Array<{ given: string; want: Array<{ message: string; pointer: string }> }> = [
  // Both forms: `#/components/responses/X` (bundled) and `./components/responses.yaml#/X` (split).
  { given: 'pass.yaml', want: [] },
  {
    given: 'fail.yaml',
    want: [
      {
        pointer: '#/paths/~1v1~1things/post/responses/401/$ref',
        message:
          'POST /v1/things (createThing): the 401 response references `./other-responses.yaml#/Unauthorized`, ' +
          'which is not a shared response under components/responses.',
      },
      {
        pointer: '#/paths/~1v1~1things/post/responses/403',
        message:
          'POST /v1/things (createThing): the 403 response is inline; make it a $ref to the shared response under components/responses.',
      },
      {
        pointer: '#/paths/~1v1~1things/post/responses',
        message:
          'POST /v1/things (createThing) is secured but has no 429 response; reference the shared one under components/responses.',
      },
      {
        pointer: '#/paths/~1v1~1things/post/responses',
        message:
          'POST /v1/things (createThing) has a request body but has no 400 response; reference the shared one under components/responses.',
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

describe('isSharedResponseRef', () => {
  test.each([
    { given: '#/components/responses/Unauthorized', want: true },
    { given: '../components/responses.yaml#/Unauthorized', want: true },
    { given: 'components/responses.yaml#/Unauthorized', want: true },
    { given: '../components/responses/unauthorized.yaml', want: true },
    { given: '#/components/responses/Unauthorized/content', want: false },
    { given: '#/components/schemas/Unauthorized', want: false },
    { given: './other-responses.yaml#/Unauthorized', want: false },
    { given: '../components/my-responses.yaml#/Unauthorized', want: false },
    { given: '../components/responses.yaml#/Unauthorized/content', want: false },
  ])('$given', ({ given, want }) => {
    expect(isSharedResponseRef(given)).toBe(want);
  });
});
