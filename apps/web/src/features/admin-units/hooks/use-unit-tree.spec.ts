import type { Unit } from '@reform-quiz/contracts';
import { buildUnitTree, flattenTree, subtreeIds } from './use-unit-tree';

const unit = (id: number, name: string, kind: Unit['kind'], parentId: number | null): Unit => ({
  id,
  code: `U${id}`,
  name,
  kind,
  parentId,
  headcount: 0,
});

const units: Unit[] = [
  unit(3, 'Thành phố Tam Kỳ', 'district', 1),
  unit(2, 'Sở Nội vụ', 'department', 1),
  unit(1, 'Tỉnh Quảng Nam', 'province', null),
  unit(4, 'Phường An Mỹ', 'commune', 3),
  unit(5, 'Huyện Đại Lộc', 'district', 1),
  unit(6, 'Đơn vị mồ côi', 'other', 99),
];

describe('buildUnitTree', () => {
  it('nests by parent and orders siblings by kind, then name', () => {
    const flat = flattenTree(buildUnitTree(units)).map((node) => `${'-'.repeat(node.depth)}${node.unit.name}`);
    expect(flat).toEqual(['Tỉnh Quảng Nam', '-Sở Nội vụ', '-Huyện Đại Lộc', '-Thành phố Tam Kỳ', '--Phường An Mỹ', 'Đơn vị mồ côi']);
  });

  it('survives a cycle in bad data', () => {
    const cyclic = [unit(1, 'A', 'other', 2), unit(2, 'B', 'other', 1)];
    expect(() => buildUnitTree(cyclic)).not.toThrow();
  });

  it('finds a unit and everything under it', () => {
    expect([...subtreeIds(buildUnitTree(units), 3)].sort()).toEqual([3, 4]);
  });
});
