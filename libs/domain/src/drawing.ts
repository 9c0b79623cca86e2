import type { BlueprintCell, Difficulty, Topic } from '@reform-quiz/contracts';

export interface DrawableQuestion {
  id: string;
  topic: Topic;
  difficulty: Difficulty;
}

/** A source of uniform numbers in [0, 1): the server passes a cryptographic one, tests a seeded one. */
export type RandomSource = () => number;

/** Fisher–Yates: every order equally likely. */
export function shuffle<T>(items: readonly T[], random: RandomSource): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** How many approved questions each topic × difficulty cell has. */
export function countCells(pool: readonly DrawableQuestion[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const q of pool) counts.set(cellKey(q), (counts.get(cellKey(q)) ?? 0) + 1);
  return counts;
}

export const cellKey = (c: { topic: Topic; difficulty: Difficulty }) => `${c.topic}/${c.difficulty}`;

/**
 * Draws one attempt's questions by the blueprint: for each cell, that many
 * distinct questions at random from the cell. Throws if a cell is short —
 * publishing checks this, so it means the bank changed after publication.
 * Returns ids in blueprint order; the caller shuffles when the round says so.
 */
export function drawQuestions(pool: readonly DrawableQuestion[], blueprint: readonly BlueprintCell[], random: RandomSource): string[] {
  const drawn: string[] = [];
  for (const cell of blueprint) {
    const candidates = pool.filter((q) => q.topic === cell.topic && q.difficulty === cell.difficulty);
    if (candidates.length < cell.count) {
      throw new Error(`blueprint cell ${cellKey(cell)} needs ${cell.count} questions but has ${candidates.length}`);
    }
    drawn.push(...shuffle(candidates, random).slice(0, cell.count).map((q) => q.id));
  }
  return drawn;
}
