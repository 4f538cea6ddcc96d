// Which operations still answer 501 not_implemented. Each handler is called directly, with an
// empty request, and the ones that reject with a not_implemented ProblemError are collected.
import { rmSync } from 'node:fs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { operationScopes } from '../../generated/policy.ts';
import { type HandlerContext, type Handlers, routes } from '../../generated/server/routes.ts';
import { loadConfig } from '../../server/config.ts';
import { type Database, openDatabase } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { createHandlers } from '../../server/handlers/create-handlers.ts';
import { ProblemError } from '../../server/problem.ts';
import { createServices } from '../../server/services.ts';
import { makeTempDir } from './test-server.ts';

// This list may only shrink: an issue that implements an operation removes it here, in the same
// commit. Never add to it; a new operation in the spec ships with its handler.
const NOT_IMPLEMENTED: string[] = [];

const IMPLEMENTED = ['getHealth', 'listScopes'];

type AnyHandler = (request: unknown, context: HandlerContext) => Promise<{ status: number }>;
type Outcome = { resolved: number } | { problem: string } | { threw: string };

const dataDir = makeTempDir();
let db: Database;
let handlers: Handlers;

beforeAll(async () => {
  const config = loadConfig({ KEYWAY_DATA_DIR: dataDir });
  db = openDatabase(config);
  await migrate(db);
  handlers = createHandlers(await createServices(db, config, () => 'http://127.0.0.1'));
});

afterAll(async () => {
  await db?.destroy();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Calls one handler with an empty request and a context that only carries its route. */
async function call(operationId: string): Promise<Outcome> {
  const route = routes.find((r) => r.info.operationId === operationId)?.info;
  if (route === undefined) return { threw: `no route for ${operationId}` };
  const handler = (handlers as unknown as Record<string, AnyHandler>)[operationId];
  if (handler === undefined) return { threw: `no handler for ${operationId}` };
  const context: HandlerContext = { request: {} as FastifyRequest, reply: {} as FastifyReply, route };
  try {
    const result = await handler.call(
      handlers,
      { params: {}, query: {}, headers: {}, body: undefined },
      context,
    );
    return { resolved: result.status };
  } catch (error) {
    if (error instanceof ProblemError) return { problem: error.problem.code };
    return { threw: String(error) };
  }
}

describe('operations not implemented yet', () => {
  test('the not_implemented operations are exactly the listed ones', async () => {
    const found: string[] = [];
    for (const operationId of Object.keys(handlers)) {
      const outcome = await call(operationId);
      if ('problem' in outcome && outcome.problem === 'not_implemented') found.push(operationId);
    }
    expect(found.sort()).toEqual(NOT_IMPLEMENTED);
  });

  test('every listed id is a real operationId, listed once, in sorted order', () => {
    const operationIds = Object.keys(operationScopes);
    for (const id of NOT_IMPLEMENTED) expect(operationIds, id).toContain(id);
    expect(new Set(NOT_IMPLEMENTED).size).toBe(NOT_IMPLEMENTED.length);
    expect([...NOT_IMPLEMENTED].sort()).toEqual(NOT_IMPLEMENTED);
  });

  test('every operation has exactly one handler', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(operationScopes).sort());
  });

  test.each(IMPLEMENTED)('%s answers 200', async (operationId) => {
    expect(await call(operationId)).toEqual({ resolved: 200 });
  });
});
