import { Injectable } from '@nestjs/common';
import type { UserListQuery } from '@reform-quiz/contracts';
import { searchKey } from '@reform-quiz/domain';
import { Transactions } from '../../database/transactions';
import { SessionsRepository } from './sessions.repository';
import { UserEntity } from './user.entity';

export type UniqueField = 'phone' | 'email' | 'nationalId';

@Injectable()
export class UsersRepository {
  constructor(
    private readonly tx: Transactions,
    private readonly sessions: SessionsRepository,
  ) {}

  private get users() {
    return this.tx.manager().getRepository(UserEntity);
  }

  /** With unit and the unit's parent, as profiles and summaries show them. */
  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { id }, relations: { unit: { parent: true } } });
  }

  findByPhone(phone: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ phone });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email });
  }

  /** The first of the given unique values already held by an account. */
  async takenField(values: Partial<Record<UniqueField, string | null | undefined>>): Promise<UniqueField | null> {
    for (const field of ['phone', 'nationalId', 'email'] as const) {
      const value = values[field];
      if (value && (await this.users.existsBy({ [field]: value }))) return field;
    }
    return null;
  }

  async insert(user: UserEntity): Promise<void> {
    await this.tx.run((em) => em.getRepository(UserEntity).insert(user));
  }

  async update(id: string, changes: Partial<UserEntity>): Promise<void> {
    await this.tx.run((em) => em.getRepository(UserEntity).update({ id }, changes));
    // Requests check role and status through the session cache: they must see the change at once.
    if (changes.role !== undefined || changes.status !== undefined) await this.sessions.forgetUser(id);
  }

  async list(query: UserListQuery): Promise<[UserEntity[], number]> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const qb = this.users
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.unit', 'unit')
      .leftJoinAndSelect('unit.parent', 'parent');
    const key = searchKey(query.q ?? '');
    if (key) qb.andWhere(`u.search_text LIKE :q ESCAPE '\\'`, { q: `%${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.status) qb.andWhere('u.status = :status', { status: query.status });
    if (query.category) qb.andWhere('u.category = :category', { category: query.category });
    if (query.unitId) qb.andWhere('u.unit_id = :unitId', { unitId: query.unitId });
    return qb
      .orderBy('u.createdAt', 'DESC')
      .addOrderBy('u.id')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
  }
}

/** What admin search matches: the folded name, the phone and the email. */
export function userSearchText(user: Pick<UserEntity, 'fullName' | 'phone' | 'email'>): string {
  return [searchKey(user.fullName), user.phone, user.email].filter(Boolean).join(' ');
}
