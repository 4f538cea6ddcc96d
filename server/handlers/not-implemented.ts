import { ProblemError } from '../problem.ts';

/**
 * The handler of an operation the spec describes but this server does not implement yet: 501
 * problem+json with code `not_implemented`. test/server/not-implemented.test.ts lists these
 * operations, and that list can only shrink.
 */
export async function notImplemented(): Promise<never> {
  throw new ProblemError({
    code: 'not_implemented',
    detail: 'This operation is in the specification but this server does not implement it yet.',
  });
}
