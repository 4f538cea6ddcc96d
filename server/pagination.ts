// One pagination style for every list: `limit` + an opaque `cursor`; the body's `next_cursor` is
// null on the last page. The cursor is the last row's sort key (usually its id: ids sort by
// creation time) in base64url JSON, so clients treat it as opaque; one that does not decode is a
// 400.
import { type SelectQueryBuilder, sql } from 'kysely';
import { ProblemError } from './problem.ts';

export const DEFAULT_LIMIT = 50;

export interface Page<T> {
  data: T[];
  next_cursor: string | null;
}

export function decodeCursor(cursor: string | undefined): string | null {
  if (cursor === undefined) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { after?: unknown };
    if (typeof value.after === 'string' && value.after.length <= 200) return value.after;
  } catch {
    // fall through to the 400 below
  }
  throw new ProblemError({
    code: 'invalid_request',
    detail: 'The cursor is not one this server issued; start again without it.',
    errors: [{ field: 'query.cursor', message: 'is not a valid cursor' }],
  });
}

function encodeCursor(after: string): string {
  return Buffer.from(JSON.stringify({ after })).toString('base64url');
}

/**
 * `rows` were fetched with `limit + 1`; returns the page and the cursor after its last row
 * (`idOf` gives the sort key).
 */
export function pageOf<R, T>(
  rows: R[],
  limit: number,
  idOf: (row: R) => string,
  toItem: (row: R) => T,
): Page<T> {
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page.at(-1);
  return {
    data: page.map(toItem),
    next_cursor: more && last !== undefined ? encodeCursor(idOf(last)) : null,
  };
}

export interface PageRequest {
  limit: number;
  /** The sort key after which the page starts; null for the first page. */
  after: string | null;
}

/** `limit` (the spec's default when absent) and the decoded `cursor` of a list request. */
export function pageRequest(query: { limit?: number; cursor?: string }): PageRequest {
  return { limit: query.limit ?? DEFAULT_LIMIT, after: decodeCursor(query.cursor) };
}

/**
 * Keyset pagination on a unique, time-sorted id column: the rows after the cursor in `order`,
 * one more than the page so that `pageById` knows whether another page follows.
 */
export function keyset<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  column: string,
  page: PageRequest,
  order: 'asc' | 'desc',
): SelectQueryBuilder<DB, TB, O> {
  const ref = sql.ref<string>(column);
  const after = page.after === null ? query : query.where(ref, order === 'desc' ? '<' : '>', page.after);
  return after.orderBy(ref, order).limit(page.limit + 1);
}

/** The page of `rows` (fetched with `keyset`), its items made by `toItem`, with the next cursor. */
export function pageById<R extends { id: string }, T>(
  rows: R[],
  page: PageRequest,
  toItem: (row: R) => T,
): Page<T> {
  return pageOf(rows, page.limit, (r) => r.id, toItem);
}
