import type { DecideFlagRequest } from '@reform-quiz/contracts';

/** The API's limits on a decision's reason (DecideFlagDto). */
export const FLAG_REASON_LIMITS = { min: 5, max: 2000 } as const;

/** What the judge picks: dismiss, or uphold for the attempt or for the entrant in the whole contest. */
export type FlagChoice = 'dismiss' | 'uphold_attempt' | 'uphold_entrant';

export type FlagDecisionProblem = 'DECISION_REQUIRED' | 'REASON_REQUIRED' | 'REASON_TOO_SHORT' | 'REASON_TOO_LONG';

export interface FlagDecisionValues {
  choice: FlagChoice | '';
  reason: string;
}

const length = (text: string) => [...text].length;

/** Problems of the decision form by field, empty when it may be sent. */
export function flagDecisionProblems(values: FlagDecisionValues): { choice?: FlagDecisionProblem; reason?: FlagDecisionProblem } {
  const reason = values.reason.trim();
  return {
    ...(values.choice === '' && { choice: 'DECISION_REQUIRED' as const }),
    ...(reason === ''
      ? { reason: 'REASON_REQUIRED' as const }
      : length(reason) < FLAG_REASON_LIMITS.min
        ? { reason: 'REASON_TOO_SHORT' as const }
        : length(reason) > FLAG_REASON_LIMITS.max
          ? { reason: 'REASON_TOO_LONG' as const }
          : {}),
  };
}

export function toFlagDecision(values: FlagDecisionValues & { choice: FlagChoice }): DecideFlagRequest {
  const reason = values.reason.trim();
  if (values.choice === 'dismiss') return { decision: 'dismiss', reason };
  return { decision: 'uphold', scope: values.choice === 'uphold_attempt' ? 'attempt' : 'entrant', reason };
}
