import type { Appeal, Attempt, CertificateSummary, CertificateVerification, ErrorBody, LeaderboardSnapshot, LiveSessionState, Role } from '@reform-quiz/contracts';
import type { AccessPolicy } from '../src/common/auth/access.decorator';
import { LiveGateway, socketEventPolicies } from '../src/modules/live/live.gateway';
import { freshToken, makeEntrants, makeStaff, type Entrant } from './support/contest-fixtures';
import { ask, connectLive, type LiveClient } from './support/live-client';
import { concreteUrl, fillPath, listRoutes, RouteInfo } from './support/routes';
import { startTestApp, testDrivers, TestApp } from './support/test-app';
import { changedTables, dbChecksum } from './security/support/db-checksum';
import { buildScenario, type Scenario } from './security/support/scenario';
import { recordFigures } from './security/support/summary';

const label = (r: RouteInfo) => `${r.method} ${r.path}`;
type Caller = 'anonymous' | Role;
const CALLERS: Caller[] = ['anonymous', 'participant', 'organizer', 'judge', 'admin'];

/** What a policy promises a caller: through, or refused with 401 or 403. */
function expected(policy: AccessPolicy | undefined, caller: Caller): 'allowed' | 401 | 403 {
  if (!policy) return 403;
  if (policy.kind === 'public') return 'allowed';
  if (caller === 'anonymous') return 401;
  if (policy.kind === 'roles' && !policy.roles.includes(caller)) return 403;
  return 'allowed';
}

describe.each(testDrivers())('who may call what, on %s', (driver) => {
  let t: TestApp;
  let routes: RouteInfo[];
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp(driver, {}, { listen: true });
    routes = listRoutes(t.app);
    for (const role of ['admin', 'organizer', 'judge']) tokens[role] = (await t.login(`${role}@demo.local`)).accessToken;
    tokens['participant'] = (await t.login('entrant1@demo.local')).accessToken;
  });
  afterAll(() => t.close());

  const call = (r: RouteInfo, token?: string) =>
    t.request<ErrorBody>({ method: r.method as 'GET', url: concreteUrl(r.path), token, ...(r.method !== 'GET' && r.method !== 'DELETE' && { body: {} }) });

  it('finds the routes it walks', () => {
    expect(routes.map(label)).toEqual(expect.arrayContaining(['POST /api/v1/auth/register', 'GET /api/v1/admin/users', 'DELETE /api/v1/units/:id']));
    expect(routes.length).toBeGreaterThanOrEqual(15);
  });

  it('every route declares who may call it', () => {
    expect(routes.filter((r) => !r.policy).map((r) => `${label(r)} (${r.handler})`)).toEqual([]);
  });

  it('refuses anonymous callers on every route that is not public (401)', async () => {
    const closed = routes.filter((r) => r.policy?.kind !== 'public');
    expect(closed.length).toBeGreaterThan(5);
    for (const r of closed) {
      const res = await call(r);
      expect({ route: label(r), status: res.status, code: res.body.error?.code }).toEqual({ route: label(r), status: 401, code: 'UNAUTHENTICATED' });
    }
  });

  it('refuses a bad or foreign token like no token', async () => {
    const admin = routes.find((r) => r.path === '/api/v1/admin/users' && r.method === 'GET');
    if (!admin) throw new Error('route GET /api/v1/admin/users not found');
    for (const token of ['garbage', `${tokens['admin']}x`, 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwic2lkIjoieCIsInJvbGUiOiJhZG1pbiJ9.']) {
      expect((await call(admin, token)).status).toBe(401);
    }
  });

  it.each(['participant', 'organizer', 'judge', 'admin'])('lets %s through only the routes that name its role (403 elsewhere)', async (role) => {
    for (const r of routes.filter((x) => x.policy?.kind === 'roles')) {
      const allowed = r.policy?.kind === 'roles' && r.policy.roles.includes(role as never);
      const res = await call(r, tokens[role]);
      if (allowed) {
        expect({ route: label(r), status: res.status }).not.toEqual({ route: label(r), status: 403 });
        expect([401, 403]).not.toContain(res.status);
      } else {
        expect({ route: label(r), status: res.status, code: res.body.error?.code }).toEqual({ route: label(r), status: 403, code: 'FORBIDDEN' });
      }
    }
  });

  it('opens public routes to anonymous callers', async () => {
    const open = routes.filter((x) => x.policy?.kind === 'public' && x.method === 'GET');
    expect(open.length).toBeGreaterThan(5);
    for (const r of open) {
      const res = await call(r);
      // Ids in these URLs name nothing, so 404 is a fine answer; being turned away or failing is not.
      expect({ route: label(r), allowed: ![401, 403].includes(res.status) && res.status < 500 }).toEqual({ route: label(r), allowed: true });
    }
  });

  it('matches the whole matrix, every route × every caller, against the declared policies', async () => {
    const mismatches: string[] = [];
    const cells: Record<string, number> = { allowed: 0, '401': 0, '403': 0 };
    // Logging out ends the session that calls it: those calls get a session of their own.
    const throwaway = async (caller: Caller) =>
      caller === 'anonymous' ? undefined : (caller === 'participant' ? (await makeEntrants(t, 1))[0] : (await makeStaff(t, caller, 1))[0]).token;
    for (const r of routes) {
      for (const caller of CALLERS) {
        const want = expected(r.policy, caller);
        const res = await call(r, r.handler === 'AuthController.logout' ? await throwaway(caller) : caller === 'anonymous' ? undefined : tokens[caller]);
        // Only the guard's refusals count as "not let in": a public route may still answer 401 for a bad refresh token.
        const code = res.body.error?.code;
        const got = code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' || code === 'ROUTE_POLICY_MISSING' ? 403 : res.status >= 500 ? `${res.status}` : 'allowed';
        cells[String(want)] += 1;
        if (got !== want) mismatches.push(`${label(r)} as ${caller}: expected ${want}, got ${res.status} ${res.body.error?.code ?? ''}`);
      }
    }
    recordFigures(`authorization matrix (${driver})`, { routes: routes.length, callers: CALLERS.join(', '), cells: routes.length * CALLERS.length, 'allowed cells': cells['allowed'], '401 cells': cells['401'], '403 cells': cells['403'], mismatches: mismatches.length });
    expect(mismatches).toEqual([]);
  });

  describe('socket events', () => {
    const policies = socketEventPolicies(LiveGateway);
    let live: LiveSessionState;
    let weeklyRoundId: number;
    const open: LiveClient[] = [];
    const socketOf = async (caller: Caller) => {
      const s = await connectLive(t.url as string, caller === 'anonymous' ? undefined : tokens[caller]);
      open.push(s);
      return s;
    };
    beforeAll(async () => {
      const contests = await t.request<{ id: number; title: string }[]>({ method: 'GET', url: '/api/v1/contests' });
      const contest = await t.request<{ rounds: { id: number; mode: string; practice: boolean }[] }>({ method: 'GET', url: `/api/v1/contests/${contests.body[0].id}` });
      const liveRound = contest.body.rounds.find((r) => r.mode === 'live');
      weeklyRoundId = contest.body.rounds.find((r) => r.mode === 'self_paced' && !r.practice)?.id ?? 0;
      if (!liveRound) throw new Error('demo live round missing');
      live = (await t.request<LiveSessionState>({ method: 'POST', url: '/api/v1/live-sessions', token: tokens['organizer'], body: { roundId: liveRound.id } })).body;
    });
    afterAll(() => open.forEach((s) => s.disconnect()));

    it('every socket event declares who may send it', () => {
      expect([...policies.keys()].sort()).toEqual(['leaderboard:subscribe', 'leaderboard:unsubscribe', 'live:answer', 'live:join', 'live:me']);
      expect([...policies].filter(([, p]) => !p).map(([e]) => e)).toEqual([]);
    });

    it('holds every event × every caller to its policy', async () => {
      const payloads: Record<string, unknown> = {
        'leaderboard:subscribe': { roundId: weeklyRoundId },
        'leaderboard:unsubscribe': {},
        'live:join': { code: live.code },
        'live:answer': { sessionId: live.id, questionId: '00000000-0000-4000-8000-000000000001', optionIds: ['00000000-0000-4000-8000-000000000002'] },
        'live:me': { sessionId: live.id },
      };
      const mismatches: string[] = [];
      for (const caller of CALLERS) {
        const socket = await socketOf(caller);
        for (const [event, policy] of policies) {
          if (!(event in payloads)) {
            mismatches.push(`${event}: no payload in this test — add one`);
            continue;
          }
          const reply = await ask<{ error?: { code: string } }>(socket, event as never, payloads[event]);
          const want = expected(policy, caller);
          const code = reply?.error?.code;
          const got = code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' || code === 'ROUTE_POLICY_MISSING' ? 403 : code === 'INTERNAL_ERROR' ? 500 : 'allowed';
          if (got !== want) mismatches.push(`${event} as ${caller}: expected ${want}, got ${JSON.stringify(reply).slice(0, 120)}`);
        }
      }
      expect(mismatches).toEqual([]);
    });

    it('lets participants play; the committee, the jury and admins only watch', async () => {
      for (const caller of CALLERS) {
        const socket = await socketOf(caller);
        const joined = await ask<LiveSessionState>(socket, 'live:join', { code: live.code });
        expect({ caller, joinedAs: joined.joinedAs }).toEqual({ caller, joinedAs: caller === 'participant' ? 'player' : 'audience' });
        const answered = await ask<{ accepted?: boolean; code?: string; error?: { code: string } }>(socket, 'live:answer', { sessionId: live.id, questionId: '00000000-0000-4000-8000-000000000001', optionIds: ['00000000-0000-4000-8000-000000000002'] });
        // In the lobby nobody's answer counts; watchers are told they are not playing.
        const want = caller === 'anonymous' ? { error: expect.objectContaining({ code: 'UNAUTHENTICATED' }) } : caller === 'participant' ? { accepted: false, code: 'LIVE_QUESTION_CLOSED' } : { accepted: false, code: 'LIVE_NOT_JOINED' };
        expect({ caller, answered }).toEqual({ caller, answered: want });
      }
      const board = await ask<LeaderboardSnapshot>(await socketOf('anonymous'), 'leaderboard:subscribe', { roundId: weeklyRoundId });
      expect(board.entries).toEqual(expect.any(Array));
    });
  });

  describe('the owner of a paper and everyone else', () => {
    let s: Scenario;
    let stranger: Entrant;
    beforeAll(async () => {
      t.clock.set(Date.now());
      s = await buildScenario(t, `access ${driver}`);
      [stranger] = await makeEntrants(t, 1);
    }, 120_000);

    /** Every route about one attempt, found by its path: a new one is covered without being listed. */
    const attemptRoutes = () => routes.filter((r) => r.path.startsWith('/api/v1/attempts/:id'));
    const bodyFor = (r: RouteInfo, attempt: Attempt): object | undefined => {
      if (r.path.endsWith('/answers/:questionId')) return { text: 'Câu trả lời của người khác', optionIds: [], clientSeq: 99 };
      if (r.path.endsWith('/appeals') && r.method === 'POST') return { questionId: attempt.questions[0].id, text: 'Tôi cho rằng đáp án chưa đúng.' };
      if (r.path.endsWith('/events')) return { kind: 'focus_lost' };
      return r.method === 'GET' ? undefined : {};
    };
    const urlFor = (r: RouteInfo, attempt: Attempt) => fillPath(r.path, { id: attempt.id, questionId: attempt.questions[0].id });
    const asWho = (who: Entrant, r: RouteInfo, attempt: Attempt) => t.request<ErrorBody>({ method: r.method as 'GET', url: urlFor(r, attempt), token: freshToken(t, who), body: bodyFor(r, attempt) });

    it('finds the attempt routes it checks', () => {
      expect(attemptRoutes().map(label)).toEqual(
        expect.arrayContaining(['GET /api/v1/attempts/:id', 'PUT /api/v1/attempts/:id/answers/:questionId', 'POST /api/v1/attempts/:id/submit', 'POST /api/v1/attempts/:id/events', 'POST /api/v1/attempts/:id/appeals', 'GET /api/v1/attempts/:id/appeals']),
      );
    });

    it("refuses everyone but the owner on every route of a paper (404, as if it did not exist), changing nothing", async () => {
      const before = await dbChecksum(t.dataSource);
      const refusals: string[] = [];
      for (const who of [s.other, stranger, s.organizer, s.judge, s.admin]) {
        for (const r of attemptRoutes()) {
          const res = await asWho(who, r, s.inProgress);
          if (!(res.status === 404 && res.body.error?.code === 'ATTEMPT_NOT_FOUND')) refusals.push(`${label(r)} as ${who.role} ${who.fullName}: ${res.status} ${res.body.error?.code ?? ''}`);
        }
      }
      expect(refusals).toEqual([]);
      const after = await dbChecksum(t.dataSource);
      expect(changedTables(before, after)).toEqual([]);
    });

    it('lets the owner through on the same routes', async () => {
      for (const r of attemptRoutes()) {
        const res = await asWho(s.owner, r, s.inProgress);
        // Through the door: the answer depends on the paper (an appeal waits for the round to close), never "not yours".
        expect({ route: label(r), status: res.status, code: res.body.error?.code }).not.toEqual(expect.objectContaining({ code: expect.stringMatching(/^(ATTEMPT_NOT_FOUND|FORBIDDEN|UNAUTHENTICATED)$/) }));
        expect(res.status).toBeLessThan(500);
      }
    });

    it("keeps appeals and certificates to their owner once the round has closed", async () => {
      expect((await s.as(s.organizer, 'POST', `/api/v1/rounds/${s.round.id}/close`)).status).toBe(200);
      const appeal = await s.as<Appeal>(s.owner, 'POST', `/api/v1/attempts/${s.submitted.id}/appeals`, { questionId: s.submitted.questions[0].id, text: 'Tôi cho rằng đáp án của câu này chưa đúng.' });
      expect(appeal.status).toBe(201);
      expect((await s.as<Appeal[]>(s.owner, 'GET', `/api/v1/attempts/${s.submitted.id}/appeals`)).body.map((a) => a.id)).toEqual([appeal.body.id]);
      for (const who of [s.other, stranger]) {
        expect((await s.as(who, 'GET', `/api/v1/attempts/${s.submitted.id}/appeals`)).body.error.code).toBe('ATTEMPT_NOT_FOUND');
        expect((await s.as(who, 'POST', `/api/v1/attempts/${s.submitted.id}/appeals`, { questionId: s.submitted.questions[0].id, text: 'Tôi cho rằng đáp án của câu này chưa đúng.' })).body.error.code).toBe('ATTEMPT_NOT_FOUND');
      }

      const certificate = await s.as<CertificateVerification>(s.owner, 'POST', `/api/v1/contests/${s.contestId}/participation-certificate`);
      expect(certificate.status).toBeLessThan(300);
      expect((await s.as<CertificateSummary[]>(s.owner, 'GET', '/api/v1/me/certificates')).body.map((c) => c.code)).toContain(certificate.body.code);
      expect((await s.as<CertificateSummary[]>(s.other, 'GET', '/api/v1/me/certificates')).body.map((c) => c.code)).not.toContain(certificate.body.code);
      // Someone without a finished paper gets none, and asking does not hand them the owner's.
      const refused = await s.as(stranger, 'POST', `/api/v1/contests/${s.contestId}/participation-certificate`);
      expect([refused.status, refused.body.error.code]).toEqual([409, 'NOT_A_PARTICIPANT']);
      expect((await s.as<CertificateSummary[]>(stranger, 'GET', '/api/v1/me/certificates')).body).toEqual([]);
      // The public check behind the QR code is public by design: name, unit, contest, prize — nothing else.
      const verified = await s.as<CertificateVerification>(null, 'GET', `/api/v1/certificates/${certificate.body.code}`);
      expect(Object.keys(verified.body).sort()).toEqual(['code', 'contestTitle', 'issuedAt', 'kind', 'name', 'prize', 'revoked', 'roundTitle', 'unit', 'valid']);
    });
  });
});
