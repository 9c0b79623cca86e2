import { apiCall } from '../http/api-call';
import { latencyOf, type ResultRow } from '../report/results';
import { split, Swarm } from '../swarm/swarm';
import type { OpenAttempt } from './attempt-pool';
import { measured, perConnectionKb, serverSide, settledMemory, type ScenarioContext } from './context';

const SCENARIO = 'audience fan-out';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/**
 * Anonymous audience sockets (a hall of phones, projectors) on one round's
 * board, while one entrant a second submits: every submission changes the
 * board, so every socket should receive a snapshot about once a second.
 * Delivery latency is measured against the server's `sentAt` on each snapshot.
 */
export async function audienceFanout(ctx: ScenarioContext, drivers: OpenAttempt[]): Promise<ResultRow[]> {
  const { stack, sizes } = ctx;
  const roundId = stack.demo.weekly.id;
  const swarm = Swarm.start(sizes.swarmProcesses);
  try {
    const shares = split(Array.from({ length: sizes.audienceSockets }, (_, i) => i), swarm.size);
    const before = await settledMemory(ctx);
    const started = Date.now();
    const subscribe = await measured(ctx, `${SCENARIO} (subscribe)`, () => swarm.each('ready', shares.map((s) => ({ type: 'audience', url: stack.api.url, roundId, count: s.length }))));
    const subscribeSeconds = (Date.now() - started) / 1000;
    const connected = subscribe.result.reduce((sum, r) => sum + r.connected, 0);
    const failed = subscribe.result.reduce((sum, r) => sum + r.failed, 0);

    const ticks = Math.min(sizes.audienceSeconds, drivers.length);
    const drive = await measured(ctx, SCENARIO, async () => {
      let errors = 0;
      const start = Date.now();
      for (let s = 0; s < ticks; s++) {
        const driver = drivers[s];
        await apiCall(stack.api.url, 'POST', `/attempts/${driver.id}/submit`, { token: driver.token, body: {} }).catch(() => (errors += 1));
        await sleep(start + (s + 1) * 1000 - Date.now());
      }
      // The last change's snapshot is at most one interval away.
      await sleep(1500);
      return errors;
    });
    const deliveries = await swarm.all('deliveries', { type: 'collect' });
    const latencies = deliveries.flatMap((d) => d.latencies);
    const gaps = deliveries.reduce((sum, d) => sum + d.gaps, 0);
    const subscribeErrors = subscribe.result.flatMap((r) => r.errors);
    return [
      {
        scenario: SCENARIO,
        variant: `${sizes.audienceSockets.toLocaleString('en')} sockets connect + subscribe`,
        stack: stack.name,
        rate: { value: Math.round(connected / subscribeSeconds), unit: 'subscribes/s' },
        latency: latencyOf(subscribe.result.flatMap((r) => r.latencies)),
        errors: failed,
        ...serverSide(subscribe.server),
        memPerConnectionKb: perConnectionKb(before, subscribe.server.rssBytes, connected),
        note: subscribeErrors[0] ?? `${connected.toLocaleString('en')} subscribed in ${subscribeSeconds.toFixed(1)} s`,
      },
      {
        scenario: SCENARIO,
        variant: `snapshots to ${connected.toLocaleString('en')} sockets, ${ticks} changes`,
        stack: stack.name,
        rate: { value: Math.round(latencies.length / (ticks + 1.5)), unit: 'deliveries/s' },
        latency: latencyOf(latencies),
        errors: drive.result + gaps,
        ...serverSide(drive.server),
        note: [
          `${connected > 0 ? (latencies.length / connected).toFixed(1) : 0} snapshots per socket`,
          `snapshot ${((subscribe.result[0]?.snapshotBytes ?? 0) / 1024).toFixed(1)} KB of JSON`,
          `${gaps} sequence gaps`,
          `client processes' own loop lag p99 up to ${Math.max(0, ...deliveries.map((d) => d.clientLoopP99Ms))} ms`,
          `server loop max ${drive.server.loopMaxMs} ms`,
        ].join('; '),
      },
    ];
  } finally {
    swarm.close();
  }
}
