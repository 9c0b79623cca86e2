import type {
  Appeal,
  Attempt,
  AuditEntry,
  CertificateSummary,
  CertificateVerification,
  Contest,
  ContestInput,
  EssayToGrade,
  ErrorBody,
  IntegrityFlag,
  ItemStatistics,
  Leaderboard,
  Page,
  PublishedResults,
  Question,
  QuestionBank,
  QuestionInput,
  ResultSnapshot,
  Round,
  RoundInput,
  Unit,
} from '@reform-quiz/contracts';
import { AttemptEntity } from '../src/modules/attempts/attempt.entity';
import { answerBody, Entrant, freshToken, keyOf, makeEntrants, makeStaff } from './support/contest-fixtures';
import { readReport } from '@reform-quiz/spreadsheets';
import { pageText, readPdf } from './support/pdf-reader';
import { startTestApp, testDrivers, TestApp } from './support/test-app';

const HOUR = 3600_000;

/** Where a request comes from: its address and headers (the device id). */
interface From {
  ip?: string;
  headers?: Record<string, string>;
}
let lastIp = 0;
/** Entrants reach the server from addresses of their own, as they would from their phones. */
const ownAddress = (): From => ({
  ip: `198.51.100.${(lastIp = (lastIp % 250) + 1)}`,
});
const DAY = 24 * HOUR;

const source = {
  document: 'Nghị quyết 30c/NQ-CP',
  article: null,
  date: '2011-11-08',
};
const choice = (stem: string): QuestionInput => ({
  type: 'single_choice',
  stem,
  options: [
    { text: 'Phương án đúng', isCorrect: true },
    { text: 'Phương án sai thứ nhất', isCorrect: false },
    { text: 'Phương án sai thứ hai', isCorrect: false },
  ],
  points: 1,
  topic: 'procedures',
  difficulty: 'easy',
  explanation: null,
  source,
  tags: [],
});
const essay: QuestionInput = {
  type: 'essay',
  stem: 'Hãy nêu một đề xuất của bạn để cải cách thủ tục hành chính ở địa phương.',
  options: [],
  acceptedAnswers: [],
  points: 5,
  topic: 'civil_service',
  difficulty: 'medium',
  explanation: null,
  source,
  tags: [],
};

describe.each(testDrivers())('judging and publication on %s', (driver) => {
  let t: TestApp;
  let bankId: number;
  let organizer: Entrant;
  let admin: Entrant;
  let judges: Entrant[];

  beforeAll(async () => {
    t = await startTestApp(driver);
    [organizer] = await makeStaff(t, 'organizer', 1);
    [admin] = await makeStaff(t, 'admin', 1);
    judges = await makeStaff(t, 'judge', 3);
    // A bank of its own: two choice questions and one essay, so every paper draws the same three.
    bankId = (
      await as<QuestionBank>(organizer, 'POST', '/api/v1/question-banks', {
        name: `Ngân hàng chấm thi ${driver}`,
      })
    ).body.id;
    for (const input of [choice('Câu hỏi thứ nhất về một cửa?'), choice('Câu hỏi thứ hai về một cửa?'), essay]) {
      const q = await as<Question>(organizer, 'POST', '/api/v1/questions', {
        bankId,
        ...input,
      });
      await as(organizer, 'POST', `/api/v1/questions/${q.body.id}/submit`);
      expect((await as<Question>(admin, 'POST', `/api/v1/questions/${q.body.id}/review`, { decision: 'approve' })).body.status).toBe('approved');
    }
  });
  afterAll(() => t.close());

  /** A call as this account, with a token valid at the test clock's time. */
  function as<T = unknown>(who: Entrant, method: 'GET' | 'POST' | 'PUT', url: string, body?: object, from: From = {}) {
    return t.request<T & ErrorBody>({
      method,
      url,
      token: freshToken(t, who),
      body,
      ...from,
    });
  }

  /** A published contest with one open round (closing in an hour) drawing the bank's choice questions, and its essay unless told not to. */
  async function contestWith(round: Partial<RoundInput> = {}, contest: Partial<ContestInput> = {}, withEssay = true): Promise<{ contestId: number; round: Round }> {
    const c = await as<Contest>(organizer, 'POST', '/api/v1/contests', {
      title: 'Cuộc thi chấm và công bố',
      description: null,
      rules: 'Thể lệ.',
      categories: ['civil_servant', 'citizen'],
      tieBreaks: ['score', 'duration', 'submitted_at'],
      prizeTiers: [
        { kind: 'first', count: 1 },
        { kind: 'second', count: 1 },
        { kind: 'consolation', count: 1 },
      ],
      shortenNames: false,
      approvalsRequired: 2,
      ...contest,
    });
    expect(c.status).toBe(201);
    const now = t.clock.now();
    const r = await as<Round>(organizer, 'POST', `/api/v1/contests/${c.body.id}/rounds`, {
      title: 'Tuần chấm thi',
      mode: 'self_paced',
      bankId,
      opensAt: new Date(now - HOUR).toISOString(),
      closesAt: new Date(now + HOUR).toISOString(),
      timeLimitSeconds: 1200,
      questionCount: withEssay ? 3 : 2,
      blueprint: [{ topic: 'procedures', difficulty: 'easy', count: 2 }, ...(withEssay ? [{ topic: 'civil_service', difficulty: 'medium', count: 1 }] : [])],
      attemptsAllowed: 1,
      countedAttempt: 'best',
      shuffleQuestions: false,
      shuffleOptions: false,
      partialCredit: false,
      prediction: null,
      leaderboardVisibility: 'live',
      freezeMinutes: 0,
      practice: false,
      graceSeconds: 10,
      ...round,
    });
    expect(r.status).toBe(201);
    expect((await as(organizer, 'POST', `/api/v1/contests/${c.body.id}/publish`)).status).toBe(200);
    return { contestId: c.body.id, round: r.body };
  }

  /** One whole attempt: the first `right` choice questions right, the rest wrong, the essay answered with `text`. */
  async function play(e: Entrant, roundId: number, right: number, seconds: number, text = 'Đề xuất: rút ngắn thời gian giải quyết hồ sơ.', from: From = ownAddress()): Promise<Attempt> {
    const a = (await as<Attempt>(e, 'POST', `/api/v1/rounds/${roundId}/attempts`, undefined, from)).body;
    const key = await keyOf(t, a);
    let choices = 0;
    for (const q of a.questions) {
      const body = q.type === 'essay' ? { text, clientSeq: 1 } : answerBody(a, key, q.id, choices++ < right);
      expect((await as(e, 'PUT', `/api/v1/attempts/${a.id}/answers/${q.id}`, body)).status).toBe(200);
    }
    t.clock.advance(seconds * 1000);
    return (await as<Attempt>(e, 'POST', `/api/v1/attempts/${a.id}/submit`, {})).body;
  }

  const close = async (roundId: number) => expect((await as<Round>(organizer, 'POST', `/api/v1/rounds/${roundId}/close`)).body.phase).toBe('closed');
  const scoreOf = async (attemptId: string) => ((await t.dataSource.getRepository(AttemptEntity).findOneByOrFail({ id: attemptId })).scoreCenti ?? 0) / 100;
  const snapshot = (contestId: number, roundId?: number) =>
    as<ResultSnapshot>(organizer, 'POST', '/api/v1/result-snapshots', {
      contestId,
      ...(roundId && { roundId }),
    });
  const approve = (judge: Entrant, id: string) => as<ResultSnapshot>(judge, 'POST', `/api/v1/result-snapshots/${id}/approve`, {});
  const publish = (id: string) => as<ResultSnapshot>(organizer, 'POST', `/api/v1/result-snapshots/${id}/publish`);
  /** Entrants made by `makeEntrants` are citizens: their block of the ranking. */
  const citizens = (s: ResultSnapshot) => s.blocks.find((b) => b.category === 'citizen')?.entries ?? [];
  const audit = (entityType: string, entityId: string) => as<Page<AuditEntry>>(admin, 'GET', `/api/v1/admin/audit?entityType=${entityType}&entityId=${entityId}`);

  it('closing a round early ends attempts in progress: a later answer is refused and the attempt finalised, although the server had read the attempt before', async () => {
    const { round } = await contestWith({}, {}, false);
    const [entrant] = await makeEntrants(t, 1);
    const a = (await as<Attempt>(entrant, 'POST', `/api/v1/rounds/${round.id}/attempts`)).body;
    const [q1, q2] = a.questions;
    expect((await as(entrant, 'PUT', `/api/v1/attempts/${a.id}/answers/${q1.id}`, { optionIds: [q1.options[0].id], clientSeq: 1 })).status).toBe(200);
    await close(round.id);
    t.clock.advance(10_001); // past the 10 s of grace
    const late = await as<ErrorBody>(entrant, 'PUT', `/api/v1/attempts/${a.id}/answers/${q2.id}`, { optionIds: [q2.options[0].id], clientSeq: 1 });
    expect([late.status, late.body.error.code]).toEqual([409, 'ATTEMPT_EXPIRED']);
    expect((await t.dataSource.getRepository(AttemptEntity).findOneByOrFail({ id: a.id })).status).toBe('expired');
    expect((await as<ErrorBody>(entrant, 'PUT', `/api/v1/attempts/${a.id}/answers/${q2.id}`, { optionIds: [q2.options[0].id], clientSeq: 2 })).body.error.code).toBe('ATTEMPT_FINISHED');
  });

  it('grades essays anonymously: two judges, a third when they disagree, the settled grade in the score', async () => {
    const { round } = await contestWith({ essayJudges: 2, essayMargin: 1 });
    const [an, binh] = await makeEntrants(t, 2);
    const anAttempt = await play(an, round.id, 2, 100);
    const binhAttempt = await play(binh, round.id, 1, 200);
    await close(round.id);
    const [j1, j2, j3] = judges;

    const queue = await as<EssayToGrade[]>(j1, 'GET', `/api/v1/rounds/${round.id}/essays`);
    expect(queue.body.map((e) => [e.status, e.gradeCount, e.question.points])).toEqual([
      ['ungraded', 0, 5],
      ['ungraded', 0, 5],
    ]);
    // Nothing that says whose it is.
    for (const who of [an, binh]) {
      expect(queue.raw).not.toContain(who.fullName);
      expect(queue.raw).not.toContain(who.id);
    }
    expect((await as(an, 'GET', `/api/v1/rounds/${round.id}/essays`)).status).toBe(403);
    expect((await as(organizer, 'GET', `/api/v1/rounds/${round.id}/essays`)).status).toBe(403);

    const anEssay = `${anAttempt.id}:${anAttempt.questions.find((q) => q.type === 'essay')?.id}`;
    const binhEssay = `${binhAttempt.id}:${binhAttempt.questions.find((q) => q.type === 'essay')?.id}`;
    const grade = (judge: Entrant, id: string, score: number) =>
      as<EssayToGrade>(judge, 'PUT', `/api/v1/essays/${id}/grade`, {
        score,
        comment: 'Nhận xét của giám khảo.',
      });

    expect((await grade(j1, anEssay, 6)).body).toMatchObject({
      error: {
        code: 'VALIDATION_FAILED',
        details: [{ field: 'score', code: 'OUT_OF_RANGE' }],
      },
    });
    expect((await grade(j1, anEssay, 4)).body).toMatchObject({
      status: 'in_progress',
      gradeCount: 1,
      myGrade: { score: 4 },
    });
    expect((await grade(j1, anEssay, 4.5)).body).toMatchObject({
      status: 'in_progress',
      gradeCount: 1,
      myGrade: { score: 4.5 },
    });
    expect(await scoreOf(anAttempt.id)).toBe(2); // nothing counts until the essay is settled
    expect((await grade(j2, anEssay, 1.5)).body).toMatchObject({
      status: 'needs_third',
      gradeCount: 2,
    });
    expect((await grade(j1, anEssay, 2)).body.error.code).toBe('ESSAY_GRADE_CONFLICT');

    const pending = async (judge: Entrant) => (await as<EssayToGrade[]>(judge, 'GET', `/api/v1/rounds/${round.id}/essays?pending=true`)).body.map((e) => e.essayId);
    expect(await pending(j2)).toEqual([binhEssay]);
    expect(await pending(j3)).toEqual([anEssay, binhEssay]);
    expect((await grade(j3, anEssay, 3)).body).toMatchObject({
      status: 'graded',
      gradeCount: 3,
    });
    expect(await scoreOf(anAttempt.id)).toBe(5); // 2 right answers + the third judge's 3

    // Close enough: the mean counts, and a third judge is not needed.
    expect((await grade(j1, binhEssay, 2)).body.status).toBe('in_progress');
    expect((await grade(j2, binhEssay, 2.5)).body.status).toBe('graded');
    expect((await grade(j3, binhEssay, 5)).body.error.code).toBe('ESSAY_GRADE_CONFLICT');
    expect(await scoreOf(binhAttempt.id)).toBe(3.25);

    const trail = await audit('attempt', anAttempt.id);
    expect(trail.body.items.filter((e) => e.action === 'essay.grade').map((e) => [e.actor?.id, (e.after as { score: number }).score])).toEqual([
      [j3.id, 3],
      [j2.id, 1.5],
      [j1.id, 4.5],
      [j1.id, 4],
    ]);
  });

  it('publishes only approved snapshots; an appeal voids a question, and the re-score is a new snapshot approved again', async () => {
    const { contestId, round } = await contestWith({
      essayJudges: 1,
      appealDays: 3,
    });
    const [an, binh, cuong] = await makeEntrants(t, 3);
    const attempts = new Map<Entrant, Attempt>();
    for (const [who, right, seconds] of [
      [an, 2, 100],
      [binh, 1, 200],
      [cuong, 0, 300],
    ] as const)
      attempts.set(who, await play(who, round.id, right, seconds));
    const [q1, q2] = attempts.get(binh)?.questions ?? [];
    const appeal = (who: Entrant, questionId: string) =>
      as<Appeal>(who, 'POST', `/api/v1/attempts/${attempts.get(who)?.id}/appeals`, { questionId, text: 'Câu hỏi này có hai phương án đều có thể đúng.' });

    expect((await appeal(binh, q2.id)).body.error.code).toBe('ROUND_NOT_CLOSED');
    expect((await snapshot(contestId, round.id)).body.error.code).toBe('ROUND_NOT_CLOSED');
    await close(round.id);
    for (const who of [an, binh, cuong]) {
      const essayId = `${attempts.get(who)?.id}:${attempts.get(who)?.questions[2].id}`;
      expect((await as<EssayToGrade>(judges[0], 'PUT', `/api/v1/essays/${essayId}/grade`, { score: 1 })).body.status).toBe('graded');
    }

    const first = (await snapshot(contestId, round.id)).body;
    expect(first).toMatchObject({
      status: 'pending',
      approvalsRequired: 2,
      approvals: [],
      previousId: null,
      diff: null,
    });
    expect(citizens(first).map((e) => [e.rank, e.name, e.score, e.prize])).toEqual([
      [1, an.fullName, 3, 'first'],
      [2, binh.fullName, 2, 'second'],
      [3, cuong.fullName, 1, 'consolation'],
    ]);
    expect(
      (
        await t.request<ErrorBody>({
          method: 'GET',
          url: `/api/v1/rounds/${round.id}/results`,
        })
      ).body.error.code,
    ).toBe('RESULTS_NOT_PUBLISHED');
    expect((await publish(first.id)).body.error.code).toBe('SNAPSHOT_STATUS_CONFLICT');
    expect((await approve(organizer, first.id)).status).toBe(403);
    expect((await approve(judges[0], first.id)).body).toMatchObject({
      status: 'pending',
      approvals: [{ judge: { id: judges[0].id } }],
    });
    expect((await approve(judges[0], first.id)).body.error.code).toBe('SNAPSHOT_ALREADY_APPROVED');
    expect((await approve(judges[1], first.id)).body.status).toBe('approved');
    expect((await publish(first.id)).body.status).toBe('published');
    // Freezing again without any change gives the same snapshot back.
    expect((await snapshot(contestId, round.id)).body.id).toBe(first.id);

    const published = await t.request<PublishedResults>({
      method: 'GET',
      url: `/api/v1/rounds/${round.id}/results`,
    });
    expect(published.body).toMatchObject({
      snapshotId: first.id,
      hash: first.hash,
      roundId: round.id,
    });
    expect(published.raw).not.toContain(an.id); // names and units only (product rule 8)

    // binh got q2 wrong and appeals it; so does cuong. Appealing twice is the same appeal.
    const filed = (await appeal(binh, q2.id)).body;
    expect(filed).toMatchObject({
      status: 'open',
      question: { id: q2.id },
      decision: null,
    });
    expect((await appeal(binh, q2.id)).body.id).toBe(filed.id);
    expect((await appeal(cuong, q2.id)).status).toBe(201);
    expect((await as(an, 'POST', `/api/v1/attempts/${attempts.get(binh)?.id}/appeals`, { questionId: q2.id, text: 'Không phải bài của tôi nhưng cứ thử.' })).status).toBe(404);

    const decide = (body: object) =>
      as<Appeal>(judges[2], 'POST', `/api/v1/appeals/${filed.id}/decision`, {
        response: 'Ban giám khảo đã xem xét.',
        ...body,
      });
    expect(
      (
        await decide({
          decision: 'rekey',
          correctOptionIds: [q1.options[0].id],
        })
      ).body.error.code,
    ).toBe('VALIDATION_FAILED');
    expect(
      (
        await decide({
          decision: 'rekey',
          correctOptionIds: q2.options.slice(0, 2).map((o) => o.id),
        })
      ).body.error.details?.[0].field,
    ).toBe('correctOptionIds');
    expect((await decide({ decision: 'void_credit' })).body).toMatchObject({
      status: 'answered',
      decision: 'void_credit',
    });
    expect((await decide({ decision: 'rejected' })).body.error.code).toBe('APPEAL_ALREADY_DECIDED');
    const cuongAppeals = await as<Appeal[]>(cuong, 'GET', `/api/v1/attempts/${attempts.get(cuong)?.id}/appeals`);
    expect(cuongAppeals.body).toMatchObject([
      {
        status: 'answered',
        decision: 'void_credit',
        response: 'Ban giám khảo đã xem xét.',
      },
    ]);
    // Re-scored from the stored answers: q2 is credited to everyone.
    expect([await scoreOf(attempts.get(an)?.id ?? ''), await scoreOf(attempts.get(binh)?.id ?? ''), await scoreOf(attempts.get(cuong)?.id ?? '')]).toEqual([3, 3, 2]);

    const second = (await snapshot(contestId, round.id)).body;
    expect(second.id).not.toBe(first.id);
    expect(second.hash).not.toBe(first.hash);
    expect(second).toMatchObject({
      status: 'pending',
      previousId: first.id,
      approvals: [],
      diff: { againstId: first.id },
    });
    expect(second.diff?.changes.map((c) => [c.name, c.before?.score, c.after?.score])).toEqual(
      expect.arrayContaining([
        [binh.fullName, 2, 3],
        [cuong.fullName, 1, 2],
      ]),
    );
    // Until the jury approves again, the public still sees the first result.
    expect(
      (
        await t.request<PublishedResults>({
          method: 'GET',
          url: `/api/v1/rounds/${round.id}/results`,
        })
      ).body.hash,
    ).toBe(first.hash);
    expect((await publish(second.id)).body.error.code).toBe('SNAPSHOT_STATUS_CONFLICT');
    await approve(judges[1], second.id);
    await approve(judges[2], second.id);
    expect((await publish(second.id)).body.status).toBe('published');
    expect(
      (
        await t.request<PublishedResults>({
          method: 'GET',
          url: `/api/v1/rounds/${round.id}/results`,
        })
      ).body,
    ).toMatchObject({ snapshotId: second.id, hash: second.hash });
    expect((await as<ResultSnapshot>(judges[0], 'GET', `/api/v1/result-snapshots/${first.id}`)).body.status).toBe('superseded');

    // Certificates follow the published result: the first ones revoked, the new ones valid.
    const mine = (await as<CertificateSummary[]>(an, 'GET', '/api/v1/me/certificates')).body;
    expect(mine.map((c) => [c.prize, c.revoked])).toEqual(
      expect.arrayContaining([
        ['first', true],
        ['first', false],
      ]),
    );
    const code = mine.find((c) => !c.revoked)?.code ?? '';
    const verified = await t.request<CertificateVerification>({
      method: 'GET',
      url: `/api/v1/certificates/${code.toLowerCase()}`,
    });
    expect(verified.body).toMatchObject({
      code,
      valid: true,
      revoked: false,
      kind: 'prize',
      name: an.fullName,
      prize: 'first',
      roundTitle: 'Tuần chấm thi',
    });
    expect(
      (
        await t.request<CertificateVerification>({
          method: 'GET',
          url: `/api/v1/certificates/${mine.find((c) => c.revoked)?.code}`,
        })
      ).body,
    ).toMatchObject({ valid: false, revoked: true });
    expect(
      (
        await t.request<ErrorBody>({
          method: 'GET',
          url: '/api/v1/certificates/AAAA-BBBB-CC',
        })
      ).body.error.code,
    ).toBe('CERTIFICATE_NOT_FOUND');
    expect(
      (
        await t.request<ErrorBody>({
          method: 'GET',
          url: '/api/v1/certificates/not-a-code',
        })
      ).body.error.code,
    ).toBe('VALIDATION_FAILED');

    const pdf = await t.request({
      method: 'GET',
      url: `/api/v1/certificates/${code}/pdf`,
    });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pageText(await readPdf(pdf.bytes));
    expect(text).toContain(an.fullName);
    expect(text).toContain(code);

    const zip = await as(organizer, 'GET', `/api/v1/result-snapshots/${second.id}/certificates.zip`);
    expect(zip.headers['content-type']).toBe('application/zip');
    expect(zip.bytes.subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');
    // One central-directory entry per winner (three prizes, three winners).
    expect(zip.bytes.toString('latin1').split('PK\x01\x02').length - 1).toBe(3);
    expect((await as(an, 'GET', `/api/v1/result-snapshots/${second.id}/certificates.zip`)).status).toBe(403);

    // The appeal window closes appealDays after the round.
    t.clock.advance(4 * DAY);
    expect((await appeal(cuong, q1.id)).body.error.code).toBe('APPEAL_WINDOW_CLOSED');
    expect((await audit('appeal', filed.id)).body.items.map((e) => [e.action, e.actor?.id])).toEqual([['appeal.decide', judges[2].id]]);
    expect((await audit('question', q2.id)).body.items.map((e) => e.action)).toContain('question.override');
  });

  it('ranks units for the collective prizes by participation rate above the minimum, then mean score', async () => {
    const unit = async (code: string, headcount: number) =>
      (
        await as<Unit>(admin, 'POST', '/api/v1/units', {
          code: `${code}-${driver}`,
          name: `Đơn vị ${code} ${driver}`,
          kind: 'department',
          headcount,
        })
      ).body;
    const [a, b, c, d] = [await unit('A', 4), await unit('B', 10), await unit('C', 2), await unit('D', 100)];
    const { contestId, round } = await contestWith({}, { collectiveMinRate: 0.3, collectivePrizeCount: 2 }, false);
    const plays: [Unit, number, number][] = [
      [a, 2, 2], // 2 of 4 → 50 %, mean 2
      [b, 3, 2], // 3 of 10 → 30 %, mean 2
      [c, 1, 1], // 1 of 2 → 50 %, mean 1
      [d, 5, 2], // 5 of 100 → 5 %: below the minimum
    ];
    for (const [u, count, right] of plays) for (const e of await makeEntrants(t, count, 'citizen', u.id)) await play(e, round.id, right, 60);
    expect((await snapshot(contestId)).body.error.code).toBe('ROUND_NOT_CLOSED');
    await close(round.id);

    const result = (await snapshot(contestId)).body;
    expect(result.roundId).toBeNull();
    const ours = new Set([a.id, b.id, c.id, d.id]);
    expect(result.collective?.filter((u) => ours.has(u.unitId)).map((u) => [u.unit, u.entrants, u.headcount, u.rate, u.meanScore, u.rank, u.awarded])).toEqual([
      [a.name, 2, 4, 0.5, 2, 1, true],
      [c.name, 1, 2, 0.5, 1, 2, true],
      [b.name, 3, 10, 0.3, 2, 3, false],
    ]);
  });

  it('exports the frozen ranking, the winners, participation and the audit log as workbooks the secretariat can open', async () => {
    const unit = (await as<Unit>(admin, 'POST', '/api/v1/units', { code: `XLSX-${driver}`, name: `Phường Xuất tệp ${driver}`, kind: 'commune', headcount: 8 })).body;
    const { contestId, round } = await contestWith({}, { collectiveMinRate: 0.1, collectivePrizeCount: 1 }, false);
    const [an, binh, chi] = await makeEntrants(t, 3, 'citizen', unit.id);
    await play(an, round.id, 2, 90);
    await play(binh, round.id, 2, 120);
    await play(chi, round.id, 1, 60);
    await close(round.id);
    const snap = (await snapshot(contestId, round.id)).body;
    const download = (who: Entrant, url: string) => as(who, 'GET', url);

    const results = await download(judges[0], `/api/v1/result-snapshots/${snap.id}/results.xlsx`);
    expect(results.status).toBe(200);
    expect(results.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(results.headers['content-disposition']).toMatch(/^attachment; filename="ket-qua-[a-z0-9-]+\.xlsx"$/);
    const ranking = await readReport(results.bytes, 'Khối người dân');
    expect(ranking?.map((r) => [r['Hạng'], r['Họ và tên'], r['Đơn vị'], r['Điểm'], r['Thời gian làm bài'], r['Giải']])).toEqual([
      ['1', an.fullName, unit.name, '2.00', '0:01:30.000', 'Giải Nhất'],
      ['2', binh.fullName, unit.name, '2.00', '0:02:00.000', 'Giải Nhì'],
      ['3', chi.fullName, unit.name, '1.00', '0:01:00.000', 'Giải Khuyến khích'],
    ]);
    expect((await readReport(results.bytes, 'Thông tin'))?.find((r) => r['Mục'].startsWith('Mã băm'))?.['Giá trị']).toBe(snap.hash);

    const winners = await download(organizer, `/api/v1/result-snapshots/${snap.id}/winners.xlsx`);
    const people = await readReport(winners.bytes, 'Giải cá nhân');
    expect(people?.map((r) => [r['Giải'], r['Họ và tên'], r['Đơn vị']])).toEqual([
      ['Giải Nhất', an.fullName, unit.name],
      ['Giải Nhì', binh.fullName, unit.name],
      ['Giải Khuyến khích', chi.fullName, unit.name],
    ]);
    expect(people?.every((r) => r['Thư điện tử'].endsWith('@test.local'))).toBe(true);

    const participation = await download(organizer, `/api/v1/contests/${contestId}/participation.xlsx?unitId=${unit.id}`);
    expect(participation.status).toBe(200);
    expect((await readReport(participation.bytes, 'Theo đơn vị'))?.map((r) => [r['Đơn vị'], r['Số người dự thi'], r['Tỷ lệ tham gia']])).toEqual([[unit.name, '3', '37.5%']]);
    expect((await readReport(participation.bytes, 'Tổng hợp'))?.find((r) => r['Chỉ số'] === 'Số lượt thi')?.['Giá trị']).toBe('3');

    const trail = await download(admin, `/api/v1/admin/audit.xlsx?entityType=unit&actorId=${admin.id}`);
    const entries = await readReport(trail.bytes, 'Nhật ký');
    expect(entries?.find((r) => r['Mã đối tượng'] === String(unit.id))).toMatchObject({ 'Thao tác': 'unit.create', 'Người thực hiện': admin.fullName });
    expect(entries?.every((r) => r['Đối tượng'] === 'unit')).toBe(true);

    // Who may download, and what a wrong address says.
    expect((await download(an, `/api/v1/result-snapshots/${snap.id}/results.xlsx`)).status).toBe(403);
    expect((await download(organizer, '/api/v1/admin/audit.xlsx')).status).toBe(403);
    expect((await download(judges[0], '/api/v1/result-snapshots/00000000-0000-4000-8000-000000000000/winners.xlsx')).body.error.code).toBe('SNAPSHOT_NOT_FOUND');
    expect((await download(admin, '/api/v1/admin/audit.xlsx?from=yesterday')).body.error.code).toBe('VALIDATION_FAILED');
  });

  it('raises integrity flags with evidence; upholding one takes the entrant out of the ranking, with who and why in the audit log', async () => {
    const { contestId, round } = await contestWith({}, {}, false);
    const [an, binh, cuong] = await makeEntrants(t, 3);
    const shared = { headers: { 'x-device-id': 'shared-device-0001' } };
    await play(an, round.id, 2, 60, undefined, { ...ownAddress(), ...shared });
    await play(binh, round.id, 1, 60, undefined, {
      ...ownAddress(),
      ...shared,
    });
    const restless = (await as<Attempt>(cuong, 'POST', `/api/v1/rounds/${round.id}/attempts`, undefined, { ...ownAddress(), headers: { 'x-device-id': 'own-device-0002' } })).body;
    for (let i = 0; i < 5; i++)
      expect(
        (
          await as(cuong, 'POST', `/api/v1/attempts/${restless.id}/events`, {
            kind: 'focus_lost',
          })
        ).status,
      ).toBe(204);
    expect(
      (
        await as(cuong, 'POST', `/api/v1/attempts/${restless.id}/events`, {
          kind: 'screenshot',
        })
      ).status,
    ).toBe(400);
    t.clock.advance(120_000);
    await as(cuong, 'POST', `/api/v1/attempts/${restless.id}/submit`, {});
    expect((await as<ErrorBody>(cuong, 'POST', `/api/v1/attempts/${restless.id}/events`, { kind: 'focus_lost' })).body.error.code).toBe('ATTEMPT_FINISHED');
    expect((await as<ErrorBody>(judges[0], 'GET', `/api/v1/rounds/${round.id}/item-analysis`)).body.error.code).toBe('ROUND_NOT_CLOSED');
    await close(round.id);

    const [judge] = judges;
    expect((await as<{ raised: number }>(judge, 'POST', `/api/v1/rounds/${round.id}/flags/scan`)).body.raised).toBe(3);
    expect((await as<{ raised: number }>(judge, 'POST', `/api/v1/rounds/${round.id}/flags/scan`)).body.raised).toBe(0);
    expect((await as(an, 'GET', `/api/v1/rounds/${round.id}/flags`)).status).toBe(403);
    const flags = (await as<IntegrityFlag[]>(judge, 'GET', `/api/v1/rounds/${round.id}/flags?status=open`)).body;
    expect(flags.map((f) => [f.kind, f.subject.name]).sort()).toEqual(
      [
        ['focus_loss', cuong.fullName],
        ['shared_device', an.fullName],
        ['shared_device', binh.fullName],
      ].sort(),
    );
    const anFlag = flags.find((f) => f.subject.userId === an.id) as IntegrityFlag;
    expect(anFlag.evidence).toMatchObject({
      deviceId: 'shared-device-0001',
      others: [binh.fullName],
    });
    expect(flags.find((f) => f.kind === 'focus_loss')?.evidence).toMatchObject({
      focusLosses: 5,
    });

    const decide = (id: string, body: object, who = judge) => as<IntegrityFlag>(who, 'POST', `/api/v1/flags/${id}/decision`, body);
    expect(
      (
        await decide(anFlag.id, {
          decision: 'uphold',
          reason: 'Cùng một thiết bị với người khác.',
        })
      ).body.error,
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'scope' }],
    });
    expect(
      (
        await decide(
          anFlag.id,
          {
            decision: 'uphold',
            scope: 'entrant',
            reason: 'Hai tài khoản trên một máy.',
          },
          organizer,
        )
      ).status,
    ).toBe(403);
    // Nothing is disqualified until a judge decides.
    const ranked = async () =>
      (
        await t.request<Leaderboard>({
          method: 'GET',
          url: `/api/v1/rounds/${round.id}/leaderboard`,
        })
      ).body.entries.map((e) => e.name);
    expect(await ranked()).toEqual([an.fullName, binh.fullName, cuong.fullName]);

    const upheld = await decide(anFlag.id, {
      decision: 'uphold',
      scope: 'entrant',
      reason: 'Hai tài khoản làm bài trên cùng một máy.',
    });
    expect(upheld.body).toMatchObject({
      status: 'upheld',
      scope: 'entrant',
      decidedBy: { id: judge.id },
    });
    expect((await decide(anFlag.id, { decision: 'dismiss', reason: 'Đổi ý.' })).body.error.code).toBe('FLAG_ALREADY_DECIDED');
    const binhFlag = flags.find((f) => f.subject.userId === binh.id) as IntegrityFlag;
    expect(
      (
        await decide(binhFlag.id, {
          decision: 'dismiss',
          reason: 'Người nhà dùng chung máy, đã xác minh.',
        })
      ).body.status,
    ).toBe('dismissed');

    expect(await ranked()).toEqual([binh.fullName, cuong.fullName]);
    expect(citizens((await snapshot(contestId, round.id)).body).map((e) => e.name)).toEqual([binh.fullName, cuong.fullName]);
    const trail = (await audit('integrity_flag', anFlag.id)).body.items;
    expect(trail).toMatchObject([
      {
        action: 'integrity.uphold',
        actor: { id: judge.id },
        after: {
          reason: 'Hai tài khoản làm bài trên cùng một máy.',
          scope: 'entrant',
          userId: an.id,
        },
      },
    ]);

    // Item analysis of the two choice questions (the disqualified paper left out).
    const items = (await as<ItemStatistics[]>(judge, 'GET', `/api/v1/rounds/${round.id}/item-analysis`)).body;
    expect(items.map((i) => [i.responses, i.facility]).sort()).toEqual([
      [2, 0],
      [2, 0.5],
    ]);
    expect(items.every((i) => i.choices.filter((c) => c.correct).length === 1)).toBe(true);
  });

  it('gives a participation certificate on request to those who took a ranked round', async () => {
    const { contestId, round } = await contestWith({}, {}, false);
    const [taker, bystander] = await makeEntrants(t, 2);
    await play(taker, round.id, 1, 60);
    const first = await as<CertificateVerification>(taker, 'POST', `/api/v1/contests/${contestId}/participation-certificate`);
    expect(first.body).toMatchObject({
      kind: 'participation',
      valid: true,
      name: taker.fullName,
      prize: null,
    });
    expect((await as<CertificateVerification>(taker, 'POST', `/api/v1/contests/${contestId}/participation-certificate`)).body.code).toBe(first.body.code);
    expect((await as<ErrorBody>(bystander, 'POST', `/api/v1/contests/${contestId}/participation-certificate`)).body.error.code).toBe('NOT_A_PARTICIPANT');
    const pdf = await t.request({
      method: 'GET',
      url: `/api/v1/certificates/${first.body.code}/pdf`,
    });
    expect(pageText(await readPdf(pdf.bytes))).toContain(taker.fullName);
  });
});
