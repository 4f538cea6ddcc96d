// The live audit stream (streamAuditEvents): Server-Sent Events (WHATWG HTML §9.2) fed by one
// poller per server process.
//
// Delivery across nodes is by polling the database by id, not PostgreSQL LISTEN/NOTIFY (see
// ARCHITECTURE.md): each node's poller reads the events after its cursor for the orgs that have
// open streams there (one query per tick, whatever the number of streams) and hands each
// stream what it may see. Events written by any node are rows, so every node finds them.
//
// Ids are ULIDs: their time comes from the writing node's clock, and an id is taken a little
// before its row commits, so a row can appear after rows with larger ids (two nodes, or two
// requests on one node). A cursor that moved past it would skip it. So the poller only reads
// ids older than `settleMs` (the "settled bound"), in id order: by then every event with a
// smaller id has committed, as long as an id lags its commit (insert time plus the clock skew
// between nodes) by less than `settleMs`. Streams are then strictly in id order, which is what
// makes `Last-Event-ID` resumption exact (everything after that id, nothing twice). The price is
// a bounded delay of `settleMs` plus up to one `pollMs`. (Re-reading a window behind the cursor
// and deduplicating would deliver sooner, but out of order, and a reconnecting client's
// Last-Event-ID would then no longer say what it has seen.)
//
// A stream's history (`since`, `Last-Event-ID`) is read by the stream itself up to the poller's
// cursor, in pages that wait for the client; it then joins the poller, which reads the short
// stretch between, so nothing falls in the gap and nothing is sent twice.
import { Readable } from 'node:stream';
import type { FastifyBaseLogger } from 'fastify';
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

  constructor(
    private readonly db: Database,
    readonly config: AuditStreamConfig,
  ) {}

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

  /** Where a replay may read up to: the poller hands out everything above. */
  replayLimit(): string {
    return this.cursor ?? this.settledBound();
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

  /** Ids below this are final: see the header comment. */
  private settledBound(): string {
    return idFloorAt('evt', Date.now() - this.config.settleMs);
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
      if (this.joining.length > 0) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.config.pollMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
    // Idle: the next stream starts the poller afresh from the settled bound.
    this.cursor = null;
    this.running = null;
    if (this.busy()) this.running = this.run();
  }

  private async tick(): Promise<void> {
    const bound = this.settledBound();
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
      await this.replay(this.hub.replayLimit(), true);
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
