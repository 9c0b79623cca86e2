import type { PrizeTier } from '@reform-quiz/contracts';
import { assignPrizes, rankUnits } from './prizes';

const tiers: PrizeTier[] = [
  { kind: 'first', count: 1 },
  { kind: 'second', count: 2 },
  { kind: 'third', count: 3 },
  { kind: 'consolation', count: 2 },
];
const field = (...ranks: number[]) => ranks.map((rank, i) => ({ id: `p${i + 1}`, rank }));
const awarded = (m: Map<string, string>) => Object.fromEntries(m);

describe('assignPrizes', () => {
  it('goes down the ranking tier by tier', () => {
    expect(awarded(assignPrizes(field(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), tiers))).toEqual({
      p1: 'first', p2: 'second', p3: 'second', p4: 'third', p5: 'third', p6: 'third', p7: 'consolation', p8: 'consolation',
    });
  });

  it('lets entrants tied at a boundary share the better prize', () => {
    // p2 and p3 tie for second place, p4 too: three share the two second prizes; thirds start after them.
    expect(awarded(assignPrizes(field(1, 2, 2, 2, 5, 6, 7, 8, 9), tiers))).toEqual({
      p1: 'first', p2: 'second', p3: 'second', p4: 'second', p5: 'third', p6: 'third', p7: 'third', p8: 'consolation', p9: 'consolation',
    });
  });

  it('shares the first prize when the top is tied', () => {
    expect(awarded(assignPrizes(field(1, 1, 3), [{ kind: 'first', count: 1 }, { kind: 'second', count: 1 }]))).toEqual({ p1: 'first', p2: 'first', p3: 'second' });
  });

  it('passes over entrants already awarded and gives the next in line their place', () => {
    expect(awarded(assignPrizes(field(1, 2, 3, 4), [{ kind: 'first', count: 1 }, { kind: 'second', count: 1 }], new Set(['p1'])))).toEqual({ p2: 'first', p3: 'second' });
  });

  it('awards nothing to nobody, and no tier without a count', () => {
    expect(assignPrizes([], tiers).size).toBe(0);
    expect(awarded(assignPrizes(field(1, 2), [{ kind: 'third', count: 5 }]))).toEqual({ p1: 'third', p2: 'third' });
  });
});

describe('rankUnits', () => {
  const units = [
    { unitId: 1, entrants: 80, headcount: 100, meanScore: 7 }, // 0.8
    { unitId: 2, entrants: 45, headcount: 50, meanScore: 6 }, // 0.9
    { unitId: 3, entrants: 160, headcount: 200, meanScore: 8 }, // 0.8, better mean than unit 1
    { unitId: 4, entrants: 30, headcount: 100, meanScore: 9.5 }, // 0.3, below the minimum
    { unitId: 5, entrants: 10, headcount: 0, meanScore: 10 }, // no headcount: no rate
    { unitId: 6, entrants: 8, headcount: 10, meanScore: 7 }, // 0.8, same mean as unit 1: shares its rank
  ];

  it('ranks by participation rate above the minimum, then by mean score, awarding the top', () => {
    expect(rankUnits(units, 0.7, 2).map((u) => [u.unitId, u.rank, u.awarded])).toEqual([
      [2, 1, true],
      [3, 2, true],
      [1, 3, false],
      [6, 3, false],
    ]);
  });

  it('with no minimum, every unit with a rate competes', () => {
    expect(rankUnits(units, 0, 10).map((u) => u.unitId)).toEqual([2, 3, 1, 6, 4]);
  });
});
