// Escaping helpers for the Go client (target go-client). Spec strings are untrusted input to
// generated code: every one that lands in Go source goes through the helper for its position —
// an identifier (goName, goLocalName, made unique by a GoNamespace), an interpreted string
// literal (goString), a line comment (goComment) or a struct tag (goJsonTag).
import type { HelperDelegate } from 'handlebars';

/** Go's keywords (The Go Programming Language Specification, "Keywords"). */
export const GO_KEYWORDS: ReadonlySet<string> = new Set(
  'break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var'.split(
    ' ',
  ),
);

/** Predeclared identifiers: legal as names, but shadowing them breaks code that uses them. */
export const GO_PREDECLARED: ReadonlySet<string> = new Set(
  'any append bool byte cap clear close comparable complex complex64 complex128 copy delete error false float32 float64 imag int int8 int16 int32 int64 iota len make max min new nil panic print println real recover rune string true uint uint8 uint16 uint32 uint64 uintptr'.split(
    ' ',
  ),
);

/** Words written in capitals in Go names (the list golint and staticcheck use, plus JWT/JWKS). */
const INITIALISMS: ReadonlySet<string> = new Set(
  'ACL API ASCII CPU CSS DNS EOF GUID HTML HTTP HTTPS ID IP JSON JWKS JWT LHS QPS RAM RHS RPC SLA SMTP SQL SSH SSO TCP TLS TTL UDP UI UID UUID URI URL UTF8 VM XML XMPP XSRF XSS'.split(
    ' ',
  ),
);

/**
 * Splits text into words: at anything that is not a letter or digit, and at camelCase humps
 * (`getAPIKey` → get, API, Key). Letters and digits are Unicode ones, as Go identifiers allow.
 */
function words(text: string): string[] {
  return text
    .split(/[^\p{L}\p{Nd}]+/u)
    .flatMap((part) => part.split(/(?<=[\p{Ll}\p{Nd}])(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u))
    .filter((w) => w !== '');
}

/**
 * An exported Go identifier for a spec name: CamelCase, initialisms in capitals (`key_id` →
 * `KeyID`). Empty when the name has no letter or digit. Prefixed with `X` when the first
 * character has no upper case (a digit, `日`), since only an upper-case letter exports a name.
 */
export function goName(value: unknown): string {
  const name = words(String(value ?? ''))
    .map((w) => {
      const upper = w.toUpperCase();
      if (INITIALISMS.has(upper)) return upper;
      return w.charAt(0).toUpperCase() + w.slice(1);
    })
    .join('');
  if (name === '') return '';
  return /^\p{Lu}/u.test(name) ? name : `X${name}`;
}

/**
 * An unexported Go identifier (a parameter): lowerCamel, initialisms kept whole (`key_id` →
 * `keyID`, `URL` → `url`). A keyword or predeclared name gets a `Param` suffix; empty when the
 * name has no letter or digit.
 */
export function goLocalName(value: unknown): string {
  const exported = goName(value);
  if (exported === '') return '';
  const lead = exported.match(/^(\p{Lu}+)(?=\p{Lu}\p{Ll}|$)/u)?.[1];
  const firstWord = words(exported)[0] ?? '';
  let name: string;
  if (INITIALISMS.has(firstWord.toUpperCase()) || (lead !== undefined && lead.length > 1)) {
    name = firstWord.toLowerCase() + exported.slice(firstWord.length);
  } else {
    name = exported.charAt(0).toLowerCase() + exported.slice(1);
  }
  if (!/^[\p{L}_]/u.test(name)) name = `p${exported}`;
  return GO_KEYWORDS.has(name) || GO_PREDECLARED.has(name) ? `${name}Param` : name;
}

/**
 * Hands out unique identifiers in one Go scope (the package, a struct's fields, a function's
 * parameters). `reserve` claims names first (the runtime's own), so a spec name never takes
 * them; a taken name gets a numeric suffix; an empty one becomes `fallback` plus a number.
 */
export class GoNamespace {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.taken.add(name);
  }

  /** Claims `name` (or, when taken or empty, the first free `name2`, `name3`… / `fallbackN`). */
  claim(name: string, fallback = 'Field'): string {
    const base = name === '' ? fallback : name;
    let candidate = name === '' ? `${fallback}1` : base;
    for (let n = 2; this.taken.has(candidate); n++) candidate = `${base}${n}`;
    this.taken.add(candidate);
    return candidate;
  }

  has(name: string): boolean {
    return this.taken.has(name);
  }
}

/**
 * A Go interpreted string literal. Only printable ASCII is written as itself; everything else
 * (control characters, U+2028, non-ASCII, NUL which Go source may not contain) is a \u or \U
 * escape. A lone UTF-16 surrogate, which Go cannot represent, becomes U+FFFD.
 */
export function goString(value: unknown): string {
  let out = '"';
  for (const char of String(value ?? '')) {
    const code = char.codePointAt(0) ?? 0xfffd;
    if (char === '"' || char === '\\') out += `\\${char}`;
    else if (code >= 0x20 && code < 0x7f) out += char;
    else if (char === '\n') out += '\\n';
    else if (char === '\t') out += '\\t';
    else if (char === '\r') out += '\\r';
    else if (code >= 0xd800 && code <= 0xdfff) out += '\\ufffd';
    else if (code <= 0xffff) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += `\\U${code.toString(16).padStart(8, '0')}`;
  }
  return `${out}"`;
}

/**
 * `//` comment lines for `text` (none when it is empty), each prefixed by `indent`. Every line
 * terminator (CR, LF, U+2028/2029, NEL) starts a new comment line, so text can never end the
 * comment; other control characters, BOMs and lone surrogates become spaces (Go source may not
 * hold NUL or a BOM). Lines are trimmed, so gofmt finds no code block or list to re-indent in a
 * doc comment, runs of blank lines are collapsed, and a lone line that gofmt would take for a
 * heading ends with a full stop: the output is already gofmt-clean.
 */
export function goComment(text: unknown, indent = ''): string {
  const lines = String(text ?? '')
    .split(/\r\n|[\r\n\u0085\u2028\u2029]/)
    .map((line) =>
      line
        .replace(
          /[\p{Cc}\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu,
          ' ',
        )
        .trim(),
    );
  const kept: string[] = [];
  for (const line of lines) {
    if (line === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(line);
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  // go/doc/comment: a one-line paragraph between blank lines that ends in a letter or digit is
  // an old-style heading, which gofmt rewrites as `# …`; a full stop keeps it a sentence.
  for (let i = 1; i < kept.length - 1; i++) {
    const line = kept[i] ?? '';
    if (kept[i - 1] === '' && kept[i + 1] === '' && /[\p{L}\p{Nd}]$/u.test(line)) kept[i] = `${line}.`;
  }
  return kept.map((line) => (line === '' ? `${indent}//` : `${indent}// ${line}`)).join('\n');
}

/**
 * The `json:"…"` struct tag for a JSON member name, or null when encoding/json cannot name it
 * in a tag (it accepts only letters, digits, spaces and ASCII punctuation except `"`, `\` and
 * `,`; a backquote would also end the raw string the tag is written in). The member named `-`
 * gets a trailing comma, since encoding/json reads a bare `-` as "skip this field".
 */
export function goJsonTag(name: string, omitEmpty: boolean): string | null {
  if (name === '' || !/^[\p{L}\p{Nd} !#$%&()*+\-./:;<=>?@[\]^_{|}~]+$/u.test(name)) return null;
  // A bare `json:"-"` means "skip this field"; the member named "-" is spelt `json:"-,"`.
  const options = omitEmpty ? ',omitempty' : name === '-' ? ',' : '';
  return `\`json:"${name}${options}"\``;
}

export const goHelpers: Record<string, HelperDelegate> = {
  goString,
  goName,
  goLocalName,
  // Handlebars passes its options object last; only hash arguments are read from it.
  goComment: (text: unknown, options: { hash?: { indent?: string } }) =>
    goComment(text, options?.hash?.indent ?? ''),
};
