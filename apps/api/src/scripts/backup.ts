import { backup, BackupError, databaseFromEnv, parseArgs } from './database-backup';

/**
 * `npm run backup -- <file>`: a consistent copy of the configured database
 * (DATABASE_URL → PostgreSQL custom-format dump; otherwise the SQLite file at
 * SQLITE_PATH), taken while the API keeps running. See docs/reliability.md.
 */
async function main(): Promise<void> {
  const { file } = parseArgs(process.argv.slice(2), 'npm run backup -- <file>');
  const result = await backup(databaseFromEnv(), file);
  console.log(`Backed up the ${result.format === 'postgres' ? 'PostgreSQL' : 'SQLite'} database to ${result.file} (${result.bytes} bytes)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof BackupError ? `Backup failed: ${error.message}` : error);
  process.exit(1);
});
