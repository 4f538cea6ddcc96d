// A handler that throws something unexpected: the caller gets a 500 problem with no internals (no
// message, path or stack); the operator gets the error in the log under the same request id.
import { rmSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { type Database, openDatabase } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { createHandlers } from '../../server/handlers/create-handlers.ts';
import { createServices } from '../../server/services.ts';
import { expectProblem } from './expect-problem.ts';
import { captureLog, makeTempDir } from './test-server.ts';

const INTERNALS = ['hunter2', '/srv/x.js', 'db password'];

const dataDir = makeTempDir();
const log = captureLog();
let db: Database;
let app: FastifyInstance;
let url: string;

beforeAll(async () => {
  const config = loadConfig({ KEYWAY_DATA_DIR: dataDir, KEYWAY_LOG_LEVEL: 'info' });
  db = openDatabase(config);
  await migrate(db);
  const services = await createServices(db, config, () => 'http://127.0.0.1');
  app = buildApp({
    config,
    services,
    handlers: {
      ...createHandlers(services),
      getHealth: async () => {
        throw new Error('db password is hunter2 at /srv/x.js');
      },
    },
    logStream: log.stream,
  });
  url = await app.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await app?.close();
  await db?.destroy();
  rmSync(dataDir, { recursive: true, force: true });
});

test('an unexpected error is a 500 problem without internals', async () => {
  const response = await fetch(`${url}/healthz`);
  const text = await response.clone().text();
  const body = await expectProblem(response, { status: 500, code: 'internal_error', instance: '/healthz' });
  expect(Object.keys(body).sort()).toEqual(
    ['code', 'detail', 'instance', 'request_id', 'status', 'title', 'type'].sort(),
  );
  for (const secret of INTERNALS) expect(text).not.toContain(secret);
  // No stack trace: no "Error:" header, no "at fn (file:line:col)" frames, no file names.
  expect(text).not.toMatch(/Error:|\bat .+:\d+:\d+|\.ts\b|\.js\b|node_modules|stack/);
});

test('the log has the error under the response request id', async () => {
  const response = await fetch(`${url}/healthz`, { headers: { 'x-request-id': 'boom-1' } });
  expect(response.status).toBe(500);
  expect(response.headers.get('x-request-id')).toBe('boom-1');
  await vi.waitFor(() => expect(log.text()).toContain('"reqId":"boom-1","res"'));
  const errors = log
    .text()
    .trim()
    .split('\n')
    .map(
      (line) =>
        JSON.parse(line) as { level: number; reqId?: string; msg?: string; err?: { message?: string } },
    )
    .filter((entry) => entry.reqId === 'boom-1' && entry.level >= 50);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject({
    msg: 'unhandled error',
    err: { message: expect.stringContaining('hunter2') },
  });
});
