import type { Category, IsoDateTime } from './common';
import type { Difficulty, Topic } from './questions';

/** draft → published → closed → archived. */
export const CONTEST_STATUSES = ['draft', 'published', 'closed', 'archived'] as const;
export type ContestStatus = (typeof CONTEST_STATUSES)[number];

/** The links of the ranking chain, applied in the contest's order; a contest may drop links. */
export const TIE_BREAKS = ['score', 'prediction', 'duration', 'submitted_at'] as const;
export type TieBreak = (typeof TIE_BREAKS)[number];
export const DEFAULT_TIE_BREAKS: TieBreak[] = ['score', 'prediction', 'duration', 'submitted_at'];

export const PRIZE_KINDS = ['first', 'second', 'third', 'consolation'] as const;
export type PrizeKind = (typeof PRIZE_KINDS)[number];

/** How many prizes of one kind each block awards (e.g. 1 Nhất, 2 Nhì, 3 Ba, 10 Khuyến khích). */
export interface PrizeTier {
  kind: PrizeKind;
  count: number;
}

export const ROUND_MODES = ['self_paced', 'live'] as const;
export type RoundMode = (typeof ROUND_MODES)[number];

export const COUNTED_ATTEMPTS = ['best', 'latest', 'first'] as const;
export type CountedAttempt = (typeof COUNTED_ATTEMPTS)[number];

/** live: always current; frozen: the public sees the board as it stood N minutes before close; hidden: nothing until published. */
export const LEADERBOARD_VISIBILITIES = ['live', 'frozen', 'hidden'] as const;
export type LeaderboardVisibility = (typeof LEADERBOARD_VISIBILITIES)[number];

/** What the prediction (dự đoán) asks: how many entrants answer every question right, or how many take part. */
export const PREDICTION_KINDS = ['perfect_count', 'entrant_count'] as const;
export type PredictionKind = (typeof PREDICTION_KINDS)[number];

/** How many questions of one topic and difficulty each attempt draws. */
export interface BlueprintCell {
  topic: Topic;
  difficulty: Difficulty;
  count: number;
}

export interface RoundPrediction {
  kind: PredictionKind;
  /** The question as entrants read it, e.g. "Theo bạn, có bao nhiêu người trả lời đúng tất cả các câu hỏi?" */
  prompt: string;
}

export interface RoundInput {
  title: string;
  mode: RoundMode;
  /** The question bank the round draws from. */
  bankId: number;
  opensAt: IsoDateTime;
  closesAt: IsoDateTime;
  timeLimitSeconds: number;
  questionCount: number;
  blueprint: BlueprintCell[];
  /** null: unlimited. Practice rounds are always unlimited. */
  attemptsAllowed: number | null;
  countedAttempt: CountedAttempt;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  /** Multiple choice scores the share of correct choices instead of all-or-nothing. */
  partialCredit: boolean;
  prediction: RoundPrediction | null;
  leaderboardVisibility: LeaderboardVisibility;
  /** For `frozen`: how many minutes before close the public board stops moving. */
  freezeMinutes: number;
  /** Thi thử: unlimited attempts, never ranked. */
  practice: boolean;
  /** Answers arriving up to this long after the deadline still count (network latency). */
  graceSeconds: number;
  /** Live rounds: how long each question stays open. */
  questionSeconds: number;
  /** Live rounds: faster right answers earn more (product rule 5); off gives every right answer the full points. */
  speedScoring: boolean;
  /** Essays: 1 or 2 judges per answer (default 1); with 2, grades further apart than the margin go to a third. */
  essayJudges?: 1 | 2;
  essayMargin?: number;
  /** Days after the close during which entrants may appeal a question (default 3). */
  appealDays?: number;
}

export type RoundPhase = 'upcoming' | 'open' | 'closed';

export interface Round extends RoundInput {
  id: number;
  contestId: number;
  position: number;
  phase: RoundPhase;
}

export interface ContestInput {
  title: string;
  description: string | null;
  /** Thể lệ: the rules as published. Plain text with line breaks. */
  rules: string;
  /** Eligible categories; each is a block with its own ranking. */
  categories: Category[];
  tieBreaks: TieBreak[];
  prizeTiers: PrizeTier[];
  /** Public boards show "Nguyễn V. A." instead of the full name. */
  shortenNames: boolean;
  /** How many judges must approve a result snapshot before it can be published (default 1). */
  approvalsRequired?: number;
  /** A person wins at most one individual prize in the whole contest (default false). */
  onePrizePerPerson?: boolean;
  /** Collective prizes: the minimum participation rate, 0–1 (default 0), and how many units are awarded (default 3). */
  collectiveMinRate?: number;
  collectivePrizeCount?: number;
}

export interface Contest extends ContestInput {
  id: number;
  status: ContestStatus;
  rounds: Round[];
  publishedAt: IsoDateTime | null;
}

export interface ContestSummary {
  id: number;
  title: string;
  status: ContestStatus;
  categories: Category[];
  opensAt: IsoDateTime | null;
  closesAt: IsoDateTime | null;
  roundCount: number;
}
