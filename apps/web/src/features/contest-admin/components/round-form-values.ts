import type { CountedAttempt, FieldErrorCode, LeaderboardVisibility, PredictionKind, Round, RoundInput, RoundMode } from '@reform-quiz/contracts';
import { normalizeText, roundProblems } from '@reform-quiz/domain';
import { isoToVietnamInput, vietnamDay, vietnamInputToIso } from '../../../lib/vietnam-time';
import { blueprintCellProblems, blueprintFromGrid, cellOfBlueprintIndex, gridFromBlueprint, type BlueprintGrid, type CellKey } from './blueprint-grid';

/** The API's limits (RoundInputDto). */
export const ROUND_LIMITS = {
  title: { min: 2, max: 200 },
  timeLimitMinutes: 24 * 60,
  questionCount: { min: 1, max: 200 },
  attemptsAllowed: { min: 1, max: 1000 },
  freezeMinutes: { min: 1, max: 7 * 24 * 60 },
  graceSeconds: { min: 0, max: 120 },
  prompt: { min: 5, max: 500 },
  questionSeconds: { min: 5, max: 600 },
  /** Points two judges' grades may differ by before a third judge grades the essay. */
  essayMargin: { min: 0, max: 100 },
  /** Days after the close for appeals; 0: none. */
  appealDays: { min: 0, max: 60 },
} as const;

/** What the round editor holds; numbers as typed, times as Vietnam-local datetime-local values. */
export interface RoundFormValues {
  title: string;
  mode: RoundMode;
  bankId: string;
  opensAt: string;
  closesAt: string;
  /** Self-paced rounds: per attempt. Decimals allowed ("1,5" is 90 seconds). */
  timeLimitMinutes: string;
  questionCount: string;
  blueprint: BlueprintGrid;
  attemptsUnlimited: boolean;
  attemptsAllowed: string;
  countedAttempt: CountedAttempt;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  partialCredit: boolean;
  predictionKind: PredictionKind | 'none';
  predictionPrompt: string;
  leaderboardVisibility: LeaderboardVisibility;
  freezeMinutes: string;
  practice: boolean;
  graceSeconds: string;
  /** Live rounds: how long each question stays open. */
  questionSeconds: string;
  speedScoring: boolean;
  /** Judges per essay answer. */
  essayJudges: '1' | '2';
  /** With two judges: points their grades may differ by (decimal comma or point). */
  essayMargin: string;
  appealDays: string;
}

const DAY_MS = 24 * 3600_000;

/** The prediction question as entrants read it, in the contest's language whatever the organizer's screen shows. */
export const DEFAULT_PREDICTION_PROMPTS: Record<PredictionKind, string> = {
  perfect_count: 'Theo bạn, đợt thi này có bao nhiêu người trả lời đúng tất cả các câu hỏi?',
  entrant_count: 'Theo bạn, đợt thi này có bao nhiêu người tham gia?',
};

/**
 * Defaults for a new round, as such contests usually run one: 10 questions in
 * 10 minutes, 3 attempts with the best counting, everything shuffled, a live
 * board, 10 seconds of grace. The window is a week: from 08:00 tomorrow
 * (Vietnam time), or from when the contest's last round closes if later.
 */
export function newRoundForm({
  now,
  title,
  bankId,
  lastCloseAt,
}: {
  now: number;
  title: string;
  bankId: number | null;
  lastCloseAt: string | null;
}): RoundFormValues {
  const tomorrow = Date.parse(`${vietnamDay(now + DAY_MS)}T08:00:00+07:00`);
  const last = lastCloseAt === null ? Number.NaN : Date.parse(lastCloseAt);
  const opens = !Number.isNaN(last) && last > tomorrow ? last : tomorrow;
  return {
    title,
    mode: 'self_paced',
    bankId: bankId === null ? '' : String(bankId),
    opensAt: isoToVietnamInput(new Date(opens).toISOString()),
    closesAt: isoToVietnamInput(new Date(opens + 7 * DAY_MS).toISOString()),
    timeLimitMinutes: '10',
    questionCount: '10',
    blueprint: {},
    attemptsUnlimited: false,
    attemptsAllowed: '3',
    countedAttempt: 'best',
    shuffleQuestions: true,
    shuffleOptions: true,
    partialCredit: false,
    predictionKind: 'none',
    predictionPrompt: '',
    leaderboardVisibility: 'live',
    freezeMinutes: '60',
    practice: false,
    graceSeconds: '10',
    questionSeconds: '20',
    speedScoring: true,
    essayJudges: '1',
    essayMargin: '1',
    appealDays: '3',
  };
}

const minutesText = (seconds: number) => String(Math.round((seconds / 60) * 100) / 100);

export function roundToForm(round: Round): RoundFormValues {
  return {
    title: round.title,
    mode: round.mode,
    bankId: String(round.bankId),
    opensAt: isoToVietnamInput(round.opensAt),
    closesAt: isoToVietnamInput(round.closesAt),
    // Live rounds keep no time per attempt; should the round become self-paced, start from the usual 10.
    timeLimitMinutes: round.mode === 'live' && round.timeLimitSeconds === 0 ? '10' : minutesText(round.timeLimitSeconds),
    questionCount: String(round.questionCount),
    blueprint: gridFromBlueprint(round.blueprint),
    attemptsUnlimited: round.attemptsAllowed === null,
    attemptsAllowed: round.attemptsAllowed === null ? '3' : String(round.attemptsAllowed),
    countedAttempt: round.countedAttempt,
    shuffleQuestions: round.shuffleQuestions,
    shuffleOptions: round.shuffleOptions,
    partialCredit: round.partialCredit,
    predictionKind: round.prediction?.kind ?? 'none',
    predictionPrompt: round.prediction?.prompt ?? '',
    leaderboardVisibility: round.leaderboardVisibility,
    freezeMinutes: round.leaderboardVisibility === 'frozen' ? String(round.freezeMinutes) : '60',
    practice: round.practice,
    graceSeconds: String(round.graceSeconds),
    questionSeconds: String(round.questionSeconds ?? 20),
    speedScoring: round.speedScoring ?? true,
    essayJudges: round.essayJudges === 2 ? '2' : '1',
    essayMargin: String(round.essayMargin ?? 1).replace('.', ','),
    appealDays: String(round.appealDays ?? 3),
  };
}

/** A whole number as typed, or null. */
function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

/** Points as typed, decimal comma or point, two decimals at most; null when not such a number. */
function points(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  return /^\d+(\.\d{1,2})?$/.test(trimmed) ? Number(trimmed) : null;
}

/** Minutes as typed, with a decimal comma or point; null when not a number. */
function minutes(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : null;
}

/**
 * The request body. Vietnam-local times become ISO instants, minutes become
 * seconds; a practice round has no attempt limit (the API would drop it) and
 * a live round no time per attempt (its questions are timed one by one).
 */
export function toRoundInput(values: RoundFormValues): RoundInput {
  const prompt = normalizeText(values.predictionPrompt);
  const limit = minutes(values.timeLimitMinutes);
  return {
    title: normalizeText(values.title),
    mode: values.mode,
    bankId: Number(values.bankId),
    opensAt: vietnamInputToIso(values.opensAt) ?? '',
    closesAt: vietnamInputToIso(values.closesAt) ?? '',
    timeLimitSeconds: values.mode === 'live' ? 0 : limit === null ? Number.NaN : Math.round(limit * 60),
    questionCount: wholeNumber(values.questionCount) ?? Number.NaN,
    blueprint: blueprintFromGrid(values.blueprint),
    attemptsAllowed: values.practice || values.attemptsUnlimited ? null : (wholeNumber(values.attemptsAllowed) ?? Number.NaN),
    countedAttempt: values.countedAttempt,
    shuffleQuestions: values.shuffleQuestions,
    shuffleOptions: values.shuffleOptions,
    partialCredit: values.partialCredit,
    prediction: values.predictionKind === 'none' ? null : { kind: values.predictionKind, prompt },
    leaderboardVisibility: values.leaderboardVisibility,
    freezeMinutes: values.leaderboardVisibility === 'frozen' ? (wholeNumber(values.freezeMinutes) ?? Number.NaN) : 0,
    practice: values.practice,
    graceSeconds: wholeNumber(values.graceSeconds) ?? Number.NaN,
    questionSeconds: wholeNumber(values.questionSeconds) ?? Number.NaN,
    speedScoring: values.speedScoring,
    essayJudges: values.essayJudges === '2' ? 2 : 1,
    // With one judge the margin does not apply: a hidden, half-typed value falls back to the default.
    essayMargin: points(values.essayMargin) ?? (values.essayJudges === '2' ? Number.NaN : 1),
    appealDays: wholeNumber(values.appealDays) ?? Number.NaN,
  };
}

/** Where a problem shows on the round form. */
export type RoundSlot =
  | 'title'
  | 'mode'
  | 'bankId'
  | 'opensAt'
  | 'closesAt'
  | 'timeLimitMinutes'
  | 'questionCount'
  | 'blueprint'
  | `blueprint.${CellKey}`
  | 'attemptsAllowed'
  | 'countedAttempt'
  | 'prediction'
  | 'predictionPrompt'
  | 'leaderboardVisibility'
  | 'freezeMinutes'
  | 'practice'
  | 'graceSeconds'
  | 'questionSeconds'
  | 'essayJudges'
  | 'essayMargin'
  | 'appealDays';

export interface RoundProblem {
  slot: RoundSlot;
  code: FieldErrorCode;
  /** Format problems are refused by the API; publish problems stop publishing (and saving a round of a published contest). */
  kind: 'format' | 'publish';
}

const SAME_NAME = new Set<string>([
  'title',
  'mode',
  'bankId',
  'opensAt',
  'closesAt',
  'questionCount',
  'blueprint',
  'attemptsAllowed',
  'countedAttempt',
  'leaderboardVisibility',
  'freezeMinutes',
  'practice',
  'graceSeconds',
  'questionSeconds',
  'essayJudges',
  'essayMargin',
  'appealDays',
]);

/**
 * The form slot of an API field path, from validation (`blueprint.1.count`,
 * `prediction.prompt`) or from the publishing check, which prefixes a
 * published contest's new round with `rounds.N.`. `blueprint.N` indexes the
 * blueprint as it was sent.
 */
export function roundSlotOf(field: string, sent: Pick<RoundInput, 'blueprint'>): RoundSlot | null {
  const path = field.replace(/^rounds\.\d+\./, '');
  if (path === 'timeLimitSeconds') return 'timeLimitMinutes';
  if (path === 'prediction.prompt') return 'predictionPrompt';
  if (path === 'prediction' || path.startsWith('prediction.')) return 'prediction';
  const cell = /^blueprint\.(\d+)(?:\.|$)/.exec(path);
  if (cell) {
    const key = cellOfBlueprintIndex(sent.blueprint, Number(cell[1]));
    return key ? `blueprint.${key}` : 'blueprint';
  }
  if (path.startsWith('blueprint')) return 'blueprint';
  if (path === 'speedScoring') return 'questionSeconds';
  return SAME_NAME.has(path) ? (path as RoundSlot) : null;
}

const length = (text: string) => [...text].length;

function rangeProblem(value: number | null, range: { min: number; max: number }): FieldErrorCode | null {
  if (value === null) return 'INVALID_VALUE';
  return value < range.min || value > range.max ? 'OUT_OF_RANGE' : null;
}

/**
 * Everything wrong with the values, by the server's rules: its validation
 * limits (format), and the checks it makes before publishing — the domain's
 * roundProblems, the very function the API calls, with the bank's approved
 * counts (publish). Without the counts yet, the availability check waits.
 */
export function roundFormProblems(values: RoundFormValues, available: ReadonlyMap<string, number> | null): RoundProblem[] {
  const problems: RoundProblem[] = [];
  const format = (slot: RoundSlot, code: FieldErrorCode | null) => {
    if (code) problems.push({ slot, code, kind: 'format' });
  };
  const input = toRoundInput(values);

  format(
    'title',
    input.title === ''
      ? 'REQUIRED'
      : length(input.title) < ROUND_LIMITS.title.min
        ? 'TOO_SHORT'
        : length(input.title) > ROUND_LIMITS.title.max
          ? 'TOO_LONG'
          : null,
  );
  format('bankId', values.bankId === '' ? 'REQUIRED' : null);
  format('opensAt', values.opensAt.trim() === '' ? 'REQUIRED' : input.opensAt === '' ? 'DATE_INVALID' : null);
  format('closesAt', values.closesAt.trim() === '' ? 'REQUIRED' : input.closesAt === '' ? 'DATE_INVALID' : null);
  if (values.mode === 'self_paced') {
    const limit = minutes(values.timeLimitMinutes);
    format(
      'timeLimitMinutes',
      values.timeLimitMinutes.trim() === '' ? 'REQUIRED' : limit === null ? 'INVALID_VALUE' : limit > ROUND_LIMITS.timeLimitMinutes ? 'OUT_OF_RANGE' : null,
    );
  } else {
    format('questionSeconds', rangeProblem(wholeNumber(values.questionSeconds), ROUND_LIMITS.questionSeconds));
  }
  format('questionCount', values.questionCount.trim() === '' ? 'REQUIRED' : rangeProblem(wholeNumber(values.questionCount), ROUND_LIMITS.questionCount));
  for (const cell of blueprintCellProblems(values.blueprint)) format(`blueprint.${cell.key}`, cell.code);
  if (!values.practice && !values.attemptsUnlimited) format('attemptsAllowed', rangeProblem(wholeNumber(values.attemptsAllowed), ROUND_LIMITS.attemptsAllowed));
  if (values.predictionKind !== 'none') {
    const prompt = length(input.prediction?.prompt ?? '');
    format(
      'predictionPrompt',
      prompt === 0 ? 'REQUIRED' : prompt < ROUND_LIMITS.prompt.min ? 'TOO_SHORT' : prompt > ROUND_LIMITS.prompt.max ? 'TOO_LONG' : null,
    );
  }
  if (values.leaderboardVisibility === 'frozen') format('freezeMinutes', rangeProblem(wholeNumber(values.freezeMinutes), ROUND_LIMITS.freezeMinutes));
  format('graceSeconds', rangeProblem(wholeNumber(values.graceSeconds), ROUND_LIMITS.graceSeconds));
  if (values.essayJudges === '2') format('essayMargin', rangeProblem(points(values.essayMargin), ROUND_LIMITS.essayMargin));
  format('appealDays', rangeProblem(wholeNumber(values.appealDays), ROUND_LIMITS.appealDays));

  // The publishing checks, skipped where a format problem already says what to fix.
  const flagged = new Set(problems.map((p) => p.slot));
  const skip = (slot: RoundSlot) =>
    flagged.has(slot) ||
    (slot === 'closesAt' && flagged.has('opensAt')) ||
    (slot === 'blueprint' && (flagged.has('questionCount') || [...flagged].some((s) => s.startsWith('blueprint.'))));
  for (const issue of roundProblems(input, available ?? new Map())) {
    if (issue.code === 'BLUEPRINT_SHORT' && available === null) continue;
    const slot = roundSlotOf(issue.field, input);
    if (slot && !skip(slot)) problems.push({ slot, code: issue.code, kind: 'publish' });
  }
  return problems;
}

/** Problems that stop saving: all once the contest is published (the API keeps its rounds workable), format problems only in a draft. */
export function blockingRoundProblems(problems: readonly RoundProblem[], contestStatus: string): RoundProblem[] {
  return problems.filter((problem) => problem.kind === 'format' || contestStatus !== 'draft');
}
