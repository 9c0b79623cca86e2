import { Injectable } from '@nestjs/common';
import type { CreateUnitRequest, Unit, UnitOption, UpdateUnitRequest } from '@reform-quiz/contracts';
import { searchKey } from '@reform-quiz/domain';
import { Clock } from '../../common/clock';
import type { Caller } from '../../common/auth/access.decorator';
import type { RequestMeta } from '../../common/http/request-meta';
import { isForeignKeyViolation, uniqueViolationColumn } from '../../database/db-errors';
import { Transactions } from '../../database/transactions';
import { AuditService } from '../audit/audit.service';
import { UnitEntity } from './unit.entity';
import { toUnit, toUnitOption } from './unit.mapper';
import { unitCodeTaken, unitHasChildren, unitInUse, unitNotFound, unitParentInvalid } from './units.errors';
import { UnitsRepository } from './units.repository';

@Injectable()
export class UnitsService {
  constructor(
    private readonly units: UnitsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly tx: Transactions,
  ) {}

  async search(q: string | undefined, kind: Unit['kind'] | undefined, limit = 20): Promise<UnitOption[]> {
    const rows = await this.units.search(searchKey(q ?? ''), kind, limit);
    return rows.map(toUnitOption);
  }

  async all(): Promise<Unit[]> {
    return (await this.units.findAll()).map(toUnit);
  }

  /** Whether a unit exists; registration and profile checks use it. */
  async exists(id: number): Promise<boolean> {
    return (await this.units.findById(id)) !== null;
  }

  async create(input: CreateUnitRequest, caller: Caller, meta: RequestMeta): Promise<Unit> {
    return this.tx.run(async () => {
      if (await this.units.findByCode(input.code)) throw unitCodeTaken(input.code);
      if (input.parentId != null && !(await this.units.findById(input.parentId))) {
        throw unitParentInvalid(`Parent unit ${input.parentId} does not exist`);
      }
      const now = this.clock.now();
      const unit = Object.assign(new UnitEntity(), {
        code: input.code,
        name: input.name,
        searchName: searchKey(input.name),
        kind: input.kind,
        parentId: input.parentId ?? null,
        headcount: input.headcount,
        createdAt: now,
        updatedAt: now,
      });
      const saved = await this.saveOrExplain(unit);
      await this.audit.record({ actorId: caller.userId, action: 'unit.create', entityType: 'unit', entityId: saved.id, after: toUnit(saved), ip: meta.ip });
      return toUnit(saved);
    });
  }

  async update(id: number, input: UpdateUnitRequest, caller: Caller, meta: RequestMeta): Promise<Unit> {
    return this.tx.run(async () => {
      const unit = await this.units.findById(id);
      if (!unit) throw unitNotFound(id);
      const before = toUnit(unit);
      if (input.code !== undefined && input.code !== unit.code && (await this.units.findByCode(input.code))) {
        throw unitCodeTaken(input.code);
      }
      if (input.parentId !== undefined && input.parentId !== null) await this.checkParent(id, input.parentId);
      delete unit.parent;
      Object.assign(unit, {
        ...(input.code !== undefined && { code: input.code }),
        ...(input.name !== undefined && { name: input.name, searchName: searchKey(input.name) }),
        ...(input.kind !== undefined && { kind: input.kind }),
        ...(input.parentId !== undefined && { parentId: input.parentId }),
        ...(input.headcount !== undefined && { headcount: input.headcount }),
        updatedAt: this.clock.now(),
      });
      const saved = await this.saveOrExplain(unit);
      await this.audit.record({ actorId: caller.userId, action: 'unit.update', entityType: 'unit', entityId: id, before, after: toUnit(saved), ip: meta.ip });
      return toUnit(saved);
    });
  }

  async remove(id: number, caller: Caller, meta: RequestMeta): Promise<void> {
    await this.tx.run(async () => {
      const unit = await this.units.findById(id);
      if (!unit) throw unitNotFound(id);
      if ((await this.units.countChildren(id)) > 0) throw unitHasChildren();
      try {
        await this.units.delete(id);
      } catch (error) {
        if (isForeignKeyViolation(error)) throw unitInUse();
        throw error;
      }
      await this.audit.record({ actorId: caller.userId, action: 'unit.delete', entityType: 'unit', entityId: id, before: toUnit(unit), ip: meta.ip });
    });
  }

  private async checkParent(id: number, parentId: number): Promise<void> {
    if (parentId === id) throw unitParentInvalid('A unit cannot be its own parent');
    if (!(await this.units.findById(parentId))) throw unitParentInvalid(`Parent unit ${parentId} does not exist`);
    if ((await this.units.ancestorIds(parentId)).includes(id)) {
      throw unitParentInvalid('That parent is inside this unit; the tree would have a cycle');
    }
  }

  private async saveOrExplain(unit: UnitEntity): Promise<UnitEntity> {
    try {
      return await this.units.save(unit);
    } catch (error) {
      if (uniqueViolationColumn(error) === 'code') throw unitCodeTaken(unit.code);
      throw error;
    }
  }
}
