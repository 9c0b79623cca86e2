import type { UnitParticipation } from '@reform-quiz/contracts';
import { barPercents, topParticipation } from './participation';

const unit = (unitId: number, unit: string, entrants: number, headcount: number): UnitParticipation => ({ unitId, unit, kind: 'district', parentId: null, entrants, headcount, rate: headcount > 0 ? entrants / headcount : 0 });

describe('participation by unit', () => {
  it('keeps the 15 units with the highest rate, leaving out units without a headcount', () => {
    const units = [
      unit(1, 'Thành phố Tam Kỳ', 120, 1000),
      unit(2, 'Sở Nội vụ', 60, 150),
      unit(3, 'Huyện Nông Sơn', 5, 0),
      ...Array.from({ length: 20 }, (_, i) => unit(10 + i, `Xã ${String(i).padStart(2, '0')}`, i, 100)),
    ];
    const top = topParticipation(units);
    expect(top).toHaveLength(15);
    expect(top[0].unit).toBe('Sở Nội vụ');
    expect(top.map((u) => u.unit)).not.toContain('Huyện Nông Sơn');
    expect(top.every((u, i) => i === 0 || top[i - 1].rate >= u.rate)).toBe(true);
  });

  it('breaks ties by entrants, then by name', () => {
    const top = topParticipation([unit(1, 'Huyện Đại Lộc', 10, 100), unit(2, 'Huyện Duy Xuyên', 20, 200), unit(3, 'Huyện Bắc Trà My', 10, 100)]);
    expect(top.map((u) => u.unit)).toEqual(['Huyện Duy Xuyên', 'Huyện Bắc Trà My', 'Huyện Đại Lộc']);
  });

  it('draws bars relative to the best rate, so small rates still show', () => {
    expect(barPercents([{ rate: 0.04 }, { rate: 0.01 }, { rate: 0 }])).toEqual([100, 25, 0]);
    expect(barPercents([{ rate: 0 }])).toEqual([0]);
  });
});
