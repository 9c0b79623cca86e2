import { JwtService } from '@nestjs/jwt';
import type { Contest, ContestSummary, LeaderboardSnapshot, LiveAnswerAck, LiveSessionState, SessionResponse } from '@reform-quiz/contracts';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { ask, collect, connectLive, type LiveClient, until } from './support/live-client';
import { CuttableRelay, freePort, startApiProcess, type ApiProcess } from './support/processes';
import { POSTGRES_ADMIN_URL, REDIS_URL } from './support/services';

/**
 * The production shape: two API processes on one PostgreSQL database, joined
 * by Redis (through a relay the test can cut). Needs PostgreSQL and Redis.
 */
const available = process.env['RQ_TEST_POSTGRES'] === 'up' && process.env['RQ_TEST_REDIS'] === 'up';
const describeIf = available ? describe : describe.skip;
if (!available) console.warn('[api tests] SKIPPING the scale-out suite: it needs PostgreSQL and Redis');

const SECRET = 'scale-out-secret-scale-out-secret-!!';

describeIf('two API processes joined by Redis', () => {
  jest.setTimeout(180_000);
  const db = `rq_scale_${Date.now()}`;
  let relay: CuttableRelay;
  let a: ApiProcess;
  let b: ApiProcess;
  let pg: Client;
  const sockets: LiveClient[] = [];

  beforeAll(async () => {
    const admin = new Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${db}`);
    await admin.end();
    const url = new URL(POSTGRES_ADMIN_URL);
    url.pathname = `/${db}`;
    relay = new CuttableRelay(await freePort(), Number(new URL(REDIS_URL).port || 6379));
    await relay.start();
    const env = { DATABASE_URL: url.toString(), REDIS_URL: `redis://127.0.0.1:${relay.port}`, JWT_SECRET: SECRET, DEMO: 'true', COOKIE_SECURE: 'false', ATTEMPT_SWEEP_SECONDS: '0', LOGIN_FAILURES_PER_ADDRESS: '10000' };
    // Both start together, as a rolling deploy or `docker compose up` would: start-up work takes turns under a lock.
    [a, b] = await Promise.all([startApiProcess(env, await freePort()), startApiProcess(env, await freePort())]);
    pg = new Client({ connectionString: url.toString() });
    await pg.connect();
  });

  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await Promise.all([a?.stop(), b?.stop()]);
    await relay?.cut();
    await pg?.end();
    const admin = new Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await admin.end();
  });

  const json = async <T>(base: string, path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<T> => {
    const res = await fetch(`${base}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: { ...(init.body !== undefined && { 'content-type': 'application/json' }), ...(init.token && { authorization: `Bearer ${init.token}` }) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    return (await res.json()) as T;
  };
  const open = async (base: string, token?: string) => {
    const s = await connectLive(base, token);
    sockets.push(s);
    return s;
  };

  /** Entrants written straight into the shared database, with tokens both processes accept. */
  async function entrants(n: number): Promise<{ id: string; token: string }[]> {
    const jwt = new JwtService({ secret: SECRET });
    const template = (await pg.query(`SELECT * FROM users WHERE email = 'entrant1@demo.local'`)).rows[0];
    const out = [];
    for (let i = 0; i < n; i++) {
      const id = randomUUID();
      const sid = randomUUID();
      await pg.query(
        `INSERT INTO users (id, role, status, full_name, search_text, password_hash, category, unit_id, created_at, updated_at) VALUES ($1, 'participant', 'active', $2, $2, $3, 'citizen', $4, $5, $5)`,
        [id, `Người chơi ${i}`, template.password_hash, template.unit_id, Date.now()],
      );
      await pg.query(`INSERT INTO sessions (id, user_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)`, [sid, id, randomUUID().replace(/-/g, '').padEnd(64, '0'), Date.now(), Date.now() + 86_400_000]);
      out.push({ id, token: jwt.sign({ sub: id, sid, role: 'participant' }, { expiresIn: 3600 }) });
    }
    return out;
  }

  async function finishAttempts(base: string, weeklyId: number, people: { token: string }[]): Promise<void> {
    for (const p of people) {
      const attempt = await json<{ id: string }>(base, `/rounds/${weeklyId}/attempts`, { method: 'POST', token: p.token });
      await json(base, `/attempts/${attempt.id}/submit`, { method: 'POST', token: p.token, body: {} });
    }
  }

  it('seeds once although both processes started together, and serves one board and one game across both', async () => {
    const contests = await json<ContestSummary[]>(a.url, '/contests');
    expect(contests).toHaveLength(1);
    expect(Number((await pg.query('SELECT COUNT(*) FROM units')).rows[0].count)).toBe(36);
    const contest = await json<Contest>(b.url, `/contests/${contests[0].id}`);
    const weekly = contest.rounds.find((r) => r.title === 'Tuần 1');
    const live = contest.rounds.find((r) => r.mode === 'live');
    if (!weekly || !live) throw new Error('demo rounds missing');

    // The audience watches on B while entrants finish on A.
    const audience = await open(b.url);
    const first = await ask<LeaderboardSnapshot>(audience, 'leaderboard:subscribe', { roundId: weekly.id });
    const updates = collect<LeaderboardSnapshot>(audience, 'leaderboard:update');
    await finishAttempts(a.url, weekly.id, await entrants(5));
    await until(() => (updates.items.at(-1)?.value.totals.entrants ?? 0) === first.totals.entrants + 5, 20_000, 'B to see entrants finishing on A');
    const onA = await ask<LeaderboardSnapshot>(await open(a.url), 'leaderboard:subscribe', { roundId: weekly.id });
    expect(onA.entries).toEqual(updates.items.at(-1)?.value.entries);

    // A live game hosted on A, played on A, projected from B.
    const organizer = await json<SessionResponse>(a.url, '/auth/login', { method: 'POST', body: { login: 'organizer@demo.local', password: 'Demo@2018' } });
    const session = await json<LiveSessionState>(a.url, '/live-sessions', { method: 'POST', token: organizer.accessToken, body: { roundId: live.id } });
    const [player] = await entrants(1);
    const playerSocket = await open(a.url, player.token);
    expect(await ask(playerSocket, 'live:join', { code: session.code })).toMatchObject({ joinedAs: 'player' });
    const projector = await open(b.url);
    await ask(projector, 'live:join', { code: session.code });
    const projected = collect<LiveSessionState>(projector, 'live:state');
    await json(a.url, `/live-sessions/${session.id}/next`, { method: 'POST', token: organizer.accessToken, body: {} });
    await until(() => projected.items.some((s) => s.value.phase === 'question'), 10_000, 'the projector on B to see the question opened on A');
  });

  it('a session signed out on one process is refused at once by the other, also while Redis is away', async () => {
    const status = async (base: string, token: string) => (await fetch(`${base}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })).status;
    const signIn = () => json<SessionResponse>(a.url, '/auth/login', { method: 'POST', body: { login: 'entrant2@demo.local', password: 'Demo@2018' } });
    const signOut = (token: string) => fetch(`${a.url}/api/v1/auth/logout`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });

    // B keeps sessions it has read in memory for a minute; A's sign-out reaches it through Redis.
    const first = await signIn();
    expect(await status(b.url, first.accessToken)).toBe(200);
    expect(await status(b.url, first.accessToken)).toBe(200);
    expect((await signOut(first.accessToken)).status).toBe(204);
    const refusedAt = Date.now();
    let refused = false;
    while (!refused && Date.now() - refusedAt < 2_000) refused = (await status(b.url, first.accessToken)) === 401;
    expect(refused).toBe(true);

    // With Redis away B cannot hear A, so it trusts nothing it remembers and asks the database.
    const second = await signIn();
    expect(await status(b.url, second.accessToken)).toBe(200);
    await relay.cut();
    await new Promise((r) => setTimeout(r, 500));
    expect((await signOut(second.accessToken)).status).toBe(204);
    expect(await status(b.url, second.accessToken)).toBe(401);
    await relay.start();
  });

  it('a question the host closes early on one process takes no more answers on the other', async () => {
    const contest = (await json<ContestSummary[]>(a.url, '/contests'))[0];
    const live = (await json<Contest>(a.url, `/contests/${contest.id}`)).rounds.find((r) => r.mode === 'live');
    if (!live) throw new Error('no live round');
    const organizer = await json<SessionResponse>(a.url, '/auth/login', { method: 'POST', body: { login: 'organizer@demo.local', password: 'Demo@2018' } });
    const session = await json<LiveSessionState>(a.url, '/live-sessions', { method: 'POST', token: organizer.accessToken, body: { roundId: live.id } });
    const players = await Promise.all((await entrants(2)).map((p) => open(b.url, p.token)));
    for (const p of players) expect(await ask(p, 'live:join', { code: session.code })).toMatchObject({ joinedAs: 'player' });
    const opened = await json<LiveSessionState>(a.url, `/live-sessions/${session.id}/next`, { method: 'POST', token: organizer.accessToken, body: {} });
    const question = opened.question;
    if (!question) throw new Error('no question');
    const answer = (p: LiveClient) => ask<LiveAnswerAck>(p, 'live:answer', { sessionId: session.id, questionId: question.id, optionIds: [question.options[0].id] });

    // B reads the open question once and keeps it; A's close reaches it through Redis.
    expect(await answer(players[0])).toMatchObject({ accepted: true });
    await json(a.url, `/live-sessions/${session.id}/close`, { method: 'POST', token: organizer.accessToken, body: {} });
    await new Promise((r) => setTimeout(r, 300));
    expect(await answer(players[1])).toEqual({ accepted: false, code: 'LIVE_QUESTION_CLOSED' });
  });

  it('survives Redis going away: no crash, each process serves its own clients, boards converge when it returns', async () => {
    const contest = (await json<ContestSummary[]>(a.url, '/contests'))[0];
    const weekly = (await json<Contest>(a.url, `/contests/${contest.id}`)).rounds.find((r) => r.title === 'Tuần 1');
    if (!weekly) throw new Error('no weekly round');
    const watcherA = await open(a.url);
    const watcherB = await open(b.url);
    await ask(watcherA, 'leaderboard:subscribe', { roundId: weekly.id });
    const baseline = await ask<LeaderboardSnapshot>(watcherB, 'leaderboard:subscribe', { roundId: weekly.id });
    const onA = collect<LeaderboardSnapshot>(watcherA, 'leaderboard:update');
    const onB = collect<LeaderboardSnapshot>(watcherB, 'leaderboard:update');

    await relay.cut();
    await new Promise((r) => setTimeout(r, 500));
    await finishAttempts(a.url, weekly.id, await entrants(3));
    await until(() => (onA.items.at(-1)?.value.totals.entrants ?? 0) === baseline.totals.entrants + 3, 20_000, 'A to keep its own audience up to date');
    expect(a.child.exitCode).toBeNull();
    expect(b.child.exitCode).toBeNull();
    const health = await fetch(`${b.url}/api/v1/health`);
    expect(health.status).toBe(503);
    expect(((await health.json()) as { redis: { status: string } }).redis.status).toBe('down');

    await relay.start();
    const healthy = async () => (await fetch(`${b.url}/api/v1/health`)).status === 200;
    const deadline = Date.now() + 20_000;
    while (!(await healthy())) {
      if (Date.now() > deadline) throw new Error('Redis did not come back for B');
      await new Promise((r) => setTimeout(r, 250));
    }
    // After the outage the next change reaches B again, with every entrant counted from the database.
    await new Promise((r) => setTimeout(r, 1000));
    await finishAttempts(a.url, weekly.id, await entrants(1));
    await until(() => (onB.items.at(-1)?.value.totals.entrants ?? 0) === baseline.totals.entrants + 4, 30_000, 'B to converge after Redis returns');
    await until(() => (onA.items.at(-1)?.value.totals.entrants ?? 0) === baseline.totals.entrants + 4, 30_000, 'A to show the same');
    expect(onB.items.at(-1)?.value.entries).toEqual(onA.items.at(-1)?.value.entries);
  });
});
