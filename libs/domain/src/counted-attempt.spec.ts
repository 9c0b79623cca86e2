import type { CountedAttempt } from '@reform-quiz/contracts';
import { countedAttempt } from './counted-attempt';

const attempts = [
  { number: 1, score: 7, durationMs: 300_000 },
  { number: 2, score: 9, durationMs: 500_000 },
  { number: 3, score: 9, durationMs: 400_000 },
  { number: 4, score: 5, durationMs: 100_000 },
  { number: 5, score: null, durationMs: null }, // still in progress
];

describe('countedAttempt', () => {
  it.each<[CountedAttempt, number]>([
    ['best', 3], // 9 points, and quicker than attempt 2
    ['latest', 4], // the in-progress fifth never counts
    ['first', 1],
  ])('%s → attempt %d', (policy, number) => {
    expect(countedAttempt(attempts, policy)?.number).toBe(number);
  });

  it('prefers the earlier of two equal best attempts', () => {
    expect(countedAttempt([{ number: 2, score: 8, durationMs: 10 }, { number: 1, score: 8, durationMs: 10 }], 'best')?.number).toBe(1);
  });

  it('counts nothing while nothing is finished', () => {
    expect(countedAttempt([{ number: 1, score: null, durationMs: null }], 'best')).toBeNull();
    expect(countedAttempt([], 'first')).toBeNull();
  });
});
