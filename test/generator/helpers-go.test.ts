// Table tests for the Go escaping helpers (generator/handlebars/helpers-go.ts).
import { describe, expect, it } from 'vitest';
import {
  GoNamespace,
  goComment,
  goJsonTag,
  goLocalName,
  goName,
  goString,
} from '../../generator/handlebars/helpers-go.ts';

/** A template-literal lookalike, the hostile input (spelled with an escape for the linter). */
const PLACEHOLDER = '\u0024{x}';

describe('goName', () => {
  it.each([
    { given: 'getApiKey', want: 'GetAPIKey' },
    { given: 'key_id', want: 'KeyID' },
    { given: 'jwks_uri', want: 'JWKSURI' },
    { given: 'Hostile-Thing.v2', want: 'HostileThingV2' },
    { given: 'listAPIKeys', want: 'ListAPIKeys' },
    { given: 'X-Request-Id', want: 'XRequestID' },
    { given: 'type', want: 'Type' },
    { given: '2fa_code', want: 'X2faCode' },
    { given: 'ünï', want: 'Ünï' },
    { given: '日本', want: 'X日本' },
    { given: '*/', want: '' },
    { given: PLACEHOLDER, want: 'X' },
    { given: 'we"ird q', want: 'WeIrdQ' },
  ])('$given → $want', ({ given, want }) => {
    expect(goName(given)).toBe(want);
  });
});

describe('goLocalName', () => {
  it.each([
    { given: 'key_id', want: 'keyID' },
    { given: 'URL', want: 'url' },
    { given: 'api_key_id', want: 'apiKeyID' },
    { given: 'type', want: 'typeParam' },
    { given: 'func', want: 'funcParam' },
    { given: 'string', want: 'stringParam' },
    { given: 'len', want: 'lenParam' },
    { given: 'thing_id', want: 'thingID' },
    { given: '9lives', want: 'x9lives' },
    { given: '`', want: '' },
  ])('$given → $want', ({ given, want }) => {
    expect(goLocalName(given)).toBe(want);
  });
});

describe('goString', () => {
  it.each([
    { given: 'plain', want: '"plain"' },
    { given: 'q"uote', want: '"q\\"uote"' },
    { given: 'back\\slash', want: '"back\\\\slash"' },
    { given: 'line\nbreak\r\t', want: '"line\\nbreak\\r\\t"' },
    { given: '\u2028', want: '"\\u2028"' },
    { given: 'nul\u0000', want: '"nul\\u0000"' },
    { given: 'ünï', want: '"\\u00fcn\\u00ef"' },
    { given: '🔑', want: '"\\U0001f511"' },
    { given: '\uD800 lone', want: '"\\ufffd lone"' },
    { given: `\`${PLACEHOLDER}\` */`, want: `"\`${PLACEHOLDER}\` */"` },
  ])('$given → $want', ({ given, want }) => {
    expect(goString(given)).toBe(want);
  });
});

describe('goComment', () => {
  it.each([
    { given: '', want: '' },
    { given: 'one line', want: '// one line' },
    { given: 'a */ b', want: '// a */ b' },
    { given: 'a\nb\r\nc\u2028d\u2029e\u0085f', want: '// a\n// b\n// c\n// d\n// e\n// f' },
    { given: '  indented\n\t- item', want: '// indented\n// - item' },
    { given: 'para\n\n\n\nnext', want: '// para\n//\n// next' },
    { given: 'nul\u0000 bom\uFEFF', want: '// nul  bom' },
    {
      given: 'Intro.\n\nLooks Like A Heading\n\nBody.',
      want: '// Intro.\n//\n// Looks Like A Heading.\n//\n// Body.',
    },
    { given: 'go:generate rm -rf /', want: '// go:generate rm -rf /' },
  ])('$given', ({ given, want }) => {
    expect(goComment(given)).toBe(want);
  });

  it('indents every line', () => {
    expect(goComment('a\n\nb', '\t')).toBe('\t// a\n\t//\n\t// b');
  });
});

describe('goJsonTag', () => {
  it.each([
    { given: 'name', omit: false, want: '`json:"name"`' },
    { given: 'a-b', omit: true, want: '`json:"a-b,omitempty"`' },
    { given: 'with space', omit: false, want: '`json:"with space"`' },
    { given: '*/', omit: false, want: '`json:"*/"`' },
    { given: 'ünï', omit: false, want: '`json:"ünï"`' },
    { given: '-', omit: false, want: '`json:"-,"`' },
    { given: '-', omit: true, want: '`json:"-,omitempty"`' },
    { given: '--', omit: false, want: '`json:"--"`' },
    { given: '-a', omit: true, want: '`json:"-a,omitempty"`' },
    { given: '`', omit: false, want: null },
    { given: 'quote"d', omit: false, want: null },
    { given: 'back\\slash', omit: false, want: null },
    { given: 'a,b', omit: false, want: null },
    { given: '', omit: false, want: null },
  ])('$given → $want', ({ given, omit, want }) => {
    expect(goJsonTag(given, omit)).toBe(want);
  });
});

describe('GoNamespace', () => {
  it('keeps reserved names, numbers clashes and names empty ones', () => {
    const ns = new GoNamespace(['Client']);
    expect(ns.claim('Client')).toBe('Client2');
    expect(ns.claim('Client')).toBe('Client3');
    expect(ns.claim('Agent')).toBe('Agent');
    expect(ns.claim('', 'Field')).toBe('Field1');
    expect(ns.claim('', 'Field')).toBe('Field2');
    expect(ns.has('Agent')).toBe(true);
  });
});
