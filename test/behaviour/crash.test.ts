// Nothing acknowledged is lost: a server process is killed with SIGKILL while API keys are being
// created, restarted on the same database, and every key whose 201 reached the client must
// still authenticate (SQLite and PostgreSQL).
import { describe, expect, it } from 'vitest';
import { apiFor, signup } from '../support/api.ts';
import { BACKENDS } from '../support/backends.ts';
import { startServerProcess } from '../support/server-process.ts';
import { SERVER_ENV } from './flows.ts';

describe.each(BACKENDS.map((make) => make()))('a crash on $name', (backend) => {
  it('keeps every API key whose creation was acknowledged', async () => {
    const storage = await backend.fresh();
    const env = {
      ...SERVER_ENV,
      KEYWAY_DATA_DIR: storage.dataDir,
      ...(storage.databaseUrl === null ? {} : { DATABASE_URL: storage.databaseUrl }),
    };
    try {
      const first = await startServerProcess(env);
      const owner = await signup(apiFor(first));
      const acknowledged: string[] = [];
      let stopped = false;
      // Eight writers creating keys back to back until the process dies under them.
      const writer = async () => {
        while (!stopped) {
          try {
            const response = await fetch(`${first.url}/v1/api-keys`, {
              method: 'POST',
              headers: { authorization: `Bearer ${owner.access_token}`, 'content-type': 'application/json' },
              body: JSON.stringify({ name: 'crash', scopes: ['keys:read'] }),
            });
            if (response.status === 201)
              acknowledged.push(((await response.json()) as { secret: string }).secret);
          } catch {
            // The connection died with the process: that creation was never acknowledged.
          }
        }
      };
      const writers = Array.from({ length: 8 }, writer);
      while (acknowledged.length < 40) await new Promise((resolve) => setTimeout(resolve, 20));
      await first.crash();
      stopped = true;
      await Promise.all(writers);

      const second = await startServerProcess(env);
      try {
        const api = apiFor(second);
        const refused: string[] = [];
        for (const secret of acknowledged) {
          const response = await api('GET', '/v1/whoami', { apiKey: secret });
          if (response.status !== 200) refused.push(`${secret.slice(0, 12)}: ${response.status}`);
        }
        expect(acknowledged.length).toBeGreaterThanOrEqual(40);
        expect(refused).toEqual([]);
      } finally {
        await second.stop();
      }
    } finally {
      await backend.cleanup();
    }
  });
});
