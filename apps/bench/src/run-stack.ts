import { loadavg } from 'node:os';
import type { ScenarioKey } from './options';
import type { ResultRow, RunReport } from './report/results';
import { answerSavesScenario } from './scenarios/answer-saves';
import { audienceFanout } from './scenarios/audience-fanout';
import { openAttempts, type OpenAttempt } from './scenarios/attempt-pool';
import type { ScenarioContext } from './scenarios/context';
import { deadlineCrush } from './scenarios/deadline-crush';
import { liveBurst } from './scenarios/live-burst';
import { ranking } from './scenarios/ranking';
import type { Sizes } from './sizes';
import type { ApiSource } from './stack/api-process';
import { withStack, type StackName } from './stack/stack';
import { webWeight } from './web/web-weight';

export interface StackRun {
  name: StackName;
  source: ApiSource;
  sizes: Sizes;
  profile: boolean;
  scenarios: Set<ScenarioKey>;
  /** Measure the web app (bundle, attempt page in Chromium) against this stack's API. */
  web: boolean;
}

/**
 * Every scenario against one fresh stack, in an order that lets them share
 * the open attempts: saves on all of them, then half submit in the crush,
 * the rest keep saving and then drive the audience's board. A scenario that
 * fails is recorded and the next one still runs.
 */
export async function runStack(run: StackRun, report: RunReport): Promise<void> {
  const start = loadavg()[0];
  await withStack(run.name, run.source, async (stack) => {
    const ctx: ScenarioContext = { stack, sizes: run.sizes, profiles: run.profile ? report.profiles : null };
    const scenario = async (key: ScenarioKey, label: string, measure: () => Promise<ResultRow[]>) => {
      if (!run.scenarios.has(key)) return;
      const started = Date.now();
      console.log(`[bench] ${run.name}: ${label}…`);
      try {
        report.rows.push(...(await measure()));
        console.log(`[bench] ${run.name}: ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      } catch (error) {
        const message = (error as Error).stack ?? String(error);
        console.error(`[bench] ${run.name}: ${label} FAILED: ${message}`);
        report.failures.push({ scenario: label, stack: run.name, error: message });
      }
    };

    const needsAttempts = (['saves', 'crush', 'fanout'] as const).some((k) => run.scenarios.has(k));
    let attempts: OpenAttempt[] = [];
    let opening: Error | null = null;
    if (needsAttempts) attempts = await openAttempts(stack, run.sizes.entrants).catch((error: Error) => ((opening = error), []));
    const withAttempts = (measure: () => Promise<ResultRow[]>) => () => (opening ? Promise.reject(new Error(`no open attempts: ${opening.message}`)) : measure());
    const submitters = attempts.slice(0, run.sizes.crushSubmitters);
    const others = attempts.slice(run.sizes.crushSubmitters);
    await scenario('saves', 'answer saves', withAttempts(() => answerSavesScenario(ctx, attempts)));
    await scenario('crush', 'deadline crush', withAttempts(() => deadlineCrush(ctx, submitters, others)));
    await scenario('fanout', 'audience fan-out', withAttempts(() => audienceFanout(ctx, others)));
    for (const players of run.sizes.livePlayers) await scenario('live', `live burst ${players}`, () => liveBurst(ctx, players));
    await scenario('ranking', 'ranking', () => ranking(ctx));
    if (run.web) {
      await scenario('web', 'entrant web app', async () => {
        report.web = await webWeight(stack, run.sizes);
        return [];
      });
    }
  });
  report.loads.push({ stack: run.name, start, end: loadavg()[0] });
}
