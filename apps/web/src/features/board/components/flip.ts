import type { LeaderboardEntry } from '@reform-quiz/contracts';

/**
 * A key per entry that survives a re-ranking (entries carry no ids): name
 * and unit, numbered when two people share both.
 */
export function entryKeys(entries: readonly Pick<LeaderboardEntry, 'name' | 'unit'>[]): string[] {
  const seen = new Map<string, number>();
  return entries.map((entry) => {
    const base = `${entry.name}\u0000${entry.unit ?? ''}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}\u0000${count}`;
  });
}

/**
 * FLIP ("first, last, invert, play"): for each row on both boards, how far
 * to shift it back to where it was (old top − new top, in px) before letting
 * it glide to its new place. Rows that did not move, and new rows, are left out.
 */
export function flipOffsets(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>): Map<string, number> {
  const offsets = new Map<string, number>();
  for (const [key, top] of after) {
    const previous = before.get(key);
    if (previous === undefined) continue;
    const delta = previous - top;
    if (Math.abs(delta) >= 1) offsets.set(key, delta);
  }
  return offsets;
}

/** Places moved since the last board: positive up, negative down, 'new' for a row that was not on it. None before a first board. */
export type RankChange = number | 'new';

export function rankChanges(previous: ReadonlyMap<string, number> | null, next: readonly { key: string; rank: number }[]): Map<string, RankChange> {
  const changes = new Map<string, RankChange>();
  if (!previous) return changes;
  for (const { key, rank } of next) {
    const before = previous.get(key);
    if (before === undefined) changes.set(key, 'new');
    else if (before !== rank) changes.set(key, before - rank);
  }
  return changes;
}

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
