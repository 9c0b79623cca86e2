import type { AppealDecision, DecideAppealRequest, ItemStatistics, Question, QuestionType } from '@reform-quiz/contracts';

/** The API's limits on the answer to an entrant (DecideAppealDto). */
export const APPEAL_RESPONSE_LIMITS = { min: 5, max: 4000 } as const;

export type AppealDecisionProblem =
  | 'DECISION_REQUIRED'
  | 'RESPONSE_REQUIRED'
  | 'RESPONSE_TOO_SHORT'
  | 'RESPONSE_TOO_LONG'
  | 'OPTIONS_REQUIRED'
  | 'ANSWERS_REQUIRED';

export interface AppealDecisionValues {
  decision: AppealDecision | '';
  response: string;
  /** For `rekey` of a question with options. */
  correctOptionIds: string[];
  /** For `rekey` of a short-text question: one accepted answer per line. */
  acceptedAnswers: string;
}

/** How a question's key is corrected: one right option, several, accepted answers; an essay has no key. */
export type RekeyMode = 'single' | 'multiple' | 'text' | 'none';

export function rekeyModeOf(type: QuestionType | undefined, optionCount: number): RekeyMode {
  switch (type) {
    case 'single_choice':
    case 'true_false':
      return 'single';
    case 'multiple_choice':
      return 'multiple';
    case 'short_text':
      return 'text';
    case 'essay':
      return 'none';
    default:
      // The question could not be read: options say a choice question, and the server checks the count.
      return optionCount > 0 ? 'multiple' : 'text';
  }
}

export interface RekeyOption {
  optionId: string;
  text: string;
  /** Right as the key stands now (after earlier decisions); unknown options count as not right. */
  correct: boolean;
}

/** The options to pick the new key from: the item analysis's (which knows the key), else the question's. */
export function rekeyOptions(question: Pick<Question, 'options'> | undefined, choices: ItemStatistics['choices']): RekeyOption[] {
  if (choices.length > 0) return choices.map(({ optionId, text, correct }) => ({ optionId, text, correct }));
  return (question?.options ?? []).map((option) => ({ optionId: option.id, text: option.text, correct: option.isCorrect ?? false }));
}

const length = (text: string) => [...text].length;
const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

export function appealDecisionProblems(
  values: AppealDecisionValues,
  mode: RekeyMode,
): { decision?: AppealDecisionProblem; response?: AppealDecisionProblem; rekey?: AppealDecisionProblem } {
  const response = values.response.trim();
  const problems: { decision?: AppealDecisionProblem; response?: AppealDecisionProblem; rekey?: AppealDecisionProblem } = {};
  if (values.decision === '' || (values.decision === 'rekey' && mode === 'none')) problems.decision = 'DECISION_REQUIRED';
  if (response === '') problems.response = 'RESPONSE_REQUIRED';
  else if (length(response) < APPEAL_RESPONSE_LIMITS.min) problems.response = 'RESPONSE_TOO_SHORT';
  else if (length(response) > APPEAL_RESPONSE_LIMITS.max) problems.response = 'RESPONSE_TOO_LONG';
  if (values.decision === 'rekey') {
    if ((mode === 'single' || mode === 'multiple') && values.correctOptionIds.length === 0) problems.rekey = 'OPTIONS_REQUIRED';
    if (mode === 'text' && lines(values.acceptedAnswers).length === 0) problems.rekey = 'ANSWERS_REQUIRED';
  }
  return problems;
}

/** The request body: a new key only for `rekey`, as options (in the question's order; one for a single choice) or as accepted answers. */
export function toAppealDecision(values: AppealDecisionValues & { decision: AppealDecision }, mode: RekeyMode, options: readonly RekeyOption[]): DecideAppealRequest {
  const body: DecideAppealRequest = { decision: values.decision, response: values.response.trim() };
  if (values.decision !== 'rekey') return body;
  if (mode === 'text') return { ...body, acceptedAnswers: lines(values.acceptedAnswers) };
  const picked = options.filter((o) => values.correctOptionIds.includes(o.optionId)).map((o) => o.optionId);
  return { ...body, correctOptionIds: mode === 'single' ? picked.slice(0, 1) : picked };
}
