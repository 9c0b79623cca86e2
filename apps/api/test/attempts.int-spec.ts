import type { AnswerAck, Attempt, ErrorBody, RoundEligibility } from '@reform-quiz/contracts';
import { AttemptFinalizer } from '../src/modules/attempts/attempt-finalizer.service';
import { AnswerEntity } from '../src/modules/attempts/answer.entity';
import { AttemptEntity } from '../src/modules/attempts/attempt.entity';
import { answerBody, demoContest, DemoRounds, freshToken, keyOf, makeEntrants } from './support/contest-fixtures';
import { startTestApp, testDrivers, TestApp } from './support/test-app';

/** Anything that would tell an entrant what is right, as it could appear in JSON. */
const KEY_LEAK = /isCorrect|acceptedAnswers|correctOptionIds|explanation|"source"|"review":\[/;

describe.each(testDrivers())('attempts on %s', (driver) => {
  let t: TestApp;
  let demo: DemoRounds;
  beforeAll(async () => {
    t = await startTestApp(driver);
    demo = await demoContest(t);
  });
  afterAll(() => t.close());

  const start = (token: string, roundId = demo.weekly.id) => t.request<Attempt & ErrorBody>({ method: 'POST', url: `/api/v1/rounds/${roundId}/attempts`, token });
  const save = (token: string, attemptId: string, questionId: string, body: object) =>
    t.request<AnswerAck & ErrorBody>({ method: 'PUT', url: `/api/v1/attempts/${attemptId}/answers/${questionId}`, token, body });
  const submit = (token: string, attemptId: string, body: object = {}) => t.request<Attempt & ErrorBody>({ method: 'POST', url: `/api/v1/attempts/${attemptId}/submit`, token, body });
  const stored = (attemptId: string) => t.dataSource.getRepository(AnswerEntity).findBy({ attemptId });

  it('starts an attempt with the drawn questions, no key, and the server deadline; starting again resumes it', async () => {
    const [entrant] = await makeEntrants(t, 1);
    const res = await start(entrant.token);
    expect(res.status).toBe(200);
    expect(res.raw).not.toMatch(KEY_LEAK);
    const a = res.body;
    expect(a).toMatchObject({ status: 'in_progress', number: 1, roundId: demo.weekly.id, predictionPrompt: expect.stringContaining('bao nhiêu người'), review: null, result: null });
    expect(a.questions).toHaveLength(10);
    expect(new Set(a.questions.map((q) => q.id)).size).toBe(10);
    expect(Date.parse(a.deadlineAt) - Date.parse(a.startedAt)).toBe(600_000);
    expect(Date.parse(a.serverNow)).toBe(t.clock.now());
    expect(a.timeLeftMs).toBe(600_000);

    t.clock.advance(42_000);
    const again = await start(entrant.token);
    expect(again.body.id).toBe(a.id);
    expect(again.body.questions.map((q) => q.id)).toEqual(a.questions.map((q) => q.id));
    expect(again.body.questions.map((q) => q.options.map((o) => o.id))).toEqual(a.questions.map((q) => q.options.map((o) => o.id)));
    expect(again.body.timeLeftMs).toBe(558_000);
  });

  it('stores answers idempotently: a replay changes nothing, a lower sequence loses, a higher one wins', async () => {
    const [entrant] = await makeEntrants(t, 1);
    const a = (await start(entrant.token)).body;
    const q = a.questions.find((x) => x.options.length >= 2);
    if (!q) throw new Error('no choice question drawn');
    const [first, second] = q.options;

    const ack = await save(entrant.token, a.id, q.id, { optionIds: [first.id], clientSeq: 2 });
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({ questionId: q.id, clientSeq: 2 });
    expect(ack.raw).not.toMatch(KEY_LEAK);
    const replay = await save(entrant.token, a.id, q.id, { optionIds: [first.id], clientSeq: 2 });
    expect(replay.body.clientSeq).toBe(2);
    const stale = await save(entrant.token, a.id, q.id, { optionIds: [second.id], clientSeq: 1 });
    expect(stale.body.clientSeq).toBe(2);
    expect((await stored(a.id)).map((s) => [s.optionIds, s.clientSeq])).toEqual([[[first.id], 2]]);
    await save(entrant.token, a.id, q.id, { optionIds: [second.id], clientSeq: 3 });
    expect((await stored(a.id)).map((s) => [s.optionIds, s.clientSeq])).toEqual([[[second.id], 3]]);

    const resumed = await t.request<Attempt>({ method: 'GET', url: `/api/v1/attempts/${a.id}`, token: entrant.token });
    expect(resumed.body.answers).toEqual([expect.objectContaining({ questionId: q.id, optionIds: [second.id], clientSeq: 3 })]);
  });

  it('refuses answers that do not fit the question', async () => {
    const [entrant] = await makeEntrants(t, 1);
    const a = (await start(entrant.token)).body;
    const single = a.questions.find((x) => x.maxChoices === 1 && x.options.length >= 2);
    if (!single) throw new Error('no single choice drawn');
    const cases: [string, object, string][] = [
      [single.id, { optionIds: [single.options[0].id, single.options[1].id], clientSeq: 1 }, 'ANSWER_INVALID'],
      [single.id, { optionIds: ['00000000-0000-4000-8000-000000000000'], clientSeq: 1 }, 'ANSWER_INVALID'],
      [single.id, { text: 'A', clientSeq: 1 }, 'ANSWER_INVALID'],
      ['00000000-0000-4000-8000-000000000000', { optionIds: [], clientSeq: 1 }, 'QUESTION_NOT_IN_ATTEMPT'],
      [single.id, { optionIds: [single.options[0].id] }, 'VALIDATION_FAILED'],
      [single.id, { optionIds: [single.options[0].id], clientSeq: -1 }, 'VALIDATION_FAILED'],
    ];
    for (const [questionId, body, code] of cases) expect((await save(entrant.token, a.id, questionId, body)).body.error.code).toBe(code);
    expect(await stored(a.id)).toEqual([]);
    const [other] = await makeEntrants(t, 1);
    const foreign = await save(other.token, a.id, single.id, { optionIds: [single.options[0].id], clientSeq: 1 });
    expect([foreign.status, foreign.body.error.code]).toEqual([404, 'ATTEMPT_NOT_FOUND']);
  });

  it('acknowledges 50 concurrent saves to one attempt, each stored once with the highest sequence', async () => {
    const [entrant] = await makeEntrants(t, 1);
    const a = (await start(entrant.token)).body;
    const choice = a.questions.filter((q) => q.options.length >= 2);
    const saves = Array.from({ length: 50 }, (_, i) => {
      const q = choice[i % choice.length];
      return { q, body: { optionIds: [q.options[i % q.options.length].id], clientSeq: i + 1 } };
    });
    const acks = await Promise.all(saves.map((s) => save(entrant.token, a.id, s.q.id, s.body)));
    expect(acks.every((r) => r.status === 200)).toBe(true);
    const rows = await stored(a.id);
    expect(rows).toHaveLength(choice.length);
    for (const q of choice) {
      const last = [...saves].reverse().find((s) => s.q.id === q.id);
      expect(rows.find((r) => r.questionId === q.id)).toMatchObject({ clientSeq: last?.body.clientSeq, optionIds: last?.body.optionIds });
    }
  });

  it('keeps every acknowledged answer of 200 entrants saving at once, none duplicated', async () => {
    const entrants = await makeEntrants(t, 200);
    const attempts = await Promise.all(entrants.map((e) => start(e.token)));
    expect(attempts.every((r) => r.status === 200)).toBe(true);
    const acks = await Promise.all(
      attempts.flatMap((r, i) =>
        r.body.questions
          .filter((q) => q.options.length > 0)
          .slice(0, 3)
          .map((q) => save(entrants[i].token, r.body.id, q.id, { optionIds: [q.options[0].id], clientSeq: 1 }).then((ack) => ({ ack, attemptId: r.body.id, questionId: q.id }))),
      ),
    );
    expect(acks.every(({ ack }) => ack.status === 200)).toBe(true);
    const rows = await t.dataSource.getRepository(AnswerEntity).createQueryBuilder('a').where('a.attempt_id IN (:...ids)', { ids: attempts.map((r) => r.body.id) }).getMany();
    expect(rows).toHaveLength(acks.length);
    const keys = new Set(rows.map((r) => `${r.attemptId}/${r.questionId}`));
    expect(keys.size).toBe(acks.length);
    for (const { attemptId, questionId } of acks) expect(keys.has(`${attemptId}/${questionId}`)).toBe(true);
  });

  it('takes answers until deadline + grace, by the server clock, and refuses them after', async () => {
    const [entrant] = await makeEntrants(t, 1);
    const a = (await start(entrant.token)).body;
    const [q1, q2] = a.questions.filter((q) => q.options.length > 0);
    t.clock.set(Date.parse(a.deadlineAt) + 9_000);
    expect((await save(entrant.token, a.id, q1.id, { optionIds: [q1.options[0].id], clientSeq: 1 })).status).toBe(200);
    t.clock.set(Date.parse(a.deadlineAt) + 10_001);
    const late = await save(entrant.token, a.id, q2.id, { optionIds: [q2.options[0].id], clientSeq: 1 });
    expect([late.status, late.body.error.code]).toEqual([409, 'ATTEMPT_EXPIRED']);
    expect((await stored(a.id)).map((s) => s.questionId)).toEqual([q1.id]);
    const after = await t.request<Attempt>({ method: 'GET', url: `/api/v1/attempts/${a.id}`, token: entrant.token });
    expect(after.body).toMatchObject({ status: 'expired', timeLeftMs: 0 });
    expect(after.body.result?.durationMs).toBe(600_000);
    t.clock.set(Date.now());
  });

  it('resumes on a restarted server with the time that is really left', async () => {
    const [entrant] = await makeEntrants(t, 1);
    const a = (await start(entrant.token)).body;
    const q = a.questions.find((x) => x.options.length > 0);
    if (!q) throw new Error('no choice question');
    await save(entrant.token, a.id, q.id, { optionIds: [q.options[0].id], clientSeq: 1 });
    t.clock.advance(123_456);
    t = await t.restart();
    const resumed = await t.request<Attempt>({ method: 'GET', url: `/api/v1/attempts/${a.id}`, token: entrant.token });
    expect(resumed.body).toMatchObject({ id: a.id, status: 'in_progress', timeLeftMs: 600_000 - 123_456 });
    expect(resumed.body.answers.map((x) => x.questionId)).toEqual([q.id]);
    t.clock.set(Date.now());
  });

  it('finalises abandoned attempts with the answers saved so far (the sweeper)', async () => {
    const [entrant] = await makeEntrants(t, 1);
    const a = (await start(entrant.token)).body;
    const key = await keyOf(t, a);
    const first = a.questions[0];
    await save(entrant.token, a.id, first.id, answerBody(a, key, first.id, true));
    t.clock.set(Date.parse(a.deadlineAt) + 11_000);
    expect(await t.app.get(AttemptFinalizer).sweep()).toBeGreaterThanOrEqual(1);
    const row = await t.dataSource.getRepository(AttemptEntity).findOneByOrFail({ id: a.id });
    expect(row).toMatchObject({ status: 'expired', correctCount: 1, durationMs: 600_000, submittedAt: null });
    expect(row.scoreCenti).toBe(first.points * 100);
    t.clock.set(Date.now());
  });

  it('scores a submission from the stored answers, keeps the prediction, and enforces the attempts allowed', async () => {
    const [entrant] = await makeEntrants(t, 1);
    for (let n = 1; n <= 3; n++) {
      const a = (await start(entrant.token)).body;
      expect(a.number).toBe(n);
      const key = await keyOf(t, a);
      for (const [i, q] of a.questions.entries()) await save(entrant.token, a.id, q.id, answerBody(a, key, q.id, i < 7));
      t.clock.advance(60_000);
      const done = await submit(entrant.token, a.id, { prediction: 12 });
      expect(done.status).toBe(200);
      expect(done.raw).not.toMatch(KEY_LEAK);
      expect(done.body).toMatchObject({ status: 'submitted', prediction: 12, result: { correctCount: 7, questionCount: 10, durationMs: 60_000 } });
      expect((await submit(entrant.token, a.id)).body.error.code).toBe('ATTEMPT_FINISHED');
    }
    const fourth = await start(entrant.token);
    expect([fourth.status, fourth.body.error.code]).toEqual([409, 'NO_ATTEMPTS_LEFT']);
    const eligibility = await t.request<RoundEligibility>({ method: 'GET', url: `/api/v1/rounds/${demo.weekly.id}/eligibility`, token: entrant.token });
    expect(eligibility.body).toMatchObject({ eligible: false, reason: 'no_attempts_left', attemptsUsed: 3, attemptsAllowed: 3 });
    t.clock.set(Date.now());
  });

  it('lets anyone practise without limit, and keeps the committee and jury out of ranked rounds', async () => {
    const organizer = await t.login('organizer@demo.local');
    const refused = await start(organizer.accessToken);
    expect([refused.status, refused.body.error.code]).toEqual([403, 'NOT_ELIGIBLE']);
    for (let n = 1; n <= 4; n++) {
      const p = await start(organizer.accessToken, demo.practice.id);
      expect(p.body).toMatchObject({ practice: true, number: n, predictionPrompt: null });
      expect(p.body.questions).toHaveLength(5);
      await submit(organizer.accessToken, p.body.id);
    }
    const live = await start(organizer.accessToken, demo.live.id);
    expect(live.body.error.code).toBe('ROUND_NOT_OPEN');
  });

  it('shows the key, explanation and legal source only once the round has closed', async () => {
    const [entrant] = await makeEntrants(t, 1);
    const a = (await start(entrant.token)).body;
    const key = await keyOf(t, a);
    await save(entrant.token, a.id, a.questions[0].id, answerBody(a, key, a.questions[0].id, true));
    await submit(entrant.token, a.id);
    const open = await t.request<Attempt>({ method: 'GET', url: `/api/v1/attempts/${a.id}`, token: entrant.token });
    expect(open.raw).not.toMatch(KEY_LEAK);
    t.clock.set(Date.parse(demo.weekly.closesAt) + 1);
    const token = freshToken(t, entrant);
    const closed = await t.request<Attempt>({ method: 'GET', url: `/api/v1/attempts/${a.id}`, token });
    expect(closed.body.review).toHaveLength(10);
    expect(closed.body.review?.[0]).toMatchObject({ questionId: a.questions[0].id, correct: true, correctOptionIds: key.get(a.questions[0].id)?.optionIds });
    expect(closed.body.review?.every((r) => r.source?.document)).toBe(true);
    const late = await start(token);
    expect(late.body.error.code).toBe('ROUND_CLOSED');
    t.clock.set(Date.now());
  });
});
