import type { Category, FieldErrorCode, RoundInput, TieBreak } from '@reform-quiz/contracts';
import { cellKey } from './drawing';

export interface ConfigurationIssue {
  field: string;
  code: FieldErrorCode;
}

/**
 * What makes a round unable to work (checked when publishing and when a
 * published round is edited). `available` counts the approved questions per
 * topic × difficulty cell of the round's bank.
 */
export function roundProblems(round: Pick<RoundInput, 'opensAt' | 'closesAt' | 'timeLimitSeconds' | 'questionCount' | 'blueprint' | 'practice' | 'prediction' | 'mode'>, available: ReadonlyMap<string, number>): ConfigurationIssue[] {
  const issues: ConfigurationIssue[] = [];
  if (!(Date.parse(round.closesAt) > Date.parse(round.opensAt))) issues.push({ field: 'closesAt', code: 'WINDOW_INVALID' });
  if (round.mode === 'self_paced' && !(round.timeLimitSeconds > 0)) issues.push({ field: 'timeLimitSeconds', code: 'TIME_LIMIT_INVALID' });

  const sum = round.blueprint.reduce((s, c) => s + c.count, 0);
  if (sum !== round.questionCount) issues.push({ field: 'blueprint', code: 'BLUEPRINT_SUM' });
  const seen = new Set<string>();
  round.blueprint.forEach((cell, i) => {
    const key = cellKey(cell);
    if (seen.has(key)) issues.push({ field: `blueprint.${i}`, code: 'BLUEPRINT_DUPLICATE_CELL' });
    seen.add(key);
    if (cell.count > (available.get(key) ?? 0)) issues.push({ field: `blueprint.${i}`, code: 'BLUEPRINT_SHORT' });
  });
  if (round.practice && round.prediction) issues.push({ field: 'prediction', code: 'PREDICTION_UNUSED' });
  return issues;
}

export function contestProblems(contest: { categories: readonly Category[]; tieBreaks: readonly TieBreak[] }, roundCount: number): ConfigurationIssue[] {
  const issues: ConfigurationIssue[] = [];
  if (contest.categories.length === 0) issues.push({ field: 'categories', code: 'NO_CATEGORIES' });
  if (contest.tieBreaks.length === 0 || new Set(contest.tieBreaks).size !== contest.tieBreaks.length) issues.push({ field: 'tieBreaks', code: 'TIE_BREAKS_INVALID' });
  if (roundCount === 0) issues.push({ field: 'rounds', code: 'NO_ROUNDS' });
  return issues;
}

/** Names as public boards show them when the contest shortens them: "Nguyễn Văn An" → "Nguyễn V. A.". */
export function shortenName(fullName: string): string {
  const [family, ...rest] = fullName.normalize('NFC').trim().split(/\s+/u);
  return [family, ...rest.map((part) => `${[...part][0]?.toLocaleUpperCase('vi') ?? ''}.`)].join(' ');
}
