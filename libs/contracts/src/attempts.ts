import type { IsoDateTime } from './common';
import type { QuestionSource, QuestionType } from './questions';

/** in_progress → submitted (by the entrant) or expired (finalised by the server at deadline + grace). */
export const ATTEMPT_STATUSES = ['in_progress', 'submitted', 'expired'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

/** A question as an entrant sees it during the round: nothing that reveals correctness. */
export interface AttemptQuestion {
  id: string;
  type: QuestionType;
  stem: string;
  points: number;
  /** In the order fixed for this attempt. Empty for short text and essays. */
  options: { id: string; text: string }[];
  /** Choice questions: how many options may be chosen (1, or the option count for multiple choice). */
  maxChoices: number;
}

export interface SavedAnswer {
  questionId: string;
  optionIds: string[] | null;
  text: string | null;
  clientSeq: number;
  savedAt: IsoDateTime;
}

export interface AttemptResult {
  score: number;
  maxScore: number;
  correctCount: number;
  questionCount: number;
  durationMs: number;
}

/** After the round closes: what was right, why, and on what legal basis. */
export interface QuestionReview {
  questionId: string;
  correctOptionIds: string[];
  acceptedAnswers: string[];
  correct: boolean | null;
  pointsAwarded: number | null;
  explanation: string | null;
  source: QuestionSource | null;
}

export interface Attempt {
  id: string;
  roundId: number;
  contestId: number;
  number: number;
  status: AttemptStatus;
  startedAt: IsoDateTime;
  deadlineAt: IsoDateTime;
  /** Server time when this was produced: clients measure their clock offset from it. */
  serverNow: IsoDateTime;
  /** Milliseconds left by the server clock (0 once past the deadline). */
  timeLeftMs: number;
  submittedAt: IsoDateTime | null;
  questions: AttemptQuestion[];
  answers: SavedAnswer[];
  /** The round's prediction question, if any. */
  predictionPrompt: string | null;
  prediction: number | null;
  /** Once finalised. */
  result: AttemptResult | null;
  /** Once the round has closed. */
  review: QuestionReview[] | null;
  practice: boolean;
}

export interface AnswerRequest {
  optionIds?: string[];
  text?: string;
  /** Grows with each change the entrant makes to this answer; the highest wins, a replay changes nothing. */
  clientSeq: number;
}

/** Sent only once the answer is durably stored. */
export interface AnswerAck {
  questionId: string;
  /** The sequence number now stored: the request's, or a higher one already saved. */
  clientSeq: number;
  savedAt: IsoDateTime;
  serverNow: IsoDateTime;
}

export interface SubmitRequest {
  prediction?: number | null;
}

export interface AttemptSummary {
  id: string;
  roundId: number;
  roundTitle: string;
  contestId: number;
  contestTitle: string;
  number: number;
  status: AttemptStatus;
  startedAt: IsoDateTime;
  submittedAt: IsoDateTime | null;
  result: AttemptResult | null;
  practice: boolean;
  /** Whether this attempt is the one that counts for the ranking. */
  counted: boolean;
}

/** Why the caller may or may not take a round now. */
export interface RoundEligibility {
  eligible: boolean;
  reason: 'ok' | 'not_signed_in' | 'not_open' | 'closed' | 'category' | 'staff' | 'no_attempts_left';
  attemptsUsed: number;
  attemptsAllowed: number | null;
  openAttemptId: string | null;
}
