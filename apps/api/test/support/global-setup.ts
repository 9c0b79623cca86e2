import { probePostgres, probeRedis, requiredServices } from './services';

/**
 * Probes PostgreSQL and Redis once for the whole run and tells the test
 * workers (through the environment, which they inherit) what is available.
 */
export default async function globalSetup(): Promise<void> {
  const required = requiredServices();
  const [postgres, redis] = await Promise.all([probePostgres(), probeRedis()]);
  const missing: string[] = [];
  for (const [name, problem] of [['postgres', postgres], ['redis', redis]] as const) {
    if (problem === null) {
      process.env[`RQ_TEST_${name.toUpperCase()}`] = 'up';
    } else if (required.includes(name)) {
      missing.push(problem);
    } else {
      process.env[`RQ_TEST_${name.toUpperCase()}`] = 'down';
      console.warn(`\n[api tests] SKIPPING the ${name} variants of the integration suites: ${problem}\n`);
    }
  }
  if (missing.length > 0) {
    throw new Error(`REQUIRE_SERVICES=${required.join(',')} but:\n${missing.join('\n')}`);
  }
}
