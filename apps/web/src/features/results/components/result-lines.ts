import type { PrizeKind, ResultEntry } from '@reform-quiz/contracts';

const PRIZE_ORDER: Record<PrizeKind, number> = { first: 0, second: 1, third: 2, consolation: 3 };

/** Prize winners, best prize first, then by rank and name: the list read out at the ceremony. */
export function winners(entries: readonly ResultEntry[]): ResultEntry[] {
  return entries
    .filter((entry) => entry.prize !== null)
    .sort((a, b) => PRIZE_ORDER[a.prize as PrizeKind] - PRIZE_ORDER[b.prize as PrizeKind] || a.rank - b.rank || a.name.localeCompare(b.name, 'vi'));
}

/** "3f2a9c1e 77b0…": the hash in groups of eight, easier to read out and compare by eye. */
export function groupHash(hash: string): string {
  return (hash.match(/.{1,8}/g) ?? []).join(' ');
}

/** Whether any line shows a prediction (a round with a prediction question, once closed). */
export function hasPredictions(entries: readonly ResultEntry[]): boolean {
  return entries.some((entry) => entry.prediction !== undefined);
}
