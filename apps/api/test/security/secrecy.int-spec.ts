import type { LiveSessionState } from '@reform-quiz/contracts';
import { freshToken, type Entrant } from '../support/contest-fixtures';
import { ask, collect, connectLive, until, type LiveClient } from '../support/live-client';
import { fillPath, listRoutes, type RouteInfo } from '../support/routes';
import { startTestApp, testDrivers, type TestApp } from '../support/test-app';
import { buildScenario, SECRETS, type Scenario } from './support/scenario';
import { recordFigures } from './support/summary';

/**
 * Product rule 3: no answer key leaves the server while a round (or a live
 * question) is open. Everything the API says during an open round — every
 * GET route a role may call, with real ids; the answers, starts and submits
 * of the entrants' own papers; every socket payload and acknowledgement of a
 * live game and a live leaderboard — is scanned for correctness data, for
 * every role but the committee (organizer) and the jury (judge).
 */

/** Per-question correctness, in any object at any depth: allowed only as null (or an empty list). */
const KEY_FIELDS = new Set(['isCorrect', 'correct', 'correctOptionIds', 'acceptedAnswers', 'explanation', 'review', 'pointsAwarded', 'answerKey', 'correctAnswer', 'correctAnswers']);
const SECRET_TEXTS = [...SECRETS.explanations, ...SECRETS.acceptedAnswers];

/**
 * The API makes admins co-owners of the question bank with organizers (they
 * write and approve questions), so the bank's authoring routes show them the
 * key by design, and so does the audit log, which records every edit of a
 * question in full. Everything else an admin sees is scanned.
 */
const ADMIN_AUTHORING = new Set(['QuestionsController.list', 'QuestionsController.get', 'QuestionsController.versions', 'QuestionsController.export', 'AuditController.list', 'ExportsController.audit']);

/** Where correctness data shows in a payload (empty: nowhere). */
export function leaks(raw: string): string[] {
  const found: string[] = SECRET_TEXTS.filter((s) => raw.includes(s)).map((s) => `text "${s}"`);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return found;
  }
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length) {
    const [v, path] = stack.pop() as [unknown, string];
    if (v === null || typeof v !== 'object') continue;
    for (const [k, child] of Object.entries(v)) {
      const at = path ? `${path}.${k}` : k;
      const empty = child === null || child === undefined || (Array.isArray(child) && child.length === 0);
      if (KEY_FIELDS.has(k) && !empty && !(k === 'correct' && typeof child === 'number' && path === '')) found.push(`${at} = ${JSON.stringify(child).slice(0, 80)}`);
      stack.push([child, at]);
    }
  }
  return found;
}

type Role = 'anonymous' | 'owner' | 'other participant' | 'admin';

describe.each(testDrivers())('answer secrecy during an open round on %s', (driver) => {
  let t: TestApp;
  let s: Scenario;
  let routes: RouteInfo[];
  const sockets: LiveClient[] = [];

  beforeAll(async () => {
    t = await startTestApp(driver, {}, { listen: true });
    t.clock.set(Date.now());
    s = await buildScenario(t, driver);
    routes = listRoutes(t.app);
  }, 120_000);
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await t.close();
  });

  const who = (role: Role): Entrant | null => (role === 'anonymous' ? null : role === 'owner' ? s.owner : role === 'other participant' ? s.other : s.admin);
  const roleName = (role: Role) => (role === 'owner' || role === 'other participant' ? 'participant' : role);
  const mayCall = (r: RouteInfo, role: Role) =>
    r.policy?.kind === 'public' || (role !== 'anonymous' && (r.policy?.kind === 'authenticated' || (r.policy?.kind === 'roles' && r.policy.roles.includes(roleName(role) as never))));

  /** Concrete URLs for a GET route, with the scenario's real ids. */
  function urlsFor(r: RouteInfo, live: { id: string; code: string }): string[] {
    const ids: Record<string, string[]> = {
      contests: [String(s.contestId)],
      rounds: [String(s.round.id), String(s.liveRound.id)],
      attempts: [s.submitted.id, s.inProgress.id, s.othersAttempt.id],
      questions: s.questions.map((q) => q.id),
      'live-sessions': [live.id],
    };
    const query: Record<string, string> = {
      'ResultsController.list': `?contestId=${s.contestId}`,
      'LiveSessionsController.list': `?roundId=${s.liveRound.id}`,
      'QuestionsController.export': '?format=gift',
      'LeaderboardController.round': '?limit=500',
      'LeaderboardController.statistics': `?roundId=${s.round.id}`,
    };
    const m = /\/api\/v1\/([a-z-]+)\/:id/.exec(r.path);
    const values = r.path.includes(':code') && r.path.includes('live-sessions') ? [{ code: live.code }] : m && ids[m[1]] ? ids[m[1]].map((id) => ({ id })) : [{}];
    return values.map((v) => fillPath(r.path, v) + (query[r.handler] ?? ''));
  }

  it('no response or socket payload carries the key, for anyone but the committee and the jury', async () => {
    const seen: { role: Role; where: string; raw: string }[] = [];
    const record = (role: Role, where: string, payload: unknown) => seen.push({ role, where, raw: typeof payload === 'string' ? payload : JSON.stringify(payload) });

    // The entrants' own calls while building the scenario: starts, answers, a submit, a second attempt.
    for (const e of s.log) {
      if (e.who === s.owner) record('owner', `${e.method} ${e.url}`, e.raw);
      if (e.who === s.other) record('other participant', `${e.method} ${e.url}`, e.raw);
    }

    // A live game on the live round: two players, an anonymous projector and an admin watching, all on the self-paced board too.
    const live = (await s.as<LiveSessionState>(s.organizer, 'POST', '/api/v1/live-sessions', { roundId: s.liveRound.id })).body;
    const connections: [Role, LiveClient][] = [];
    for (const role of ['owner', 'other participant', 'anonymous', 'admin'] as Role[]) {
      const account = who(role);
      const socket = await connectLive(t.url as string, account ? freshToken(t, account) : undefined);
      sockets.push(socket);
      connections.push([role, socket]);
    }
    const pushes = connections.map(([role, socket]) => ({ role, states: collect<LiveSessionState>(socket, 'live:state'), boards: collect<unknown>(socket, 'leaderboard:update') }));
    for (const [role, socket] of connections) {
      record(role, 'live:join ack', await ask(socket, 'live:join', { code: live.code }));
      record(role, 'leaderboard:subscribe ack', await ask(socket, 'leaderboard:subscribe', { roundId: s.round.id }));
    }
    await s.as(s.organizer, 'POST', `/api/v1/live-sessions/${live.id}/next`);
    await until(() => pushes.every((p) => p.states.items.some((i) => i.value.phase === 'question')), 5000, 'the question on every screen');
    const question = pushes[0].states.items.find((i) => i.value.phase === 'question')?.value.question;
    if (!question) throw new Error('no open question');
    for (const [role, socket] of connections) {
      record(role, 'live:answer ack', await ask(socket, 'live:answer', { sessionId: live.id, questionId: question.id, optionIds: [question.options[role === 'owner' ? 0 : 1].id] }));
      record(role, 'live:me ack (question open)', await ask(socket, 'live:me', { sessionId: live.id }));
    }
    // Boards move while the round is open: another paper submitted.
    await s.as(s.other, 'POST', `/api/v1/attempts/${s.othersAttempt.id}/submit`, {}).then((r) => record('other participant', 'POST submit', r.raw));

    // Every GET route each role may call, with real ids, while the live question is open.
    let calls = 0;
    for (const role of ['anonymous', 'owner', 'other participant', 'admin'] as Role[]) {
      for (const r of routes.filter((x) => x.method === 'GET' && mayCall(x, role))) {
        if (role === 'admin' && ADMIN_AUTHORING.has(r.handler)) continue;
        for (const url of urlsFor(r, live)) {
          const res = await s.as(who(role), 'GET', url);
          calls += 1;
          if (res.status >= 500) throw new Error(`${url} as ${role}: ${res.status}`);
          record(role, `GET ${url}`, res.raw);
        }
      }
    }

    // The question closes (time up or the host): still no key until the host reveals it.
    await s.as(s.organizer, 'POST', `/api/v1/live-sessions/${live.id}/close`);
    await until(() => pushes.every((p) => p.states.items.some((i) => i.value.phase === 'closed')), 5000, 'the closed question on every screen');
    for (const [role, socket] of connections) record(role, 'live:me ack (question closed)', await ask(socket, 'live:me', { sessionId: live.id }));
    for (const p of pushes) {
      for (const i of p.states.items) record(p.role, `live:state ${i.value.phase}`, i.value);
      for (const i of p.boards.items) record(p.role, 'leaderboard:update', i.value);
    }

    const found = seen.flatMap((x) => leaks(x.raw).map((l) => `${x.role} — ${x.where}: ${l}`));
    recordFigures(`answer secrecy (${driver})`, {
      'payloads scanned': seen.length,
      'GET calls with real ids': calls,
      'socket payloads': seen.filter((x) => x.where.startsWith('live') || x.where.startsWith('leaderboard')).length,
      'roles': 'anonymous, owner, other participant, admin',
      'leaks found': found.length,
    });
    expect(found).toEqual([]);
    expect(seen.length).toBeGreaterThan(120);

    // The scan does see a key when one is there: the host's reveal and the committee's bank.
    await s.as(s.organizer, 'POST', `/api/v1/live-sessions/${live.id}/reveal`);
    await until(() => pushes[2].states.items.some((i) => i.value.phase === 'reveal'), 5000, 'the reveal');
    expect(leaks(JSON.stringify(pushes[2].states.items.find((i) => i.value.phase === 'reveal')?.value))).toEqual(expect.arrayContaining([expect.stringContaining('correctOptionIds')]));
    expect(leaks((await s.as(s.organizer, 'GET', `/api/v1/questions/${s.questions[3].id}`)).raw)).toEqual(expect.arrayContaining([expect.stringContaining(SECRETS.acceptedAnswers[0])]));
  }, 120_000);

  it('shows the review with the key once the round has closed', async () => {
    await s.as(s.organizer, 'POST', `/api/v1/rounds/${s.round.id}/close`);
    const after = await s.as(s.owner, 'GET', `/api/v1/attempts/${s.submitted.id}`);
    expect(leaks(after.raw).length).toBeGreaterThan(0);
  });
});
