import { parseArgs } from 'node:util';
import type { Command } from './main.ts';

export const signingKeysCommand: Command = {
  name: 'signing-keys',
  summary: 'Rotate or list the keys that sign access tokens',
  usage: `Usage: keyway signing-keys rotate | list

  rotate  adds a new Ed25519 signing key; new tokens are signed with it at once (other nodes
          pick it up at their next JWKS read or unknown kid), and the old keys stay in
          /.well-known/jwks.json until every token they signed has expired (24 hours)
  list    prints each key's kid, creation time and whether it is active, retired or published

Uses the same configuration as \`keyway serve\` (DATABASE_URL, KEYWAY_DATA_DIR,
KEYWAY_SERVER_SECRET); the private keys never leave the database, encrypted.`,
  async run(args) {
    const { positionals } = parseArgs({ args, options: {}, strict: true, allowPositionals: true });
    const [action] = positionals;
    if (positionals.length !== 1 || (action !== 'rotate' && action !== 'list')) {
      throw new Error('expected `rotate` or `list` (see --help)');
    }
    // Loaded on use, like `serve`: the server imports generated/.
    const { loadConfig } = await import('../server/config.ts');
    const { openDatabase } = await import('../server/db/database.ts');
    const { migrate } = await import('../server/db/migrate.ts');
    const { loadServerKeys } = await import('../server/secrets/server-secret.ts');
    const { loadSigningKeys, RETIRED_KEY_OVERLAP_SECONDS, rotateSigningKey } = await import(
      '../server/tokens/signing-keys.ts'
    );
    const config = loadConfig(process.env);
    const db = openDatabase(config);
    try {
      await migrate(db);
      const keys = await loadServerKeys(db, config);
      if (action === 'rotate') {
        const kid = await rotateSigningKey(db, keys.signingKeyEncryption);
        console.log(`New signing key ${kid} is active; earlier keys stay published for 24 hours.`);
        return 0;
      }
      const signing = await loadSigningKeys(db, keys.signingKeyEncryption);
      const published = new Set(signing.published(RETIRED_KEY_OVERLAP_SECONDS).map((jwk) => jwk.kid));
      const rows = await db
        .selectFrom('signing_keys')
        .select(['kid', 'created_at', 'retired_at'])
        .orderBy('created_at')
        .execute();
      for (const row of rows) {
        const state =
          row.retired_at === null ? 'active' : published.has(row.kid) ? 'retired, published' : 'retired';
        console.log(`${row.kid}  created ${row.created_at}  ${state}`);
      }
      return 0;
    } finally {
      await db.destroy();
    }
  },
};
