// A per-node cache of resolved credentials: the AuthContext a secret or a JWT stood for when it
// was last read from the database, so that a repeated credential costs a hash and a map lookup.
//
// It answers only what the database would answer: every change that can narrow a credential
// (db/auth-watched.ts) empties the entries it concerns before any request that arrives after the
// change uses the cache, on every node (auth-change-feed.ts says how). Entries also end at the
// credential's own expiry (or a rotated-out secret's grace end) and after MAX_AGE_MS, which
// keeps `last_used_at` (written on the uncached path, at most once a minute) current.
import type { AuthContext } from './auth-context.ts';

const MAX_AGE_MS = 60_000;

interface Entry {
  auth: AuthContext;
  /** Epoch milliseconds after which the entry must be resolved again. */
  until: number;
}

export class CredentialCache {
  /** Insertion-ordered: the first entry is the least recently used. */
  readonly #entries = new Map<string, Entry>();
  readonly #keysByOrg = new Map<string, Set<string>>();
  /** Bumped by every invalidation: a read that began before one is not cached (see `begin`). */
  #epoch = 0;
  constructor(readonly capacity: number = 10_000) {}

  /** The credential's context if it is cached and still valid at `now`. */
  get(key: string, now: number = Date.now()): AuthContext | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    this.#entries.delete(key);
    if (entry.until <= now) {
      this.#forget(key, entry);
      return undefined;
    }
    this.#entries.set(key, entry);
    return entry.auth;
  }

  /**
   * A ticket for a database read about to start: `set` stores its result only if nothing was
   * invalidated since, so a read that raced a revocation never caches what it read before it.
   */
  begin(): number {
    return this.#epoch;
  }

  set(key: string, auth: AuthContext, ticket: number, until: number | null, now: number = Date.now()): void {
    if (ticket !== this.#epoch) return;
    const entry = {
      auth: freeze(auth),
      until: Math.min(until ?? Number.POSITIVE_INFINITY, now + MAX_AGE_MS),
    };
    const previous = this.#entries.get(key);
    if (previous !== undefined) this.#forget(key, previous);
    this.#entries.set(key, entry);
    const keys = this.#keysByOrg.get(auth.org.id);
    if (keys === undefined) this.#keysByOrg.set(auth.org.id, new Set([key]));
    else keys.add(key);
    if (this.#entries.size > this.capacity) {
      const [oldest, oldestEntry] = this.#entries.entries().next().value as [string, Entry];
      this.#forget(oldest, oldestEntry);
    }
  }

  /** Drops every entry of `org` (`*`: of every org). */
  invalidate(org: string): void {
    this.#epoch++;
    if (org === '*') {
      this.#entries.clear();
      this.#keysByOrg.clear();
      return;
    }
    const keys = this.#keysByOrg.get(org);
    if (keys === undefined) return;
    for (const key of keys) this.#entries.delete(key);
    this.#keysByOrg.delete(org);
  }

  get size(): number {
    return this.#entries.size;
  }

  #forget(key: string, entry: Entry): void {
    this.#entries.delete(key);
    const keys = this.#keysByOrg.get(entry.auth.org.id);
    keys?.delete(key);
    if (keys?.size === 0) this.#keysByOrg.delete(entry.auth.org.id);
  }
}

/** Cached contexts are shared by concurrent requests: none of them may change one. */
function freeze(auth: AuthContext): AuthContext {
  Object.freeze(auth.principal);
  Object.freeze(auth.org);
  Object.freeze(auth.credential);
  Object.freeze(auth.scopes);
  return Object.freeze(auth);
}
