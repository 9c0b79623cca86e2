import { TOPICS, type BlueprintCell, type ContestInput, type Difficulty, type RoundInput, type RoundPrediction } from '@reform-quiz/contracts';

const DAY = 24 * 3600_000;
const PERFECT_COUNT: RoundPrediction = { kind: 'perfect_count', prompt: 'Theo bạn, đợt thi này có bao nhiêu người trả lời đúng tất cả các câu hỏi?' };

export const DEMO_CONTEST: ContestInput = {
  title: 'Cuộc thi tìm hiểu cải cách hành chính tỉnh Quảng Nam năm 2018',
  description:
    'Cuộc thi do Sở Nội vụ chủ trì tổ chức theo Kế hoạch số 1572/KH-UBND ngày 29/3/2018 của UBND tỉnh Quảng Nam về tuyên truyền cải cách hành chính năm 2018. (Dữ liệu mẫu để trình diễn.)',
  rules: [
    '1. Đối tượng dự thi: cán bộ, công chức, viên chức đang công tác trên địa bàn tỉnh (khối CBCCVC) và người dân (khối người dân); mỗi khối xếp hạng riêng. Thành viên Ban tổ chức, Ban giám khảo, Tổ thư ký không dự thi.',
    '2. Mỗi tuần có một đợt thi gồm 10 câu hỏi trắc nghiệm rút ngẫu nhiên từ ngân hàng câu hỏi và 1 câu hỏi dự đoán số người trả lời đúng tất cả các câu; thời gian làm bài 10 phút.',
    '3. Mỗi người được thi tối đa 3 lượt mỗi tuần; lượt có kết quả cao nhất được tính.',
    '4. Xếp hạng theo thứ tự: điểm cao hơn; dự đoán gần đúng hơn (bỏ trống dự đoán xếp sau); thời gian làm bài ngắn hơn; nộp bài sớm hơn.',
    '5. Giải cá nhân mỗi khối: 1 giải Nhất, 2 giải Nhì, 3 giải Ba, 10 giải Khuyến khích. Giải tập thể xét theo tỷ lệ tham gia của đơn vị.',
    '6. Thời gian trên máy chủ là căn cứ duy nhất; bài thi tự động nộp khi hết giờ. Ban tổ chức kiểm tra thông tin (CCCD) trước khi công bố kết quả.',
  ].join('\n'),
  categories: ['civil_servant', 'citizen'],
  tieBreaks: ['score', 'prediction', 'duration', 'submitted_at'],
  prizeTiers: [
    { kind: 'first', count: 1 },
    { kind: 'second', count: 2 },
    { kind: 'third', count: 3 },
    { kind: 'consolation', count: 10 },
  ],
  shortenNames: false,
};

/**
 * A blueprint of `total` questions spread over the six areas and general as
 * evenly as the bank allows: one question at a time, topic after topic, from
 * the fullest difficulty cell still available.
 */
export function spreadBlueprint(available: readonly BlueprintCell[], total: number): BlueprintCell[] {
  const left = new Map(available.map((c) => [`${c.topic}/${c.difficulty}`, c.count]));
  const taken = new Map<string, number>();
  let placed = 0;
  while (placed < total) {
    let progressed = false;
    for (const topic of TOPICS) {
      if (placed === total) break;
      const cells = (['easy', 'medium', 'hard'] as Difficulty[]).map((d) => `${topic}/${d}`).filter((k) => (left.get(k) ?? 0) > 0);
      const fullest = cells.sort((a, b) => (left.get(b) ?? 0) - (left.get(a) ?? 0))[0];
      if (!fullest) continue;
      left.set(fullest, (left.get(fullest) ?? 0) - 1);
      taken.set(fullest, (taken.get(fullest) ?? 0) + 1);
      placed += 1;
      progressed = true;
    }
    if (!progressed) throw new Error(`the bank holds fewer than ${total} approved questions`);
  }
  return [...taken].map(([key, count]) => {
    const [topic, difficulty] = key.split('/') as [BlueprintCell['topic'], Difficulty];
    return { topic, difficulty, count };
  });
}

/** The demo rounds, relative to when the database is seeded: a weekly round open now, a practice round, a live final next week, and a kick-off round that closed yesterday. */
export function demoRounds(bankId: number, available: readonly BlueprintCell[], now: number): RoundInput[] {
  const iso = (ms: number) => new Date(ms).toISOString();
  const base = {
    bankId,
    shuffleQuestions: true,
    shuffleOptions: true,
    partialCredit: false,
    freezeMinutes: 0,
    graceSeconds: 10,
    countedAttempt: 'best' as const,
    questionSeconds: 20,
    speedScoring: true,
  };
  return [
    {
      ...base,
      title: 'Tuần 1',
      mode: 'self_paced',
      opensAt: iso(now - DAY),
      closesAt: iso(now + 6 * DAY),
      timeLimitSeconds: 600,
      questionCount: 10,
      blueprint: spreadBlueprint(available, 10),
      attemptsAllowed: 3,
      prediction: PERFECT_COUNT,
      leaderboardVisibility: 'live',
      practice: false,
    },
    {
      ...base,
      title: 'Thi thử',
      mode: 'self_paced',
      opensAt: iso(now - DAY),
      closesAt: iso(now + 60 * DAY),
      timeLimitSeconds: 300,
      questionCount: 5,
      blueprint: spreadBlueprint(available, 5),
      attemptsAllowed: null,
      prediction: null,
      leaderboardVisibility: 'hidden',
      practice: true,
    },
    {
      ...base,
      title: 'Chung kết trực tiếp',
      mode: 'live',
      opensAt: iso(now + 7 * DAY),
      closesAt: iso(now + 7 * DAY + 3 * 3600_000),
      timeLimitSeconds: 0,
      questionCount: 5,
      blueprint: spreadBlueprint(available, 5),
      attemptsAllowed: 1,
      prediction: null,
      leaderboardVisibility: 'live',
      practice: false,
    },
    {
      ...base,
      title: 'Đợt khởi động',
      mode: 'self_paced',
      opensAt: iso(now - 8 * DAY),
      closesAt: iso(now - DAY),
      timeLimitSeconds: 600,
      questionCount: 10,
      blueprint: spreadBlueprint(available, 10),
      attemptsAllowed: 3,
      prediction: PERFECT_COUNT,
      leaderboardVisibility: 'live',
      practice: false,
    },
  ];
}
