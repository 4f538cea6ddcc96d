// Python escaping helpers: given a hostile string → want a literal, docstring, comment or name
// that keeps it intact and cannot break out of its place.
import { describe, expect, it } from 'vitest';
import {
  mdComment,
  mdText,
  pyClassName,
  pyComment,
  pyDocstring,
  pyLiteral,
  pySnakeName,
  pyString,
  tomlString,
  uniqueName,
} from '../../generator/handlebars/helpers-python.ts';

describe('pyString', () => {
  it.each([
    { given: 'plain', want: '"plain"' },
    { given: 'a"b\\c', want: '"a\\"b\\\\c"' },
    { given: "it's", want: '"it\'s"' },
    { given: 'line\nbreak\r\t', want: '"line\\nbreak\\r\\t"' },
    { given: 'nul\0 del\x7f', want: '"nul\\x00 del\\x7f"' },
    { given: 'ünï', want: '"\\xfcn\\xef"' },
    { given: 'sep\u2028', want: '"sep\\u2028"' },
    { given: '🔑', want: '"\\U0001f511"' },
    { given: '\ud800', want: '"\\ud800"' },
    { given: '{x} %s', want: '"{x} %s"' },
  ])('$given', ({ given, want }) => expect(pyString(given)).toBe(want));
});

describe('pyDocstring', () => {
  it.each([
    { given: '', want: '' },
    { given: 'One line', want: '"""\nOne line\n"""' },
    { given: 'ends """ early', want: '"""\nends \\"\\"\\" early\n"""' },
    { given: 'ends with quote"', want: '"""\nends with quote\\"\n"""' },
    { given: 'back\\slash \\N{DASH}', want: '"""\nback\\\\slash \\\\N{DASH}\n"""' },
    { given: 'a\r\nb\u2028c\rd', want: '"""\na\nb\nc\nd\n"""' },
    { given: 'ünï 日本語 \x00', want: '"""\nünï 日本語 \\x00\n"""' },
    { given: 'para\n\nnext', want: '"""\npara\n\nnext\n"""' },
  ])('$given', ({ given, want }) => expect(pyDocstring(given)).toBe(want));

  it('indents', () => expect(pyDocstring('x\ny', '    ')).toBe('    """\n    x\n    y\n    """'));
});

describe('pyComment', () => {
  it.each([
    { given: 'plain', want: '# plain' },
    { given: 'a\nb\u2028c\rd', want: '# a\n# b\n# c\n# d' },
    { given: 'nul\0', want: '# nul?' },
    { given: '-*- coding: latin-1 -*-', want: '# -*- coding : latin-1 -*-' },
    { given: 'coding=utf-7', want: '# coding =utf-7' },
    { given: 'para\n\nnext', want: '# para\n#\n# next' },
  ])('$given', ({ given, want }) => expect(pyComment(given)).toBe(want));
});

describe('pyLiteral', () => {
  it.each([
    { given: null, want: 'None' },
    { given: true, want: 'True' },
    { given: 1.5, want: '1.5' },
    { given: ['a', false], want: '["a", False]' },
    { given: { 'k"': [null] }, want: '{"k\\"": [None]}' },
  ])('$given', ({ given, want }) => expect(pyLiteral(given)).toBe(want));
});

describe('pySnakeName', () => {
  it.each([
    { given: 'createApiKey', want: 'create_api_key' },
    { given: 'getJWKS', want: 'get_jwks' },
    { given: 'OAuthToken', want: 'o_auth_token' },
    { given: 'key_id', want: 'key_id' },
    { given: 'x-api-key', want: 'x_api_key' },
    { given: '*/', want: 'value' },
    { given: '__proto__', want: 'proto' },
    { given: '1st', want: 'x_1st' },
    { given: 'ünï', want: 'n' },
    { given: 'class', want: 'class_' },
    { given: 'None', want: 'none' },
    { given: 'from', want: 'from_' },
    { given: 'type', want: 'type' },
    { given: 'id', want: 'id' },
  ])('$given', ({ given, want }) => expect(pySnakeName(given)).toBe(want));

  it('avoids the reserved names it is given', () => {
    expect(pySnakeName('str', new Set(['str']))).toBe('str_');
    expect(pySnakeName('to_dict', new Set(['to_dict']))).toBe('to_dict_');
  });
});

describe('pyClassName', () => {
  it.each([
    { given: 'ApiKey', want: 'ApiKey' },
    { given: 'Hostile-Thing.v2', want: 'HostileThingV2' },
    { given: 'api_key list', want: 'ApiKeyList' },
    { given: '2fa', want: 'M2fa' },
    { given: '*/', want: 'Model' },
    { given: 'Exception', want: 'Exception_' },
    { given: 'None', want: 'None_' },
  ])('$given', ({ given, want }) => expect(pyClassName(given)).toBe(want));
});

describe('uniqueName', () => {
  it('numbers later clashes and records what it returns', () => {
    const taken = new Set(['a']);
    expect([uniqueName('a', taken), uniqueName('a', taken), uniqueName('b', taken)]).toEqual([
      'a_2',
      'a_3',
      'b',
    ]);
    expect(uniqueName('Thing', new Set(['Thing']), '')).toBe('Thing2');
  });
});

describe('tomlString', () => {
  it.each([
    { given: 'plain', want: '"plain"' },
    { given: 'a"b\\c', want: '"a\\"b\\\\c"' },
    { given: 'line\n\u2028', want: '"line\\u000a\\u2028"' },
    { given: 'ünï', want: '"ünï"' },
    { given: '\ud800', want: '"\uFFFD"' },
  ])('$given', ({ given, want }) => expect(tomlString(given)).toBe(want));
});

describe('mdText and mdComment', () => {
  it.each([
    { given: 'Keyway API', want: 'Keyway API' },
    { given: '<script>*x*</script>', want: '\\<script\\>\\*x\\*\\<\\/script\\>' },
    { given: '# [a](b)\n`c`', want: '\\# \\[a\\]\\(b\\) \\`c\\`' },
  ])('mdText $given', ({ given, want }) => expect(mdText(given)).toBe(want));

  it.each([
    { given: 'generated', want: '<!-- generated -->' },
    { given: 'ends --> early', want: '<!-- ends - -> early -->' },
    { given: 'a---b-', want: '<!-- a- - -b- -->' },
  ])('mdComment $given', ({ given, want }) => expect(mdComment(given)).toBe(want));
});
