import type { NextRequest } from '../http/load';
import { runLoad, type LoadResult } from '../http/load';
import type { ResultRow } from '../report/results';
import { answerSaves, type OpenAttempt } from './attempt-pool';
import { measured, serverSide, type ScenarioContext } from './context';

const SCENARIO = 'deadline crush';

/** Each attempt submitted once, with a prediction. */
function submits(attempts: OpenAttempt[]): () => NextRequest {
  let i = 0;
  return () => {
    const attempt = attempts[i % attempts.length];
    return { method: 'POST', path: `/attempts/${attempt.id}/submit`, token: attempt.token, body: { prediction: i++ % 50 } };
  };
}

/** The last minutes of a round: many entrants submit within a short window while the others keep saving answers. */
export async function deadlineCrush(ctx: ScenarioContext, submitters: OpenAttempt[], savers: OpenAttempt[]): Promise<ResultRow[]> {
  const { stack, sizes } = ctx;
  // Every connection sends the same number of submits, so each attempt is submitted exactly once.
  const connections = Math.min(sizes.connections, submitters.length);
  const batch = submitters.slice(0, Math.floor(submitters.length / connections) * connections);
  const window = sizes.crushWindowSeconds;
  const { result, server } = await measured(ctx, SCENARIO, () =>
    Promise.all([
      runLoad({ baseUrl: stack.api.url, connections, amount: batch.length, rate: batch.length / window, next: submits(batch) }),
      runLoad({ baseUrl: stack.api.url, connections: sizes.connections, seconds: window, rate: sizes.crushAutosaveRate, next: answerSaves(savers) }),
    ]),
  );
  const [submitted, autosaved] = result;
  const ids = batch.map((a) => a.id);
  const [{ count }] = await stack.db.query<{ count: number | string }>(`SELECT COUNT(*) AS count FROM attempts WHERE status = 'submitted' AND id IN (${ids.map(() => '?').join(', ')})`, ids);
  const row = (variant: string, r: LoadResult, unit: string, note?: string): ResultRow => ({
    scenario: SCENARIO,
    variant,
    stack: stack.name,
    rate: { value: r.perSecond, unit },
    latency: { p50: r.p50, p99: r.p99, max: r.max },
    errors: r.errors,
    ...serverSide(server),
    note: r.samples[0] ?? note,
  });
  return [
    row(`${batch.length.toLocaleString('en')} submits in ${window} s`, submitted, 'submits/s', `${Number(count).toLocaleString('en')}/${batch.length.toLocaleString('en')} attempts submitted`),
    row(`autosaves ${sizes.crushAutosaveRate.toLocaleString('en')}/s meanwhile`, autosaved, 'saves/s'),
  ];
}
