// RFC 6750 §3 challenges for the `Bearer` scheme.

export const REALM = 'keyway';

export type BearerError = 'invalid_request' | 'invalid_token' | 'insufficient_scope';

/** RFC 7230 quoted-string: backslash-escape `"` and `\`; the values here are ASCII we wrote. */
function quote(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/**
 * `Bearer realm="keyway"` when the request carried no credential (§3.1: no error code then);
 * otherwise with `error`, `error_description` and, for insufficient_scope, `scope`.
 */
export function bearerChallenge(error?: {
  code: BearerError;
  description: string;
  scope?: readonly string[];
}): string {
  const params = [`realm=${quote(REALM)}`];
  if (error !== undefined) {
    params.push(`error=${quote(error.code)}`, `error_description=${quote(error.description)}`);
    if (error.scope !== undefined) params.push(`scope=${quote(error.scope.join(' '))}`);
  }
  return `Bearer ${params.join(', ')}`;
}
