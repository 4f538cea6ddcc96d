import { describe, expect, test } from 'vitest';
import { lintFixture } from './lint-fixture.ts';

const RULE = 'operation-documented';

const cases: Array<{ given: string; want: Array<{ message: string; pointer: string }> }> = [
  { given: 'pass.yaml', want: [] },
  {
    given: 'fail.yaml',
    want: [
      { pointer: '#/paths/~1v1~1things/get', message: 'GET /v1/things has no operationId.' },
      { pointer: '#/paths/~1v1~1things/get', message: 'GET /v1/things has no summary.' },
      {
        pointer: '#/paths/~1v1~1things/get',
        message: "GET /v1/things has no tag; give it one of the root's tags.",
      },
      {
        pointer: '#/paths/~1v1~1things/post/operationId',
        message:
          'POST /v1/things (create-thing): operationId `create-thing` is not a lowerCamelCase JavaScript identifier.',
      },
      {
        pointer: '#/paths/~1v1~1things/post/summary',
        message: 'POST /v1/things (create-thing) has no summary.',
      },
      {
        pointer: '#/paths/~1v1~1things/post/tags',
        message: "POST /v1/things (create-thing) has no tag; give it one of the root's tags.",
      },
      {
        pointer: '#/paths/~1v1~1things~1{thing_id}/put/operationId',
        message:
          'PUT /v1/things/{thing_id} (ReplaceThing): operationId `ReplaceThing` is not a lowerCamelCase JavaScript identifier.',
      },
      {
        pointer: '#/paths/~1v1~1things~1{thing_id}/delete/operationId',
        message: 'DELETE /v1/things/{thing_id} (delete): operationId `delete` is a JavaScript reserved word.',
      },
      {
        pointer: '#/paths/~1v1~1things~1{thing_id}/delete/tags/1',
        message:
          "DELETE /v1/things/{thing_id} (delete) has tag `widgets`, which is not declared in the root's `tags`.",
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
