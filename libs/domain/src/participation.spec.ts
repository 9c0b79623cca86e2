import { entrantsWithin, subtree, vietnamDay } from './participation';

const tree = [
  { id: 1, parentId: null }, // province
  { id: 2, parentId: 1 }, // district
  { id: 3, parentId: 2 }, // commune
  { id: 4, parentId: 2 }, // commune
  { id: 5, parentId: 1 }, // department
];

describe('participation figures', () => {
  it('finds a unit and everything below it', () => {
    expect([...subtree(tree, 2)].sort()).toEqual([2, 3, 4]);
    expect([...subtree(tree, 5)]).toEqual([5]);
    expect(subtree(tree, 1).size).toBe(5);
  });

  it('counts a district with its communes, each person once', () => {
    const byUnit = new Map([
      [2, new Set(['a'])],
      [3, new Set(['b', 'c'])],
      [4, new Set(['c', 'd'])],
      [5, new Set(['e'])],
    ]);
    expect(entrantsWithin(tree, byUnit, 2)).toBe(4);
    expect(entrantsWithin(tree, byUnit, 3)).toBe(2);
    expect(entrantsWithin(tree, byUnit, 1)).toBe(5);
  });

  it('survives a cycle in bad data', () => {
    expect(
      [
        ...subtree(
          [
            { id: 1, parentId: 2 },
            { id: 2, parentId: 1 },
          ],
          1,
        ),
      ].sort(),
    ).toEqual([1, 2]);
  });

  it('takes the day in Việt Nam time', () => {
    expect(vietnamDay(Date.parse('2018-05-01T16:59:59Z'))).toBe('2018-05-01');
    expect(vietnamDay(Date.parse('2018-05-01T17:00:00Z'))).toBe('2018-05-02');
  });
});
