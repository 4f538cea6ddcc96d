// The CLI's one way to make an HTTP request: global fetch with a timeout, the body read whole and
// parsed as JSON when it is JSON, and a network failure turned into a message for people.

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** The parsed JSON body; undefined when the body is empty or not JSON. */
  body: unknown;
}

/** Thrown when the server cannot be reached at all (as opposed to answering with an error). */
export class UnreachableError extends Error {}

const TIMEOUT_MS = 30_000;

/** Sends `init` to `url`. `what` names the request in errors, e.g. "the token endpoint". */
export async function send(url: string, init: RequestInit, what: string): Promise<HttpResponse> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: { accept: 'application/json', 'user-agent': 'keyway-cli', ...init.headers },
      signal: AbortSignal.timeout(TIMEOUT_MS),
      // A redirect could carry a form with a token to another origin; the CLI follows none.
      redirect: 'error',
    });
  } catch (error) {
    throw new UnreachableError(`could not reach ${what} at ${url}: ${networkReason(error)}`);
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body };
}

/** An application/x-www-form-urlencoded POST body (RFC 6749 §4.1.3 and friends). */
export function form(fields: Record<string, string | undefined>): RequestInit {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) params.set(name, value);
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: params.toString(),
  };
}

function networkReason(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer in ${TIMEOUT_MS / 1000} s`;
  // undici reports "fetch failed" and puts the reason (ECONNREFUSED, ENOTFOUND, …) in `cause`.
  const cause =
    error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  if (cause?.code) return cause.code;
  if (cause?.message) return cause.message;
  return error instanceof Error ? error.message : String(error);
}
