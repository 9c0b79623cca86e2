import { join } from 'node:path';
import { describeMachine } from './report/machine';
import { writeResults } from './report/markdown';
import type { RunReport } from './report/results';
import { profileTables, renderText, scenarioTables, webTables } from './report/tables';
import { targetsTable } from './report/targets';
import { parseOptions, USAGE } from './options';
import { runStack } from './run-stack';
import { baseline } from './scenarios/baseline';
import { ROOT, type ApiSource } from './stack/api-process';
import { probeServices } from './stack/services';

async function main(): Promise<number> {
  if (process.argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const options = parseOptions(process.argv.slice(2));
  const { sizes } = options;
  const startedAt = new Date();
  const services = await probeServices();
  const machine = describeMachine(services);
  const report: RunReport = { rows: [], loads: [], failures: [], profiles: [], web: null };

  if (options.scenarios.has('baseline')) {
    console.log('[bench] bare Fastify baseline…');
    try {
      report.rows.push(...(await baseline(sizes)));
    } catch (error) {
      report.failures.push({ scenario: 'baseline', stack: 'bare Fastify', error: (error as Error).message });
    }
  }
  const stacks = options.stacks.filter((s) => s === 'SQLite' || (services.postgres && services.redis));
  // Quick mode needs no build: the API runs from its sources, as the integration tests run it.
  const source: ApiSource = sizes.mode === 'quick' ? 'source' : 'dist';
  for (const [i, name] of stacks.entries()) {
    // The web app is measured once, against the first stack's API.
    const run = { name, source, sizes, profile: options.profile, scenarios: options.scenarios, web: i === 0 };
    // A stack that cannot even start (the API, its database) is a failure like any scenario's.
    await runStack(run, report).catch((error: Error) => report.failures.push({ scenario: 'starting the stack', stack: name, error: error.stack ?? error.message }));
  }

  const tables = [...scenarioTables(report), ...(report.web ? webTables(report.web) : []), ...(sizes.mode === 'full' ? [targetsTable(report)] : []), ...profileTables(report)];
  console.log(`\n[bench] ${sizes.mode} run on ${machine.cpu}, ${machine.memory}, Node ${machine.node}`);
  for (const table of tables) console.log(renderText(table));
  if (options.writeResults) {
    const file = join(ROOT, 'docs/benchmarks.md');
    writeResults(file, report, tables, machine, sizes, startedAt);
    console.log(`\n[bench] results written to ${file}`);
  }
  for (const failure of report.failures) console.error(`\n[bench] did not complete: ${failure.stack}, ${failure.scenario}: ${failure.error.split('\n')[0]}`);
  return report.failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[bench] ${(error as Error).message}`);
    process.exit(1);
  },
);
