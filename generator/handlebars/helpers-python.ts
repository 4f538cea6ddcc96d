// Escaping helpers for the Python client (and its pyproject.toml and README): every spec string
// that lands in a .py, .toml or .md file goes through the helper for its exact position. Spec
// strings are untrusted input: string literals are pure ASCII with every other character
// escaped; docstrings and comments keep readable text but can never end early; identifiers are
// ASCII, never a keyword (class names never a builtin either), and made unique by the target.
import type { HelperDelegate } from 'handlebars';

/**
 * `keyword.kwlist`: the hard keywords. Soft keywords (`match`, `case`, `type`, `_`) are legal
 * names everywhere, so `type` stays `type`.
 */
// biome-ignore format: one list, as Python prints it
export const PYTHON_KEYWORDS: readonly string[] = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with',
  'yield',
];

/** `dir(builtins)` of Python 3.13, less the dunder names (identifiers here never start with `_`). */
// biome-ignore format: one list, as Python prints it
export const PYTHON_BUILTINS: readonly string[] = [
  'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException', 'BaseExceptionGroup',
  'BlockingIOError', 'BrokenPipeError', 'BufferError', 'BytesWarning', 'ChildProcessError',
  'ConnectionAbortedError', 'ConnectionError', 'ConnectionRefusedError', 'ConnectionResetError',
  'DeprecationWarning', 'EOFError', 'Ellipsis', 'EncodingWarning', 'EnvironmentError', 'Exception',
  'ExceptionGroup', 'FileExistsError', 'FileNotFoundError', 'FloatingPointError', 'FutureWarning',
  'GeneratorExit', 'IOError', 'ImportError', 'ImportWarning', 'IndentationError', 'IndexError',
  'InterruptedError', 'IsADirectoryError', 'KeyError', 'KeyboardInterrupt', 'LookupError',
  'MemoryError', 'ModuleNotFoundError', 'NameError', 'NotADirectoryError', 'NotImplemented',
  'NotImplementedError', 'OSError', 'OverflowError', 'PendingDeprecationWarning', 'PermissionError',
  'ProcessLookupError', 'PythonFinalizationError', 'RecursionError', 'ReferenceError',
  'ResourceWarning', 'RuntimeError', 'RuntimeWarning', 'StopAsyncIteration', 'StopIteration',
  'SyntaxError', 'SyntaxWarning', 'SystemError', 'SystemExit', 'TabError', 'TimeoutError',
  'TypeError', 'UnboundLocalError', 'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeError',
  'UnicodeTranslateError', 'UnicodeWarning', 'UserWarning', 'ValueError', 'Warning',
  'ZeroDivisionError', 'abs', 'aiter', 'all', 'anext', 'any', 'ascii', 'bin', 'bool', 'breakpoint',
  'bytearray', 'bytes', 'callable', 'chr', 'classmethod', 'compile', 'complex', 'copyright',
  'credits', 'delattr', 'dict', 'dir', 'divmod', 'enumerate', 'eval', 'exec', 'exit', 'filter',
  'float', 'format', 'frozenset', 'getattr', 'globals', 'hasattr', 'hash', 'help', 'hex', 'id',
  'input', 'int', 'isinstance', 'issubclass', 'iter', 'len', 'license', 'list', 'locals', 'map',
  'max', 'memoryview', 'min', 'next', 'object', 'oct', 'open', 'ord', 'pow', 'print', 'property',
  'quit', 'range', 'repr', 'reversed', 'round', 'set', 'setattr', 'slice', 'sorted', 'staticmethod',
  'str', 'sum', 'super', 'tuple', 'type', 'vars', 'zip',
];

const KEYWORDS = new Set(PYTHON_KEYWORDS);
const BUILTINS = new Set(PYTHON_BUILTINS);

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/**
 * A Python string literal in double quotes, pure printable ASCII: quotes and backslashes are
 * escaped, everything else outside U+0020–U+007E becomes `\n`, `\xNN`, `\uNNNN` or `\UNNNNNNNN`,
 * so no character can end the literal, the line, or change the file's encoding.
 */
export function pyString(value: unknown): string {
  let out = '"';
  for (const ch of String(value ?? '')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (cp >= 0x20 && cp < 0x7f) out += ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp <= 0xff) out += `\\x${hex(cp, 2)}`;
    else if (cp <= 0xffff) out += `\\u${hex(cp, 4)}`;
    else out += `\\U${hex(cp, 8)}`;
  }
  return `${out}"`;
}

/** Printable non-ASCII text (letters, marks, numbers, punctuation, symbols, spaces) stays readable. */
const READABLE = /[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]/u;
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;

/** Text inside a docstring: backslashes and quotes escaped (so `"""` cannot occur), controls as escapes. */
function docText(line: string): string {
  let out = '';
  for (const ch of line) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if ((cp >= 0x20 && cp < 0x7f) || (cp >= 0x80 && READABLE.test(ch))) out += ch;
    else if (ch === '\t') out += '\\t';
    else if (cp <= 0xff) out += `\\x${hex(cp, 2)}`;
    else if (cp <= 0xffff) out += `\\u${hex(cp, 4)}`;
    else out += `\\U${hex(cp, 8)}`;
  }
  return out;
}

/**
 * A docstring for `text`, each line indented by `indent`, or nothing when the text is empty
 * (templates then need a statement of their own). Line terminators, including U+2028/2029,
 * start new lines; lines are right-trimmed.
 */
export function pyDocstring(text: unknown, indent = ''): string {
  const body = String(text ?? '').trim();
  if (body === '') return '';
  const lines = body.split(LINE_BREAK).map((line) => {
    const escaped = docText(line.trimEnd());
    return escaped === '' ? '' : `${indent}${escaped}`;
  });
  return `${indent}"""\n${lines.join('\n')}\n${indent}"""`;
}

/**
 * `# ` comment lines for `text`. Control characters, lone surrogates and U+2028/2029 become `?`;
 * `coding:` is broken up, since a comment in a file's first two lines could otherwise declare the
 * source encoding (PEP 263).
 */
export function pyComment(text: unknown, indent = ''): string {
  return String(text ?? '')
    .split(LINE_BREAK)
    .map((line) => {
      const safe = line
        .replace(/[\p{Cc}\p{Cs}\u2028\u2029]/gu, '?')
        .replace(/coding([:=])/g, 'coding $1')
        .trimEnd();
      return safe === '' ? `${indent}#` : `${indent}# ${safe}`;
    })
    .join('\n');
}

/** A JSON value as a one-line Python expression (str, int, float, bool, None, list, dict). */
export function pyLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'string') return pyString(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'None';
  if (Array.isArray(value)) return `[${value.map((v) => pyLiteral(v)).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  return `{${entries.map(([k, v]) => `${pyString(k)}: ${pyLiteral(v)}`).join(', ')}}`;
}

/** Appends `_` to a name that is taken (PEP 8's convention for a clash with a keyword). */
function unreserved(name: string, taken: (name: string) => boolean): string {
  return taken(name) ? `${name}_` : name;
}

/**
 * A snake_case identifier for a method, parameter or field: camelCase boundaries become `_`,
 * anything but ASCII letters and digits collapses to one `_` (so NFKC normalisation cannot make
 * two names one), leading and trailing `_` are dropped (a leading `__` would be name-mangled in a
 * class), a leading digit gets `x_`, an empty result is `value`. Keywords and `reserved` get a
 * trailing `_`. Builtins are allowed (`id`, `type`): as attributes and parameters they shadow
 * nothing the generated code uses, except the names in `reserved` (the target passes the
 * builtins its hints use).
 */
export function pySnakeName(name: unknown, reserved: ReadonlySet<string> = new Set()): string {
  let text = String(name ?? '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (text === '') text = 'value';
  if (/^[0-9]/.test(text)) text = `x_${text}`;
  return unreserved(text, (n) => KEYWORDS.has(n) || reserved.has(n));
}

/**
 * A PascalCase class name: each ASCII word capitalised and joined; a leading digit gets `M`.
 * Classes are module globals, so keywords and builtins (`Exception`) both get a trailing `_`.
 */
export function pyClassName(name: unknown, reserved: ReadonlySet<string> = new Set()): string {
  let text = String(name ?? '')
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
  if (text === '') text = 'Model';
  if (/^[0-9]/.test(text)) text = `M${text}`;
  return unreserved(text, (n) => KEYWORDS.has(n) || BUILTINS.has(n) || reserved.has(n));
}

/** `name`, or `name_2`, `name_3`… (`Name2` for class names): the first not in `taken`, then taken. */
export function uniqueName(name: string, taken: Set<string>, separator = '_'): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${name}${separator}${n}`;
  taken.add(candidate);
  return candidate;
}

/** A TOML basic string: `"` and `\` escaped, controls as `\uNNNN`, lone surrogates as U+FFFD. */
export function tomlString(value: unknown): string {
  let out = '"';
  for (const ch of String(value ?? '')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\uFFFD';
    else if (cp < 0x20 || cp === 0x7f || (cp >= 0x80 && cp <= 0x9f) || cp === 0x2028 || cp === 0x2029)
      out += `\\u${hex(cp, 4)}`;
    else out += ch;
  }
  return `${out}"`;
}

/**
 * Plain Markdown text on one line: line breaks and controls become spaces and every ASCII
 * punctuation character is backslash-escaped (CommonMark §2.4), so spec text cannot open a
 * link, a code span, an HTML tag or a heading.
 */
export function mdText(value: unknown): string {
  return String(value ?? '')
    .replace(/[\p{Cc}\p{Cs}\u2028\u2029]+/gu, ' ')
    .replace(/[!-/:-@[-`{-~]/g, '\\$&')
    .trim();
}

/** An HTML comment (in Markdown) for one line of text: `--` cannot occur, so it cannot end early. */
export function mdComment(value: unknown): string {
  const text = String(value ?? '')
    .replace(/[\p{Cc}\p{Cs}\u2028\u2029]+/gu, ' ')
    .replace(/-(?=-)/g, '- ')
    .replace(/-$/, '- ')
    .trim();
  return `<!-- ${text} -->`;
}

export const pythonHelpers: Record<string, HelperDelegate> = {
  pyString,
  pyLiteral,
  tomlString,
  mdText,
  mdComment,
  // Handlebars passes its options object last; only hash arguments are read from it.
  pyDocstring: (text: unknown, options: { hash?: { indent?: string } }) =>
    pyDocstring(text, options?.hash?.indent ?? ''),
  pyComment: (text: unknown, options: { hash?: { indent?: string } }) =>
    pyComment(text, options?.hash?.indent ?? ''),
};
