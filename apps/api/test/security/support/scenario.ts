import type { Attempt, Contest, ErrorBody, Question, QuestionBank, QuestionInput, Round, RoundInput } from '@reform-quiz/contracts';
import { answerBody, freshToken, keyOf, makeEntrants, makeStaff, type Entrant } from '../../support/contest-fixtures';
import type { TestApp } from '../../support/test-app';

const HOUR = 3600_000;

/** Texts only the answer key holds: if one of them leaves the server while the round is open, the key leaked. */
export const SECRETS = {
  explanations: ['GIẢI-THÍCH-MẬT-01 Nghị quyết 30c', 'GIẢI-THÍCH-MẬT-02 một cửa liên thông', 'GIẢI-THÍCH-MẬT-03 đúng sai', 'GIẢI-THÍCH-MẬT-04 trả lời ngắn', 'GIẢI-THÍCH-MẬT-05 tự luận'],
  acceptedAnswers: ['ĐÁP-ÁN-MẬT bộ phận một cửa', 'ĐÁP-ÁN-MẬT tiếp nhận và trả kết quả'],
};

const source = { document: 'Nghị quyết 30c/NQ-CP', article: 'Điều 1', date: '2011-11-08' };
const QUESTIONS: QuestionInput[] = [
  {
    type: 'single_choice',
    stem: 'Chương trình tổng thể cải cách hành chính 2011–2020 ban hành kèm văn bản nào?',
    options: [
      { text: 'Nghị quyết 30c/NQ-CP', isCorrect: true },
      { text: 'Nghị định 61/2018/NĐ-CP', isCorrect: false },
      { text: 'Quyết định 225/QĐ-TTg', isCorrect: false },
    ],
    points: 1,
    topic: 'e_government',
    difficulty: 'easy',
    explanation: SECRETS.explanations[0],
    source,
    tags: [],
  },
  {
    type: 'multiple_choice',
    stem: 'Những nơi nào tiếp nhận hồ sơ theo cơ chế một cửa?',
    options: [
      { text: 'Bộ phận một cửa cấp tỉnh', isCorrect: true },
      { text: 'Bộ phận một cửa cấp huyện', isCorrect: true },
      { text: 'Nhà văn hóa thôn', isCorrect: false },
      { text: 'Bưu cục bất kỳ', isCorrect: false },
    ],
    points: 2,
    topic: 'e_government',
    difficulty: 'easy',
    explanation: SECRETS.explanations[1],
    source,
    tags: [],
  },
  {
    type: 'true_false',
    stem: 'Cải cách thủ tục hành chính là một trong sáu nội dung cải cách hành chính.',
    options: [
      { text: 'Đúng', isCorrect: true },
      { text: 'Sai', isCorrect: false },
    ],
    points: 1,
    topic: 'e_government',
    difficulty: 'easy',
    explanation: SECRETS.explanations[2],
    source,
    tags: [],
  },
  {
    type: 'short_text',
    stem: 'Nơi tiếp nhận hồ sơ và trả kết quả cho tổ chức, cá nhân gọi là gì?',
    options: [],
    acceptedAnswers: SECRETS.acceptedAnswers,
    accentInsensitive: true,
    points: 1,
    topic: 'general',
    difficulty: 'medium',
    explanation: SECRETS.explanations[3],
    source,
    tags: [],
  },
  {
    type: 'essay',
    stem: 'Nêu một đề xuất cải cách thủ tục hành chính ở địa phương.',
    options: [],
    acceptedAnswers: [],
    points: 5,
    topic: 'general',
    difficulty: 'medium',
    explanation: SECRETS.explanations[4],
    source,
    tags: [],
  },
];

/** Without accents and in lower case, as typed on a phone in a hurry. */
const plain = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

const roundInput = (now: number, over: Partial<RoundInput>): RoundInput => ({
  title: 'Tuần bảo mật',
  mode: 'self_paced',
  bankId: 0,
  opensAt: new Date(now - HOUR).toISOString(),
  closesAt: new Date(now + HOUR).toISOString(),
  timeLimitSeconds: 1800,
  questionCount: 5,
  blueprint: [
    { topic: 'e_government', difficulty: 'easy', count: 3 },
    { topic: 'general', difficulty: 'medium', count: 2 },
  ],
  attemptsAllowed: 2,
  countedAttempt: 'best',
  shuffleQuestions: true,
  shuffleOptions: true,
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

export interface Exchange {
  who: Entrant | null;
  method: string;
  url: string;
  status: number;
  raw: string;
}

export interface Scenario {
  organizer: Entrant;
  judge: Entrant;
  admin: Entrant;
  /** Two participants: `owner` takes the attempts below, `other` has papers of their own. */
  owner: Entrant;
  other: Entrant;
  bankId: number;
  questions: Question[];
  contestId: number;
  /** Open self-paced round (closes in an hour), two attempts allowed. */
  round: Round;
  /** Open live round drawing the three choice questions. */
  liveRound: Round;
  /** The owner's first attempt, submitted while the round is open, and the second, in progress with answers saved. */
  submitted: Attempt;
  inProgress: Attempt;
  /** The other participant's attempt, in progress. */
  othersAttempt: Attempt;
  /** Every call made through `as`, in order, with who made it. */
  log: Exchange[];
  /** A call as this account, with a token valid at the test clock's time. */
  as: <T = unknown>(who: Entrant | null, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown) => Promise<{ status: number; body: T & ErrorBody; raw: string }>;
}

/**
 * A contest of its own with every question type (each explanation and
 * accepted answer a recognisable secret), an open self-paced round with
 * papers of two participants, and an open live round.
 */
export async function buildScenario(t: TestApp, label: string): Promise<Scenario> {
  const [organizer] = await makeStaff(t, 'organizer', 1);
  const [judge] = await makeStaff(t, 'judge', 1);
  const [admin] = await makeStaff(t, 'admin', 1);
  const [owner, other] = await makeEntrants(t, 2);
  const log: Exchange[] = [];
  const as: Scenario['as'] = async (who, method, url, body) => {
    const res = await t.request<never>({ method, url, token: who ? freshToken(t, who) : undefined, body: body ?? (method === 'GET' || method === 'DELETE' ? undefined : {}) });
    log.push({ who, method, url, status: res.status, raw: res.raw });
    return res as never;
  };
  const must = async <T>(res: Promise<{ status: number; body: T & ErrorBody; raw: string }>, what: string): Promise<T> => {
    const r = await res;
    if (r.status >= 300) throw new Error(`${what}: ${r.status} ${r.raw.slice(0, 300)}`);
    return r.body;
  };

  const bank = await must(as<QuestionBank>(organizer, 'POST', '/api/v1/question-banks', { name: `Ngân hàng bảo mật ${label} ${Date.now()}` }), 'bank');
  const questions: Question[] = [];
  for (const input of QUESTIONS) {
    const q = await must(as<Question>(organizer, 'POST', '/api/v1/questions', { bankId: bank.id, ...input }), 'question');
    await must(as(organizer, 'POST', `/api/v1/questions/${q.id}/submit`), 'submit question');
    questions.push(await must(as<Question>(admin, 'POST', `/api/v1/questions/${q.id}/review`, { decision: 'approve' }), 'approve question'));
  }
  const contest = await must(
    as<Contest>(organizer, 'POST', '/api/v1/contests', { title: `Cuộc thi bảo mật ${label}`, description: null, rules: 'Thể lệ.', categories: ['civil_servant', 'citizen'], tieBreaks: ['score', 'duration'], prizeTiers: [{ kind: 'first', count: 1 }], shortenNames: false }),
    'contest',
  );
  const now = t.clock.now();
  const round = await must(as<Round>(organizer, 'POST', `/api/v1/contests/${contest.id}/rounds`, roundInput(now, { bankId: bank.id })), 'round');
  const liveRound = await must(
    as<Round>(organizer, 'POST', `/api/v1/contests/${contest.id}/rounds`, roundInput(now, { bankId: bank.id, title: 'Chung kết trực tiếp', mode: 'live', questionCount: 3, blueprint: [{ topic: 'e_government', difficulty: 'easy', count: 3 }], attemptsAllowed: 1, questionSeconds: 30 })),
    'live round',
  );
  await must(as(organizer, 'POST', `/api/v1/contests/${contest.id}/publish`), 'publish');

  const answerAll = async (who: Entrant, attempt: Attempt, right: boolean) => {
    const key = await keyOf(t, attempt);
    for (const q of attempt.questions) {
      const body = q.type === 'essay' ? { text: 'Đề xuất: rút ngắn thời gian giải quyết hồ sơ.', clientSeq: 1 } : answerBody(attempt, key, q.id, right);
      // A right short answer written as people type it (no accents, lower case): it matches, yet is not the key's own text.
      if (q.type === 'short_text' && right && 'text' in body && body.text) body.text = plain(body.text);
      await must(as(who, 'PUT', `/api/v1/attempts/${attempt.id}/answers/${q.id}`, body), 'answer');
    }
  };
  const first = await must(as<Attempt>(owner, 'POST', `/api/v1/rounds/${round.id}/attempts`), 'start');
  await answerAll(owner, first, true);
  const submitted = await must(as<Attempt>(owner, 'POST', `/api/v1/attempts/${first.id}/submit`, {}), 'submit');
  const inProgress = await must(as<Attempt>(owner, 'POST', `/api/v1/rounds/${round.id}/attempts`), 'second attempt');
  await answerAll(owner, inProgress, false);
  const othersAttempt = await must(as<Attempt>(other, 'POST', `/api/v1/rounds/${round.id}/attempts`), 'other start');
  await answerAll(other, othersAttempt, true);

  return { organizer, judge, admin, owner, other, bankId: bank.id, questions, contestId: contest.id, round, liveRound, submitted, inProgress, othersAttempt, log, as };
}
