import type { TieBreak } from '@reform-quiz/contracts';

export interface RankInput {
  id: string;
  score: number;
  /** null when the entrant left the prediction blank. */
  prediction: number | null;
  durationMs: number;
  /** Server time of submission, epoch ms. */
  submittedAt: number;
}

export interface Ranked<T extends RankInput> {
  entry: T;
  rank: number;
  /** |prediction − actual|, null when blank or not yet known. */
  predictionError: number | null;
}

export interface RankOptions {
  /** The round's real answer to the prediction question; undefined before it closes (prediction then left out). */
  predictionTarget?: number;
}

interface Item<T> {
  entry: T;
  /** |prediction − target|, null when blank or before the target is known. */
  error: number | null;
}

/** One comparator per link of the chain; negative means `a` ranks first. */
function compareBy<T extends RankInput>(link: TieBreak): (a: Item<T>, b: Item<T>) => number {
  switch (link) {
    case 'score':
      return (a, b) => b.entry.score - a.entry.score;
    case 'prediction':
      return (a, b) => {
        // A blank prediction ranks after any given one.
        if (a.error === null || b.error === null) return a.error === b.error ? 0 : a.error === null ? 1 : -1;
        return a.error - b.error;
      };
    case 'duration':
      return (a, b) => a.entry.durationMs - b.entry.durationMs;
    case 'submitted_at':
      return (a, b) => a.entry.submittedAt - b.entry.submittedAt;
  }
}

/**
 * Ranks entries by the contest's chain (product rule 4). Entries still tied
 * after the whole chain share a rank, and the next rank skips accordingly
 * (1, 1, 3). Before the round closes there is no prediction target: that link
 * is left out and the ranking is provisional. The order of fully tied entries
 * is made stable by id so the same input always lists the same way.
 */
export function rankEntries<T extends RankInput>(entries: readonly T[], chain: readonly TieBreak[], options: RankOptions = {}): Ranked<T>[] {
  const target = options.predictionTarget;
  const links = chain.filter((link, i) => chain.indexOf(link) === i && (link !== 'prediction' || target !== undefined)).map((link) => compareBy<T>(link));
  const compare = (a: Item<T>, b: Item<T>) => {
    for (const link of links) {
      const c = link(a, b);
      if (c !== 0) return c;
    }
    return 0;
  };

  const items: Item<T>[] = entries.map((entry) => ({ entry, error: target === undefined || entry.prediction === null ? null : Math.abs(entry.prediction - target) }));
  items.sort((a, b) => compare(a, b) || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0));
  const ranked: Ranked<T>[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const rank = i > 0 && compare(items[i - 1], items[i]) === 0 ? ranked[i - 1].rank : i + 1;
    ranked[i] = { entry: items[i].entry, rank, predictionError: items[i].error };
  }
  return ranked;
}
