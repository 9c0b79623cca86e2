import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Figures } from './harness';

/**
 * Where suites leave their summaries for the end of the run: every `*.md`
 * written here during a run is printed again by `print-summary.ts` (a jest
 * globalTeardown), after all suites have finished.
 */
export const SUMMARY_DIR = resolve(__dirname, '../../../../dist/reliability');

/**
 * The figures of every scenario of the reliability suite, printed as one
 * table when the suite ends (and recorded in docs/reliability.md).
 */
export class ReliabilitySummary {
  private readonly rows: Figures[] = [];
  private readonly notes: string[] = [];

  add(figures: Figures): void {
    this.rows.push(figures);
  }

  /** A line under the table (a measured recovery time, say). */
  note(line: string): void {
    this.notes.push(line);
  }

  render(): string {
    const head = ['scenario', 'faults injected', 'requests', 'answers acknowledged', 'answers found', '5xx seen', 'of which 503 + Retry-After', 'other 5xx'];
    // The backup drill talks to its apps in-process, not over HTTP: it has no requests to count.
    const body = this.rows.map((f) => [
      f.scenario,
      String(f.faults.length),
      f.requests ? String(f.requests) : '–',
      String(f.acknowledged),
      String(f.found),
      String(f.fiveXx),
      String(f.unavailable),
      String(f.unexpected.length),
    ]);
    const total = (pick: (f: Figures) => number) => String(this.rows.reduce((sum, f) => sum + pick(f), 0));
    body.push([
      'total',
      total((f) => f.faults.length),
      total((f) => f.requests),
      total((f) => f.acknowledged),
      total((f) => f.found),
      total((f) => f.fiveXx),
      total((f) => f.unavailable),
      total((f) => f.unexpected.length),
    ]);
    const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
    const out = [
      '',
      'Reliability summary',
      '',
      line(head),
      `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
      ...body.map(line),
      '',
    ];
    out.push('Faults injected:');
    for (const f of this.rows) for (const fault of f.faults) out.push(`- ${f.scenario}: ${fault}`);
    if (this.notes.length) out.push('', ...this.notes.map((n) => `- ${n}`));
    return `${out.join('\n')}\n`;
  }

  print(): void {
    const text = this.render();
    // Printed straight to stdout so the table appears as is, not as a jest console block; kept for the end of the run.
    process.stdout.write(text);
    mkdirSync(SUMMARY_DIR, { recursive: true });
    writeFileSync(join(SUMMARY_DIR, '10-faults.md'), text);
  }
}
