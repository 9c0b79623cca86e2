import type { UnitParticipation } from '@reform-quiz/contracts';
import { barPercents, busiestDay, defaultDirection, fillDays, sortParticipation, topByRate } from './statistics-figures';

const unit = (unitId: number, name: string, entrants: number, headcount: number): UnitParticipation => ({
  unitId,
  unit: name,
  kind: 'district',
  parentId: 1,
  entrants,
  headcount,
  rate: headcount > 0 ? entrants / headcount : 0,
});

const units = [
  unit(1, 'Thành phố Tam Kỳ', 300, 3000), // 10 %
  unit(2, 'Huyện Nông Sơn', 150, 500), // 30 %
  unit(3, 'Sở Nội vụ', 5, 0), // no headcount
  unit(4, 'Huyện Đại Lộc', 100, 1000), // 10 %
  unit(5, 'Thị xã Điện Bàn', 0, 2000), // 0 %
];
const names = (list: UnitParticipation[]) => list.map((u) => u.unit);

describe('statistics figures', () => {
  it.each([
    ['unit', 'ascending', ['Huyện Đại Lộc', 'Huyện Nông Sơn', 'Sở Nội vụ', 'Thành phố Tam Kỳ', 'Thị xã Điện Bàn']],
    ['unit', 'descending', ['Thị xã Điện Bàn', 'Thành phố Tam Kỳ', 'Sở Nội vụ', 'Huyện Nông Sơn', 'Huyện Đại Lộc']],
    ['entrants', 'descending', ['Thành phố Tam Kỳ', 'Huyện Nông Sơn', 'Huyện Đại Lộc', 'Sở Nội vụ', 'Thị xã Điện Bàn']],
    ['headcount', 'ascending', ['Sở Nội vụ', 'Huyện Nông Sơn', 'Huyện Đại Lộc', 'Thị xã Điện Bàn', 'Thành phố Tam Kỳ']],
    // Equal rates go by name; a unit without headcount is last both ways.
    ['rate', 'descending', ['Huyện Nông Sơn', 'Huyện Đại Lộc', 'Thành phố Tam Kỳ', 'Thị xã Điện Bàn', 'Sở Nội vụ']],
    ['rate', 'ascending', ['Thị xã Điện Bàn', 'Huyện Đại Lộc', 'Thành phố Tam Kỳ', 'Huyện Nông Sơn', 'Sở Nội vụ']],
  ] as const)('sorts by %s %s', (key, direction, expected) => {
    expect(names(sortParticipation(units, key, direction))).toEqual(expected);
  });

  it('sorts names A→Z and figures biggest first when a column is first chosen', () => {
    expect(defaultDirection('unit')).toBe('ascending');
    expect(defaultDirection('rate')).toBe('descending');
  });

  it('charts the best rates, without units that have no headcount or no entrants', () => {
    expect(names(topByRate(units, 2))).toEqual(['Huyện Nông Sơn', 'Huyện Đại Lộc']);
    expect(names(topByRate(units))).toEqual(['Huyện Nông Sơn', 'Huyện Đại Lộc', 'Thành phố Tam Kỳ']);
  });

  it('scales bars to the longest', () => {
    expect(barPercents([0.3, 0.1, 0])).toEqual([100, 33.3, 0]);
    expect(barPercents([0, 0])).toEqual([0, 0]);
    expect(barPercents([])).toEqual([]);
  });

  it('fills the quiet days between the first and the last at zero', () => {
    expect(
      fillDays([
        { date: '2018-05-03', attempts: 4 },
        { date: '2018-04-30', attempts: 2 },
      ]),
    ).toEqual([
      { date: '2018-04-30', attempts: 2 },
      { date: '2018-05-01', attempts: 0 },
      { date: '2018-05-02', attempts: 0 },
      { date: '2018-05-03', attempts: 4 },
    ]);
    expect(fillDays([])).toEqual([]);
    expect(fillDays([{ date: '2016-01-01', attempts: 1 }, { date: '2018-05-03', attempts: 1 }])).toHaveLength(366);
  });

  it('finds the busiest day', () => {
    expect(busiestDay([{ date: '2018-05-01', attempts: 3 }, { date: '2018-05-02', attempts: 7 }, { date: '2018-05-03', attempts: 7 }])).toEqual({ date: '2018-05-02', attempts: 7 });
    expect(busiestDay([{ date: '2018-05-01', attempts: 0 }])).toBeNull();
  });
});
