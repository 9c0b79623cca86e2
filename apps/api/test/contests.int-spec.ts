import type { Contest, ContestInput, ContestSummary, ErrorBody, Round, RoundInput, SessionResponse } from '@reform-quiz/contracts';
import { demoContest } from './support/contest-fixtures';
import { startTestApp, testDrivers, TestApp } from './support/test-app';

const HOUR = 3600_000;

describe.each(testDrivers())('contests and rounds on %s', (driver) => {
  let t: TestApp;
  let organizer: SessionResponse;
  let bankId: number;
  beforeAll(async () => {
    t = await startTestApp(driver);
    organizer = await t.login('organizer@demo.local');
    bankId = (await demoContest(t)).weekly.bankId;
  });
  afterAll(() => t.close());

  const contestBody: ContestInput = {
    title: 'Cuộc thi thử nghiệm',
    description: null,
    rules: 'Thể lệ <b>thử</b>.',
    categories: ['citizen'],
    tieBreaks: ['score', 'duration'],
    prizeTiers: [{ kind: 'first', count: 1 }],
    shortenNames: true,
  };
  const roundBody = (over: Partial<RoundInput> = {}): RoundInput => ({
    title: 'Đợt 1',
    mode: 'self_paced',
    bankId,
    opensAt: new Date(t.clock.now() + HOUR).toISOString(),
    closesAt: new Date(t.clock.now() + 48 * HOUR).toISOString(),
    timeLimitSeconds: 300,
    questionCount: 2,
    blueprint: [{ topic: 'procedures', difficulty: 'medium', count: 2 }],
    attemptsAllowed: 1,
    countedAttempt: 'first',
    shuffleQuestions: false,
    shuffleOptions: false,
    partialCredit: false,
    prediction: null,
    leaderboardVisibility: 'live',
    freezeMinutes: 0,
    practice: false,
    graceSeconds: 10,
    questionSeconds: 20,
    speedScoring: true,
    ...over,
  });
  const post = <T>(url: string, body: object = {}) => t.request<T & ErrorBody>({ method: 'POST', url, token: organizer.accessToken, body });

  it('lists the published demo contest publicly with its rounds', async () => {
    const list = await t.request<ContestSummary[]>({ method: 'GET', url: '/api/v1/contests' });
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).toMatchObject({ status: 'published', roundCount: 4, categories: ['civil_servant', 'citizen'] });
    const detail = await t.request<Contest>({ method: 'GET', url: `/api/v1/contests/${list.body[0].id}` });
    expect(detail.body.rules).toContain('Đối tượng dự thi');
    expect(detail.body.rounds.map((r) => [r.title, r.phase, r.mode])).toEqual([
      ['Tuần 1', 'open', 'self_paced'],
      ['Thi thử', 'open', 'self_paced'],
      ['Chung kết trực tiếp', 'upcoming', 'live'],
      ['Đợt khởi động', 'closed', 'self_paced'],
    ]);
  });

  it('keeps drafts from the public and refuses to publish a configuration that cannot work, saying why', async () => {
    const created = await post<Contest>('/api/v1/contests', contestBody);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', rules: 'Thể lệ thử.' });
    const id = created.body.id;
    expect((await t.request({ method: 'GET', url: `/api/v1/contests/${id}` })).status).toBe(404);

    const empty = await post(`/api/v1/contests/${id}/publish`);
    expect([empty.status, empty.body.error.code]).toEqual([422, 'CONTEST_NOT_PUBLISHABLE']);
    expect(empty.body.error.details?.map((d) => d.code)).toEqual(['NO_ROUNDS']);

    await post<Round>(`/api/v1/contests/${id}/rounds`, roundBody({ blueprint: [{ topic: 'procedures', difficulty: 'medium', count: 200 }], questionCount: 200 }));
    await post<Round>(`/api/v1/contests/${id}/rounds`, roundBody({ title: 'Đợt 2', closesAt: new Date(t.clock.now()).toISOString() }));
    const broken = await post(`/api/v1/contests/${id}/publish`);
    expect(broken.status).toBe(422);
    expect(broken.body.error.details?.map((d) => `${d.field}:${d.code}`)).toEqual(['rounds.0.blueprint.0:BLUEPRINT_SHORT', 'rounds.1.closesAt:WINDOW_INVALID']);
    expect((await t.request<Contest>({ method: 'GET', url: `/api/v1/contests/${id}`, token: organizer.accessToken })).body.status).toBe('draft');
  });

  it('publishes a workable contest, then locks each round once it opens', async () => {
    const id = (await post<Contest>('/api/v1/contests', contestBody)).body.id;
    const round = (await post<Round>(`/api/v1/contests/${id}/rounds`, roundBody())).body;
    const published = await post<Contest>(`/api/v1/contests/${id}/publish`);
    expect(published.body).toMatchObject({ status: 'published', publishedAt: expect.any(String) });

    // Before it opens, a published round may change — but only into something that still works.
    const bad = await t.request<ErrorBody>({ method: 'PATCH', url: `/api/v1/rounds/${round.id}`, token: organizer.accessToken, body: { questionCount: 3 } });
    expect([bad.status, bad.body.error.details?.[0]?.code]).toEqual([422, 'BLUEPRINT_SUM']);
    const ok = await t.request<Round>({ method: 'PATCH', url: `/api/v1/rounds/${round.id}`, token: organizer.accessToken, body: { timeLimitSeconds: 240 } });
    expect(ok.body.timeLimitSeconds).toBe(240);

    t.clock.advance(2 * HOUR);
    const later = await t.login('organizer@demo.local');
    const locked = await t.request<ErrorBody>({ method: 'PATCH', url: `/api/v1/rounds/${round.id}`, token: later.accessToken, body: { timeLimitSeconds: 60 } });
    t.clock.set(Date.now());
    expect([locked.status, locked.body.error.code]).toEqual([409, 'ROUND_LOCKED']);

    expect((await post<Contest>(`/api/v1/contests/${id}/publish`)).body.error.code).toBe('CONTEST_STATUS_CONFLICT');
    expect((await post<Contest>(`/api/v1/contests/${id}/close`)).body.status).toBe('closed');
    expect((await post<Contest>(`/api/v1/contests/${id}/archive`)).body.status).toBe('archived');
  });

  it('validates contest and round fields', async () => {
    const res = await post('/api/v1/contests', { ...contestBody, categories: ['students'], tieBreaks: ['luck'] });
    expect(res.body.error.details?.map((d) => d.field).sort()).toEqual(['categories', 'tieBreaks']);
    const id = (await post<Contest>('/api/v1/contests', contestBody)).body.id;
    const round = await post(`/api/v1/contests/${id}/rounds`, { ...roundBody(), opensAt: 'tomorrow', countedAttempt: 'worst' });
    expect(round.body.error.details?.map((d) => d.field).sort()).toEqual(['countedAttempt', 'opensAt']);
  });
});
