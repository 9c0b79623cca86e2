import type { Contest, QuestionCounts, Round } from '@reform-quiz/contracts';

export function aRound(overrides: Partial<Round> = {}): Round {
  return {
    id: 11,
    contestId: 7,
    position: 1,
    phase: 'upcoming',
    title: 'Tuần 1',
    mode: 'self_paced',
    bankId: 1,
    opensAt: '2018-05-07T01:00:00.000Z',
    closesAt: '2018-05-14T01:00:00.000Z',
    timeLimitSeconds: 600,
    questionCount: 3,
    blueprint: [
      { topic: 'procedures', difficulty: 'easy', count: 2 },
      { topic: 'general', difficulty: 'medium', count: 1 },
    ],
    attemptsAllowed: 3,
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
    ...overrides,
  };
}

export function aContest(overrides: Partial<Contest> = {}): Contest {
  return {
    id: 7,
    title: 'Cuộc thi tìm hiểu cải cách hành chính năm 2018',
    description: null,
    rules: '1. Đối tượng dự thi: cán bộ, công chức, viên chức và người dân.',
    categories: ['civil_servant', 'citizen'],
    tieBreaks: ['score', 'prediction', 'duration', 'submitted_at'],
    prizeTiers: [
      { kind: 'first', count: 1 },
      { kind: 'consolation', count: 10 },
    ],
    shortenNames: false,
    status: 'draft',
    rounds: [aRound()],
    publishedAt: null,
    ...overrides,
  };
}

/** Approved questions of bank 1: 2 procedures/easy, 5 general/medium, 1 general/hard. */
export const approvedCounts: QuestionCounts = {
  status: 'approved',
  cells: [
    { topic: 'procedures', difficulty: 'easy', count: 2 },
    { topic: 'general', difficulty: 'medium', count: 5 },
    { topic: 'general', difficulty: 'hard', count: 1 },
  ],
  total: 8,
};
