import type { ResultEntry } from '@reform-quiz/contracts';
import { groupHash, hasPredictions, winners } from './result-lines';

const line = (rank: number, name: string, prize: ResultEntry['prize'], extra: Partial<ResultEntry> = {}): ResultEntry => ({
  rank,
  name,
  unit: null,
  score: 10 - rank,
  durationMs: 60_000,
  prize,
  ...extra,
});

describe('result lines', () => {
  it('lists winners by prize, then rank, then name; others left out', () => {
    const entries = [line(4, 'Đ', 'consolation'), line(1, 'A', 'first'), line(5, 'E', null), line(2, 'C', 'second'), line(2, 'B', 'second')];
    expect(winners(entries).map((e) => e.name)).toEqual(['A', 'B', 'C', 'Đ']);
  });

  it('groups the hash by eight characters', () => {
    expect(groupHash('0123456789abcdef01')).toBe('01234567 89abcdef 01');
    expect(groupHash('')).toBe('');
  });

  it('knows when a ranking carries predictions', () => {
    expect(hasPredictions([line(1, 'A', null)])).toBe(false);
    expect(hasPredictions([line(1, 'A', null, { prediction: null, predictionError: null })])).toBe(true);
  });
});
