import type { PrizeKind, PrizeTier } from '@reform-quiz/contracts';

const ORDER: PrizeKind[] = ['first', 'second', 'third', 'consolation'];

export interface RankedForPrize {
  id: string;
  rank: number;
}

/**
 * Individual prizes of one block, down the ranking: the first tier's count
 * goes to the top ranks, then the next tier… Entrants tied at a boundary
 * share the better prize (so a tier may award more than its count, never
 * fewer than the ranking allows). `excluded` entrants (already awarded
 * elsewhere when the contest gives one prize per person) are passed over
 * and the next in line takes their place.
 */
export function assignPrizes(ranked: readonly RankedForPrize[], tiers: readonly PrizeTier[], excluded: ReadonlySet<string> = new Set()): Map<string, PrizeKind> {
  const prizes = new Map<string, PrizeKind>();
  const eligible = ranked.filter((r) => !excluded.has(r.id));
  let next = 0;
  for (const kind of ORDER) {
    const count = tiers.find((t) => t.kind === kind)?.count ?? 0;
    if (count <= 0) continue;
    const end = Math.min(next + count, eligible.length);
    if (end <= next) break;
    // Everyone tied with the last winner of this tier shares it.
    let last = end;
    while (last < eligible.length && eligible[last].rank === eligible[end - 1].rank) last++;
    for (let i = next; i < last; i++) prizes.set(eligible[i].id, kind);
    next = last;
  }
  return prizes;
}

export interface UnitResult {
  unitId: number;
  entrants: number;
  headcount: number;
  /** Mean of the unit's entrants' counted scores. */
  meanScore: number;
}

export interface CollectiveRank extends UnitResult {
  rate: number;
  rank: number;
  awarded: boolean;
}

/**
 * Collective prizes (giải tập thể): units whose participation rate (entrants ÷
 * headcount) reaches the minimum, ranked by rate, then by mean score; the top
 * `count` are awarded. Units without a headcount cannot have a rate and are left out.
 */
export function rankUnits(units: readonly UnitResult[], minRate: number, count: number): CollectiveRank[] {
  const qualified = units
    .filter((u) => u.headcount > 0 && u.entrants > 0)
    .map((u) => ({ ...u, rate: u.entrants / u.headcount }))
    .filter((u) => u.rate >= minRate)
    .sort((a, b) => b.rate - a.rate || b.meanScore - a.meanScore || a.unitId - b.unitId);
  const ranked: CollectiveRank[] = [];
  qualified.forEach((u, i) => {
    const previous = ranked[i - 1];
    const rank = previous && previous.rate === u.rate && previous.meanScore === u.meanScore ? previous.rank : i + 1;
    ranked.push({ ...u, rank, awarded: rank <= count });
  });
  return ranked;
}
