import { backupRestoreSuite } from './backup-restore';
import { crashSuite } from './crash';
import { databaseOutageSuite } from './database-outage';
import { ReliabilitySummary } from './summary';
import { twoProcessSuite } from './two-processes';

/**
 * The reliability suite (issue 8): faults injected into real API processes
 * on real PostgreSQL and Redis, and what the entrants' answers went through.
 * Runs with `npm test` (the api project's jest target); prints its summary at
 * the end, which docs/reliability.md records.
 *
 *   NX_DAEMON=false npx jest -c apps/api/jest.config.cts reliability
 */
const services = process.env['RQ_TEST_POSTGRES'] === 'up' && process.env['RQ_TEST_REDIS'] === 'up';
if (!services) console.warn('[api tests] SKIPPING the fault scenarios of the reliability suite: they need PostgreSQL and Redis');
const withServices = services ? describe : describe.skip;

describe('reliability', () => {
  jest.setTimeout(180_000);
  const summary = new ReliabilitySummary();
  afterAll(() => summary.print());

  withServices('with PostgreSQL and Redis', () => {
    crashSuite(summary);
    databaseOutageSuite(summary);
    twoProcessSuite(summary);
  });
  // SQLite always; PostgreSQL too when it is there.
  backupRestoreSuite(summary);
});
