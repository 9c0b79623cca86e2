import type { BlueprintCell } from '@reform-quiz/contracts';
import { countCells, drawQuestions, shuffle, type DrawableQuestion } from './drawing';

/** A deterministic sequence for tests (mulberry32). */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pool: DrawableQuestion[] = [
  ...Array.from({ length: 5 }, (_, i) => ({ id: `p-e-${i}`, topic: 'procedures' as const, difficulty: 'easy' as const })),
  ...Array.from({ length: 3 }, (_, i) => ({ id: `p-h-${i}`, topic: 'procedures' as const, difficulty: 'hard' as const })),
  ...Array.from({ length: 4 }, (_, i) => ({ id: `g-m-${i}`, topic: 'general' as const, difficulty: 'medium' as const })),
];

describe('drawQuestions', () => {
  const blueprint: BlueprintCell[] = [
    { topic: 'procedures', difficulty: 'easy', count: 2 },
    { topic: 'general', difficulty: 'medium', count: 3 },
    { topic: 'procedures', difficulty: 'hard', count: 1 },
  ];

  it('draws exactly the blueprint, each question at most once', () => {
    for (let seed = 1; seed < 50; seed++) {
      const ids = drawQuestions(pool, blueprint, seeded(seed));
      expect(ids).toHaveLength(6);
      expect(new Set(ids).size).toBe(6);
      expect(ids.slice(0, 2).every((id) => id.startsWith('p-e-'))).toBe(true);
      expect(ids.slice(2, 5).every((id) => id.startsWith('g-m-'))).toBe(true);
      expect(ids[5].startsWith('p-h-')).toBe(true);
    }
  });

  it('gives different entrants different papers', () => {
    const papers = new Set(Array.from({ length: 20 }, (_, seed) => drawQuestions(pool, blueprint, seeded(seed + 1)).join(',')));
    expect(papers.size).toBeGreaterThan(10);
  });

  it('refuses a cell the bank cannot fill', () => {
    expect(() => drawQuestions(pool, [{ topic: 'procedures', difficulty: 'hard', count: 4 }], seeded(1))).toThrow(/procedures\/hard needs 4/);
  });

  it('counts cells', () => {
    expect(Object.fromEntries(countCells(pool))).toEqual({ 'procedures/easy': 5, 'procedures/hard': 3, 'general/medium': 4 });
  });
});

describe('shuffle', () => {
  it('keeps every item and moves them around', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    const out = shuffle(items, seeded(7));
    expect([...out].sort((a, b) => a - b)).toEqual(items);
    expect(out).not.toEqual(items);
    expect(items).toEqual(Array.from({ length: 10 }, (_, i) => i));
  });

  it('puts each item first about equally often', () => {
    const firsts = new Map<number, number>();
    const random = seeded(42);
    for (let i = 0; i < 4000; i++) {
      const first = shuffle([0, 1, 2, 3], random)[0];
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    for (const count of firsts.values()) expect(Math.abs(count - 1000)).toBeLessThan(120);
  });
});
