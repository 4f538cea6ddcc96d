// The live audit stream (streamAuditEvents): Server-Sent Events (WHATWG HTML §9.2) fed by one
// poller per server process.
//
// Delivery across nodes is by polling the database by id, not PostgreSQL LISTEN/NOTIFY (see
// ARCHITECTURE.md): each node's poller reads the events after its cursor for the orgs that have
// open streams there (one query per tick, whatever the number of streams) and hands each
// stream what it may see. Events written by any node are rows, so every node finds them.
//
// Streams are strictly in id order, which is what makes `Last-Event-ID` resumption exact
// (everything after that id, nothing twice) and `until` exact (the stream ends once nothing
// before it can still come). So the poller reads only up to a *settled bound*: an id below which
// every event that will ever commit has committed. Ids are ULIDs taken from the writing node's
// clock just before the insert, so a row can commit after rows with larger ids (another
// request, another node, a slow transaction); a cursor that moved past it would skip it.
// SettledBound finds the bound in two parts:
// - Time: an id older than `settleMs` belongs to an insert that has reached the database. This
//   covers only the moment between taking an id and sending the insert, and clock skew between
//   nodes, not how long the insert's transaction then stays open.
// - Commit: on PostgreSQL an insert holds a ROW EXCLUSIVE lock on audit_events until its
//   transaction ends, and pg_locks lists it while it waits or holds. So a time bound taken
//   before reading pg_locks is settled once every transaction listed then has ended: whatever
//   it inserted is visible to the poller's next statement (PostgreSQL makes a commit visible
//   before it releases the locks), however long it stayed open. Only transactions that write
//   audit_events hold the stream back, not unrelated long ones.
//   On SQLite there is one writer at a time: recordAudit takes its id holding the database's
//   write lock (BEGIN IMMEDIATE), and this process's reads share its one connection with the
//   writes, so a row commits before any row with a larger id and the time bound is enough.
// Rejected: ordering streams by the inserting transaction (an `xid8` column, delivering what is
// older than the snapshot's xmin). It needs no clocks, but streams would no longer be in id
// order (the spec promises it, and a resume would have to look positions up), `until` would
// need this same knowledge of open writers anyway, and xmin is held back by any long write
// transaction in the whole cluster, not only by audit writers. The price of id order is that a
// transaction left open with an audit event in it holds every stream back until it ends (logged).
// Events reach streams `settleMs` plus up to one `pollMs` after they happen (on PostgreSQL, a
// `pollMs` more while other inserts are in flight).
//
// A stream's history (`since`, `Last-Event-ID`) is read by the stream itself up to the poller's
// cursor, in pages that wait for the client; it then joins the poller, which reads the short
// stretch between, so nothing falls in the gap and nothing is sent twice.
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyBaseLogger } from 'fastify';
import { PostgresAdapter, sql } from 'kysely';
import {
  type AuditFilters,
  type AuditRow,
  type AuditView,
  agentsOfKeysIn,
  auditEventMatches,
  auditEventOf,
  selectAuditEvents,
} from './audit-query.ts';
import type { AuditStreamConfig } from './config.ts';
import type { Database } from './db/database.ts';
import { idFloorAt } from './ids.ts';

/** Rows per query, for the poller and for replays. */
const BATCH = 500;
/** A client this far behind (bytes waiting) is cut off; it resumes with Last-Event-ID. */
const MAX_BUFFERED = 1024 * 1024;
/** Open streams one credential may hold on one node, and one node may hold in all. */
const MAX_STREAMS_PER_CREDENTIAL = 5;
const MAX_STREAMS_PER_NODE = 1000;
/** setTimeout's longest delay. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** A stall of every stream by one open audit writer this long is logged, once per stall. */
const STALL_WARNING_MS = 30_000;
/**
 * Events after which a stream checks its credential again at once (besides every heartbeat):
 * anything that may revoke, narrow or demote it.
 */
const RECHECK_AFTER = /\.(revoked|deleted|updated|rotated|removed|role_changed|reused)$/;

export interface AuditStreamOptions {
  view: AuditView;
  filters: AuditFilters;
  /** Only events with ids above this one: the `Last-Event-ID`, or the smallest id of a time. */
  after: string;
  /** Checks the caller's credential again: null while it still holds, else why not. */
  recheck: () => Promise<string | null>;
  /** The credential's rate-limit key: streams are counted per credential. */
  owner: string;
  /** When the credential expires (epoch ms), if it does: the stream ends then. */
  expiresAt: number | null;
  log: FastifyBaseLogger;
}

/**
 * The transactions that hold or await a write lock on audit_events (every insert takes ROW
 * EXCLUSIVE until its transaction ends), by virtual transaction id: PostgreSQL only. pg_locks
 * lists every database of the server, so only this one's are taken.
 */
async function openAuditWriters(db: Database): Promise<Set<string>> {
  const { rows } = await sql<{ virtualtransaction: string }>`
    SELECT virtualtransaction FROM pg_locks
    WHERE locktype = 'relation'
      AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
      AND relation = 'audit_events'::regclass
      AND mode = 'RowExclusiveLock'`.execute(db);
  return new Set(rows.map((row) => row.virtualtransaction));
}

function isSubset<T>(some: ReadonlySet<T>, of: ReadonlySet<T>): boolean {
  for (const item of some) if (!of.has(item)) return false;
  return true;
}

/** A time bound waiting for the audit writers that were open when it was taken. */
interface PendingBound {
  bound: string;
  writers: ReadonlySet<string>;
  /** When the oldest bound this one stands for was taken (epoch ms): for the stall warning. */
  since: number;
}

/** The settled bound of the header comment: no event with an id below it can appear any more. */
class SettledBound {
  /** The highest bound known settled, null until one is; it only grows. */
  private settled: string | null = null;
  /** Oldest first; each settles once none of its writers is open any more. */
  private pending: PendingBound[] = [];
  private advancing: Promise<string | null> | null = null;
  private readonly postgres: boolean;

  constructor(
    private readonly db: Database,
    private readonly settleMs: number,
  ) {
    this.postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  }

  /** Moves the bound on as far as it can now; concurrent callers share one look at pg_locks. */
  advance(): Promise<string | null> {
    this.advancing ??= this.step().finally(() => {
      this.advancing = null;
    });
    return this.advancing;
  }

  /** Since when (epoch ms) the bound has waited for a writer, and for which; null when it does not. */
  heldBack(): { since: number; writers: ReadonlySet<string> } | null {
    return this.pending[0] ?? null;
  }

  private async step(): Promise<string | null> {
    // Taken before pg_locks is read: a writer that took an id below it is listed there, or done.
    const now = Date.now();
    const bound = idFloorAt('evt', now - this.settleMs);
    if (!this.postgres) return this.raise(bound);
    const open = await openAuditWriters(this.db);
    const kept: PendingBound[] = [];
    for (const entry of [...this.pending, { bound, writers: open, since: now }]) {
      // Writers that have ended hold nothing back any more (a virtual transaction id is never
      // used twice).
      const writers = new Set([...entry.writers].filter((writer) => open.has(writer)));
      let { since } = entry;
      // An earlier bound still waiting for every writer this one waits for settles no sooner and
      // is lower: it goes, and this one stands for it. So a writer left open keeps one entry here,
      // not one per tick.
      let last = kept.at(-1);
      while (last !== undefined && isSubset(writers, last.writers)) {
        since = last.since;
        kept.pop();
        last = kept.at(-1);
      }
      kept.push({ bound: entry.bound, writers, since });
    }
    // Only the first can wait for no writer (it would have replaced any before it): it is settled.
    const [first] = kept;
    if (first !== undefined && first.writers.size === 0) {
      this.raise(first.bound);
      kept.shift();
    }
    this.pending = kept;
    return this.settled;
  }

  private raise(bound: string): string {
    if (this.settled === null || bound > this.settled) this.settled = bound;
    return this.settled;
  }
}

/** The open audit streams of one server process and the poller that feeds them. */
export class AuditStreamHub {
  private readonly streams = new Set<AuditStream>();
  /** Streams' own replays in progress, awaited by close() before the database goes. */
  private readonly replaying = new Set<Promise<void>>();
  /** Streams past their replay: the poller hands them new events. */
  private readonly live = new Set<AuditStream>();
  /** Streams whose replay reached the poller: the next tick reads the rest and makes them live. */
  private joining: AuditStream[] = [];
  /** Every event below it has been handed to the live streams; null while nothing is open. */
  private cursor: string | null = null;
  private running: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private closed = false;
  private readonly settled: SettledBound;
  /** The stall last logged (its start), so that each is logged once. */
  private stallLogged: number | null = null;

  constructor(
    private readonly db: Database,
    readonly config: AuditStreamConfig,
  ) {
    this.settled = new SettledBound(db, config.settleMs);
  }

  /**
   * Opens a stream; the Readable is the response body (Fastify destroys it when the client goes).
   * Null when the caller's credential already holds MAX_STREAMS_PER_CREDENTIAL streams on this
   * node, or the node MAX_STREAMS_PER_NODE: each open stream costs memory and rechecks.
   */
  open(options: AuditStreamOptions): Readable | null {
    const owned = [...this.streams].filter((s) => s.owner === options.owner).length;
    if (owned >= MAX_STREAMS_PER_CREDENTIAL || this.streams.size >= MAX_STREAMS_PER_NODE) return null;
    const stream = new AuditStream(this, this.db, options);
    if (this.closed) {
      stream.end();
      return stream.readable;
    }
    this.streams.add(stream);
    const started = stream.start();
    this.replaying.add(started);
    void started.finally(() => this.replaying.delete(started));
    return stream.readable;
  }

  /** Ends every stream (a server closing), and waits for the poller to stop. */
  async close(): Promise<void> {
    this.closed = true;
    for (const stream of [...this.streams]) stream.end();
    this.wake?.();
    await Promise.all([this.running, ...this.replaying]);
  }

  /** Streams open now (for tests and metrics). */
  get openStreams(): number {
    return this.streams.size;
  }

  /** Whether the poller is running (it stops when no stream is open). */
  get polling(): boolean {
    return this.running !== null;
  }

  /**
   * Where `stream`'s replay may read up to: the poller hands out everything above. Waits while
   * nothing is settled yet (a writer open since this process first looked); null once the stream
   * has ended meanwhile.
   */
  async replayLimit(stream: AuditStream): Promise<string | null> {
    while (!stream.ended) {
      if (this.cursor !== null) return this.cursor;
      const settled = await this.settled.advance();
      if (settled !== null) return this.cursor ?? settled;
      await sleep(this.config.pollMs);
    }
    return null;
  }

  join(stream: AuditStream): void {
    if (this.closed) return;
    this.joining.push(stream);
    if (this.running === null) this.running = this.run();
    else this.wake?.();
  }

  leave(stream: AuditStream): void {
    this.streams.delete(stream);
    this.live.delete(stream);
    this.joining = this.joining.filter((s) => s !== stream);
  }

  private busy(): boolean {
    return !this.closed && (this.live.size > 0 || this.joining.length > 0);
  }

  private async run(): Promise<void> {
    while (this.busy()) {
      try {
        await this.tick();
      } catch (error) {
        // The database failed: end the streams (clients resume with Last-Event-ID) rather than
        // leave them silently stale.
        for (const stream of [...this.live, ...this.joining]) stream.fail(error);
      }
      if (!this.busy()) break;
      // Streams that joined during the tick are taken at once, unless nothing is settled yet.
      if (this.joining.length > 0 && this.cursor !== null) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.config.pollMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
    // Idle: the next stream starts the poller afresh from the settled bound (which keeps what it
    // knows: a bound once settled stays so).
    this.cursor = null;
    this.running = null;
    if (this.busy()) this.running = this.run();
  }

  private async tick(): Promise<void> {
    const bound = await this.settled.advance();
    this.logStall();
    if (bound === null) return;
    if (this.cursor === null) this.cursor = bound;
    const joining = this.joining;
    this.joining = [];
    for (const stream of joining) {
      try {
        // Nothing else moves the cursor meanwhile: the replay meets the live events exactly.
        await stream.replay(this.cursor, false);
        if (!stream.ended) this.live.add(stream);
      } catch (error) {
        stream.fail(error);
      }
    }
    if (this.live.size === 0 || bound <= this.cursor) return;
    const orgs = [...new Set([...this.live].map((stream) => stream.view.orgId))];
    for (;;) {
      const rows = await this.db
        .selectFrom('audit_events')
        .selectAll()
        .where('org_id', 'in', orgs)
        .where('id', '>', this.cursor)
        .where('id', '<', bound)
        .orderBy('id', 'asc')
        .limit(BATCH)
        .execute();
      const agents = [...this.live].some((stream) => stream.view.agentId !== null)
        ? await agentsOfKeysIn(this.db, rows)
        : new Map<string, string>();
      const last = rows.at(-1);
      this.cursor = rows.length === BATCH && last !== undefined ? last.id : bound;
      for (const stream of [...this.live]) stream.deliver(rows, agents, this.cursor);
      if (rows.length < BATCH) return;
    }
  }

  /** An audit writer left open holds every stream back: say so (through a stream's request log). */
  private logStall(): void {
    const stall = this.settled.heldBack();
    if (stall === null || stall.since === this.stallLogged || Date.now() - stall.since < STALL_WARNING_MS)
      return;
    this.stallLogged = stall.since;
    const [stream] = this.live;
    stream?.log.warn(
      { transactions: [...stall.writers], waitingMs: Date.now() - stall.since },
      'audit streams are held back by open transactions that wrote audit events (pg_locks virtualtransaction)',
    );
  }
}

interface HeldBatch {
  rows: readonly AuditRow[];
  agents: ReadonlyMap<string, string>;
  cursor: string;
}

/** One open stream: its replay, the events the poller hands it, heartbeats and rechecks. */
class AuditStream {
  readonly readable: Readable;
  readonly view: AuditView;
  readonly owner: string;
  readonly log: FastifyBaseLogger;
  ended = false;
  private after: string;
  /** The stream ends once the poller is past this id (`until`). */
  private readonly untilBound: string | null;
  private readonly timers: NodeJS.Timeout[] = [];
  private drained: (() => void) | null = null;
  private checking: Promise<void> | null = null;
  private checkAgain = false;
  /** Batches that arrived while the credential is being checked again, in order. */
  private held: HeldBatch[] | null = null;

  constructor(
    private readonly hub: AuditStreamHub,
    private readonly db: Database,
    private readonly options: AuditStreamOptions,
  ) {
    this.view = options.view;
    this.owner = options.owner;
    this.log = options.log;
    this.after = options.after;
    const { until } = options.filters;
    this.untilBound = until === undefined ? null : idFloorAt('evt', Date.parse(until));
    this.readable = new Readable({
      read: () => {
        this.drained?.();
        this.drained = null;
      },
      destroy: (error, callback) => {
        this.stop();
        callback(error);
      },
    });
  }

  async start(): Promise<void> {
    // Sent at once, so that the client sees the response begin.
    this.write(': heartbeat\n\n');
    const { heartbeatMs } = this.hub.config;
    this.timers.push(
      setInterval(() => {
        this.write(': heartbeat\n\n');
        void this.recheck();
      }, heartbeatMs),
    );
    if (this.options.expiresAt !== null) {
      this.timers.push(
        setTimeout(
          () => this.end(),
          Math.min(Math.max(0, this.options.expiresAt - Date.now()), MAX_TIMER_MS),
        ),
      );
    }
    try {
      const limit = await this.hub.replayLimit(this);
      if (limit === null) return;
      await this.replay(limit, true);
      if (!this.ended) this.hub.join(this);
    } catch (error) {
      this.fail(error);
    }
  }

  /** Sends the matching events above `after` up to `limit` (inclusive), in pages. */
  async replay(limit: string, waitForClient: boolean): Promise<void> {
    while (!this.ended && this.after < limit) {
      const rows = await selectAuditEvents(this.db, this.view, this.options.filters)
        .where('id', '>', this.after)
        .where('id', '<=', limit)
        .orderBy('id', 'asc')
        .limit(BATCH)
        .execute();
      for (const row of rows) this.send(row);
      if (rows.length < BATCH) break;
      if (waitForClient) await this.clientCaughtUp();
    }
    this.passed(limit);
  }

  /** The poller's new events (every org's it polls), and how far it has now read. */
  deliver(rows: readonly AuditRow[], agents: ReadonlyMap<string, string>, cursor: string): void {
    if (this.held !== null) {
      this.held.push({ rows, agents, cursor });
      return;
    }
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as AuditRow;
      if (this.ended) return;
      if (row.org_id !== this.view.orgId) continue;
      if (row.id > this.after && auditEventMatches(row, this.view, this.options.filters, agents))
        this.send(row);
      if (RECHECK_AFTER.test(row.action)) {
        // Something in the org may have revoked or narrowed this stream's credential: nothing
        // after it is sent until the credential has been checked again.
        this.held = [{ rows: rows.slice(i + 1), agents, cursor }];
        void this.releaseAfterCheck();
        return;
      }
    }
    this.passed(cursor);
  }

  /** Checks the credential, then delivers what arrived meanwhile (or drops it if it ended). */
  private async releaseAfterCheck(): Promise<void> {
    await this.recheck();
    const batches = this.held ?? [];
    this.held = null;
    for (const [index, batch] of batches.entries()) {
      if (this.ended) return;
      this.deliver(batch.rows, batch.agents, batch.cursor);
      // Held again by a later event: keep the rest in order behind it.
      if (this.held !== null) {
        (this.held as HeldBatch[]).push(...batches.slice(index + 1));
        return;
      }
    }
  }

  end(): void {
    if (this.ended) return;
    this.stop();
    this.readable.push(null);
  }

  fail(error: unknown): void {
    if (this.ended) return;
    this.options.log.warn({ err: error }, 'audit stream ended by an error');
    this.end();
  }

  private stop(): void {
    this.ended = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.drained?.();
    this.drained = null;
    this.hub.leave(this);
  }

  /** Ends the stream once everything before `until` has been sent. */
  private passed(cursor: string): void {
    if (this.untilBound !== null && cursor >= this.untilBound) this.end();
  }

  /** WHATWG HTML §9.2.6: `id`, `event` and one `data` line (JSON has no raw newlines). */
  private send(row: AuditRow): void {
    this.after = row.id;
    this.write(`id: ${row.id}\nevent: ${row.action}\ndata: ${JSON.stringify(auditEventOf(row))}\n\n`);
  }

  private write(text: string): void {
    if (this.ended) return;
    this.readable.push(text);
    if (this.readable.readableLength > MAX_BUFFERED) {
      this.options.log.info('audit stream client too slow; ending the stream');
      this.end();
    }
  }

  private clientCaughtUp(): Promise<void> {
    if (this.ended || this.readable.readableLength < this.readable.readableHighWaterMark) {
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.drained = resolve;
    });
  }

  /**
   * Ends the stream if its credential no longer holds (revoked, expired, narrowed, demoted). A
   * call during a check makes that check run once more, and returns when it has.
   */
  private recheck(): Promise<void> {
    if (this.checking !== null) {
      this.checkAgain = true;
      return this.checking;
    }
    this.checking = (async () => {
      try {
        do {
          this.checkAgain = false;
          const reason = await this.options.recheck();
          if (reason !== null) {
            this.options.log.info({ reason }, 'audit stream ended: its credential no longer holds');
            this.end();
          }
        } while (this.checkAgain && !this.ended);
      } catch (error) {
        if (!this.ended) this.options.log.warn({ err: error }, 'audit stream could not check its credential');
      } finally {
        this.checking = null;
      }
    })();
    return this.checking;
  }
}
