import { Client } from 'pg';
import { CuttableRelay, freePort, startApiProcess, type ApiProcess } from '../support/processes';
import { POSTGRES_ADMIN_URL, REDIS_URL } from '../support/services';
import {
  adminQuery,
  apiEnv,
  call,
  serverErrors,
  checkAcknowledged,
  createDatabase,
  databaseUrl,
  demoRounds,
  dropDatabase,
  Figures,
  health,
  makePeople,
  pool,
  SimEntrant,
  sleep,
  waitFor,
} from './harness';
import type { ReliabilitySummary } from './summary';

const ENTRANTS = 100;
const OUTAGE_MS = 3_000;
/** The bound: the API serves again this soon after the database returns. */
const RECOVERY_BOUND_MS = 5_000;

/**
 * Item 2 of the reliability issue: PostgreSQL goes away under load, twice —
 * stopped (every connection dropped, new ones refused: a TCP relay in front of
 * it is cut) and refusing (the test database stops accepting connections and
 * its backends are terminated). The machine's PostgreSQL itself stays up for
 * the other suites.
 */
export function databaseOutageSuite(summary: ReliabilitySummary): void {
  describe('database outage: PostgreSQL cut for a few seconds under load', () => {
    const figures = new Figures('PostgreSQL outage under load');
    let db: string;
    let pg: Client;
    let relay: CuttableRelay;
    let api: ApiProcess;

    beforeAll(async () => {
      db = await createDatabase('rq_rel_outage');
      relay = await CuttableRelay.inFrontOf(POSTGRES_ADMIN_URL, 5432);
      api = await startApiProcess(apiEnv(relay.via(databaseUrl(db)), REDIS_URL), await freePort());
      // The test reads the database directly, around the relay.
      pg = new Client({ connectionString: databaseUrl(db) });
      pg.on('error', () => undefined);
      await pg.connect();
    });

    afterAll(async () => {
      summary.add(figures);
      // What the API logged about unexpected failures, to tell why when the test says there were some.
      if (figures.unexpected.length > 0) console.error(serverErrors(api));
      await api?.stop();
      await relay?.cut();
      await pg?.end();
      if (db) await dropDatabase(db);
    });

    /** Health says 503 with the database down, and saves are refused with the retryable 503, not a 500. */
    async function duringOutage(): Promise<void> {
      const report = await waitFor(
        'health to report the database down',
        async () => {
          const h = await health(api.url);
          return h && h.status === 503 && h.body.database.status === 'down' ? h : null;
        },
        5_000,
      );
      expect(report.body.status).toBe('unavailable');
      const seen = figures.unavailable;
      await waitFor('entrants to be told 503', async () => figures.unavailable > seen, 5_000, 50);
    }

    /** Brings the database back and measures how long until the API serves again, on its own. */
    async function recover(restore: () => Promise<void>, what: string): Promise<number> {
      await restore();
      const back = Date.now();
      await waitFor('health to report the database up again', async () => (await health(api.url))?.status === 200, RECOVERY_BOUND_MS * 2, 50);
      const healthy = Date.now() - back;
      await waitFor('an answer to be saved again', async () => figures.lastAckAt > back, RECOVERY_BOUND_MS * 2, 50);
      const saving = figures.lastAckAt - back;
      summary.note(`${what}: healthy again ${healthy} ms and saving answers ${saving} ms after the database returned (bound ${RECOVERY_BOUND_MS} ms)`);
      expect(healthy).toBeLessThanOrEqual(RECOVERY_BOUND_MS);
      expect(saving).toBeLessThanOrEqual(RECOVERY_BOUND_MS);
      return back;
    }

    it('answers 503 with Retry-After and a stable code, loses no acknowledged answer, recovers on its own within 5 s, and says so in health', async () => {
      const { weekly } = await demoRounds(api.url);
      const people = await makePeople(pg, ENTRANTS);
      const entrants = people.map((p) => new SimEntrant(p, figures, () => api.url));
      await pool(entrants, 16, (e) => e.start(weekly.id));

      let stop = false;
      const load = Promise.all(entrants.map((e) => e.answerUntil(() => stop, 400)));
      await waitFor('the load to be under way', async () => figures.acknowledged >= ENTRANTS, 20_000, 50);

      // 1. PostgreSQL "stopped": every connection dropped, new ones refused.
      await relay.cut();
      figures.fault(`PostgreSQL stopped for ${OUTAGE_MS / 1000} s (every connection dropped, new ones refused) under ${ENTRANTS} entrants saving`);
      const cutAt = Date.now();
      await duringOutage();
      // The refusal, exactly: status, stable code, Retry-After.
      const probe = entrants[0];
      const question = probe.attempt?.questions.find((q) => q.options.length > 0);
      const refused = await call<{ error: { code: string; message: string } }>(api.url, 'PUT', `/attempts/${probe.attempt?.id}/answers/${question?.id}`, {
        token: probe.person.token,
        body: { optionIds: [question?.options[0].id], clientSeq: 1 },
      });
      expect(refused.status).toBe(503);
      expect(refused.body.error.code).toBe('SERVICE_UNAVAILABLE');
      expect(typeof refused.body.error.message).toBe('string');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      await sleep(Math.max(0, cutAt + OUTAGE_MS - Date.now()));
      const firstBack = await recover(() => relay.start(), 'PostgreSQL stopped');

      // 2. The database refusing: no new connections, and the open ones terminated by the server.
      await sleep(1_000);
      const ownPid = (await pg.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number;
      await adminQuery(`ALTER DATABASE ${db} WITH ALLOW_CONNECTIONS false`);
      await adminQuery(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> $2`, [db, ownPid]);
      figures.fault(`PostgreSQL refusing for ${OUTAGE_MS / 1000} s (ALLOW_CONNECTIONS false, backends terminated) under load`);
      const refusedAt = Date.now();
      await duringOutage();
      await sleep(Math.max(0, refusedAt + OUTAGE_MS - Date.now()));
      const secondBack = await recover(
        () => adminQuery(`ALTER DATABASE ${db} WITH ALLOW_CONNECTIONS true`).then(() => undefined),
        'PostgreSQL refusing connections',
      );

      // Some more normal traffic, then the entrants finish what they have in hand.
      await sleep(1_000);
      stop = true;
      await load;

      expect(api.child.exitCode).toBeNull();
      expect(figures.unexpected).toEqual([]);
      expect(figures.unavailable).toBeGreaterThan(0);
      // Once back, it stays back: no 503 arrives later than the bound after the database returned.
      expect(figures.lastUnavailableAt).toBeLessThanOrEqual(secondBack + RECOVERY_BOUND_MS);
      expect(firstBack).toBeLessThan(refusedAt);

      const check = await checkAcknowledged(pg, entrants);
      expect(check.missing).toEqual([]);
      expect(check.duplicates).toBe(0);
      figures.found = check.found;
      expect(check.found).toBe(figures.acknowledged);
    });
  });
}
