import type { CountedAttempt } from '@reform-quiz/contracts';

export interface FinishedAttempt {
  /** 1 for the entrant's first attempt at the round, 2 for the next… */
  number: number;
  /** null while still in progress: it never counts. */
  score: number | null;
  durationMs: number | null;
}

/**
 * Which attempt of one entrant counts for the ranking: the best (highest
 * score, then quicker, then earlier), the latest, or the first finished one.
 */
export function countedAttempt<T extends FinishedAttempt>(attempts: readonly T[], policy: CountedAttempt): T | null {
  const finished = attempts.filter((a) => a.score !== null);
  if (finished.length === 0) return null;
  return [...finished].sort((a, b) => {
    if (policy === 'latest') return b.number - a.number;
    if (policy === 'first') return a.number - b.number;
    return (b.score ?? 0) - (a.score ?? 0) || (a.durationMs ?? 0) - (b.durationMs ?? 0) || a.number - b.number;
  })[0];
}
