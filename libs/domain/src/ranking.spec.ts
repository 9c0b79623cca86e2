import type { TieBreak } from '@reform-quiz/contracts';
import { rankEntries, type RankInput } from './ranking';

const e = (id: string, score: number, prediction: number | null, durationMs: number, submittedAt: number): RankInput => ({ id, score, prediction, durationMs, submittedAt });

// Target 100 perfect papers.
const field = [
  e('an', 10, 120, 300_000, 5), // error 20
  e('binh', 10, 95, 400_000, 4), // error 5
  e('cuong', 10, null, 200_000, 3), // blank
  e('dung', 9, 100, 100_000, 2), // error 0
  e('em', 10, 95, 400_000, 1), // same as binh but earlier
];
const order = (chain: TieBreak[], target?: number) => rankEntries(field, chain, { predictionTarget: target }).map((r) => `${r.rank}:${r.entry.id}`);

describe('rankEntries', () => {
  it.each<[string, TieBreak[], number | undefined, string[]]>([
    ['default chain', ['score', 'prediction', 'duration', 'submitted_at'], 100, ['1:em', '2:binh', '3:an', '4:cuong', '5:dung']],
    ['score → duration → prediction', ['score', 'duration', 'prediction'], 100, ['1:cuong', '2:an', '3:binh', '3:em', '5:dung']],
    ['score → time → prediction → submitted', ['score', 'duration', 'prediction', 'submitted_at'], 100, ['1:cuong', '2:an', '3:em', '4:binh', '5:dung']],
    ['score only: four share first', ['score'], 100, ['1:an', '1:binh', '1:cuong', '1:em', '5:dung']],
    ['prediction first', ['prediction', 'score'], 100, ['1:dung', '2:binh', '2:em', '4:an', '5:cuong']],
    ['duration only', ['duration'], 100, ['1:dung', '2:cuong', '3:an', '4:binh', '4:em']],
    ['submitted earlier only', ['submitted_at'], 100, ['1:em', '2:dung', '3:cuong', '4:binh', '5:an']],
    ['before close the prediction link is left out', ['score', 'prediction', 'duration', 'submitted_at'], undefined, ['1:cuong', '2:an', '3:em', '4:binh', '5:dung']],
    ['a repeated link counts once', ['score', 'score', 'duration'], 100, ['1:cuong', '2:an', '3:binh', '3:em', '5:dung']],
    ['empty chain: everyone ties', [], 100, ['1:an', '1:binh', '1:cuong', '1:dung', '1:em']],
  ])('%s', (_, chain, target, expected) => {
    expect(order(chain, target)).toEqual(expected);
  });

  it('puts a blank prediction after any given one, even a far one', () => {
    const ranked = rankEntries([e('blank', 5, null, 1, 1), e('far', 5, 100_000, 1, 1)], ['score', 'prediction'], { predictionTarget: 0 });
    expect(ranked.map((r) => [r.entry.id, r.rank, r.predictionError])).toEqual([
      ['far', 1, 100_000],
      ['blank', 2, null],
    ]);
  });

  it('gives two blank predictions the same place on that link', () => {
    const ranked = rankEntries([e('x', 5, null, 1, 1), e('y', 5, null, 1, 1)], ['score', 'prediction'], { predictionTarget: 3 });
    expect(ranked.map((r) => r.rank)).toEqual([1, 1]);
  });

  it('is deterministic whatever the input order', () => {
    const shuffled = [field[3], field[0], field[4], field[2], field[1]];
    const chain: TieBreak[] = ['score'];
    expect(rankEntries(shuffled, chain).map((r) => r.entry.id)).toEqual(rankEntries(field, chain).map((r) => r.entry.id));
  });
});
