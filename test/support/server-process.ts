// The reference server as a separate process (`node bin/keyway.js serve`), for tests that need
// what one process cannot show: several nodes on one database, or a crash (SIGKILL) mid-write.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /**
   * Stops it with SIGTERM and waits for it to exit. With `graceMs`, a process still running that
   * long after the signal is killed with SIGKILL and the promise rejects.
   */
  stop(graceMs?: number): Promise<void>;
  /** Kills it with SIGKILL (no shutdown at all) and waits for it to be gone. */
  crash(): Promise<void>;
}

/** Starts a server with `env` (plus PORT=0); resolves once it prints the URL it listens on. */
export function startServerProcess(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['bin/keyway.js', 'serve'], {
    cwd: ROOT,
    env: { ...process.env, KEYWAY_LOG_LEVEL: 'warn', ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stopWith = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  const stop = async (graceMs?: number) => {
    if (graceMs === undefined) return stopWith('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), graceMs);
    });
    const outcome = await Promise.race([stopWith('SIGTERM'), late]);
    clearTimeout(timer);
    if (outcome === 'late') {
      await stopWith('SIGKILL');
      throw new Error(`keyway serve was still running ${graceMs} ms after SIGTERM (killed)`);
    }
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/Keyway is listening on (http:\/\/\S+)/);
      if (match?.[1] !== undefined) {
        resolve({ url: match[1], child, stop, crash: () => stopWith('SIGKILL') });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`keyway serve exited (${code}) before listening:\n${output}`)),
    );
  });
}
