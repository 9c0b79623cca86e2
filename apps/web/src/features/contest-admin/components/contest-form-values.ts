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
export const CONTEST_LIMITS = { title: { min: 3, max: 300 }, description: 5000, rules: 50_000, prizeCount: 1000 } as const;

export interface ContestFormValues {
  title: string;
  description: string;
  rules: string;
  categories: Category[];
  chain: ChainLink[];
  /** Prizes of each kind per block, as typed. */
  prizes: Record<PrizeKind, string>;
  shortenNames: boolean;
}

export type ContestSlot = 'title' | 'description' | 'rules' | 'categories' | 'tieBreaks' | `prizes.${PrizeKind}`;

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
  };
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
  };
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
  };
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

const SLOTS = new Set<string>(['title', 'description', 'rules', 'categories', 'tieBreaks']);

/** The form slot of an API field path (`categories`, `prizeTiers.2.count`…); null for fields of rounds and the like. */
export function contestSlotOf(field: string, input: ContestInput): ContestSlot | null {
  if (SLOTS.has(field)) return field as ContestSlot;
  const base = field.split('.')[0];
  if (base === 'categories' || base === 'tieBreaks') return base;
  const tier = /^prizeTiers\.(\d+)/.exec(field);
  if (tier) {
    const kind = input.prizeTiers[Number(tier[1])]?.kind;
    return kind ? `prizes.${kind}` : null;
  }
  return null;
}
