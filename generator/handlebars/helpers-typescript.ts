// Helpers for the TypeScript client (templates/clients/typescript/): type expressions built from
// spec strings, each escaped with helpers.ts's tsString.
import type { HelperDelegate } from 'handlebars';
import { tsString } from './helpers.ts';

/** A union of string literal types, `never` when there are none. */
export function tsStringUnion(values: unknown): string {
  const list = Array.isArray(values) ? values : [];
  if (list.length === 0) return 'never';
  return [...new Set(list.map((v) => String(v)))].map((v) => tsString(v)).join(' | ');
}

/** A one-line array literal of strings: `["a", "b"]`. */
export function tsStringArray(values: unknown): string {
  const list = Array.isArray(values) ? values : [];
  return `[${list.map((v) => tsString(v)).join(', ')}]`;
}

/** An indexed-access type key: a numeric status stays a number (`200`), anything else is quoted. */
export function tsIndexKey(value: unknown): string {
  return typeof value === 'number' && Number.isInteger(value) ? String(value) : tsString(value);
}

export const typescriptHelpers: Record<string, HelperDelegate> = {
  tsStringUnion,
  tsStringArray,
  tsIndexKey,
};
