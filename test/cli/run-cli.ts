// Runs `node bin/keyway.js …` as a child process, the way a person would, with its own config
// directory and no browser. Asynchronous on purpose: the test server lives in this process and
// must keep answering while the CLI runs.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunningCli {
  stdout(): string;
  stderr(): string;
  /** Resolves with the first match of `pattern` in stdout; rejects if the CLI exits first. */
  waitForStdout(pattern: RegExp): Promise<RegExpMatchArray>;
  /** Resolves when the CLI exits. */
  readonly done: Promise<CliResult>;
}

/** The environment the CLI runs in: the caller's, with a private config dir and BROWSER=none. */
export function cliEnv(configDir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, KEYWAY_CONFIG_DIR: configDir, BROWSER: 'none', ...extra };
  if (!('KEYWAY_SERVER' in extra)) delete env.KEYWAY_SERVER;
  return env;
}

export function startCli(args: string[], env: NodeJS.ProcessEnv): RunningCli {
  const child = spawn(process.execPath, ['bin/keyway.js', ...args], { cwd: ROOT, env });
  let stdout = '';
  let stderr = '';
  const waiters: Array<{ pattern: RegExp; resolve: (m: RegExpMatchArray) => void }> = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    for (const waiter of [...waiters]) {
      const match = stdout.match(waiter.pattern);
      if (match !== null) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(match);
      }
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const done = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
  return {
    stdout: () => stdout,
    stderr: () => stderr,
    waitForStdout(pattern) {
      const match = stdout.match(pattern);
      if (match !== null) return Promise.resolve(match);
      return new Promise((resolve, reject) => {
        waiters.push({ pattern, resolve });
        done.then(
          (result) =>
            reject(
              new Error(
                `keyway exited (${result.status}) before printing ${pattern}:\n${result.stdout}\n${result.stderr}`,
              ),
            ),
          reject,
        );
      });
    },
    done,
  };
}

/** Runs the CLI to its end. */
export function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  return startCli(args, env).done;
}
