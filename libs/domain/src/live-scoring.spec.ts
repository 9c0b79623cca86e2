import { livePoints, liveStandingKey } from './live-scoring';

describe('livePoints', () => {
  it.each([
    // points, correct, t, T, speed, expected
    [1, true, 0, 20_000, true, 1000],
    [1, true, 10_000, 20_000, true, 750],
    [1, true, 20_000, 20_000, true, 500],
    [1, true, 5_000, 20_000, true, 875],
    [1, true, 3_333, 20_000, true, 917], // 1000 × (1 − 0.16665/2) = 916.675 → 917
    [2, true, 1_000, 20_000, true, 1950],
    [1, false, 0, 20_000, true, 0],
    [1, true, 25_000, 20_000, true, 500], // late clock skew never goes below half
    [1, true, 12_345, 20_000, false, 1000],
    [3, true, 19_999, 20_000, false, 3000],
  ])('%d pt, correct %s, %d ms of %d ms, speed %s → %d', (points, correct, t, T, speed, expected) => {
    expect(livePoints(points, correct, t, T, speed)).toBe(expected);
  });
});

describe('liveStandingKey', () => {
  it('orders by points, then by less time', () => {
    const keys = [liveStandingKey(2000, 9000), liveStandingKey(2000, 3000), liveStandingKey(1999, 0), liveStandingKey(0, 0)];
    expect([...keys].sort((a, b) => b - a)).toEqual([keys[1], keys[0], keys[2], keys[3]]);
  });

  it('stays exact for a long game', () => {
    const a = liveStandingKey(50_000, 400_000);
    const b = liveStandingKey(50_000, 400_001);
    expect(a).toBeGreaterThan(b);
    expect(Number.isSafeInteger(a)).toBe(true);
  });
});
