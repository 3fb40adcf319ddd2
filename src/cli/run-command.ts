import { ConfigError } from '../server/config.ts';
import { BackupError } from '../server/db/embedded-backup.ts';
import { MigrationError } from '../server/db/migrate.ts';

/**
 * Runs a command-line entry point: a missing argument prints the usage, a known failure prints its
 * message (exit 1 or 2), anything else its stack. A string returned by the body is a refusal (exit 1).
 */
export function runCommand(
  usage: string,
  body: (args: [string, ...string[]]) => Promise<string | undefined>,
  argumentCount = 1,
): void {
  const args = process.argv.slice(2);
  if (args.length < argumentCount) {
    console.error(`Usage: ${usage}`);
    process.exit(2);
  }
  body(args as [string, ...string[]]).then(
    (refusal) => {
      if (typeof refusal === 'string') {
        console.error(refusal);
        process.exit(1);
      }
    },
    (error: unknown) => {
      if (error instanceof ConfigError) {
        console.error(error.message);
        process.exit(2);
      }
      if (error instanceof BackupError || error instanceof MigrationError) {
        console.error(error.message);
        process.exit(1);
      }
      console.error(error);
      process.exit(1);
    },
  );
}
