import type { IsoDateTime } from './common';
import type { PersonRef } from './questions';

/** An essay answer as a judge grades it: no name, no unit, nothing that identifies the entrant. */
export interface EssayToGrade {
  /** `${attemptId}:${questionId}` */
  essayId: string;
  roundId: number;
  question: { id: string; stem: string; points: number };
  answer: string;
  status: 'ungraded' | 'in_progress' | 'needs_third' | 'graded';
  /** How many judges have graded it; their scores stay hidden until it is settled. */
  gradeCount: number;
  /** The caller's own grade, if they gave one. */
  myGrade: { score: number; comment: string | null } | null;
}

export interface GradeEssayRequest {
  score: number;
  comment?: string;
}

export const FLAG_KINDS = ['shared_device', 'shared_network', 'same_identity', 'too_fast', 'focus_loss', 'staff_entered'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export interface IntegrityFlag {
  id: string;
  roundId: number;
  kind: FlagKind;
  /** The jury needs to know who: flags are not public. */
  subject: { userId: string; name: string; unit: string | null };
  attemptId: string | null;
  evidence: Record<string, unknown>;
  status: 'open' | 'dismissed' | 'upheld';
  scope: 'attempt' | 'entrant' | null;
  reason: string | null;
  decidedBy: PersonRef | null;
  decidedAt: IsoDateTime | null;
  createdAt: IsoDateTime;
}

export interface DecideFlagRequest {
  decision: 'dismiss' | 'uphold';
  /** When upholding: disqualify the attempt, or the entrant in the whole contest. */
  scope?: 'attempt' | 'entrant';
  reason: string;
}

export const APPEAL_DECISIONS = ['rejected', 'void_remove', 'void_credit', 'rekey'] as const;
export type AppealDecision = (typeof APPEAL_DECISIONS)[number];

export interface Appeal {
  id: string;
  roundId: number;
  attemptId: string;
  question: { id: string; stem: string };
  text: string;
  status: 'open' | 'answered';
  decision: AppealDecision | null;
  response: string | null;
  createdAt: IsoDateTime;
  decidedAt: IsoDateTime | null;
}

export interface FileAppealRequest {
  questionId: string;
  text: string;
}

export interface DecideAppealRequest {
  decision: AppealDecision;
  /** Sent to the entrant. */
  response: string;
  /** For `rekey`: the options that are right after all. */
  correctOptionIds?: string[];
  /** For `rekey` of a short-text question. */
  acceptedAnswers?: string[];
}

/** What the client reports during an attempt, for the integrity checks. */
export interface AttemptEventRequest {
  kind: 'focus_lost';
}

export interface ItemStatistics {
  questionId: string;
  stem: string;
  responses: number;
  facility: number;
  discrimination: number | null;
  choices: { optionId: string; text: string; correct: boolean; count: number }[];
  flags: ('too_easy' | 'too_hard' | 'low_discrimination')[];
}
