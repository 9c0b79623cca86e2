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

/** One comparator per link of the chain; negative means `a` ranks first. */
function compareBy(link: TieBreak, errorOf: (e: RankInput) => number | null): (a: RankInput, b: RankInput) => number {
  switch (link) {
    case 'score':
      return (a, b) => b.score - a.score;
    case 'prediction':
      return (a, b) => {
        const ea = errorOf(a);
        const eb = errorOf(b);
        // A blank prediction ranks after any given one.
        if (ea === null || eb === null) return ea === eb ? 0 : ea === null ? 1 : -1;
        return ea - eb;
      };
    case 'duration':
      return (a, b) => a.durationMs - b.durationMs;
    case 'submitted_at':
      return (a, b) => a.submittedAt - b.submittedAt;
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
  const errors = new Map(entries.map((e) => [e.id, target === undefined || e.prediction === null ? null : Math.abs(e.prediction - target)]));
  const errorOf = (e: RankInput) => errors.get(e.id) ?? null;
  const links = chain.filter((link, i) => chain.indexOf(link) === i && (link !== 'prediction' || target !== undefined)).map((link) => compareBy(link, errorOf));
  const compare = (a: RankInput, b: RankInput) => {
    for (const link of links) {
      const c = link(a, b);
      if (c !== 0) return c;
    }
    return 0;
  };

  const sorted = [...entries].sort((a, b) => compare(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ranked: Ranked<T>[] = [];
  sorted.forEach((entry, i) => {
    const previous = ranked[i - 1];
    const rank = previous && compare(previous.entry, entry) === 0 ? previous.rank : i + 1;
    ranked.push({ entry, rank, predictionError: errorOf(entry) });
  });
  return ranked;
}
