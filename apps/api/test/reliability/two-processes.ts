import type { LeaderboardSnapshot } from '@reform-quiz/contracts';
import { Client } from 'pg';
import { io } from 'socket.io-client';
import { ask, collect, connectLive, until, type LiveClient } from '../support/live-client';
import { CuttableRelay, freePort, startApiProcess, type ApiProcess } from '../support/processes';
import { REDIS_URL } from '../support/services';
import { DRAIN_TIMEOUT_MS } from '../../src/modules/health/drain.service';
import {
  serverErrors,
  apiEnv,
  call,
  checkAcknowledged,
  createDatabase,
  databaseUrl,
  demoRounds,
  dropDatabase,
  Figures,
  health,
  makePeople,
  NetworkError,
  pool,
  SimEntrant,
  sleep,
  waitFor,
  type Person,
} from './harness';
import type { ReliabilitySummary } from './summary';

type Untyped = {
  on: (event: string, listener: (value: unknown) => void) => void;
};

/**
 * Items 3 and 4 of the reliability issue, on the production shape: two API
 * processes on one PostgreSQL database, joined by Redis through a relay the
 * test can cut. (test/scale-out.int-spec.ts covers the quiet case of a Redis
 * outage; here it happens under load, with clients on both processes.)
 */
export function twoProcessSuite(summary: ReliabilitySummary): void {
  describe('two API processes: Redis outage, graceful shutdown, rolling restart', () => {
    const redisFigures = new Figures('Redis outage, two processes under load');
    const drainFigures = new Figures('SIGTERM with saves in flight');
    const rollingFigures = new Figures('rolling restart of two processes under load');
    let db: string;
    let pg: Client;
    let relay: CuttableRelay;
    let env: Record<string, string>;
    let a: ApiProcess;
    let b: ApiProcess;
    let weeklyId: number;
    const sockets: LiveClient[] = [];

    beforeAll(async () => {
      db = await createDatabase('rq_rel_pair');
      relay = await CuttableRelay.inFrontOf(REDIS_URL, 6379);
      env = apiEnv(databaseUrl(db), relay.via(REDIS_URL));
      // Both start together, as in a deploy; if one fails, the other is not left running.
      const started = await Promise.allSettled([startApiProcess(env, await freePort()), startApiProcess(env, await freePort())]);
      const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
      if (failed) {
        for (const s of started) if (s.status === 'fulfilled') await s.value.stop();
        throw failed.reason;
      }
      [a, b] = started.map((s) => (s as PromiseFulfilledResult<ApiProcess>).value);
      pg = new Client({ connectionString: databaseUrl(db) });
      pg.on('error', () => undefined);
      await pg.connect();
      weeklyId = (await demoRounds(a.url)).weekly.id;
    });

    afterAll(async () => {
      if ([redisFigures, drainFigures, rollingFigures].some((f) => f.unexpected.length > 0)) console.error(`${serverErrors(a)}\n${serverErrors(b)}`);
      summary.add(redisFigures);
      summary.add(drainFigures);
      summary.add(rollingFigures);
      for (const s of sockets) s.disconnect();
      await Promise.all([a?.stop(), b?.stop()]);
      await relay?.cut();
      await pg?.end();
      if (db) await dropDatabase(db);
    });

    const watch = async (
      base: string,
    ): Promise<{
      socket: LiveClient;
      first: LeaderboardSnapshot;
      updates: { items: { value: LeaderboardSnapshot }[] };
    }> => {
      const socket = await connectLive(base);
      sockets.push(socket);
      const first = await ask<LeaderboardSnapshot>(socket, 'leaderboard:subscribe', { roundId: weeklyId });
      return {
        socket,
        first,
        updates: collect<LeaderboardSnapshot>(socket, 'leaderboard:update'),
      };
    };
    const latestEntrants = (w: { first: LeaderboardSnapshot; updates: { items: { value: LeaderboardSnapshot }[] } }) =>
      (w.updates.items.at(-1)?.value ?? w.first).totals.entrants;

    /** Entrants who start on `base` and later submit there, to move the board. */
    async function finishers(people: Person[], base: string, figures: Figures): Promise<SimEntrant[]> {
      const list = people.map((p) => new SimEntrant(p, figures, () => base));
      await pool(list, 8, (e) => e.start(weeklyId));
      return list;
    }
    async function submitAll(list: SimEntrant[]): Promise<void> {
      for (const reply of await pool(list, 8, (e) => e.submit())) expect(reply?.status).toBe(200);
    }

    it('Redis outage: no crash, each process keeps serving its own sockets and saves, boards converge when Redis returns', async () => {
      const figures = redisFigures;
      const people = await makePeople(pg, 86);
      const onA = people.slice(0, 40).map((p) => new SimEntrant(p, figures, () => a.url));
      const onB = people.slice(40, 80).map((p) => new SimEntrant(p, figures, () => b.url));
      await pool([...onA, ...onB], 16, (e) => e.start(weeklyId));
      const [finishA, finishB, finishAfter] = await Promise.all([
        finishers(people.slice(80, 83), a.url, figures),
        finishers(people.slice(83, 85), b.url, figures),
        finishers(people.slice(85, 86), a.url, figures),
      ]);
      const watcherA = await watch(a.url);
      const watcherB = await watch(b.url);
      const base = watcherA.first.totals.entrants;
      expect(watcherB.first.totals.entrants).toBe(base);

      let stop = false;
      const load = Promise.all([...onA, ...onB].map((e) => e.answerUntil(() => stop, 300)));
      await waitFor('the load to be under way', async () => figures.acknowledged >= 80, 20_000, 50);

      await relay.cut();
      const cutAt = Date.now();
      figures.fault('Redis cut (connections dropped, new ones refused) for both processes, under 80 entrants saving');
      // Both notice, say so in health, and keep running.
      for (const p of [a, b]) {
        const report = await waitFor(
          `health of ${p.url} to report Redis down`,
          async () => {
            const h = await health(p.url);
            return h && h.status === 503 && h.body.redis.status === 'down' ? h : null;
          },
          10_000,
        );
        expect(report.body.database.status).toBe('up');
      }

      // Each process serves its own audience: finishes on A reach A's watchers, finishes on B reach B's.
      await submitAll(finishA);
      await until(() => latestEntrants(watcherA) >= base + finishA.length, 20_000, 'A to update its own watchers during the outage');
      await submitAll(finishB);
      await until(() => latestEntrants(watcherB) >= base + finishA.length + finishB.length, 20_000, 'B to update its own watchers during the outage');
      // New clients connect and subscribe on both during the outage, and get each process's own view.
      expect((await watch(a.url)).first.totals.entrants).toBeGreaterThanOrEqual(base + finishA.length);
      expect((await watch(b.url)).first.totals.entrants).toBe(base + finishA.length + finishB.length);
      // Saving answers does not need Redis.
      await waitFor('answers saved during the Redis outage', async () => figures.lastAckAt > cutAt + 1000, 10_000, 50);
      expect(a.child.exitCode).toBeNull();
      expect(b.child.exitCode).toBeNull();

      await relay.start();
      for (const p of [a, b]) await waitFor(`health of ${p.url} to be 200 again`, async () => (await health(p.url))?.status === 200, 30_000, 100);
      // The adapters resubscribe; then a change on A reaches both again, and both boards agree with the database.
      await sleep(1000);
      await submitAll(finishAfter);
      const total = base + finishA.length + finishB.length + finishAfter.length;
      await until(() => latestEntrants(watcherB) === total, 30_000, 'B to converge after Redis returns');
      await until(() => latestEntrants(watcherA) === total, 30_000, 'A to converge after Redis returns');
      expect(watcherB.updates.items.at(-1)?.value.entries).toEqual(watcherA.updates.items.at(-1)?.value.entries);

      stop = true;
      await load;
      expect(figures.fiveXx).toBe(0);
      const check = await checkAcknowledged(pg, [...onA, ...onB, ...finishA, ...finishB, ...finishAfter]);
      expect(check.missing).toEqual([]);
      expect(check.duplicates).toBe(0);
      figures.found = check.found;
    });

    it('SIGTERM: stops accepting, tells sockets to reconnect, answers the saves in flight before it exits', async () => {
      const figures = drainFigures;
      const people = await makePeople(pg, 30);
      const entrants = people.map((p) => new SimEntrant(p, figures, () => a.url));
      await pool(entrants, 16, (e) => e.start(weeklyId));
      const watcher = await watch(a.url);
      const hints: unknown[] = [];
      (watcher.socket as unknown as Untyped).on('server:shutdown', (hint) => hints.push(hint));
      const reasons: string[] = [];
      watcher.socket.on('disconnect', (reason) => reasons.push(reason));

      // The saves are held in the answer writer: the test locks their attempts' rows, so they are surely in flight.
      const holder = new Client({ connectionString: databaseUrl(db) });
      holder.on('error', () => undefined);
      await holder.connect();
      await holder.query('BEGIN');
      await holder.query(`SELECT id FROM attempts WHERE id = ANY($1::uuid[]) FOR UPDATE`, [entrants.map((e) => e.attempt?.id)]);
      try {
        const saves = entrants.map(async (e, i) => {
          const q = e.attempt?.questions.find((x) => x.options.length > 0);
          if (!e.attempt || !q) throw new Error('no choice question');
          const body = {
            optionIds: [q.options[i % q.options.length].id],
            clientSeq: 1,
          };
          const reply = await call(a.url, 'PUT', `/attempts/${e.attempt.id}/answers/${q.id}`, { token: e.person.token, body }).catch(
            (error: unknown) => error as NetworkError,
          );
          if (!(reply instanceof NetworkError)) {
            figures.observe(reply, 'PUT answer');
            if (reply.status === 200) {
              e.acks.push({
                questionId: q.id,
                clientSeq: 1,
                optionIds: body.optionIds,
              });
              figures.acknowledged += 1;
            }
          }
          return reply;
        });
        await waitFor(
          'the saves to wait on the lock',
          async () =>
            Number((await pg.query(`SELECT COUNT(*) AS n FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'`, [db])).rows[0].n) > 0,
          10_000,
          50,
        );
        await sleep(1000);

        const exit = a.kill('SIGTERM');
        const signalledAt = Date.now();
        figures.fault(`SIGTERM with ${entrants.length} answer saves in flight (held by a row lock) and a live socket open`);
        // It stops accepting at once, while it drains.
        await waitFor(
          'A to refuse new connections',
          async () => {
            const refused = await call(a.url, 'GET', '/health', {
              timeoutMs: 1000,
            }).then(
              () => false,
              (error: unknown) => error instanceof NetworkError && error.code === 'ECONNREFUSED',
            );
            return refused;
          },
          5_000,
          50,
        );
        await until(() => hints.length > 0 && reasons.length > 0, 5_000, 'the socket to get the reconnect hint and be closed');
        expect(hints[0]).toEqual({
          reconnect: true,
          reconnectAfterMs: expect.any(Number),
        });
        // Closed as a lost connection, which socket.io clients retry — not 'io server disconnect', which they do not.
        expect(reasons[0]).toBe('transport close');
        // It waits for the saves rather than exiting under them.
        await sleep(1000);
        expect(a.child.exitCode).toBeNull();
        expect((await health(b.url))?.status).toBe(200);

        // The saves commit, are answered, and only then does the process exit.
        await holder.query('COMMIT');
        const releasedAt = Date.now();
        const ended = await exit;
        const took = Date.now() - signalledAt;
        const afterRelease = Date.now() - releasedAt;
        summary.note(
          `SIGTERM with ${entrants.length} saves in flight: exited ${took} ms after the signal, ${afterRelease} ms after the test let the saves commit`,
        );
        expect(ended.signal === 'SIGTERM' || ended.code === 0).toBe(true);
        // Drained, not cut off by the drain's time limit.
        expect(afterRelease).toBeLessThan(DRAIN_TIMEOUT_MS / 2);
        const replies = await Promise.all(saves);
        for (const reply of replies) {
          expect(reply).not.toBeInstanceOf(NetworkError);
          expect((reply as { status: number }).status).toBe(200);
        }
        const check = await checkAcknowledged(pg, entrants);
        expect(check.missing).toEqual([]);
        expect(check.acknowledged).toBe(entrants.length);
        figures.found = check.found;
      } finally {
        await holder.end().catch(() => undefined);
      }

      a = await startApiProcess(env, a.port);
    });

    it('rolling restart of both processes under load: nothing lost, no 5xx, sockets reconnect', async () => {
      const figures = rollingFigures;
      const urls = [a.url, b.url];
      let turn = 0;
      // The test's load balancer: round robin; a refused or dropped request is retried by the entrant, landing on the other process.
      const balancer = () => urls[turn++ % urls.length];
      const people = await makePeople(pg, 60);
      const entrants = people.map((p) => new SimEntrant(p, figures, balancer));
      await pool(entrants, 16, (e) => e.start(weeklyId));

      // A board watcher on B that reconnects by itself, as the web app's does, and subscribes again on every connect.
      const watcher = io(`${b.url}/live`, {
        transports: ['websocket'],
        forceNew: true,
        reconnection: true,
        reconnectionDelay: 200,
        reconnectionDelayMax: 1000,
      });
      sockets.push(watcher);
      let connects = 0;
      const snapshots: LeaderboardSnapshot[] = [];
      watcher.on('connect', () => {
        connects += 1;
        void ask<LeaderboardSnapshot>(watcher, 'leaderboard:subscribe', {
          roundId: weeklyId,
        }).then(
          (s) => snapshots.push(s),
          () => undefined,
        );
      });
      await until(() => snapshots.length === 1, 10_000, 'the watcher to subscribe');

      let stop = false;
      const load = Promise.all(entrants.map((e) => e.answerUntil(() => stop, 200)));
      await waitFor('the load to be under way', async () => figures.acknowledged >= 60, 20_000, 50);

      for (const which of ['b', 'a'] as const) {
        const old = which === 'a' ? a : b;
        const before = figures.acknowledged;
        const exit = await old.kill('SIGTERM');
        expect(exit.signal === 'SIGTERM' || exit.code === 0).toBe(true);
        figures.fault(`SIGTERM and restart of process ${which.toUpperCase()} under load`);
        // The other process carries the load meanwhile.
        await waitFor(`answers to be saved while ${which.toUpperCase()} is down`, async () => figures.acknowledged > before + 20, 20_000, 50);
        const fresh = await startApiProcess(env, old.port);
        if (which === 'a') a = fresh;
        else b = fresh;
        await waitFor(`${which.toUpperCase()} to be healthy`, async () => (await health(fresh.url))?.status === 200, 20_000, 100);
      }
      await until(() => connects >= 2 && snapshots.length >= 2, 20_000, 'the watcher to reconnect to B and subscribe again');

      await sleep(1000);
      stop = true;
      await load;
      watcher.disconnect();

      expect(figures.fiveXx).toBe(0);
      expect(figures.unexpected).toEqual([]);
      const check = await checkAcknowledged(pg, entrants);
      expect(check.missing).toEqual([]);
      expect(check.duplicates).toBe(0);
      figures.found = check.found;
      expect(check.found).toBe(figures.acknowledged);
    });
  });
}
