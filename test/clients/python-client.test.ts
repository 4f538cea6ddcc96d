// The generated Python client (generated/clients/python/) against a live reference server: one
// `keyway serve` process on a fresh SQLite directory, then `python -m pytest test/clients/python`
// with the package on PYTHONPATH and the server's URL in KEYWAY_TEST_URL. pytest's own counts
// are reported, and every test must pass (none skipped).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_ENV } from '../behaviour/flows.ts';
import { ROOT } from '../generator/temp-output.ts';
import { recordForeignCounts } from '../support/foreign-test-counts.ts';
import { type ServerProcess, startServerProcess } from '../support/server-process.ts';

const PACKAGE_DIR = join(ROOT, 'generated', 'clients', 'python');
const TESTS_DIR = join(ROOT, 'test', 'clients', 'python');
const PYTHON = process.env.PYTHON ?? 'python3';

let server: ServerProcess;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'keyway-python-client-'));
  // A 1-second device polling interval keeps the device-login test short.
  server = await startServerProcess({
    ...SERVER_ENV,
    KEYWAY_DATA_DIR: dataDir,
    KEYWAY_DEVICE_POLL_INTERVAL: '1',
  });
});

afterAll(async () => {
  await server?.stop(10_000);
  rmSync(dataDir, { recursive: true, force: true });
});

/** Runs a command without blocking the event loop; resolves with its exit code and output. */
function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: TESTS_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

describe('the generated Python client against a live server', () => {
  it('passes its pytest suite', async () => {
    const { code, output } = await run(
      PYTHON,
      ['-m', 'pytest', '-p', 'no:cacheprovider', '-q', '-rA', '--color=no', '.'],
      {
        ...process.env,
        KEYWAY_TEST_URL: server.url,
        PYTHONPATH: PACKAGE_DIR,
        // Nothing written into generated/ (the drift check owns it) or the test folder.
        PYTHONDONTWRITEBYTECODE: '1',
      },
    );
    const summary = output.trim().split('\n').at(-1) ?? '';
    console.log(`pytest: ${summary}`);
    const count = (word: string) => Number(new RegExp(`(\\d+) ${word}`).exec(summary)?.[1] ?? 0);
    recordForeignCounts('pytest', { passed: count('passed'), failed: count('failed') + count('errors?') });
    expect(code, output).toBe(0);
    const passed = Number(/(\d+) passed/.exec(summary)?.[1] ?? 0);
    expect(passed, output).toBeGreaterThanOrEqual(10);
    expect(summary, output).not.toMatch(/failed|error|skipped|xfail/);
  }, 180_000);
});
