import {
  CATEGORIES,
  DEFAULT_TIE_BREAKS,
  PRIZE_KINDS,
  type Category,
  type Contest,
  type ContestInput,
  type FieldErrorCode,
  type PrizeKind,
} from '@reform-quiz/contracts';
import { contestProblems, normalizeMultilineText, normalizeText } from '@reform-quiz/domain';
import { chainFromTieBreaks, tieBreaksFromChain, type ChainLink } from './tie-break-chain';

/** The API's limits (ContestInputDto). */
export const CONTEST_LIMITS = {
  title: { min: 3, max: 300 },
  description: 5000,
  rules: 50_000,
  prizeCount: 1000,
  approvalsRequired: { min: 1, max: 15 },
  /** The minimum participation rate as a percentage, two decimals at most (the API takes 0–1 with four). */
  collectiveMinPercent: { min: 0, max: 100 },
  collectivePrizeCount: { min: 0, max: 100 },
} as const;

export interface ContestFormValues {
  title: string;
  description: string;
  rules: string;
  categories: Category[];
  chain: ChainLink[];
  /** Prizes of each kind per block, as typed. */
  prizes: Record<PrizeKind, string>;
  shortenNames: boolean;
  /** How many judges approve a snapshot before it may be published, as typed. */
  approvalsRequired: string;
  onePrizePerPerson: boolean;
  /** Collective prizes: the minimum participation rate in percent ("12,5"), and how many units win. */
  collectiveMinPercent: string;
  collectivePrizeCount: string;
}

export type ContestSlot =
  | 'title'
  | 'description'
  | 'rules'
  | 'categories'
  | 'tieBreaks'
  | `prizes.${PrizeKind}`
  | 'approvalsRequired'
  | 'collectiveMinPercent'
  | 'collectivePrizeCount';

export interface ContestProblem {
  slot: ContestSlot;
  code: FieldErrorCode;
  /**
   * Format problems are refused by the API whatever the status. Publish
   * problems (no category, an empty ranking chain) only stop publishing: a
   * draft may be saved with them, a published contest may not.
   */
  kind: 'format' | 'publish';
}

/** A new contest: both blocks, the default chain, the prize tiers such contests usually award (1, 2, 3 and 10 per block). */
export function emptyContestForm(): ContestFormValues {
  return {
    title: '',
    description: '',
    rules: '',
    categories: [...CATEGORIES],
    chain: chainFromTieBreaks(DEFAULT_TIE_BREAKS),
    prizes: { first: '1', second: '2', third: '3', consolation: '10' },
    shortenNames: false,
    approvalsRequired: '1',
    onePrizePerPerson: false,
    collectiveMinPercent: '0',
    collectivePrizeCount: '3',
  };
}

/** "12,5" for 0.125: a rate as a percentage the way the form shows it (decimal comma, no trailing zeros). */
export function percentText(rate: number): string {
  return String(Math.round(rate * 100 * 100) / 100).replace('.', ',');
}

export function contestToForm(contest: Contest): ContestFormValues {
  const prizes = Object.fromEntries(
    PRIZE_KINDS.map((kind) => [kind, String(contest.prizeTiers.filter((tier) => tier.kind === kind).reduce((sum, tier) => sum + tier.count, 0))]),
  );
  return {
    title: contest.title,
    description: contest.description ?? '',
    rules: contest.rules,
    categories: CATEGORIES.filter((category) => contest.categories.includes(category)),
    chain: chainFromTieBreaks(contest.tieBreaks),
    prizes: prizes as Record<PrizeKind, string>,
    shortenNames: contest.shortenNames,
    approvalsRequired: String(contest.approvalsRequired ?? 1),
    onePrizePerPerson: contest.onePrizePerPerson ?? false,
    collectiveMinPercent: percentText(contest.collectiveMinRate ?? 0),
    collectivePrizeCount: String(contest.collectivePrizeCount ?? 3),
  };
}

/** A whole number as typed, or null. */
function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

/** A percentage as typed, decimal comma or point, two decimals at most; or null. */
function percent(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  return /^\d+(\.\d{1,2})?$/.test(trimmed) ? Number(trimmed) : null;
}

/** Percent to a 0–1 rate; rounding keeps 12,34 % at 0.1234 rather than 0.12340000000000001. */
function rateFromPercent(text: string): number {
  const value = percent(text);
  return value === null ? Number.NaN : Math.round(value * 100) / 10_000;
}

function prizeCount(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

/** The request body. Tiers with no prize are left out; the categories keep the app's order. */
export function toContestInput(values: ContestFormValues): ContestInput {
  const description = normalizeMultilineText(values.description);
  return {
    title: normalizeText(values.title),
    description: description || null,
    rules: normalizeMultilineText(values.rules),
    categories: CATEGORIES.filter((category) => values.categories.includes(category)),
    tieBreaks: tieBreaksFromChain(values.chain),
    prizeTiers: PRIZE_KINDS.flatMap((kind) => {
      const count = prizeCount(values.prizes[kind]);
      return count !== null && count > 0 ? [{ kind, count }] : [];
    }),
    shortenNames: values.shortenNames,
    approvalsRequired: wholeNumber(values.approvalsRequired) ?? Number.NaN,
    onePrizePerPerson: values.onePrizePerPerson,
    collectiveMinRate: rateFromPercent(values.collectiveMinPercent),
    collectivePrizeCount: wholeNumber(values.collectivePrizeCount) ?? Number.NaN,
  };
}

function rangeProblem(value: number | null, range: { min: number; max: number }): FieldErrorCode | null {
  if (value === null) return 'INVALID_VALUE';
  return value < range.min || value > range.max ? 'OUT_OF_RANGE' : null;
}

const length = (text: string) => [...text].length;

/** Everything wrong with the values, by the API's rules: its DTO limits and its publishing checks (the domain's contestProblems). */
export function contestFormProblems(values: ContestFormValues): ContestProblem[] {
  const input = toContestInput(values);
  const problems: ContestProblem[] = [];
  const format = (slot: ContestSlot, code: FieldErrorCode) => problems.push({ slot, code, kind: 'format' });
  if (input.title === '') format('title', 'REQUIRED');
  else if (length(input.title) < CONTEST_LIMITS.title.min) format('title', 'TOO_SHORT');
  else if (length(input.title) > CONTEST_LIMITS.title.max) format('title', 'TOO_LONG');
  if (input.description && length(input.description) > CONTEST_LIMITS.description) format('description', 'TOO_LONG');
  // The API takes empty rules; a contest without its thể lệ cannot be run, so the editor asks for them.
  if (input.rules === '') format('rules', 'REQUIRED');
  else if (length(input.rules) > CONTEST_LIMITS.rules) format('rules', 'TOO_LONG');
  for (const kind of PRIZE_KINDS) {
    const count = prizeCount(values.prizes[kind]);
    if (count === null) format(`prizes.${kind}`, 'INVALID_VALUE');
    else if (count > CONTEST_LIMITS.prizeCount) format(`prizes.${kind}`, 'OUT_OF_RANGE');
  }
  const check = (slot: ContestSlot, code: FieldErrorCode | null) => code && format(slot, code);
  check('approvalsRequired', rangeProblem(wholeNumber(values.approvalsRequired), CONTEST_LIMITS.approvalsRequired));
  check('collectiveMinPercent', rangeProblem(percent(values.collectiveMinPercent), CONTEST_LIMITS.collectiveMinPercent));
  check('collectivePrizeCount', rangeProblem(wholeNumber(values.collectivePrizeCount), CONTEST_LIMITS.collectivePrizeCount));
  // The round count does not matter here: NO_ROUNDS belongs to the contest page.
  for (const issue of contestProblems(input, 1)) {
    if (issue.field === 'categories' || issue.field === 'tieBreaks') problems.push({ slot: issue.field, code: issue.code, kind: 'publish' });
  }
  return problems;
}

/** Problems that stop saving: all of them once the contest is public (the API keeps it publishable), format problems only for a draft. */
export function blockingProblems(problems: readonly ContestProblem[], status: Contest['status'] | null): ContestProblem[] {
  const draft = status === null || status === 'draft';
  return problems.filter((problem) => problem.kind === 'format' || !draft);
}

const SLOTS = new Set<string>(['title', 'description', 'rules', 'categories', 'tieBreaks', 'approvalsRequired', 'collectivePrizeCount']);

/** The form slot of an API field path (`categories`, `prizeTiers.2.count`…); null for fields of rounds and the like. */
export function contestSlotOf(field: string, input: ContestInput): ContestSlot | null {
  if (SLOTS.has(field)) return field as ContestSlot;
  if (field === 'collectiveMinRate') return 'collectiveMinPercent';
  const base = field.split('.')[0];
  if (base === 'categories' || base === 'tieBreaks') return base;
  const tier = /^prizeTiers\.(\d+)/.exec(field);
  if (tier) {
    const kind = input.prizeTiers[Number(tier[1])]?.kind;
    return kind ? `prizes.${kind}` : null;
  }
  return null;
}
