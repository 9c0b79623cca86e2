import { Injectable } from '@nestjs/common';
import type { AuditEntry, AuditListQuery, Page } from '@reform-quiz/contracts';
import { Clock } from '../../common/clock';
import { Transactions } from '../../database/transactions';
import { UserEntity } from '../users/user.entity';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | number;
  before?: object | null;
  after?: object | null;
  ip?: string | null;
}

/**
 * Writes the audit log. Called inside the caller's transaction, the record
 * joins it: the change and its record commit together or not at all.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly tx: Transactions,
    private readonly clock: Clock,
  ) {}

  async record(entry: AuditRecord): Promise<void> {
    await this.tx.run((em) => em.getRepository(AuditEntryEntity).insert({
      at: this.clock.now(),
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      before: entry.before ?? null,
      after: entry.after ?? null,
      ip: entry.ip ?? null,
    }));
  }

  async list(query: AuditListQuery): Promise<Page<AuditEntry>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const qb = this.tx
      .manager()
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .leftJoinAndMapOne('a.actor', UserEntity, 'actor', 'actor.id = a.actor_id');
    if (query.entityType) qb.andWhere('a.entity_type = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: query.entityId });
    if (query.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: query.actorId });
    const [rows, total] = await qb
      .orderBy('a.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return {
      items: rows.map((row) => {
        const actor = (row as AuditEntryEntity & { actor?: UserEntity }).actor;
        return {
          id: row.id,
          at: new Date(row.at).toISOString(),
          actor: actor ? { id: actor.id, fullName: actor.fullName } : null,
          action: row.action,
          entityType: row.entityType,
          entityId: row.entityId,
          before: row.before,
          after: row.after,
        };
      }),
      total,
      page,
      pageSize,
    };
  }
}
