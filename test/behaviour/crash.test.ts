// Nothing acknowledged is lost: a server process is killed with SIGKILL while API keys, agent keys
// and app tokens are being created, restarted on the same database, and every credential whose
// 201 reached the client must still authenticate (SQLite and PostgreSQL).
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { apiFor, signup } from '../support/api.ts';
import { BACKENDS } from '../support/backends.ts';
import { startServerProcess } from '../support/server-process.ts';
import { createAgent } from './agent-flows.ts';
import { asToken, SERVER_ENV } from './flows.ts';

/** Creations of each kind acknowledged before the crash, at least. */
const AT_LEAST = 40;
/** Concurrent writers per kind. */
const WRITERS = 3;

describe.each(BACKENDS.map((make) => make()))('a crash on $name', (backend) => {
  it('keeps every API key, agent key and app token whose creation was acknowledged', async () => {
    const storage = await backend.fresh();
    const env = {
      ...SERVER_ENV,
      KEYWAY_DATA_DIR: storage.dataDir,
      ...(storage.databaseUrl === null ? {} : { DATABASE_URL: storage.databaseUrl }),
    };
    try {
      const first = await startServerProcess(env);
      const owner = await signup(apiFor(first));
      const agent = await createAgent(apiFor(first), asToken(owner));
      const creations = [
        { kind: 'API key', path: '/v1/api-keys', body: { name: 'crash', scopes: ['keys:read'] } },
        {
          kind: 'agent key',
          path: `/v1/agents/${agent.id}/keys`,
          body: { label: 'crash', scopes: ['agents:read'] },
        },
        { kind: 'app token', path: '/v1/app-tokens', body: { name: 'crash', scopes: ['members:read'] } },
      ].map((creation) => ({ ...creation, acknowledged: [] as string[] }));
      let stopped = false;
      /** Answers other than 201 before the crash: none is expected. */
      const unexpected: string[] = [];
      // Writers creating credentials back to back until the process dies under them.
      const writer = async ({ path, body, acknowledged }: (typeof creations)[number]) => {
        while (!stopped) {
          try {
            const response = await fetch(`${first.url}${path}`, {
              method: 'POST',
              headers: { authorization: `Bearer ${owner.access_token}`, 'content-type': 'application/json' },
              body: JSON.stringify(body),
            });
            if (response.status === 201)
              acknowledged.push(((await response.json()) as { secret: string }).secret);
            else unexpected.push(`${path}: ${response.status} ${await response.text()}`);
          } catch {
            // The connection died with the process: that creation was never acknowledged.
          }
        }
      };
      const writers = creations.flatMap((creation) =>
        Array.from({ length: WRITERS }, () => writer(creation)),
      );
      while (unexpected.length === 0 && creations.some((c) => c.acknowledged.length < AT_LEAST))
        await sleep(20);
      await first.crash();
      stopped = true;
      await Promise.all(writers);
      expect(unexpected).toEqual([]);

      const second = await startServerProcess(env);
      try {
        const api = apiFor(second);
        const refused: string[] = [];
        for (const { kind, acknowledged } of creations) {
          for (const secret of acknowledged) {
            const response = await api('GET', '/v1/whoami', { apiKey: secret });
            if (response.status !== 200) refused.push(`${kind} ${secret.slice(0, 12)}: ${response.status}`);
          }
        }
        for (const { acknowledged } of creations)
          expect(acknowledged.length).toBeGreaterThanOrEqual(AT_LEAST);
        expect(refused).toEqual([]);
      } finally {
        await second.stop();
      }
    } finally {
      await backend.cleanup();
    }
  });
});
