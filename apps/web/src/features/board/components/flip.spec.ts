import { entryKeys, flipOffsets, rankChanges } from './flip';

describe('FLIP ordering', () => {
  it('keys rows by name and unit, numbering exact duplicates', () => {
    expect(
      entryKeys([
        { name: 'Nguyễn Văn An', unit: 'Thành phố Tam Kỳ' },
        { name: 'Nguyễn Văn An', unit: 'Huyện Duy Xuyên' },
        { name: 'Nguyễn Văn An', unit: 'Thành phố Tam Kỳ' },
        { name: 'Lê Thị Hoa', unit: null },
      ]),
    ).toEqual(['Nguyễn Văn An\u0000Thành phố Tam Kỳ', 'Nguyễn Văn An\u0000Huyện Duy Xuyên', 'Nguyễn Văn An\u0000Thành phố Tam Kỳ\u00001', 'Lê Thị Hoa\u0000']);
  });

  it('shifts each moved row back by how far it moved, and leaves new and unmoved rows alone', () => {
    // Rows 48 px high: B overtakes A, C stays, D is new, E left the board.
    const before = new Map([
      ['A', 0],
      ['B', 48],
      ['C', 96],
      ['E', 144],
    ]);
    const after = new Map([
      ['B', 0],
      ['A', 48],
      ['C', 96],
      ['D', 144],
    ]);
    expect(flipOffsets(before, after)).toEqual(
      new Map([
        ['B', 48],
        ['A', -48],
      ]),
    );
  });

  it('ignores sub-pixel jitter', () => {
    expect(flipOffsets(new Map([['A', 10.2]]), new Map([['A', 10]])).size).toBe(0);
  });

  it('tells how many places each row moved since the last board, and which are new', () => {
    const previous = new Map([
      ['A', 1],
      ['B', 2],
      ['C', 3],
    ]);
    const next = [
      { key: 'C', rank: 1 },
      { key: 'A', rank: 2 },
      { key: 'B', rank: 2 },
      { key: 'D', rank: 4 },
    ];
    expect(rankChanges(previous, next)).toEqual(
      new Map<string, number | 'new'>([
        ['C', 2],
        ['A', -1],
        ['D', 'new'],
      ]),
    );
    expect(rankChanges(null, next).size).toBe(0);
  });
});
