// Every Handlebars helper, registered on one instance (create-renderer.ts). The instance runs
// with noEscape, so nothing is escaped implicitly: each spec string that lands in generated
// code goes through the helper for its exact position (string literal, doc comment, property
// key). Spec strings are untrusted input to generated code.
import type { HelperDelegate } from 'handlebars';
import { goHelpers } from './helpers-go.ts';

/** A TypeScript (and JSON) string literal. U+2028/2029 are escaped for older parsers. */
export function tsString(value: unknown): string {
  return JSON.stringify(String(value ?? ''))
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

/** A JSON value as a TypeScript expression, indented by `indent` after the first line. */
export function tsLiteral(value: unknown, indent = ''): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return tsString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${inner}${tsLiteral(v, inner)},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${tsPropertyKey(k)}: ${tsLiteral(v, inner)},`).join('\n')}\n${indent}}`;
}

/** A value as JSON text (for .json outputs), indented by `indent` after the first line. */
export function jsonText(value: unknown, indent = ''): string {
  const text = JSON.stringify(value ?? null, null, 2);
  return indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * An object property key: bare when it is an identifier, quoted otherwise, and computed for
 * `__proto__`, which as a plain key in an object literal sets the prototype instead.
 */
export function tsPropertyKey(name: unknown): string {
  const text = String(name ?? '');
  if (text === '__proto__') return `[${tsString(text)}]`;
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

export const helpers: Record<string, HelperDelegate> = {
  ...goHelpers,
  tsString,
  tsPropertyKey,
  // Handlebars passes its options object last; only hash arguments are read from it.
  tsLiteral: (value: unknown, options: { hash?: { indent?: string } }) =>
    tsLiteral(value, options?.hash?.indent ?? ''),
  json: (value: unknown, options: { hash?: { indent?: string } }) =>
    jsonText(value, options?.hash?.indent ?? ''),
  tsDocComment: (text: unknown, options: { hash?: { indent?: string } }) =>
    tsDocComment(text, options?.hash?.indent ?? ''),
};
