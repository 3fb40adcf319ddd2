import { loadConfig } from '../server/config.ts';
import { databaseTargetFrom } from '../server/db/database.ts';
import { restoreEmbeddedDatabase } from '../server/db/embedded-backup.ts';
import { runCommand } from './run-command.ts';

/** `npm run db:restore -- FILE`: replaces the embedded database with a backup (server stopped). */
runCommand('npm run db:restore -- FILE', async ([file]) => {
  const config = loadConfig();
  if (databaseTargetFrom(config).kind === 'postgres') {
    return 'DATABASE_URL is set: this command restores the embedded database. Use pg_restore for a PostgreSQL server.';
  }
  const { keptPrevious } = await restoreEmbeddedDatabase(config.dataDir, file);
  console.log(`Restored ${file} into ${config.dataDir}.`);
  if (keptPrevious)
    console.log(`The database it replaced is kept in ${keptPrevious}; delete it when you are sure.`);
});
