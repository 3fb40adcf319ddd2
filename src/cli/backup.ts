import { loadConfig } from '../server/config.ts';
import { databaseTargetFrom } from '../server/db/database.ts';
import { backupEmbeddedDatabase } from '../server/db/embedded-backup.ts';
import { runCommand } from './run-command.ts';

/** `npm run db:backup -- FILE`: the embedded database, stopped, into one .tar.gz file. */
runCommand('npm run db:backup -- FILE', async ([file]) => {
  const config = loadConfig();
  if (databaseTargetFrom(config).kind === 'postgres') {
    return 'DATABASE_URL is set: this command backs up the embedded database. Use pg_dump for a PostgreSQL server.';
  }
  const { bytes } = await backupEmbeddedDatabase(config.dataDir, file);
  console.log(`Backed up ${config.dataDir} to ${file} (${(bytes / 1024).toFixed(0)} KiB).`);
});
