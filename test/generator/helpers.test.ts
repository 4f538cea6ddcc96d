// Escaping helpers: given a hostile string → want a literal or comment that keeps it intact.
import { describe, expect, it } from 'vitest';
import { tsDocComment, tsLiteral, tsPropertyKey, tsString } from '../../generator/handlebars/helpers.ts';

describe('tsString', () => {
  it.each([
    { given: 'plain', want: '"plain"' },
    { given: 'a"b\\c', want: '"a\\"b\\\\c"' },
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-literal lookalike is the hostile input
    { given: '`${x}`', want: '"`${x}`"' },
    { given: 'line\nbreak', want: '"line\\nbreak"' },
    { given: 'sep\u2028x\u2029', want: '"sep\\u2028x\\u2029"' },
  ])('$given', ({ given, want }) => {
    expect(tsString(given)).toBe(want);
    expect(JSON.parse(tsString(given))).toBe(given);
  });
});

describe('tsPropertyKey', () => {
  it.each([
    { given: 'name', want: 'name' },
    { given: '$ref', want: '$ref' },
    { given: 'a-b', want: '"a-b"' },
    { given: '*/', want: '"*/"' },
    { given: '1st', want: '"1st"' },
    { given: '__proto__', want: '["__proto__"]' },
  ])('$given', ({ given, want }) => expect(tsPropertyKey(given)).toBe(want));
});

describe('tsDocComment', () => {
  it.each([
    { given: '', want: '' },
    { given: 'One line', want: '/**\n * One line\n */' },
    { given: 'ends */ early', want: '/**\n * ends *\\/ early\n */' },
    { given: 'a\r\nb\u2028c', want: '/**\n * a\n * b\n * c\n */' },
    { given: 'para\n\nnext', want: '/**\n * para\n *\n * next\n */' },
  ])('$given', ({ given, want }) => expect(tsDocComment(given)).toBe(want));

  it('indents', () => expect(tsDocComment('x', '  ')).toBe('  /**\n   * x\n   */'));
});

describe('tsLiteral', () => {
  it.each([
    { given: null, want: 'null' },
    { given: [], want: '[]' },
    { given: { a: 1, 'b-c': [true, 'x'] }, want: '{\n  a: 1,\n  "b-c": [\n    true,\n    "x",\n  ],\n}' },
  ])('$given', ({ given, want }) => expect(tsLiteral(given)).toBe(want));

  it('makes __proto__ an own property, not a prototype', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}}');
    const roundTrip = new Function(`return (${tsLiteral(value)});`)();
    expect(Object.hasOwn(roundTrip, '__proto__')).toBe(true);
    expect(roundTrip.polluted).toBeUndefined();
  });
});
