import { shuffledOrder } from './question-preview';

describe('shuffledOrder', () => {
  it('is a repeatable permutation that changes with the seed', () => {
    const first = shuffledOrder(6, 1);
    expect([...first].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(shuffledOrder(6, 1)).toEqual(first);
    expect(first).not.toEqual([0, 1, 2, 3, 4, 5]);
    expect(shuffledOrder(6, 2)).not.toEqual(first);
  });
});
