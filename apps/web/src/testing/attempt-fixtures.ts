import type { Attempt, Contest, Leaderboard, Round, RoundEligibility } from '@reform-quiz/contracts';

/** An attempt in progress: a single choice, a multiple choice and a short answer; ten minutes left. */
export function anAttempt(overrides: Partial<Attempt> = {}): Attempt {
  const now = Date.now();
  return {
    id: 'a-1',
    roundId: 1,
    contestId: 1,
    number: 1,
    status: 'in_progress',
    startedAt: new Date(now - 60_000).toISOString(),
    deadlineAt: new Date(now + 10 * 60_000).toISOString(),
    serverNow: new Date(now).toISOString(),
    timeLeftMs: 10 * 60_000,
    submittedAt: null,
    questions: [
      {
        id: 'q-1',
        type: 'single_choice',
        stem: 'Cơ quan nào tham mưu **cải cách hành chính** cấp tỉnh?',
        points: 1,
        options: [
          { id: 'o-1', text: 'Sở Tư pháp' },
          { id: 'o-2', text: 'Sở Nội vụ' },
        ],
        maxChoices: 1,
      },
      {
        id: 'q-2',
        type: 'multiple_choice',
        stem: 'Những nội dung nào thuộc cải cách hành chính?',
        points: 1,
        options: [
          { id: 'o-3', text: 'Cải cách thể chế' },
          { id: 'o-4', text: 'Cải cách tài chính công' },
          { id: 'o-5', text: 'Tăng thuế' },
        ],
        maxChoices: 3,
      },
      { id: 'q-3', type: 'short_text', stem: 'Cơ chế tiếp nhận và trả kết quả tại một đầu mối gọi là cơ chế gì?', points: 1, options: [], maxChoices: 0 },
    ],
    answers: [],
    predictionPrompt: 'Theo bạn, có bao nhiêu người trả lời đúng tất cả các câu hỏi?',
    prediction: null,
    result: null,
    review: null,
    practice: false,
    ...overrides,
  };
}

export function aRound(overrides: Partial<Round> = {}): Round {
  const now = Date.now();
  return {
    id: 1,
    contestId: 1,
    position: 1,
    phase: 'open',
    title: 'Tuần 1',
    mode: 'self_paced',
    bankId: 1,
    opensAt: new Date(now - 86_400_000).toISOString(),
    closesAt: new Date(now + 6 * 86_400_000).toISOString(),
    timeLimitSeconds: 600,
    questionCount: 10,
    blueprint: [],
    attemptsAllowed: 3,
    countedAttempt: 'best',
    shuffleQuestions: true,
    shuffleOptions: true,
    partialCredit: false,
    prediction: { kind: 'perfect_count', prompt: 'Theo bạn, có bao nhiêu người trả lời đúng tất cả các câu hỏi?' },
    leaderboardVisibility: 'live',
    freezeMinutes: 0,
    practice: false,
    graceSeconds: 10,
    ...overrides,
  } as Round;
}

export function aContest(overrides: Partial<Contest> = {}): Contest {
  return {
    id: 1,
    title: 'Cuộc thi tìm hiểu cải cách hành chính tỉnh Quảng Nam năm 2018',
    description: 'Cuộc thi do Sở Nội vụ chủ trì tổ chức.',
    rules: '1. Đối tượng dự thi: CBCCVC và người dân.\n2. Mỗi tuần một đợt thi.',
    categories: ['civil_servant', 'citizen'],
    tieBreaks: ['score', 'prediction', 'duration', 'submitted_at'],
    prizeTiers: [
      { kind: 'first', count: 1 },
      { kind: 'consolation', count: 10 },
    ],
    shortenNames: false,
    status: 'published',
    publishedAt: '2018-05-01T00:00:00.000Z',
    rounds: [aRound()],
    ...overrides,
  };
}

export function anEligibility(overrides: Partial<RoundEligibility> = {}): RoundEligibility {
  return { eligible: true, reason: 'ok', attemptsUsed: 0, attemptsAllowed: 3, openAttemptId: null, ...overrides };
}

export function aLeaderboard(overrides: Partial<Leaderboard> = {}): Leaderboard {
  return {
    roundId: 1,
    contestId: 1,
    title: 'Cuộc thi tìm hiểu cải cách hành chính — Tuần 1',
    category: null,
    visibility: 'live',
    asOf: '2018-05-07T03:00:00.000Z',
    provisional: true,
    entries: [
      { rank: 1, name: 'Trần Thị Bình', unit: 'Sở Nội vụ', score: 10, durationMs: 185_300 },
      { rank: 2, name: 'Nguyễn Văn An', unit: 'Thành phố Tam Kỳ', score: 9, durationMs: 240_000 },
      { rank: 3, name: 'Lê Văn Cường', unit: 'Huyện Duy Xuyên', score: 9, durationMs: 250_000 },
    ],
    totals: { entrants: 3, attempts: 5, perfectShare: 1 / 3 },
    ...overrides,
  };
}
