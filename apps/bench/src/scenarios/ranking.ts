import type { Leaderboard } from '@reform-quiz/contracts';
import { randomInt, randomUUID } from 'node:crypto';
import { apiCall } from '../http/api-call';
import { runLoad, type LoadResult, type NextRequest } from '../http/load';
import type { ResultRow } from '../report/results';
import { seedEntrants, type SeededEntrant } from '../seed/entrants';
import type { Row } from '../stack/bench-db';
import type { ProbeReading } from '../stack/server-probe';
import { measured, serverSide, type ScenarioContext } from './context';

const SCENARIO = 'ranking';
/** Entrants among the seeded ones who can sign in and ask for their own rank. */
const CALLERS = 10;

/** A round of its own for the ranking, cloned from the demo's weekly round; returns its id. */
async function rankingRound(ctx: ScenarioContext): Promise<number> {
  const { db, demo } = ctx.stack;
  const [weekly] = await db.query('SELECT * FROM rounds WHERE id = ?', [demo.weekly.id]);
  const { id: _id, ...columns } = weekly;
  await db.insert('rounds', [{ ...columns, title: 'Bench — xếp hạng', position: Number(weekly['position']) + 10 }]);
  const [{ id }] = await db.query<{ id: number | string }>('SELECT MAX(id) AS id FROM rounds');
  return Number(id);
}

/** A finished attempt with a plausible score (0–10 of 10), duration, prediction (some blank) and submission time. */
function finishedAttempt(roundId: number, entrant: SeededEntrant, now: number): Row {
  const correct = randomInt(11);
  const startedAt = now - 3_600_000 + randomInt(1_800_000);
  const durationMs = 60_000 + randomInt(540_000);
  return {
    id: randomUUID(),
    round_id: roundId,
    user_id: entrant.id,
    number: 1,
    status: 'submitted',
    category: entrant.category,
    unit_id: null,
    started_at: startedAt,
    deadline_at: startedAt + 600_000,
    accept_until: startedAt + 610_000,
    submitted_at: startedAt + durationMs,
    finalized_at: startedAt + durationMs,
    question_count: 10,
    max_score: 10,
    score_centi: correct * 100,
    correct_count: correct,
    perfect: correct === 10,
    duration_ms: durationMs,
    prediction: randomInt(10) === 0 ? null : randomInt(5_000),
  };
}

/**
 * The ranking with a province's worth of entrants, seeded straight into the
 * database: the public top of the board, an entrant's own rank, and the full
 * recomputation the jury freezes (a result snapshot, once the round has closed).
 */
export async function ranking(ctx: ScenarioContext): Promise<ResultRow[]> {
  const { stack, sizes } = ctx;
  const { db } = stack;
  const roundId = await rankingRound(ctx);
  const callers = await seedEntrants(db, stack.secret, CALLERS, true);
  const others = await seedEntrants(db, stack.secret, sizes.rankingEntrants - CALLERS, false);
  const now = Date.now();
  await db.insert('attempts', [...callers, ...others].map((e) => finishedAttempt(roundId, e, now)));
  if (db.kind === 'postgres') await db.query('ANALYZE');

  const board = `/rounds/${roundId}/leaderboard`;
  const sequential = (label: string, next: () => NextRequest) => measured(ctx, `${SCENARIO} (${label})`, () => runLoad({ baseUrl: stack.api.url, connections: 1, amount: sizes.rankingRequests, next }));
  const top = await sequential('top 50', () => ({ method: 'GET', path: `${board}?limit=50` }));
  let turn = 0;
  const mine = await sequential('my rank', () => ({ method: 'GET', path: `${board}?limit=1`, token: callers[turn++ % CALLERS].token ?? undefined }));
  const me = (await apiCall<Leaderboard>(stack.api.url, 'GET', `${board}?limit=1`, { token: callers[0].token ?? undefined })).me;
  if (!me) throw new Error('a seeded entrant has no rank on the board');

  await db.query('UPDATE rounds SET closes_at = ? WHERE id = ?', [Date.now() - 1000, roundId]);
  const freeze = await measured(ctx, `${SCENARIO} (snapshot)`, async () => {
    const started = Date.now();
    await apiCall(stack.api.url, 'POST', '/result-snapshots', { token: stack.demo.organizerToken, body: { contestId: stack.demo.contestId, roundId } });
    return Date.now() - started;
  });

  const entrants = sizes.rankingEntrants.toLocaleString('en');
  const row = (variant: string, r: LoadResult, server: ProbeReading, note?: string): ResultRow => ({
    scenario: SCENARIO,
    variant,
    stack: stack.name,
    rate: { value: r.perSecond, unit: 'req/s' },
    latency: { p50: r.p50, p99: r.p99, max: r.max },
    errors: r.errors,
    ...serverSide(server),
    note: r.samples[0] ?? note,
  });
  return [
    row(`top 50 of ${entrants}`, top.result, top.server, `${sizes.rankingRequests} requests one after another`),
    row(`my rank among ${entrants}`, mine.result, mine.server, `e.g. rank ${me.rank.toLocaleString('en')}`),
    {
      scenario: SCENARIO,
      variant: `full recomputation (result snapshot) of ${entrants}`,
      stack: stack.name,
      latency: { p50: freeze.result, p99: freeze.result, max: freeze.result },
      errors: 0,
      ...serverSide(freeze.server),
      note: `one snapshot; server loop max ${freeze.server.loopMaxMs} ms`,
    },
  ];
}
