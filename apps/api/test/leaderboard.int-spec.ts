import type { Attempt, Contest, ContestInput, ErrorBody, Leaderboard, LeaderboardVisibility, Round, RoundInput, Statistics, Unit } from '@reform-quiz/contracts';
import { answerBody, demoContest, Entrant, freshToken, keyOf, makeEntrants } from './support/contest-fixtures';
import { LeaderboardRepository } from '../src/modules/leaderboard/leaderboard.repository';
import { startTestApp, testDrivers, TestApp } from './support/test-app';

const HOUR = 3600_000;

describe.each(testDrivers())('leaderboards on %s', (driver) => {
  let t: TestApp;
  let bankId: number;
  beforeAll(async () => {
    t = await startTestApp(driver);
    bankId = (await demoContest(t)).weekly.bankId;
  });
  afterAll(() => t.close());

  /** A published contest with one open two-question round, closing in an hour. */
  async function contestWith(visibility: LeaderboardVisibility, over: Partial<RoundInput> = {}, contest: Partial<ContestInput> = {}): Promise<{ contestId: number; round: Round; token: string }> {
    const token = (await t.login('organizer@demo.local')).accessToken;
    const post = <T>(url: string, body: object = {}) => t.request<T>({ method: 'POST', url, token, body });
    const c = await post<Contest>('/api/v1/contests', {
      title: `Bảng xếp hạng ${visibility}`,
      description: null,
      rules: 'Thể lệ.',
      categories: ['civil_servant', 'citizen'],
      tieBreaks: ['score', 'prediction', 'duration', 'submitted_at'],
      prizeTiers: [],
      shortenNames: false,
      ...contest,
    });
    const now = t.clock.now();
    const round = await post<Round>(`/api/v1/contests/${c.body.id}/rounds`, {
      title: 'Đợt xếp hạng',
      mode: 'self_paced',
      bankId,
      opensAt: new Date(now - HOUR).toISOString(),
      closesAt: new Date(now + HOUR).toISOString(),
      timeLimitSeconds: 600,
      questionCount: 2,
      blueprint: [{ topic: 'procedures', difficulty: 'medium', count: 2 }],
      attemptsAllowed: 3,
      countedAttempt: 'best',
      shuffleQuestions: false,
      shuffleOptions: false,
      partialCredit: false,
      prediction: { kind: 'perfect_count', prompt: 'Có bao nhiêu người trả lời đúng cả hai câu?' },
      leaderboardVisibility: visibility,
      freezeMinutes: 30,
      practice: false,
      graceSeconds: 10,
      ...over,
    });
    await post(`/api/v1/contests/${c.body.id}/publish`);
    return { contestId: c.body.id, round: round.body, token };
  }

  /** Plays a whole attempt: `right` of the 2 questions correct, taking `seconds`. */
  async function play(e: Entrant, roundId: number, right: number, seconds: number, prediction: number | null = null): Promise<Attempt> {
    const token = freshToken(t, e);
    const a = (await t.request<Attempt>({ method: 'POST', url: `/api/v1/rounds/${roundId}/attempts`, token })).body;
    const key = await keyOf(t, a);
    for (const [i, q] of a.questions.entries()) await t.request({ method: 'PUT', url: `/api/v1/attempts/${a.id}/answers/${q.id}`, token, body: answerBody(a, key, q.id, i < right) });
    t.clock.advance(seconds * 1000);
    return (await t.request<Attempt>({ method: 'POST', url: `/api/v1/attempts/${a.id}/submit`, token, body: prediction === null ? {} : { prediction } })).body;
  }

  const board = (roundId: number, token?: string, query = '') => t.request<Leaderboard>({ method: 'GET', url: `/api/v1/rounds/${roundId}/leaderboard${query}`, token });

  it('computes a board once for everyone asking at the same time, each signed-in viewer still getting their own place', async () => {
    const { round } = await contestWith('live');
    const people = await makeEntrants(t, 3);
    for (const [i, e] of people.entries()) await play(e, round.id, 2 - (i % 2), 60 + i);
    const reads = jest.spyOn(t.app.get(LeaderboardRepository), 'finishedAttempts');
    const boards = await Promise.all([board(round.id), ...people.map((e) => board(round.id, freshToken(t, e)))]);
    expect(reads).toHaveBeenCalledTimes(1);
    reads.mockRestore();
    expect(boards.map((b) => b.body.entries.length)).toEqual([3, 3, 3, 3]);
    expect(boards[0].body.me).toBeUndefined();
    expect(boards.slice(1).map((b) => b.body.me?.name)).toEqual(people.map((p) => p.fullName));
  });

  it('ranks counted attempts by the chain, with name and unit only; prediction waits for the close', async () => {
    const { round } = await contestWith('live');
    const [an, binh, cuong, dung] = await makeEntrants(t, 4, 'citizen');
    await play(an, round.id, 2, 300, 5);
    await play(binh, round.id, 2, 200, 1);
    await play(cuong, round.id, 1, 100, 3);
    await play(dung, round.id, 0, 50);
    await play(dung, round.id, 2, 400, 3); // second attempt: the best counts

    const open = await board(round.id);
    expect(open.body).toMatchObject({ provisional: true, visibility: 'live', totals: { entrants: 4, attempts: 5, perfectShare: 0.75 } });
    expect(open.body.entries.map((e) => [e.rank, e.name, e.score])).toEqual([
      [1, binh.fullName, 2],
      [2, an.fullName, 2],
      [3, dung.fullName, 2],
      [4, cuong.fullName, 1],
    ]);
    expect(open.body.entries[0]).toEqual({ rank: 1, name: binh.fullName, unit: 'Thành phố Tam Kỳ', score: 2, durationMs: 200_000 });
    expect(open.raw).not.toMatch(/phone|email|nationalId|userId|prediction/);

    const mine = await board(round.id, freshToken(t, cuong));
    expect(mine.body.me).toMatchObject({ rank: 4, name: cuong.fullName });

    // After the close the prediction applies: 3 perfect papers, so Dũng (3) and Cường (3) guessed right.
    t.clock.set(Date.parse(round.closesAt) + 1);
    const closed = await board(round.id);
    expect(closed.body.provisional).toBe(false);
    expect(closed.body.entries.map((e) => [e.rank, e.name, e.predictionError])).toEqual([
      [1, dung.fullName, 0],
      [2, binh.fullName, 2],
      [3, an.fullName, 2],
      [4, cuong.fullName, 0],
    ]);
    t.clock.set(Date.now());
  });

  it('ranks each block separately', async () => {
    const { round } = await contestWith('live');
    const [citizen] = await makeEntrants(t, 1, 'citizen');
    const [servant] = await makeEntrants(t, 1, 'civil_servant');
    await play(citizen, round.id, 1, 10);
    await play(servant, round.id, 2, 10);
    expect((await board(round.id, undefined, '?category=citizen')).body.entries.map((e) => e.name)).toEqual([citizen.fullName]);
    expect((await board(round.id, undefined, '?category=civil_servant')).body.entries.map((e) => e.name)).toEqual([servant.fullName]);
    expect((await board(round.id)).body.entries.map((e) => e.name)).toEqual([servant.fullName, citizen.fullName]);
    t.clock.set(Date.now());
  });

  it('freezes the public board before the close while the committee sees it move; hides a hidden one', async () => {
    const frozen = await contestWith('frozen');
    const [early, late] = await makeEntrants(t, 2);
    await play(early, frozen.round.id, 1, 10);
    t.clock.set(Date.parse(frozen.round.closesAt) - 10 * 60_000); // inside the last 30 minutes
    await play(late, frozen.round.id, 2, 10);
    const pub = await board(frozen.round.id);
    expect(pub.body.visibility).toBe('frozen');
    expect(pub.body.entries.map((e) => e.name)).toEqual([early.fullName]);
    const staff = await board(frozen.round.id, (await t.login('judge@demo.local')).accessToken);
    expect(staff.body.entries.map((e) => e.name)).toEqual([late.fullName, early.fullName]);
    t.clock.set(Date.now());

    const hidden = await contestWith('hidden');
    const [someone] = await makeEntrants(t, 1);
    await play(someone, hidden.round.id, 2, 10);
    const secret = await board(hidden.round.id);
    expect(secret.body).toMatchObject({ visibility: 'hidden', entries: [], totals: { entrants: 1 } });
    t.clock.set(Date.now());
  });

  it('shortens names when the contest says so, and never ranks practice', async () => {
    const { round, contestId } = await contestWith('live', {}, { shortenNames: true });
    const [e] = await makeEntrants(t, 1);
    await play(e, round.id, 2, 10);
    expect((await board(round.id)).body.entries[0].name).toBe('Thí S. S. ' + e.fullName.split(' ').pop()?.[0] + '.');
    const contestBoard = await t.request<Leaderboard>({ method: 'GET', url: `/api/v1/contests/${contestId}/leaderboard` });
    expect(contestBoard.body.entries).toHaveLength(1);
    expect(contestBoard.body.entries[0].score).toBe(2);

    const demo = await demoContest(t);
    const practice = await board(demo.practice.id);
    expect(practice.body.entries).toEqual([]);
    t.clock.set(Date.now());
  });

  it('sums counted round scores on the contest board', async () => {
    const { round, contestId, token } = await contestWith('live');
    const second = (await t.request<Round>({
      method: 'POST',
      url: `/api/v1/contests/${contestId}/rounds`,
      token,
      body: { ...round, title: 'Đợt hai', id: undefined, contestId: undefined, position: undefined, phase: undefined },
    }));
    expect(second.status).toBe(201);
    const [a, b] = await makeEntrants(t, 2);
    await play(a, round.id, 2, 100);
    await play(a, second.body.id, 1, 100);
    await play(b, round.id, 2, 50);
    const total = await t.request<Leaderboard>({ method: 'GET', url: `/api/v1/contests/${contestId}/leaderboard` });
    expect(total.body.entries.map((e) => [e.name, e.score, e.durationMs])).toEqual([
      [a.fullName, 3, 200_000],
      [b.fullName, 2, 50_000],
    ]);
    t.clock.set(Date.now());
  });

  it('counts participation per unit and per district (its communes included), per Việt Nam day, and for one subtree', async () => {
    const admin = (await t.login('admin@demo.local')).accessToken;
    const unit = async (code: string, name: string, kind: 'district' | 'commune', headcount: number, parentId?: number) => {
      const res = await t.request<Unit>({ method: 'POST', url: '/api/v1/units', token: admin, body: { code: `${code}-${driver}`, name: `${name} ${driver}`, kind, headcount, parentId } });
      expect(res.status).toBe(201);
      return res.body;
    };
    const district = await unit('HT', 'Huyện Thử', 'district', 10);
    const commune = await unit('XT', 'Xã Thử', 'commune', 4, district.id);
    // Two days in Việt Nam: 16:30 UTC is 23:30 there; forty minutes later it is the next day.
    t.clock.set(Date.parse('2099-12-01T16:30:00Z'));
    const { contestId, round } = await contestWith('live');
    const [inDistrict] = await makeEntrants(t, 1, 'citizen', district.id);
    const inCommune = await makeEntrants(t, 2, 'citizen', commune.id);
    await play(inDistrict, round.id, 2, 60);
    t.clock.set(Date.parse('2099-12-01T17:10:00Z'));
    for (const e of inCommune) await play(e, round.id, 1, 60);

    const stats = async (query = '') => (await t.request<Statistics & ErrorBody>({ method: 'GET', url: `/api/v1/contests/${contestId}/statistics${query}` })).body;
    const all = await stats();
    expect(all).toMatchObject({ attempts: 3, entrants: 3, unitId: null });
    expect(all.attemptsPerDay).toEqual([
      { date: '2099-12-01', attempts: 1 },
      { date: '2099-12-02', attempts: 2 },
    ]);
    expect(all.participation.find((p) => p.unitId === commune.id)).toMatchObject({ kind: 'commune', parentId: district.id, entrants: 2, headcount: 4, rate: 0.5 });
    expect(all.participation.find((p) => p.unitId === district.id)).toMatchObject({ entrants: 1, rate: 0.1 });
    expect(all.districts.find((p) => p.unitId === district.id)).toMatchObject({ entrants: 3, headcount: 10, rate: 0.3 });
    expect(all.districts.every((p) => p.kind === 'district')).toBe(true);

    const mine = await stats(`?unitId=${commune.id}`);
    expect(mine).toMatchObject({ attempts: 2, entrants: 2, unitId: commune.id, districts: [] });
    expect(mine.participation.map((p) => p.unitId)).toEqual([commune.id]);
    expect((await stats('?unitId=99999999')).error.code).toBe('UNIT_NOT_FOUND');
    expect((await stats('?unitId=abc')).error.code).toBe('VALIDATION_FAILED');
  });
});
