import type { Difficulty, Topic } from '@reform-quiz/contracts';

/** Ids of the editors' controls: error summaries focus them, and "fix this" links point at them (`#id`). */
export const CONTEST_FIELD_IDS = {
  title: 'contest-title',
  description: 'contest-description',
  rules: 'contest-rules',
  categories: 'contest-category-civil_servant',
  tieBreaks: 'contest-tie-break-0',
  prizes: 'contest-prize-first',
  shortenNames: 'contest-shorten-names',
  approvalsRequired: 'contest-approvals-required',
  onePrizePerPerson: 'contest-one-prize-per-person',
  collectiveMinPercent: 'contest-collective-min-rate',
  collectivePrizeCount: 'contest-collective-prize-count',
} as const;

export const ROUND_FIELD_IDS = {
  title: 'round-title',
  mode: 'round-mode',
  practice: 'round-practice',
  bankId: 'round-bank',
  opensAt: 'round-opens-at',
  closesAt: 'round-closes-at',
  timeLimitMinutes: 'round-time-limit',
  questionSeconds: 'round-question-seconds',
  questionCount: 'round-question-count',
  blueprint: 'round-blueprint',
  attemptsAllowed: 'round-attempts',
  countedAttempt: 'round-counted-attempt',
  prediction: 'round-prediction-kind',
  predictionPrompt: 'round-prediction-prompt',
  leaderboardVisibility: 'round-visibility',
  freezeMinutes: 'round-freeze-minutes',
  graceSeconds: 'round-grace',
  essayJudges: 'round-essay-judges',
  essayMargin: 'round-essay-margin',
  appealDays: 'round-appeal-days',
} as const;

export const blueprintCellId = (topic: Topic, difficulty: Difficulty) => `blueprint-${topic}-${difficulty}`;
