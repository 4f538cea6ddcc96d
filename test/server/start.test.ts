// startServer: the issuer defaults to the URL the server really listens on (PORT=0 included).
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { startServer } from '../../server/start.ts';
import { captureLog, makeTempDir } from './test-server.ts';

describe('startServer', () => {
  it.each([
    { name: 'unset: the listening URL', env: {}, want: (url: string) => url },
    {
      name: 'set: KEYWAY_ISSUER',
      env: { KEYWAY_ISSUER: 'https://auth.example.com/' },
      want: () => 'https://auth.example.com',
    },
  ])('issuer $name', async ({ env, want }) => {
    const dataDir = makeTempDir();
    const config = loadConfig({ PORT: '0', KEYWAY_DATA_DIR: dataDir, ...env });
    const server = await startServer(config, { logStream: captureLog().stream });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*$/);
      expect(server.issuer).toBe(want(server.url));
    } finally {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
