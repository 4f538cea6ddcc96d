// Every Handlebars helper, registered on one instance (create-renderer.ts). The instance runs
// with noEscape, so nothing is escaped implicitly: each spec string that lands in generated
// code goes through the helper for its exact position (string literal, doc comment, property
// key). Spec strings are untrusted input to generated code.
import type { HelperDelegate } from 'handlebars';

/** A TypeScript (and JSON) string literal. U+2028/2029 are escaped for older parsers. */
export function tsString(value: unknown): string {
  return JSON.stringify(String(value ?? ''))
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

/** A value as a TypeScript/JSON literal, indented by `indent` after the first line. */
export function jsonLiteral(value: unknown, indent = ''): string {
  const text = JSON.stringify(value ?? null, null, 2)
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
  return indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** An object property key: bare when it is an identifier, quoted otherwise. */
export function tsPropertyKey(name: unknown): string {
  const text = String(name ?? '');
  return IDENTIFIER.test(text) ? text : tsString(text);
}

/**
 * A JSDoc block for `text`, or nothing when it is empty. `*\/` would end the comment early, so
 * it is broken up; line terminators (including U+2028/2029, which TypeScript also treats as line
 * ends) each start a new ` * ` line.
 */
export function tsDocComment(text: unknown, indent = ''): string {
  const body = String(text ?? '').trim();
  if (body === '') return '';
  const lines = body
    .replaceAll('*/', '*\\/')
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line) => `${indent} *${line === '' ? '' : ` ${line.trimEnd()}`}`);
  return `${indent}/**\n${lines.join('\n')}\n${indent} */`;
}

/** `createApiKey` → `CreateApiKey` (operationIds are validated identifiers). */
export function pascalCase(name: unknown): string {
  const text = String(name ?? '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A `# …` comment block for YAML, one line per input line. */
export function yamlComment(text: unknown): string {
  return String(text ?? '')
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line) => `# ${line}`)
    .join('\n');
}

export const helpers: Record<string, HelperDelegate> = {
  tsString,
  tsPropertyKey,
  pascalCase,
  yamlComment,
  // Handlebars passes its options object last; only hash arguments are read from it.
  json: (value: unknown, options: { hash?: { indent?: string } }) =>
    jsonLiteral(value, options?.hash?.indent ?? ''),
  tsDocComment: (text: unknown, options: { hash?: { indent?: string } }) =>
    tsDocComment(text, options?.hash?.indent ?? ''),
};
