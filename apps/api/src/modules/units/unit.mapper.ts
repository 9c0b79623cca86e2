import type { Unit, UnitOption } from '@reform-quiz/contracts';
import type { UnitEntity } from './unit.entity';

export function toUnit(entity: UnitEntity): Unit {
  return {
    id: entity.id,
    code: entity.code,
    name: entity.name,
    kind: entity.kind,
    parentId: entity.parentId,
    headcount: entity.headcount,
  };
}

/** Needs the entity loaded with its parent. */
export function toUnitOption(entity: UnitEntity): UnitOption {
  return { id: entity.id, code: entity.code, name: entity.name, kind: entity.kind, parentName: entity.parent?.name ?? null };
}
