/**
 * A well-formed request body (and query) for every route that takes one,
 * keyed by handler. The bad-input suite starts from these and breaks them;
 * a route whose DTO has no sample here fails the suite, so a new endpoint
 * cannot slip past the fuzzer.
 *
 * Each sample is built to change nothing even where it is valid: the ids it
 * names do not exist (the path ids too: see ABSENT_IDS), the credentials are
 * wrong. Where a well-formed body alone would create something (`creates`),
 * every generated request carries a definite fault as well.
 */
export interface Sample {
  body?: Record<string, unknown>;
  /** Query parameters every request carries (required ones). */
  query?: Record<string, string>;
  /** A well-formed request would create data: each case must also carry a certain fault. */
  creates?: boolean;
}

const UUID_A = '00000000-0000-4000-8000-0000000000aa';
const UUID_B = '00000000-0000-4000-8000-0000000000bb';
const ABSENT = 999_999;

const round = {
  title: 'Đợt thử',
  mode: 'self_paced',
  bankId: ABSENT,
  opensAt: '2030-01-01T00:00:00.000Z',
  closesAt: '2030-01-08T00:00:00.000Z',
  timeLimitSeconds: 900,
  questionCount: 1,
  blueprint: [{ topic: 'general', difficulty: 'easy', count: 1 }],
  attemptsAllowed: 1,
  countedAttempt: 'best',
  shuffleQuestions: true,
  shuffleOptions: true,
  partialCredit: false,
  prediction: { kind: 'perfect_count', prompt: 'Bao nhiêu người đúng hết?' },
  leaderboardVisibility: 'live',
  freezeMinutes: 0,
  practice: false,
  graceSeconds: 10,
  questionSeconds: 20,
  speedScoring: true,
  essayJudges: 1,
  essayMargin: 1,
  appealDays: 3,
};

const question = {
  type: 'single_choice',
  stem: 'Câu hỏi thử?',
  options: [
    { text: 'Đúng', isCorrect: true },
    { text: 'Sai', isCorrect: false },
  ],
  acceptedAnswers: [],
  accentInsensitive: false,
  points: 1,
  topic: 'general',
  difficulty: 'easy',
  explanation: 'Vì vậy.',
  source: { document: 'Nghị quyết 30c/NQ-CP', article: 'Điều 1', date: '2011-11-08' },
  tags: ['thử'],
};

export const SAMPLES: Record<string, Sample> = {
  'AuthController.register': {
    body: {
      fullName: 'Nguyễn Văn Thử',
      phone: '0912345678',
      email: 'thu@example.vn',
      dateOfBirth: '1990-05-17',
      gender: 'male',
      unitId: ABSENT,
      category: 'citizen',
      address: { district: 'Tam Kỳ', commune: 'An Mỹ', detail: '1 Phan Bội Châu' },
      password: 'Cải-cách-2018!',
      consent: true,
    },
  },
  // An account that does not exist: failures count against it, never against a real one.
  'AuthController.login': { body: { login: 'fuzz-nobody@example.invalid', password: 'not-the-password' } },
  'AuthController.refresh': { body: { refreshToken: 'not-a-refresh-token-not-a-refresh-token-xx' } },
  'AuthController.logout': { body: { refreshToken: 'not-a-refresh-token-not-a-refresh-token-xx' } },
  'MeController.changePassword': { body: { currentPassword: 'not-the-password', newPassword: 'Mật-khẩu-mới-2018!' } },
  'AttemptsController.answer': { body: { optionIds: [UUID_A], text: 'trả lời', clientSeq: 1 } },
  'AttemptsController.submit': { body: { prediction: 10 } },
  'AttemptsController.event': { body: { kind: 'focus_lost' } },
  'ContestsController.create': {
    creates: true,
    body: {
      title: 'Cuộc thi thử',
      description: 'Mô tả',
      rules: 'Thể lệ',
      categories: ['citizen'],
      tieBreaks: ['score', 'duration'],
      prizeTiers: [{ kind: 'first', count: 1 }],
      shortenNames: true,
      approvalsRequired: 1,
      onePrizePerPerson: true,
      collectiveMinRate: 0.1,
      collectivePrizeCount: 3,
    },
  },
  'ContestsController.update': { body: { title: 'Cuộc thi đổi tên', shortenNames: false } },
  'ContestsController.addRound': { body: round },
  'ContestsController.updateRound': { body: { title: 'Đợt đổi tên', freezeMinutes: 5 } },
  'QuestionsController.create': { body: { ...question, bankId: ABSENT } },
  'QuestionsController.update': { body: question },
  'QuestionsController.review': { body: { decision: 'send_back', comment: 'Cần sửa lại.' } },
  'QuestionsController.retire': { body: { comment: 'Hết hiệu lực.' } },
  'QuestionBanksController.create': { creates: true, body: { name: 'Ngân hàng thử', description: 'Mô tả' } },
  'UnitsController.create': { creates: true, body: { code: 'FUZZ-1', name: 'Đơn vị thử', kind: 'other', parentId: ABSENT, headcount: 10 } },
  'UnitsController.update': { body: { name: 'Đơn vị đổi tên', headcount: 20 } },
  'UsersController.changeRole': { body: { role: 'judge' } },
  'ResultsController.create': { body: { contestId: ABSENT, roundId: ABSENT } },
  'ResultsController.approve': { body: { comment: 'Đồng ý.' } },
  'AppealsController.file': { body: { questionId: UUID_A, text: 'Đáp án của câu này chưa đúng.' } },
  'AppealsController.decide': { body: { decision: 'rekey', response: 'Chấp nhận phúc khảo.', correctOptionIds: [UUID_B], acceptedAnswers: ['đáp án'] } },
  'EssaysController.grade': { body: { score: 1.5, comment: 'Khá.' } },
  'IntegrityController.decide': { body: { decision: 'uphold', scope: 'attempt', reason: 'Nhiều tài khoản một thiết bị.' } },
  'LiveSessionsController.create': { body: { roundId: ABSENT } },

  // Routes whose query has required fields.
  'ResultsController.list': { query: { contestId: String(ABSENT) } },
  'LiveSessionsController.list': { query: { roundId: String(ABSENT) } },
  'QuestionsController.export': { query: { format: 'gift' } },
};

/** A body route's sample, or an error naming the route that has none. */
export function sampleFor(handler: string): Sample {
  return SAMPLES[handler] ?? {};
}
