// A small Server-Sent Events client for tests (WHATWG HTML §9.2.6 parsing): a real streaming
// request to a real server, its events and comments read as they arrive.

export interface SseEvent {
  id: string | undefined;
  event: string | undefined;
  data: string;
}

export interface SseConnection {
  status: number;
  headers: Headers;
  /** Events received so far, in order (comments are not events). */
  readonly events: SseEvent[];
  /** Comment lines received so far, without the leading colon and space. */
  readonly comments: string[];
  /** Resolves once `count` events have arrived (fails after `timeoutMs`). */
  waitForEvents(count: number, timeoutMs?: number): Promise<SseEvent[]>;
  /** Resolves once `count` comments have arrived (fails after `timeoutMs`). */
  waitForComments(count: number, timeoutMs?: number): Promise<string[]>;
  /** Resolves when the server ends the stream. */
  readonly ended: Promise<void>;
  /** Whether the server has ended the stream. */
  readonly isEnded: boolean;
  /** Disconnects, as a client going away does. */
  close(): void;
}

/** GET `url` as an event stream; for a non-200 answer, the body is read whole into `text`. */
export async function openSse(
  url: string,
  headers: Record<string, string> = {},
): Promise<SseConnection & { text: string }> {
  const abort = new AbortController();
  const response = await fetch(url, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: abort.signal,
  });
  const events: SseEvent[] = [];
  const comments: string[] = [];
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const waiter of waiters) waiter();
  };
  let isEnded = false;
  let text = '';
  if (response.status !== 200 || response.body === null) {
    text = await response.text();
    isEnded = true;
  }
  const ended = (async () => {
    if (isEnded || response.body === null) return;
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    let current: SseEvent = { id: undefined, event: undefined, data: '' };
    let hasData = false;
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let newline = buffer.search(/\r\n|\r|\n/);
        while (newline !== -1) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
          if (line === '') {
            if (hasData) events.push({ ...current, data: current.data.replace(/\n$/, '') });
            current = { id: undefined, event: undefined, data: '' };
            hasData = false;
          } else if (line.startsWith(':')) {
            comments.push(line.slice(1).trimStart());
          } else {
            const colon = line.indexOf(':');
            const field = colon === -1 ? line : line.slice(0, colon);
            const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'id') current.id = value;
            else if (field === 'event') current.event = value;
            else if (field === 'data') {
              current.data += `${value}\n`;
              hasData = true;
            }
          }
          newline = buffer.search(/\r\n|\r|\n/);
        }
        notify();
      }
    } catch {
      // aborted by close()
    } finally {
      isEnded = true;
      notify();
    }
  })();

  function waitFor<T>(ready: () => T | undefined, what: string, timeoutMs: number): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const value = ready();
        if (value !== undefined) {
          waiters.delete(check);
          clearTimeout(timer);
          resolve(value);
        } else if (isEnded) {
          waiters.delete(check);
          clearTimeout(timer);
          reject(new Error(`the stream ended before ${what}; events: ${JSON.stringify(events)}`));
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`timed out waiting for ${what}; events: ${JSON.stringify(events)}`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  }

  return {
    status: response.status,
    headers: response.headers,
    text,
    events,
    comments,
    ended,
    get isEnded() {
      return isEnded;
    },
    waitForEvents: (count, timeoutMs = 10_000) =>
      waitFor(
        () => (events.length >= count ? events.slice(0, count) : undefined),
        `${count} events`,
        timeoutMs,
      ),
    waitForComments: (count, timeoutMs = 10_000) =>
      waitFor(
        () => (comments.length >= count ? comments.slice(0, count) : undefined),
        `${count} comments`,
        timeoutMs,
      ),
    close: () => abort.abort(),
  };
}
