// The audit stream's poller (server/audit-stream.ts) on a real database of each backend: an
// event committed late with a smaller id is still delivered, in id order, also when its
// transaction stays open long past the settle time (PostgreSQL) or its writer waits for
// another process's write lock (SQLite); a client going away leaves no stream and, once none is
// left, no poller; closing ends every stream.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import Fastify from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AuditStreamHub } from '../../server/audit-stream.ts';
import { type Database, openDatabase, SQLITE_FILE } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { idFloorAt, newId } from '../../server/ids.ts';
import { BACKENDS } from '../support/backends.ts';
import { latch } from '../support/latch.ts';

const log = Fastify({ logger: false }).log;
const SETTLE_MS = 300;

/** An event id at `time` (ms) with a fixed random part: ids can be made out of order. */
const idAt = (time: number, tail: string) => `${idFloorAt('evt', time).slice(0, -16)}${tail.padEnd(16, '0')}`;

/** The `id:` lines received on `stream` so far. */
function collectIds(stream: Readable): string[] {
  const ids: string[] = [];
  let text = '';
  stream.on('data', (chunk: Buffer) => {
    text += chunk.toString();
    for (let end = text.indexOf('\n\n'); end !== -1; end = text.indexOf('\n\n')) {
      const id = /^id: (.*)$/m.exec(text.slice(0, end))?.[1];
      if (id !== undefined) ids.push(id);
      text = text.slice(end + 2);
    }
  });
  return ids;
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(10);
  }
}

/**
 * Runs recordAudit for `orgId` in another process on the SQLite database in `dataDir`; resolves
 * once that process is about to call it, with the end of that process.
 */
async function recordInAnotherProcess(dataDir: string, orgId: string): Promise<{ exited: Promise<void> }> {
  const module = (path: string) => JSON.stringify(fileURLToPath(new URL(path, import.meta.url)));
  const code = `
    import { openDatabase } from ${module('../../server/db/database.ts')};
    import { recordAudit } from ${module('../../server/audit.ts')};
    const db = openDatabase({ dataDir: ${JSON.stringify(dataDir)}, databaseUrl: null });
    process.stdout.write('started\\n');
    const request = { headers: {}, ip: '127.0.0.1', id: 'req_other_process' };
    const actor = { kind: 'system', id: null, credentialPrefix: null };
    await recordAudit(db, request, { action: 'api_key.created', orgId: ${JSON.stringify(orgId)}, actor });
    await db.destroy();
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', code], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit').then(([code]) => {
    if (code !== 0) throw new Error(`the other process exited with ${code}`);
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('started')) resolve();
    });
    exited.then(() => reject(new Error('the other process ended before it started')), reject);
  });
  return { exited };
}

describe.each(BACKENDS.map((make) => make()))('the audit stream poller on $name', (backend) => {
  let db: Database;
  let hub: AuditStreamHub;
  let storage: Awaited<ReturnType<typeof backend.fresh>>;

  beforeAll(async () => {
    storage = await backend.fresh();
    db = openDatabase(storage);
    await migrate(db);
    hub = new AuditStreamHub(db, { heartbeatMs: 60_000, pollMs: 20, settleMs: SETTLE_MS });
  });

  /** Streams open()ed by the test that runs; ended after it, also when it failed. */
  let opened: Readable[] = [];
  afterEach(() => {
    for (const stream of opened) stream.destroy();
    opened = [];
  });

  afterAll(async () => {
    await hub?.close();
    await db?.destroy();
    await backend.cleanup();
  });

  function insert(id: string, orgId: string, via: Database = db) {
    return via
      .insertInto('audit_events')
      .values({
        id,
        org_id: orgId,
        action: 'api_key.created',
        actor_kind: 'system',
        actor_id: null,
        target_kind: null,
        target_id: null,
        credential_prefix: null,
        ip: null,
        user_agent: null,
        request_id: null,
        data: null,
        created_at: new Date().toISOString(),
      })
      .execute();
  }

  function open(orgId: string, owner = `key_${orgId}`, after = idFloorAt('evt', Date.now())) {
    const stream = hub.open({
      view: { orgId, agentId: null },
      filters: {},
      after,
      owner,
      recheck: async () => null,
      expiresAt: null,
      log,
    });
    if (stream === null) throw new Error(`no stream for ${owner}: over the limit`);
    opened.push(stream);
    return stream;
  }

  it('delivers an event committed late with a smaller id, in id order', async () => {
    const stream = open('org_late');
    const ids = collectIds(stream);
    const t = Date.now() + 20;
    const later = idAt(t + 10, 'B');
    const earlier = idAt(t, 'A');
    // The larger id commits first; the smaller one 100 ms later (a slow insert, another node).
    await insert(later, 'org_late');
    await sleep(100);
    await insert(earlier, 'org_late');
    await until(() => ids.length >= 2);
    await sleep(SETTLE_MS);
    expect(ids).toEqual([earlier, later]);
    stream.destroy();
  });

  if (backend.name === 'postgres')
    it('waits for an event whose transaction stays open long past the settle time, then delivers it once', async () => {
      const stream = open('org_slow');
      const ids = collectIds(stream);
      const before = newId('evt');
      await insert(before, 'org_slow');
      await until(() => ids.length === 1);
      // A transaction on another connection takes an id and inserts its event, then stays open
      // for several settle times while later events are written.
      const slow = newId('evt');
      const committed = latch();
      const held = latch();
      const transaction = db.transaction().execute(async (trx) => {
        await insert(slow, 'org_slow', trx);
        held.open();
        await committed.opened;
      });
      const later = [newId('evt'), newId('evt')];
      try {
        await held.opened;
        for (const id of later) await insert(id, 'org_slow');
        await sleep(SETTLE_MS * 4);
        // Nothing passes the open transaction's event: the stream stays in id order.
        expect(ids).toEqual([before]);
      } finally {
        committed.open();
        await transaction;
      }
      await until(() => ids.length >= 4);
      await sleep(SETTLE_MS);
      expect(ids).toEqual([before, slow, ...later]);

      // Resuming after the event before it (Last-Event-ID) gives the rest, once each.
      const resumed = open('org_slow', 'key_resumer', before);
      const again = collectIds(resumed);
      await until(() => again.length >= 3);
      await sleep(SETTLE_MS);
      expect(again).toEqual([slow, ...later]);
    });

  if (backend.name === 'sqlite')
    it("delivers an event whose writer in another process waited for the database's write lock", async () => {
      const stream = open('org_locked');
      const ids = collectIds(stream);
      // Another connection holds the write lock; a second process records an event meanwhile,
      // waiting for the lock longer than the settle time.
      const holder = new SQLite(join(storage.dataDir, SQLITE_FILE));
      holder.exec('BEGIN IMMEDIATE');
      let recorded: Promise<void> = Promise.resolve();
      let heldEvent = '';
      try {
        recorded = (await recordInAnotherProcess(storage.dataDir, 'org_locked')).exited;
        await sleep(SETTLE_MS * 2);
        // The lock's holder writes an event of its own before letting go.
        heldEvent = newId('evt');
        holder
          .prepare(
            `INSERT INTO audit_events (id, org_id, action, actor_kind, created_at)
             VALUES (?, 'org_locked', 'api_key.created', 'system', ?)`,
          )
          .run(heldEvent, new Date().toISOString());
        holder.exec('COMMIT');
      } finally {
        if (holder.inTransaction) holder.exec('ROLLBACK');
        holder.close();
      }
      await recorded;
      const other = await db
        .selectFrom('audit_events')
        .select('id')
        .where('request_id', '=', 'req_other_process')
        .executeTakeFirstOrThrow();
      await until(() => ids.length >= 2);
      await sleep(SETTLE_MS);
      // The other process took its id once it held the lock: after the holder's event.
      expect(ids).toEqual([heldEvent, other.id]);
    });

  it('forgets a stream whose client went away, and stops polling when none is left', async () => {
    const stream = open('org_gone');
    collectIds(stream);
    await until(() => hub.polling);
    expect(hub.openStreams).toBe(1);
    // What Fastify does when the connection closes.
    stream.destroy();
    expect(hub.openStreams).toBe(0);
    await until(() => !hub.polling);
  });

  it('ends every open stream on close', async () => {
    const other = new AuditStreamHub(db, { heartbeatMs: 60_000, pollMs: 20, settleMs: SETTLE_MS });
    const streams = ['org_a', 'org_b'].map((orgId) => {
      const stream = other.open({
        view: { orgId, agentId: null },
        filters: {},
        after: idFloorAt('evt', Date.now()),
        owner: `key_${orgId}`,
        recheck: async () => null,
        expiresAt: null,
        log,
      });
      if (stream === null) throw new Error('refused');
      return stream;
    });
    const ended = streams.map((s) => new Promise((resolve) => s.on('end', resolve)));
    for (const s of streams) s.resume();
    await until(() => other.polling);
    await other.close();
    await Promise.all(ended);
    expect(other.openStreams).toBe(0);
    expect(other.polling).toBe(false);
  });

  it('refuses a sixth stream for one credential, and allows it again once one closes', async () => {
    const streams = Array.from({ length: 5 }, () => open('org_cap', 'key_capped'));
    expect(() => open('org_cap', 'key_capped')).toThrow('over the limit');
    // Another credential is not affected.
    const other = open('org_cap', 'key_other');
    streams[0]?.destroy();
    await until(() => hub.openStreams === 5);
    const again = open('org_cap', 'key_capped');
    for (const stream of [...streams.slice(1), other, again]) stream.destroy();
  });
});
