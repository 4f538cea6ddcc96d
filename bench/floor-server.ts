// The floor of key verification, as its own Fastify process: SHA-256 of the presented key and
// one indexed lookup in the same database the server uses, nothing else. The server's
// authenticated routes are compared with it by CPU time per request (bench/run.ts).
import { createHash } from 'node:crypto';
import Fastify from 'fastify';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';

const config = loadConfig(process.env);
const db = openDatabase(config);
const app = Fastify({ logger: false });

app.get('/floor', async (request, reply) => {
  const key = request.headers['x-api-key'];
  if (typeof key !== 'string') return reply.code(401).send({ error: 'no key' });
  const hash = createHash('sha256').update(key).digest('base64url');
  // api_keys.secret_hash is unique, so this is one index probe (the row need not exist).
  const row = await db.selectFrom('api_keys').select('id').where('secret_hash', '=', hash).executeTakeFirst();
  return { found: row !== undefined };
});

const address = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`floor listening on ${address}`);
const stop = async () => {
  await app.close();
  await db.destroy();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
