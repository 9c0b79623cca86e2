import type { LivePhase, LiveSessionState } from '@reform-quiz/contracts';
import { apiCall } from '../http/api-call';
import { latencyOf, type ResultRow } from '../report/results';
import { seedEntrants } from '../seed/entrants';
import { split, Swarm } from '../swarm/swarm';
import { measured, perConnectionKb, serverSide, settledMemory, type ScenarioContext } from './context';

const SCENARIO = 'live burst';

/**
 * A live final: `players` signed-in sockets join a session, the host opens a
 * question, everyone answers within the window (each answer acknowledged only
 * once stored), then the host closes and reveals it and ends the game. Measured:
 * the acknowledgements, and how long from the host's "close" until every
 * player's screen has the standings (and from "finish" until the podium).
 */
export async function liveBurst(ctx: ScenarioContext, players: number): Promise<ResultRow[]> {
  const { stack, sizes } = ctx;
  const { url } = stack.api;
  const host = (path: string, body?: unknown) => apiCall<LiveSessionState>(url, 'POST', `/live-sessions${path}`, { token: stack.demo.organizerToken, body: body ?? {} });
  const tokens = (await seedEntrants(stack.db, stack.secret, players, true)).map((e) => e.token ?? '');
  const session = await host('', { roundId: stack.demo.live.id });
  const swarm = Swarm.start(sizes.swarmProcesses);
  try {
    const before = await settledMemory(ctx);
    const joinStarted = Date.now();
    const joining = await measured(ctx, `${SCENARIO} ${players} (join)`, () => swarm.each('ready', split(tokens, swarm.size).map((share) => ({ type: 'players', url, code: session.code, tokens: share }))));
    const joinSeconds = (Date.now() - joinStarted) / 1000;
    const joined = joining.result;
    const connected = joined.reduce((sum, r) => sum + r.connected, 0);
    const joinErrors = joined.flatMap((r) => r.errors);

    const opened = await host(`/${session.id}/next`);
    const question = opened.question;
    if (!question) throw new Error('the opened session shows no question');
    const everyone = async (phase: LivePhase, since: number) => {
      const seen = await swarm.all('phase-seen', { type: 'await-phase', phase, timeoutMs: 120_000 });
      const count = seen.reduce((sum, s) => sum + s.seen, 0);
      if (count < connected) throw new Error(`${connected - count} players never saw the ${phase}`);
      return Math.max(...seen.map((s) => s.lastAt)) - since;
    };

    const burst = await measured(ctx, `${SCENARIO} ${players} (answers)`, () =>
      swarm.all('answered', { type: 'answer', sessionId: session.id, questionId: question.id, optionIds: question.options.map((o) => o.id), windowMs: sizes.liveWindowMs }),
    );
    const closing = Date.now();
    await host(`/${session.id}/close`);
    await host(`/${session.id}/reveal`);
    const toStandings = await everyone('reveal', closing);
    const finishing = Date.now();
    await host(`/${session.id}/finish`);
    const toPodium = await everyone('podium', finishing);

    const accepted = burst.result.reduce((sum, a) => sum + a.accepted, 0);
    const refused = burst.result.reduce((sum, a) => sum + a.refused, 0);
    const count = players.toLocaleString('en');
    return [
      {
        scenario: SCENARIO,
        variant: `${count} players connect + join`,
        stack: stack.name,
        rate: { value: Math.round(connected / joinSeconds), unit: 'joins/s' },
        latency: latencyOf(joined.flatMap((r) => r.latencies)),
        errors: players - connected,
        ...serverSide(joining.server),
        memPerConnectionKb: perConnectionKb(before, joining.server.rssBytes, connected),
        note: joinErrors[0] ?? `${connected.toLocaleString('en')} joined in ${joinSeconds.toFixed(1)} s`,
      },
      {
        scenario: SCENARIO,
        variant: `${count} players answer within ${sizes.liveWindowMs / 1000} s`,
        stack: stack.name,
        rate: { value: Math.round(accepted / (sizes.liveWindowMs / 1000)), unit: 'answers/s' },
        latency: latencyOf(burst.result.flatMap((a) => a.latencies)),
        errors: refused,
        ...serverSide(burst.server),
        note: [
          `${accepted.toLocaleString('en')}/${count} acknowledged`,
          `close → standings on every screen ${toStandings} ms`,
          `finish → podium on every screen ${toPodium} ms`,
          `client processes' own loop lag p99 up to ${Math.max(0, ...burst.result.map((a) => a.clientLoopP99Ms))} ms`,
          ...burst.result.flatMap((a) => a.errors).slice(0, 1),
        ].join('; '),
      },
    ];
  } finally {
    swarm.close();
  }
}
