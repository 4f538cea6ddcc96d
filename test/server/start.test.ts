// startServer on each backend: migrates, answers /healthz from the database, and derives the
// issuer from the URL it really listens on (PORT=0 included).
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { startServer } from '../../server/start.ts';
import { BACKENDS } from '../support/backends.ts';
import { captureLog } from './test-server.ts';

describe.each(BACKENDS.map((make) => make()))('startServer on $name', (backend) => {
  afterAll(() => backend.cleanup());

  it.each([
    { name: 'unset: the listening URL', env: {}, want: (url: string) => url },
    {
      name: 'set: KEYWAY_ISSUER',
      env: { KEYWAY_ISSUER: 'https://auth.example.com/' },
      want: () => 'https://auth.example.com',
    },
  ])('issuer $name; /healthz answers from the database', async ({ env, want }) => {
    const { dataDir, databaseUrl } = await backend.fresh();
    const config = loadConfig({
      PORT: '0',
      KEYWAY_DATA_DIR: dataDir,
      ...(databaseUrl === null ? {} : { DATABASE_URL: databaseUrl }),
      ...env,
    });
    const server = await startServer(config, { logStream: captureLog().stream });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*$/);
      expect(server.issuer).toBe(want(server.url));
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok', version: '0.1.0' });
    } finally {
      await server.close();
    }
  });
});
