import { Injectable } from '@nestjs/common';
import type { UnitKind } from '@reform-quiz/contracts';
import { Brackets } from 'typeorm';
import { Transactions } from '../../database/transactions';
import { UnitEntity } from './unit.entity';

/** Kinds in the order the picker lists them: the province first, communes last. */
const KIND_ORDER = `CASE u.kind WHEN 'province' THEN 0 WHEN 'department' THEN 1 WHEN 'district' THEN 2 WHEN 'commune' THEN 3 ELSE 4 END`;

@Injectable()
export class UnitsRepository {
  constructor(private readonly tx: Transactions) {}

  private get units() {
    return this.tx.manager().getRepository(UnitEntity);
  }

  /** `key` is already folded with `searchKey`; names that start with it come first. */
  search(key: string, kind: UnitKind | undefined, limit: number): Promise<UnitEntity[]> {
    const qb = this.units
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.parent', 'parent');
    qb.where('1 = 1');
    if (key) {
      qb.andWhere(
        new Brackets((w) =>
          w.where(`u.search_name LIKE :contains ESCAPE '\\'`, { contains: `%${escapeLike(key)}%` }).orWhere('LOWER(u.code) = :code', { code: key }),
        ),
      )
        .orderBy(`CASE WHEN u.search_name LIKE :prefix ESCAPE '\\' THEN 0 ELSE 1 END`)
        .setParameter('prefix', `${escapeLike(key)}%`);
    }
    if (kind) qb.andWhere('u.kind = :kind', { kind });
    return qb.addOrderBy(KIND_ORDER).addOrderBy('u.search_name').addOrderBy('u.id').limit(limit).getMany();
  }

  findAll(): Promise<UnitEntity[]> {
    return this.units.find({ order: { id: 'ASC' } });
  }

  findById(id: number): Promise<UnitEntity | null> {
    return this.units.findOne({ where: { id }, relations: { parent: true } });
  }

  findByCode(code: string): Promise<UnitEntity | null> {
    return this.units.findOneBy({ code });
  }

  countChildren(id: number): Promise<number> {
    return this.units.countBy({ parentId: id });
  }

  /** The chain of parent ids above a unit, nearest first. */
  async ancestorIds(id: number): Promise<number[]> {
    const ids: number[] = [];
    let current = await this.units.findOneBy({ id });
    while (current?.parentId && !ids.includes(current.parentId)) {
      ids.push(current.parentId);
      current = await this.units.findOneBy({ id: current.parentId });
    }
    return ids;
  }

  save(unit: UnitEntity): Promise<UnitEntity> {
    return this.tx.run((em) => em.getRepository(UnitEntity).save(unit));
  }

  async delete(id: number): Promise<void> {
    await this.tx.run((em) => em.getRepository(UnitEntity).delete({ id }));
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
