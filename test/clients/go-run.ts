// Runs the Go tool for the Go client's tests: offline (GOPROXY=off, the client has no
// dependencies), with the installed toolchain (GOTOOLCHAIN=local) and outside any go.work.
import { spawnSync } from 'node:child_process';

export interface GoRun {
  status: number | null;
  output: string;
  stdout: string;
}

export function runGo(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, timeout = 240_000): GoRun {
  const result = spawnSync(args[0] === 'gofmt' ? 'gofmt' : 'go', args[0] === 'gofmt' ? args.slice(1) : args, {
    cwd,
    env: { ...process.env, GOTOOLCHAIN: 'local', GOPROXY: 'off', GOWORK: 'off', GOFLAGS: '', ...env },
    encoding: 'utf8',
    timeout,
    maxBuffer: 64 * 1024 * 1024,
  });
  const stdout = result.stdout ?? '';
  return {
    status: result.status,
    stdout,
    output: `${stdout}${result.stderr ?? ''}${result.error?.message ?? ''}`,
  };
}

export interface GoTestCounts {
  passed: string[];
  failed: string[];
  skipped: string[];
}

/** Counts the top-level tests of `go test -json` output by their final action. */
export function countGoTests(jsonLines: string): GoTestCounts {
  const counts: GoTestCounts = { passed: [], failed: [], skipped: [] };
  for (const line of jsonLines.split('\n')) {
    if (!line.startsWith('{')) continue;
    const event = JSON.parse(line) as { Action?: string; Test?: string };
    if (event.Test === undefined || event.Test.includes('/')) continue;
    if (event.Action === 'pass') counts.passed.push(event.Test);
    if (event.Action === 'fail') counts.failed.push(event.Test);
    if (event.Action === 'skip') counts.skipped.push(event.Test);
  }
  return counts;
}
