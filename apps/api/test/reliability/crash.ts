import type { Attempt } from '@reform-quiz/contracts';
import { Client } from 'pg';
import { freePort, startApiProcess, type ApiProcess } from '../support/processes';
import { REDIS_URL } from '../support/services';
import {
  serverErrors,
  addRound,
  apiEnv,
  call,
  checkAcknowledged,
  createDatabase,
  databaseUrl,
  demoRounds,
  dropDatabase,
  Figures,
  makePeople,
  pool,
  SimEntrant,
  sleep,
  waitFor,
} from './harness';
import type { ReliabilitySummary } from './summary';

const ENTRANTS = 200;
/** Of them, these sit a round with a short time limit, whose deadline passes while the API is down. */
const SHORT = 50;
const SHORT_LIMIT_SECONDS = 12;
const SHORT_GRACE_SECONDS = 1;

/** The score the stored answers earn, computed here from the database (not by the API's scorer). */
async function expectedScores(pg: Client, attemptIds: string[]): Promise<Map<string, number>> {
  const rows = (
    await pg.query(
      `SELECT aq.attempt_id, q.type, q.points, a.option_ids,
              (SELECT json_agg(o.id::text) FROM question_options o WHERE o.question_id = q.id AND o.is_correct) AS correct
         FROM attempt_questions aq
         JOIN questions q ON q.id = aq.question_id
         LEFT JOIN answers a ON a.attempt_id = aq.attempt_id AND a.question_id = aq.question_id
        WHERE aq.attempt_id = ANY($1::uuid[])`,
      [attemptIds],
    )
  ).rows as {
    attempt_id: string;
    type: string;
    points: number;
    option_ids: string | null;
    correct: string[] | null;
  }[];
  const scores = new Map(attemptIds.map((id) => [id, 0]));
  for (const r of rows) {
    if (!['single_choice', 'multiple_choice', 'true_false'].includes(r.type) || r.option_ids === null) continue;
    const chosen = (JSON.parse(r.option_ids) as string[]).sort();
    if (JSON.stringify(chosen) === JSON.stringify([...(r.correct ?? [])].sort())) scores.set(r.attempt_id, (scores.get(r.attempt_id) ?? 0) + r.points * 100);
  }
  return scores;
}

/**
 * Item 1 of the reliability issue: the API process is killed with SIGKILL in
 * the middle of 200 entrants saving answers, then started again on the same
 * database.
 */
export function crashSuite(summary: ReliabilitySummary): void {
  describe('crash: the API process killed with SIGKILL while 200 entrants save answers', () => {
    const figures = new Figures('crash: SIGKILL mid-load, restart');
    let db: string;
    let pg: Client;
    let api: ApiProcess | undefined;
    let env: Record<string, string>;

    beforeAll(async () => {
      db = await createDatabase('rq_rel_crash');
      env = apiEnv(databaseUrl(db), REDIS_URL);
      api = await startApiProcess(env, await freePort());
      pg = new Client({ connectionString: databaseUrl(db) });
      pg.on('error', () => undefined);
      await pg.connect();
    });

    afterAll(async () => {
      summary.add(figures);
      if (figures.unexpected.length > 0) console.error(serverErrors(api));
      await api?.stop();
      await pg?.end();
      if (db) await dropDatabase(db);
    });

    it('keeps every acknowledged answer exactly once, resumes attempts with the time really left, finalises those that ran out meanwhile', async () => {
      if (!api) throw new Error('no API');
      const first = api;
      const { contest, weekly } = await demoRounds(first.url);
      const quick = await addRound(first.url, contest, weekly, {
        title: 'Vòng nhanh (kiểm thử độ tin cậy)',
        timeLimitSeconds: SHORT_LIMIT_SECONDS,
        graceSeconds: SHORT_GRACE_SECONDS,
        opensAt: new Date(Date.now() - 60_000).toISOString(),
      });

      let killed = false;
      const halted = () => killed;
      const people = await makePeople(pg, ENTRANTS);
      const entrants = people.map((p) => new SimEntrant(p, figures, () => first.url));
      const long = entrants.slice(0, ENTRANTS - SHORT);
      const short = entrants.slice(ENTRANTS - SHORT);
      await pool(long, 16, (e) => e.start(weekly.id));
      // The short attempts last, and quickly: their clock runs from here.
      await pool(short, 25, (e) => e.start(quick.id));
      const attemptOf = (e: SimEntrant): Attempt => {
        if (!e.attempt) throw new Error('no attempt');
        return e.attempt;
      };
      const firstShortDeadline = Math.min(...short.map((e) => Date.parse(attemptOf(e).deadlineAt)));
      const lastShortAcceptUntil = Math.max(...short.map((e) => Date.parse(attemptOf(e).deadlineAt))) + SHORT_GRACE_SECONDS * 1000;
      const planned = entrants.reduce((sum, e) => sum + e.planned, 0);

      // Everyone answers at once; the process dies once a good part is acknowledged (and well before the short deadline),
      // with saves certainly waiting inside it: the test holds a few attempts' rows, so the save batch that meets them
      // waits (a fast server has otherwise often answered everything sent by the time the signal lands).
      const load = Promise.all(entrants.map((e) => e.answer(halted)));
      await waitFor('the load to be under way', async () => figures.acknowledged >= planned * 0.4 || Date.now() > firstShortDeadline - 4000, 60_000, 10);
      await pg.query('BEGIN');
      await pg.query('SELECT id FROM attempts WHERE id = ANY($1::uuid[]) FOR UPDATE', [long.slice(0, 50).map((e) => attemptOf(e).id)]);
      const outstanding = () => entrants.reduce((sum, e) => sum + e.outstanding, 0);
      await waitFor('saves to wait behind the held rows', async () => outstanding() >= ENTRANTS / 2, 20_000, 5);
      const killedAt = Date.now();
      killed = true;
      const exit = await first.kill('SIGKILL');
      await pg.query('ROLLBACK');
      await load;
      const inFlight = entrants.reduce((sum, e) => sum + e.unanswered, 0);
      figures.fault(`SIGKILL of the only API process after ${figures.acknowledged} of ${planned} answers were acknowledged, ${inFlight} requests in flight`);
      expect(exit.signal).toBe('SIGKILL');
      // It really died mid-load: answers were being saved and some requests never got their answer.
      expect(killedAt).toBeLessThan(firstShortDeadline);
      expect(figures.acknowledged).toBeGreaterThan(ENTRANTS);
      expect(figures.acknowledged).toBeLessThan(planned);
      expect(inFlight).toBeGreaterThan(0);

      // While it is down: every acknowledged answer is in the database, once.
      const atKill = await checkAcknowledged(pg, entrants);
      expect(atKill.missing).toEqual([]);
      expect(atKill.duplicates).toBe(0);

      // The short attempts' deadline (and grace) passes during the outage; then the API comes back on the same database and port.
      await sleep(Math.max(0, lastShortAcceptUntil - Date.now() + 300));
      // The restarted process sweeps overdue attempts every second.
      const second = await startApiProcess({ ...env, ATTEMPT_SWEEP_SECONDS: '1' }, first.port);
      api = second;

      // Attempts in progress resume where they were, with the deadline they always had: the outage was not time given back.
      await pool(long, 16, async (e) => {
        const before = attemptOf(e);
        const sentAt = Date.now();
        const reply = await call<Attempt>(second.url, 'GET', `/attempts/${before.id}`, { token: e.person.token });
        const receivedAt = Date.now();
        expect(reply.status).toBe(200);
        const now = reply.body;
        expect(now.status).toBe('in_progress');
        expect(now.deadlineAt).toBe(before.deadlineAt);
        expect(Date.parse(now.serverNow)).toBeGreaterThanOrEqual(sentAt - 1000);
        expect(Date.parse(now.serverNow)).toBeLessThanOrEqual(receivedAt + 1000);
        expect(Math.abs(now.timeLeftMs - (Date.parse(before.deadlineAt) - Date.parse(now.serverNow)))).toBeLessThanOrEqual(1000);
        // What the page reloads with: every answer it was told was saved.
        const saved = new Map(now.answers.map((a) => [a.questionId, a.clientSeq]));
        for (const ack of e.acks) expect(saved.get(ack.questionId) ?? -1).toBeGreaterThanOrEqual(ack.clientSeq);
      });

      // Attempts whose deadline passed meanwhile are finalised by the restarted API, with what had been saved.
      const shortIds = short.map((e) => attemptOf(e).id);
      await waitFor(
        'the sweeper to finalise the attempts that ran out during the outage',
        async () =>
          Number((await pg.query(`SELECT COUNT(*) AS n FROM attempts WHERE id = ANY($1::uuid[]) AND status = 'in_progress'`, [shortIds])).rows[0].n) === 0,
        20_000,
        250,
      );
      const expected = await expectedScores(pg, shortIds);
      const finalised = (
        await pg.query(
          `SELECT id, status, score_centi, duration_ms, started_at, deadline_at, accept_until, finalized_at FROM attempts WHERE id = ANY($1::uuid[])`,
          [shortIds],
        )
      ).rows as {
        id: string;
        status: string;
        score_centi: number;
        duration_ms: number;
        started_at: string;
        deadline_at: string;
        accept_until: string;
        finalized_at: string;
      }[];
      expect(finalised).toHaveLength(SHORT);
      for (const row of finalised) {
        expect(row.status).toBe('expired');
        expect(row.score_centi).toBe(expected.get(row.id));
        expect(row.duration_ms).toBe(Number(row.deadline_at) - Number(row.started_at));
        expect(Number(row.finalized_at)).toBeGreaterThan(Number(row.accept_until));
      }
      const late = await pg.query(
        `SELECT COUNT(*) AS n FROM answers a JOIN attempts t ON t.id = a.attempt_id WHERE t.id = ANY($1::uuid[]) AND a.saved_at > t.accept_until`,
        [shortIds],
      );
      expect(Number(late.rows[0].n)).toBe(0);
      // The entrant sees it finished, with its result.
      const one = short[0];
      const seen = await call<Attempt>(second.url, 'GET', `/attempts/${attemptOf(one).id}`, { token: one.person.token });
      expect(seen.body.status).toBe('expired');
      expect(seen.body.result?.score).toBe((expected.get(attemptOf(one).id) ?? 0) / 100);

      // The others carry on: the answers that never got through are sent again, and every attempt is submitted.
      killed = false;
      await Promise.all(long.map((e) => e.answer(halted)));
      for (const e of long) expect(e.done).toBe(true);
      const submitted = await pool(long, 16, (e) => e.submit());
      for (const reply of submitted) expect(reply?.status).toBe(200);

      const final = await checkAcknowledged(pg, entrants);
      expect(final.missing).toEqual([]);
      expect(final.duplicates).toBe(0);
      figures.found = final.found;
      expect(final.found).toBe(final.acknowledged);
      expect(figures.unexpected).toEqual([]);
    });
  });
}
