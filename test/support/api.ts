// A small HTTP client for behavioural tests: real requests to a real listening server.
import type { TestServer } from '../server/test-server.ts';

export interface ApiResponse {
  status: number;
  headers: Headers;
  /** The parsed JSON body, or the raw text when the body is not JSON, or null when empty. */
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary response members.
  body: any;
  text: string;
}

export interface CallOptions {
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Sent as `x-api-key: <apiKey>`. */
  apiKey?: string;
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
}

export type Api = (method: string, path: string, options?: CallOptions) => Promise<ApiResponse>;

export function apiFor(server: Pick<TestServer, 'url'>): Api {
  return async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    if (options.apiKey !== undefined) headers['x-api-key'] = options.apiKey;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    return readResponse(response);
  };
}

/** Reads a fetch Response whole into an ApiResponse. */
export async function readResponse(response: Response): Promise<ApiResponse> {
  const text = await response.text();
  let body: unknown = null;
  if (text !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status: response.status, headers: response.headers, body, text };
}

let counter = 0;

/** A unique email for this test run. */
export function uniqueEmail(label = 'user'): string {
  counter += 1;
  return `${label}-${process.pid}-${counter}-${Date.now()}@example.com`;
}

export const PASSWORD = 'correct horse battery staple';

/** Signs up a new person (and their org); returns the Session body. */
export async function signup(api: Api, overrides: Record<string, string> = {}) {
  const response = await api('POST', '/v1/auth/signup', {
    body: {
      email: uniqueEmail(),
      password: PASSWORD,
      name: 'Ada Lovelace',
      org_name: 'Analytical Engines',
      ...overrides,
    },
  });
  if (response.status !== 201) throw new Error(`signup answered ${response.status}: ${response.text}`);
  return response.body;
}
