import { loadConfig } from '../server/config.ts';
import { databaseTargetFrom, openDatabase } from '../server/db/database.ts';
import { assertServerStopped } from '../server/db/embedded-backup.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { runCommand } from './run-command.ts';

/** `npm run db:migrate`: brings the configured database (embedded or DATABASE_URL) to the latest schema. */
runCommand(
  'npm run db:migrate',
  async () => {
    const config = loadConfig();
    const target = databaseTargetFrom(config);
    if (target.kind === 'pglite') await assertServerStopped(config.dataDir);
    const database = await openDatabase(target);
    try {
      const applied = await migrateToLatest(database.db);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is already up to date.');
    } finally {
      await database.close();
    }
  },
  0,
);
