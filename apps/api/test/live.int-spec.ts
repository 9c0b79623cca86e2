import type { Attempt, Contest, LeaderboardSnapshot, LiveAnswerAck, LivePlayerView, LiveSessionState, Round, Statistics } from '@reform-quiz/contracts';
import { livePoints } from '@reform-quiz/domain';
import { In } from 'typeorm';
import { QuestionOptionEntity } from '../src/modules/questions/question-option.entity';
import { QuestionEntity } from '../src/modules/questions/question.entity';
import { answerBody, demoContest, DemoRounds, freshToken, keyOf, makeEntrants } from './support/contest-fixtures';
import { ask, collect, connectLive, LiveClient, until } from './support/live-client';
import { startTestApp, testDrivers, TestApp } from './support/test-app';

describe.each(testDrivers())('live on %s', (driver) => {
  let t: TestApp;
  let demo: DemoRounds;
  const sockets: LiveClient[] = [];
  const open = async (token?: string) => {
    const s = await connectLive(t.url as string, token);
    sockets.push(s);
    return s;
  };
  beforeAll(async () => {
    t = await startTestApp(driver, {}, { listen: true });
    demo = await demoContest(t);
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.disconnect();
    t.clock.set(Date.now());
  });
  afterAll(() => t.close());

  describe('audience boards', () => {
    it('refuses a bad token at connect, and lets anyone watch without one', async () => {
      await expect(connectLive(t.url as string, 'not-a-token')).rejects.toThrow('UNAUTHENTICATED');
      const anonymous = await open();
      const snapshot = await ask<LeaderboardSnapshot>(anonymous, 'leaderboard:subscribe', { roundId: demo.weekly.id });
      expect(snapshot).toMatchObject({ roundId: demo.weekly.id, visibility: 'live', entries: expect.any(Array), seq: expect.any(Number) });
      expect(snapshot.participation.length).toBeGreaterThan(30);
      expect(await ask(anonymous, 'leaderboard:subscribe', { roundId: 'x' })).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
      expect(await ask(anonymous, 'leaderboard:subscribe', { roundId: 999999 })).toMatchObject({ error: { code: 'ROUND_NOT_FOUND' } });
    });

    it("carries the same participation per unit as the contest's statistics, counted without reading every attempt", async () => {
      const board = await ask<LeaderboardSnapshot>(await open(), 'leaderboard:subscribe', { contestId: demo.contest.id });
      const statistics = (await t.request<Statistics>({ method: 'GET', url: `/api/v1/contests/${demo.contest.id}/statistics` })).body;
      // The demo's closed kick-off round was taken by 45 entrants across several units.
      expect(statistics.participation.filter((u) => u.entrants > 0).length).toBeGreaterThan(1);
      expect(board.participation).toEqual(statistics.participation);
    });

    it('pushes numbered snapshots at no more than two a second through a burst of 500 answers, and a fresh one on reconnect', async () => {
      const watcher = await open();
      const first = await ask<LeaderboardSnapshot>(watcher, 'leaderboard:subscribe', { roundId: demo.weekly.id });
      const updates = collect<LeaderboardSnapshot>(watcher, 'leaderboard:update');

      const entrants = await makeEntrants(t, 100);
      const started = await Promise.all(entrants.map((e) => t.request<Attempt>({ method: 'POST', url: `/api/v1/rounds/${demo.weekly.id}/attempts`, token: e.token })));
      const burstStart = Date.now();
      await Promise.all(
        started.map(async ({ body: a }, i) => {
          const key = await keyOf(t, a);
          await Promise.all(a.questions.slice(0, 5).map((q) => t.request({ method: 'PUT', url: `/api/v1/attempts/${a.id}/answers/${q.id}`, token: entrants[i].token, body: answerBody(a, key, q.id, true) })));
          await t.request({ method: 'POST', url: `/api/v1/attempts/${a.id}/submit`, token: entrants[i].token, body: {} });
        }),
      );
      await until(() => (updates.items.at(-1)?.value.totals.entrants ?? 0) >= first.totals.entrants + 100, 10_000, 'a snapshot with all 100 entrants');
      const elapsed = Date.now() - burstStart;

      const seqs = updates.items.map((u) => u.value.seq);
      expect(seqs.every((s, i) => s === (i === 0 ? seqs[0] : seqs[i - 1] + 1))).toBe(true);
      expect(seqs[0]).toBeGreaterThan(first.seq);
      // Never one message per answer: bounded by the clock, not by the load.
      expect(updates.items.length).toBeLessThanOrEqual(Math.ceil(elapsed / 500) + 1);
      // Spacing as sent by the server (the test's own event loop may deliver two at once).
      for (let i = 1; i < updates.items.length; i++) expect(updates.items[i].value.sentAt - updates.items[i - 1].value.sentAt).toBeGreaterThanOrEqual(495);

      watcher.disconnect();
      const again = await open();
      const fresh = await ask<LeaderboardSnapshot>(again, 'leaderboard:subscribe', { roundId: demo.weekly.id });
      expect(fresh.seq).toBeGreaterThanOrEqual(seqs.at(-1) ?? 0);
      expect(fresh.totals.entrants).toBe(updates.items.at(-1)?.value.totals.entrants);
    });

    it('keeps a frozen board frozen for the public while the jury sees it move', async () => {
      const organizer = await t.login('organizer@demo.local');
      const post = <T>(url: string, body: object = {}) => t.request<T>({ method: 'POST', url, token: organizer.accessToken, body });
      const contest = (await post<Contest>('/api/v1/contests', { title: 'Đóng băng', description: null, rules: '.', categories: ['citizen'], tieBreaks: ['score'], prizeTiers: [], shortenNames: false })).body;
      const now = t.clock.now();
      const round = (await post<Round>(`/api/v1/contests/${contest.id}/rounds`, {
        ...demo.weekly,
        title: 'Đợt đóng băng',
        opensAt: new Date(now - 3600_000).toISOString(),
        closesAt: new Date(now + 20 * 60_000).toISOString(),
        leaderboardVisibility: 'frozen',
        freezeMinutes: 30,
        prediction: null,
        id: undefined,
        contestId: undefined,
        position: undefined,
        phase: undefined,
      })).body;
      await post(`/api/v1/contests/${contest.id}/publish`);

      const publicWatcher = await open();
      const juryWatcher = await open((await t.login('judge@demo.local')).accessToken);
      const before = await ask<LeaderboardSnapshot>(publicWatcher, 'leaderboard:subscribe', { roundId: round.id });
      await ask<LeaderboardSnapshot>(juryWatcher, 'leaderboard:subscribe', { roundId: round.id });
      const publicUpdates = collect<LeaderboardSnapshot>(publicWatcher, 'leaderboard:update');
      const juryUpdates = collect<LeaderboardSnapshot>(juryWatcher, 'leaderboard:update');
      expect(before.visibility).toBe('frozen');

      const [late] = await makeEntrants(t, 1);
      const a = (await t.request<Attempt>({ method: 'POST', url: `/api/v1/rounds/${round.id}/attempts`, token: late.token })).body;
      await t.request({ method: 'POST', url: `/api/v1/attempts/${a.id}/submit`, token: late.token, body: {} });
      await until(() => juryUpdates.items.length > 0 && publicUpdates.items.length > 0, 5000, 'both boards');
      expect(juryUpdates.items.at(-1)?.value.entries.map((e) => e.name)).toContain(late.fullName);
      expect(publicUpdates.items.at(-1)?.value.entries).toEqual(before.entries);
    });
  });

  describe('a host-paced game', () => {
    it('plays a question with 20 players: server-timed points, late and double answers refused, rejoin keeps the score', async () => {
      const organizer = await t.login('organizer@demo.local');
      const host = (path: string) => t.request<LiveSessionState>({ method: 'POST', url: `/api/v1/live-sessions${path}`, token: organizer.accessToken, body: path ? {} : { roundId: demo.live.id } });
      const created = await host('');
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ phase: 'lobby', index: -1, players: 0, questionCount: 5, code: expect.stringMatching(/^[A-Z2-9]{6}$/) });
      const id = created.body.id;

      const players = await makeEntrants(t, 20);
      const playerSockets = await Promise.all(players.map((p) => open(p.token)));
      for (const s of playerSockets) expect(await ask<LiveSessionState>(s, 'live:join', { code: created.body.code.toLowerCase() })).toMatchObject({ joinedAs: 'player', phase: 'lobby' });
      const projector = await open();
      expect(await ask<LiveSessionState>(projector, 'live:join', { code: created.body.code })).toMatchObject({ joinedAs: 'audience' });
      const projected = collect<LiveSessionState>(projector, 'live:state');

      const opened = (await host(`/${id}/next`)).body;
      expect(opened).toMatchObject({ phase: 'question', index: 0, players: 20 });
      const question = opened.question;
      if (!question) throw new Error('no question');
      await until(() => projected.items.some((s) => s.value.phase === 'question'), 3000, 'the projector to see the question');
      expect(JSON.stringify(projected.items.at(-1)?.value)).not.toMatch(/isCorrect|correctOptionIds/);

      const correct = (await t.dataSource.getRepository(QuestionOptionEntity).findBy({ questionId: question.id, isCorrect: true })).map((o) => o.id);
      const wrong = question.options.find((o) => !correct.includes(o.id))?.id as string;
      const openedAt = Date.parse(question.openedAt);
      const acks: LiveAnswerAck[] = [];
      for (let i = 0; i < 19; i++) {
        t.clock.set(openedAt + i * 500);
        acks.push(await ask<LiveAnswerAck>(playerSockets[i], 'live:answer', { sessionId: id, questionId: question.id, optionIds: i % 2 === 0 ? correct : [wrong] }));
      }
      // A refusal shows its code in the failure, not just a missing time.
      expect(acks.map((a) => (a.accepted ? a.elapsedMs : (a.code ?? JSON.stringify(a))))).toEqual(Array.from({ length: 19 }, (_, i) => i * 500));
      expect(acks.every((a) => a.accepted)).toBe(true);
      expect(await ask(playerSockets[0], 'live:answer', { sessionId: id, questionId: question.id, optionIds: [wrong] })).toEqual({ accepted: false, code: 'LIVE_ALREADY_ANSWERED' });

      t.clock.set(Date.parse(question.closesAt) + 1);
      expect(await ask(playerSockets[19], 'live:answer', { sessionId: id, questionId: question.id, optionIds: correct })).toEqual({ accepted: false, code: 'LIVE_QUESTION_CLOSED' });

      const revealed = (await host(`/${id}/reveal`)).body;
      expect(revealed.reveal).toMatchObject({ answered: 19, correct: 10, correctOptionIds: correct });
      // 10 players chose the right option(s), 9 the same wrong one.
      expect(revealed.reveal?.distribution).toEqual(question.options.map((o) => ({ optionId: o.id, count: (correct.includes(o.id) ? 10 : 0) + (o.id === wrong ? 9 : 0) })));
      const points = (await t.dataSource.getRepository(QuestionEntity).findOneByOrFail({ id: question.id })).points;
      for (const i of [0, 2, 18]) {
        const me = await ask<LivePlayerView>(playerSockets[i], 'live:me', { sessionId: id });
        expect(me.score).toBe(livePoints(points, true, i * 500, 20_000, true));
        expect(me.answer).toMatchObject({ correct: true });
      }
      expect((await ask<LivePlayerView>(playerSockets[1], 'live:me', { sessionId: id })).score).toBe(0);
      expect(revealed.reveal?.standings[0]).toMatchObject({ rank: 1, name: players[0].fullName, score: points * 1000 });

      // Player 2 loses the connection during the next question and comes back with the same score.
      const before = await ask<LivePlayerView>(playerSockets[2], 'live:me', { sessionId: id });
      await host(`/${id}/next`);
      playerSockets[2].disconnect();
      const back = await open(freshToken(t, players[2]));
      expect(await ask<LiveSessionState>(back, 'live:join', { code: created.body.code })).toMatchObject({ joinedAs: 'player', phase: 'question', index: 1 });
      expect((await ask<LivePlayerView>(back, 'live:me', { sessionId: id })).score).toBe(before.score);

      // The host reloads: the console finds the same game.
      const reloaded = await t.request<LiveSessionState>({ method: 'GET', url: `/api/v1/live-sessions/${id}`, token: organizer.accessToken });
      expect(reloaded.body).toMatchObject({ phase: 'question', index: 1, players: 20 });
      const early = await host(`/${id}/reveal`);
      expect(early.status).toBe(409);
      await host(`/${id}/close`);
      await host(`/${id}/reveal`);
      const podium = (await host(`/${id}/finish`)).body;
      expect(podium.phase).toBe('podium');
      expect(podium.podium?.[0]).toMatchObject({ rank: 1 });

      const attempts = await t.request<{ status: string; result: { score: number } | null; roundId: number }[]>({ method: 'GET', url: '/api/v1/me/attempts', token: freshToken(t, players[0]) });
      expect(attempts.body.find((a) => a.roundId === demo.live.id)).toMatchObject({ status: 'submitted', result: { score: points * 1000 } });
    });

    it('keeps entrants out of the host console and unknown codes out of games', async () => {
      const [player] = await makeEntrants(t, 1);
      expect((await t.request({ method: 'POST', url: '/api/v1/live-sessions', token: player.token, body: { roundId: demo.live.id } })).status).toBe(403);
      const organizer = await t.login('organizer@demo.local');
      const notLive = await t.request<{ error: { code: string } }>({ method: 'POST', url: '/api/v1/live-sessions', token: organizer.accessToken, body: { roundId: demo.weekly.id } });
      expect(notLive.body.error.code).toBe('ROUND_NOT_LIVE');
      const s = await open(player.token);
      expect(await ask(s, 'live:join', { code: 'ZZZZZZ' })).toMatchObject({ error: { code: 'LIVE_SESSION_NOT_FOUND' } });
      expect(await ask(s, 'live:answer', { sessionId: '00000000-0000-4000-8000-000000000000', questionId: '00000000-0000-4000-8000-000000000000', optionIds: [] })).toMatchObject({ error: { code: 'LIVE_SESSION_NOT_FOUND' } });
      const anonymous = await open();
      expect(await ask(anonymous, 'live:answer', { sessionId: 'x' })).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    });
  });

  it('uses the questions it drew: they are marked used and never change', async () => {
    const organizer = await t.login('organizer@demo.local');
    const created = await t.request<LiveSessionState>({ method: 'POST', url: '/api/v1/live-sessions', token: organizer.accessToken, body: { roundId: demo.live.id } });
    const first = await t.request<LiveSessionState>({ method: 'POST', url: `/api/v1/live-sessions/${created.body.id}/next`, token: organizer.accessToken, body: {} });
    const used = await t.dataSource.getRepository(QuestionEntity).findBy({ id: In([first.body.question?.id ?? '']) });
    expect(used[0].usedAt).not.toBeNull();
  });
});
