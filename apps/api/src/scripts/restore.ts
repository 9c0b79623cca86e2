import { BackupError, databaseFromEnv, parseArgs, restore } from './database-backup';

/**
 * `npm run restore -- <file> [--force]`: puts a backup made by `npm run
 * backup` into the configured database (DATABASE_URL, or SQLITE_PATH). Stop
 * the API first; a database that already holds data is only replaced with
 * --force. See docs/reliability.md.
 */
async function main(): Promise<void> {
  const { file, force } = parseArgs(process.argv.slice(2), 'npm run restore -- <file> [--force]');
  const result = await restore(databaseFromEnv(), file, { force });
  console.log(`Restored ${file} into ${result.into} (${result.migrations} migrations recorded; the API applies any newer ones when it starts)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof BackupError ? `Restore failed: ${error.message}` : error);
  process.exit(1);
});
