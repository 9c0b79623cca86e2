import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUMMARY_DIR } from '../../reliability/summary';

/**
 * Prints a suite's figures as a block the CI log shows whatever Jest does
 * with console output, and leaves the same block in the reliability suite's
 * summary directory, which the run prints again once every suite has finished
 * (see `reliability/print-summary.ts`). When RELIABILITY_SUMMARY_FILE names a
 * file, the figures are appended there too, as one JSON line.
 */
export function recordFigures(suite: string, figures: Record<string, string | number>): void {
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  const block = `[reliability] ${suite}\n${Object.entries(figures)
    .map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)
    .join('\n')}\n`;
  process.stdout.write(`\n${block}`);
  mkdirSync(SUMMARY_DIR, { recursive: true });
  writeFileSync(join(SUMMARY_DIR, `security-${suite.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase()}.md`), block);
  const file = process.env['RELIABILITY_SUMMARY_FILE'];
  if (file) appendFileSync(file, `${JSON.stringify({ suite, ...figures })}\n`);
}
