// The audit stream's poller (server/audit-stream.ts) on a real database of each backend: an
// event committed late with a smaller id is still delivered, in id order; a client going away
// leaves no stream and, once none is left, no poller; closing ends every stream.
import type { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditStreamHub } from '../../server/audit-stream.ts';
import { type Database, openDatabase } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { idFloorAt } from '../../server/ids.ts';
import { BACKENDS } from '../support/backends.ts';

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

describe.each(BACKENDS.map((make) => make()))('the audit stream poller on $name', (backend) => {
  let db: Database;
  let hub: AuditStreamHub;

  beforeAll(async () => {
    db = openDatabase(await backend.fresh());
    await migrate(db);
    hub = new AuditStreamHub(db, { heartbeatMs: 60_000, pollMs: 20, settleMs: SETTLE_MS });
  });

  afterAll(async () => {
    await hub?.close();
    await db?.destroy();
    await backend.cleanup();
  });

  function insert(id: string, orgId: string) {
    return db
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

  function open(orgId: string, owner = `key_${orgId}`) {
    const stream = hub.open({
      view: { orgId, agentId: null },
      filters: {},
      after: idFloorAt('evt', Date.now()),
      owner,
      recheck: async () => null,
      expiresAt: null,
      log,
    });
    if (stream === null) throw new Error(`no stream for ${owner}: over the limit`);
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
