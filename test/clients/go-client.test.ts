// The generated Go client (generated/clients/go) against a live reference server: gofmt and
// go vet over the client, then the hand-written tests in test/clients/go/ (`go test`, with the
// server's URL in KEYWAY_TEST_SERVER_URL). They cover exchange and refresh, single flight,
// retries, replay after a 401 or a revoked token's 403, device login (stored, reloaded and
// refreshed with the rotating refresh token), pagination and typed errors; nothing is mocked.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_ENV } from '../behaviour/flows.ts';
import { recordForeignCounts } from '../support/foreign-test-counts.ts';
import { type ServerProcess, startServerProcess } from '../support/server-process.ts';
import { countGoTests, runGo } from './go-run.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLIENT = join(ROOT, 'generated', 'clients', 'go');
const TESTS = join(ROOT, 'test', 'clients', 'go');

let server: ServerProcess;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'keyway-go-client-'));
  // A one-second device poll interval keeps the device-login test short.
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

describe('the generated Go client', () => {
  it('is gofmt-clean and passes go vet', () => {
    const fmt = runGo(['gofmt', '-l', '.'], CLIENT);
    expect(fmt.output).toBe('');
    const vet = runGo(['vet', './...'], CLIENT);
    expect(vet.status, vet.output).toBe(0);
  });

  it('passes its tests against the live server', { timeout: 300_000 }, () => {
    const vet = runGo(['vet', './...'], TESTS);
    expect(vet.status, vet.output).toBe(0);
    const started = Date.now();
    const run = runGo(['test', '-json', '-count=1', './...'], TESTS, { KEYWAY_TEST_SERVER_URL: server.url });
    const counts = countGoTests(run.stdout);
    recordForeignCounts('go-test', { passed: counts.passed.length, failed: counts.failed.length });
    console.info(
      `go test: ${counts.passed.length} passed, ${counts.failed.length} failed, ${counts.skipped.length} skipped in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(counts.failed, run.output.slice(-4000)).toEqual([]);
    expect(counts.skipped).toEqual([]);
    expect(run.status, run.output.slice(-4000)).toBe(0);
    expect(counts.passed.sort()).toEqual([
      'TestConcurrentCallsShareOneExchange',
      'TestCreateIsRetriedWithTheSameIdempotencyKey',
      'TestDeviceLoginApprovedThroughTheAPI',
      'TestDeviceLoginIsStoredAndLoadedByANewClient',
      'TestDeviceLoginRefusedClientIsATypedOAuthError',
      'TestErrorsCarryTheProblemFields',
      'TestExchangeRefreshesBeforeExpiry',
      'TestExpiredStoredLoginIsRefreshedAndTheRotatedTokenStored',
      'TestPagesOverEveryItem',
      'TestRefusedRefreshTokenRequiresANewLogin',
      'TestRetriesTooManyRequestsAfterRetryAfter',
      'TestRetriesUnavailableWithBackoffAndGivesUp',
      'TestRevokedTokenIsReplacedByOneMoreExchange',
      'TestServerRateLimitIsATypedErrorWithRetryAfter',
      'TestUnauthorizedIsReplayedOnceWithAFreshToken',
      'TestUnsafeRequestsAreNotRetried',
    ]);
  });
});
