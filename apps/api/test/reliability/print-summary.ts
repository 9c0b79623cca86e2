import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SUMMARY_DIR } from './summary';

/**
 * A jest globalTeardown: prints, after every suite has finished, the
 * reliability summaries written during this run (see SUMMARY_DIR), so they
 * are the last thing the run shows. Older files are left out.
 */
export default async function printReliabilitySummary(): Promise<void> {
  if (!existsSync(SUMMARY_DIR)) return;
  const runStarted = Date.now() - process.uptime() * 1000;
  const files = readdirSync(SUMMARY_DIR)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(SUMMARY_DIR, f))
    .filter((f) => statSync(f).mtimeMs >= runStarted);
  for (const file of files) process.stdout.write(`\n${readFileSync(file, 'utf8')}`);
}
