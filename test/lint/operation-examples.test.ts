import { describe, expect, test } from 'vitest';
import { lintFixture } from './lint-fixture.ts';

const RULE = 'operation-examples';
const NO_EXAMPLE = 'has no `example` or `examples` (on the media type or its schema).';

// `file` is where the media type is written: a referenced response is reported in its own file.
const cases: Array<{ given: string; want: Array<{ message: string; pointer: string; file: string }> }> = [
  { given: 'pass.yaml', want: [] },
  {
    given: 'fail.yaml',
    want: [
      {
        file: 'responses.yaml',
        pointer: '#/ThingList/content/application~1json',
        message: `GET /v1/things (listThings): 200 response \`application/json\` ${NO_EXAMPLE}`,
      },
      {
        file: 'fail.yaml',
        pointer: '#/paths/~1v1~1things/post/requestBody/content/application~1json',
        message: `POST /v1/things (createThing): request body \`application/json\` ${NO_EXAMPLE}`,
      },
      {
        file: 'fail.yaml',
        pointer: '#/paths/~1v1~1things/post/requestBody/content/application~1x-www-form-urlencoded',
        message: `POST /v1/things (createThing): request body \`application/x-www-form-urlencoded\` ${NO_EXAMPLE}`,
      },
      {
        file: 'fail.yaml',
        pointer: '#/paths/~1v1~1things/post/responses/201/content/application~1json',
        message: `POST /v1/things (createThing): 201 response \`application/json\` ${NO_EXAMPLE}`,
      },
      {
        file: 'fail.yaml',
        pointer: '#/components/requestBodies/Thing/content/application~1json',
        message: `PUT /v1/things/{thing_id} (replaceThing): request body \`application/json\` ${NO_EXAMPLE}`,
      },
      {
        file: 'fail.yaml',
        pointer: '#/components/responses/Thing/content/application~1json',
        message: `PUT /v1/things/{thing_id} (replaceThing): 200 response \`application/json\` ${NO_EXAMPLE}`,
      },
    ],
  },
];

describe(`keyway/${RULE}`, () => {
  test.each(cases)('$given', async ({ given, want }) => {
    const found = await lintFixture(RULE, given);
    expect(found).toEqual(want.map((problem) => ({ ruleId: `keyway/${RULE}`, ...problem })));
  });
});
