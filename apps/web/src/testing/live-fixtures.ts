import type { LeaderboardSnapshot, LiveQuestion, LiveReveal, LiveSessionState } from '@reform-quiz/contracts';

export const SESSION_ID = '11111111-1111-4111-8111-111111111111';

export function aLiveQuestion(overrides: Partial<LiveQuestion> = {}): LiveQuestion {
  return {
    index: 0,
    total: 3,
    id: 'q-1',
    type: 'single_choice',
    stem: 'Cơ quan nào tham mưu cải cách hành chính cấp tỉnh?',
    points: 1,
    options: [
      { id: 'o-a', text: 'Sở Nội vụ' },
      { id: 'o-b', text: 'Sở Tư pháp' },
      { id: 'o-c', text: 'Văn phòng UBND tỉnh' },
      { id: 'o-d', text: 'Sở Tài chính' },
    ],
    maxChoices: 1,
    openedAt: '2018-05-07T03:00:00.000Z',
    closesAt: '2018-05-07T03:00:20.000Z',
    ...overrides,
  };
}

export function aReveal(overrides: Partial<LiveReveal> = {}): LiveReveal {
  return {
    index: 0,
    questionId: 'q-1',
    correctOptionIds: ['o-a'],
    distribution: [
      { optionId: 'o-a', count: 3 },
      { optionId: 'o-b', count: 1 },
      { optionId: 'o-c', count: 0 },
      { optionId: 'o-d', count: 1 },
    ],
    answered: 5,
    correct: 3,
    standings: [
      { rank: 1, name: 'Nguyễn Văn An', unit: 'Thành phố Tam Kỳ', score: 980 },
      { rank: 2, name: 'Trần Thị Bình', unit: 'Sở Nội vụ', score: 870 },
    ],
    ...overrides,
  };
}

export function aLiveState(overrides: Partial<LiveSessionState> = {}): LiveSessionState {
  return {
    id: SESSION_ID,
    code: 'K7QX2M',
    roundId: 3,
    contestId: 1,
    title: 'Cuộc thi tìm hiểu cải cách hành chính tỉnh Quảng Nam năm 2018 — Chung kết trực tiếp',
    phase: 'lobby',
    players: 0,
    questionCount: 3,
    index: -1,
    question: null,
    reveal: null,
    podium: null,
    questionSeconds: 20,
    speedScoring: true,
    serverNow: '2018-05-07T02:59:00.000Z',
    ...overrides,
  };
}

/** The state with question `index` open (opened at 03:00:00 + index minutes, 20 s long). */
export function questionState(index = 0, overrides: Partial<LiveSessionState> = {}): LiveSessionState {
  const opened = Date.parse('2018-05-07T03:00:00.000Z') + index * 60_000;
  return aLiveState({
    phase: 'question',
    index,
    players: 2,
    question: aLiveQuestion({ index, id: `q-${index + 1}`, openedAt: new Date(opened).toISOString(), closesAt: new Date(opened + 20_000).toISOString() }),
    serverNow: new Date(opened + 1_000).toISOString(),
    ...overrides,
  });
}

export function aSnapshot(overrides: Partial<LeaderboardSnapshot> = {}): LeaderboardSnapshot {
  return {
    roundId: 1,
    contestId: 1,
    title: 'Cuộc thi tìm hiểu cải cách hành chính tỉnh Quảng Nam năm 2018 — Tuần 1',
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
    seq: 7,
    sentAt: Date.parse('2018-05-07T03:00:00.000Z'),
    participation: [
      { unitId: 1, unit: 'Thành phố Tam Kỳ', kind: 'district', parentId: null, entrants: 120, headcount: 1000, rate: 0.12 },
      { unitId: 2, unit: 'Sở Nội vụ', kind: 'department', parentId: null, entrants: 60, headcount: 150, rate: 0.4 },
      { unitId: 3, unit: 'Huyện Duy Xuyên', kind: 'district', parentId: null, entrants: 0, headcount: 2000, rate: 0 },
    ],
    ...overrides,
  };
}
