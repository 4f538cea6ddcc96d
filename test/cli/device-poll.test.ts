// pollForTokens (RFC 8628 §3.4–3.5) against a scripted token endpoint: a plain HTTP server that
// answers each poll with the next scripted answer, so slow_down, Retry-After and every terminal
// error can be produced on demand. The waits are recorded instead of slept.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type DeviceAuthorization, type Endpoints, pollForTokens } from '../../cli/oauth-client.ts';

interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const pending: Answer = { status: 400, body: { error: 'authorization_pending' } };
const slowDown: Answer = { status: 400, body: { error: 'slow_down' } };
const granted: Answer = {
  status: 200,
  body: {
    access_token: 'eyJ.a.b',
    token_type: 'Bearer',
    expires_in: 900,
    scope: 'keys:read',
    refresh_token: 'kwr_x',
  },
};

let server: Server;
let endpoints: Endpoints;
let script: Answer[] = [];
let requests: { contentType: string | undefined; form: Record<string, string> }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk) => {
      text += chunk;
    });
    request.on('end', () => {
      requests.push({
        contentType: request.headers['content-type'],
        form: Object.fromEntries(new URLSearchParams(text)),
      });
      const answer = script.shift() ?? { status: 500, body: { error: 'server_error' } };
      response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      response.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const base = `http://127.0.0.1:${port}`;
  endpoints = {
    issuer: base,
    device_authorization_endpoint: `${base}/oauth/device_authorization`,
    token_endpoint: `${base}/oauth/token`,
    revocation_endpoint: `${base}/oauth/revoke`,
  };
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function authorization(interval: number, expiresIn = 600): DeviceAuthorization {
  return {
    device_code: 'kwd_test',
    user_code: 'BCDF-GHJK',
    verification_uri: 'http://h/device',
    verification_uri_complete: 'http://h/device?user_code=BCDF-GHJK',
    expires_in: expiresIn,
    interval,
  };
}

/** Polls with `answers` scripted; returns the waits in seconds and the outcome. */
async function poll(answers: Answer[], interval = 1) {
  script = [...answers];
  requests = [];
  const waits: number[] = [];
  const sleep = async (ms: number) => {
    waits.push(ms / 1000);
  };
  const outcome = await pollForTokens(endpoints, authorization(interval), { sleep }).then(
    (tokens) => ({ tokens }),
    (error: Error) => ({ error: error.message }),
  );
  return { waits, outcome };
}

describe('pollForTokens', () => {
  test.each([
    { name: 'pending twice, then tokens', answers: [pending, pending, granted], want: [1, 1, 1] },
    // RFC 8628 §3.5: slow_down adds 5 seconds to this and every later interval.
    { name: 'slow_down, then pending', answers: [slowDown, pending, granted], want: [1, 6, 6] },
    { name: 'slow_down twice', answers: [slowDown, slowDown, pending, granted], want: [1, 6, 11, 11] },
    {
      name: '429 with Retry-After longer than the interval',
      answers: [
        { status: 429, body: { error: 'temporarily_unavailable' }, headers: { 'retry-after': '4' } },
        granted,
      ],
      want: [1, 4],
    },
    {
      name: '429 with Retry-After shorter than the interval',
      answers: [slowDown, { status: 429, body: {}, headers: { 'retry-after': '2' } }, granted],
      want: [1, 6, 6],
    },
    { name: 'the interval the server gave', answers: [pending, granted], interval: 3, want: [3, 3] },
  ])('waits: $name', async ({ answers, interval, want }) => {
    const { waits, outcome } = await poll(answers, interval);
    expect(outcome).toMatchObject({
      tokens: { access_token: 'eyJ.a.b', refresh_token: 'kwr_x', scope: 'keys:read' },
    });
    expect(waits).toEqual(want);
  });

  test('every poll is the RFC 8628 §3.4 form request of a public client', async () => {
    await poll([pending, granted]);
    expect(requests).toHaveLength(2);
    for (const request of requests) {
      expect(request.contentType).toBe('application/x-www-form-urlencoded');
      expect(request.form).toEqual({
        grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
        device_code: 'kwd_test',
        client_id: 'keyway-cli',
      });
    }
  });

  test('expires_at counts expires_in from the request', async () => {
    const before = Date.now();
    const { outcome } = await poll([granted]);
    const expiresAt = Date.parse((outcome as { tokens: { expires_at: string } }).tokens.expires_at);
    expect(expiresAt).toBeGreaterThanOrEqual(before + 900_000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 900_000);
  });

  test.each([
    {
      name: 'access_denied',
      answer: { status: 400, body: { error: 'access_denied' } },
      want: 'the login request was denied; nothing was saved',
    },
    {
      name: 'expired_token',
      answer: { status: 400, body: { error: 'expired_token' } },
      want: 'the code expired before the login was approved; run `keyway login` again',
    },
    {
      name: 'another error',
      answer: {
        status: 400,
        body: { error: 'invalid_grant', error_description: 'The device code is unknown.' },
      },
      want: 'the login failed: invalid_grant: The device code is unknown.',
    },
    {
      name: 'a non-OAuth answer',
      answer: { status: 502, body: 'Bad Gateway' },
      want: 'the login failed: the server answered 502',
    },
    {
      name: 'a 200 without a refresh token',
      answer: {
        status: 200,
        body: { access_token: 'eyJ.a.b', token_type: 'Bearer', expires_in: 900, scope: '' },
      },
      want: 'the token endpoint answered 200 without an access token, refresh token and expires_in',
    },
  ])('stops on $name', async ({ answer, want }) => {
    const { outcome, waits } = await poll([pending, answer]);
    expect(outcome).toEqual({ error: want });
    expect(waits).toEqual([1, 1]);
  });

  test('gives up when the code expires while the person has not answered', async () => {
    script = Array.from({ length: 10 }, () => pending);
    const started = Date.now();
    // Real sleeps: 1-second polls on a 2-second code fit one poll.
    await expect(pollForTokens(endpoints, authorization(1, 2))).rejects.toThrow(
      'the code expired before the login was approved; run `keyway login` again',
    );
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
