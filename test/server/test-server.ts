// A real Keyway server on an ephemeral port with its own data directory, and its pino log captured
// in memory so that tests can read what it logged.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig } from '../../server/config.ts';
import { startServer } from '../../server/start.ts';
import type { Backend } from '../support/backends.ts';

export interface LogCapture {
  stream: Writable;
  /** Everything logged so far. */
  text(): string;
}

export function captureLog(): LogCapture {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

/** A fresh temporary directory; the caller removes it. */
export function makeTempDir(): string {
  return mkdtempSync(join(tmpdir(), 'keyway-test-'));
}

export interface TestServer {
  url: string;
  dataDir: string;
  /** The PostgreSQL URL when the server runs on PostgreSQL, else null (SQLite in dataDir). */
  databaseUrl: string | null;
  log(): string;
  close(): Promise<void>;
}

/**
 * Starts the server as `keyway serve` would, from environment variables (plus PORT=0 and a temp
 * dir). With `backend`, on a fresh database of that backend.
 */
export async function startTestServer(env: NodeJS.ProcessEnv = {}, backend?: Backend): Promise<TestServer> {
  const dataDir = makeTempDir();
  const log = captureLog();
  try {
    const storage = backend === undefined ? null : await backend.fresh();
    const databaseUrl = storage?.databaseUrl ?? null;
    const config = loadConfig({
      PORT: '0',
      KEYWAY_DATA_DIR: dataDir,
      KEYWAY_LOG_LEVEL: 'info',
      ...(databaseUrl === null ? {} : { DATABASE_URL: databaseUrl }),
      ...env,
    });
    const server = await startServer(config, { logStream: log.stream });
    return {
      url: server.url,
      dataDir,
      databaseUrl,
      log: log.text,
      async close() {
        await server.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
