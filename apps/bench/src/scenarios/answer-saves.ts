import { runLoad, type LoadResult } from '../http/load';
import type { ResultRow } from '../report/results';
import type { ProbeReading } from '../stack/server-probe';
import { answerSaves, type OpenAttempt } from './attempt-pool';
import { measured, serverSide, type ScenarioContext } from './context';

const SCENARIO = 'answer saves';

/**
 * Authenticated, durable answer saves spread over every open attempt: first
 * at the fixed rate (latency is what counts), then as fast as the server
 * acknowledges them (throughput is what counts).
 */
export async function answerSavesScenario(ctx: ScenarioContext, attempts: OpenAttempt[]): Promise<ResultRow[]> {
  const { stack, sizes } = ctx;
  const next = answerSaves(attempts);
  const load = { baseUrl: stack.api.url, connections: sizes.connections, next };
  const fixed = await measured(ctx, `${SCENARIO} (fixed rate)`, () => runLoad({ ...load, seconds: sizes.saveSeconds, rate: sizes.saveRate }));
  const max = await measured(ctx, `${SCENARIO} (max)`, () => runLoad({ ...load, seconds: sizes.maxSeconds }));
  const [{ count }] = await stack.db.query<{ count: number | string }>('SELECT COUNT(*) AS count FROM answers');
  const row = (variant: string, r: LoadResult, server: ProbeReading): ResultRow => ({
    scenario: SCENARIO,
    variant,
    stack: stack.name,
    rate: { value: r.perSecond, unit: 'saves/s' },
    latency: { p50: r.p50, p99: r.p99, max: r.max },
    errors: r.errors,
    ...serverSide(server),
    note: r.samples[0],
  });
  const kept = fixed.result.perSecond >= sizes.saveRate * 0.9;
  return [
    { ...row(`fixed ${sizes.saveRate.toLocaleString('en')}/s`, fixed.result, fixed.server), note: fixed.result.samples[0] ?? (kept ? undefined : 'rate not sustained: the server was saturated, so these are queueing latencies') },
    { ...row('max', max.result, max.server), note: max.result.samples[0] ?? `${Number(count).toLocaleString('en')} answers stored over ${attempts.length.toLocaleString('en')} attempts` },
  ];
}
