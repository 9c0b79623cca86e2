import { Injectable } from '@nestjs/common';
import type { Page, Role, UserListQuery, UserStatus, UserSummary } from '@reform-quiz/contracts';
import type { Caller } from '../../common/auth/access.decorator';
import { Clock } from '../../common/clock';
import type { RequestMeta } from '../../common/http/request-meta';
import { Transactions } from '../../database/transactions';
import { AuditService } from '../audit/audit.service';
import { SessionsRepository } from './sessions.repository';
import { toUserSummary } from './user.mapper';
import { cannotChangeOwnAccount, userNotFound } from './users.errors';
import { UsersRepository } from './users.repository';

/** What administrators do to accounts; each change is audited in the same transaction. */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly tx: Transactions,
  ) {}

  async list(query: UserListQuery): Promise<Page<UserSummary>> {
    const [rows, total] = await this.users.list(query);
    return { items: rows.map(toUserSummary), total, page: query.page ?? 1, pageSize: query.pageSize ?? 20 };
  }

  async changeRole(id: string, role: Role, caller: Caller, meta: RequestMeta): Promise<UserSummary> {
    if (id === caller.userId) throw cannotChangeOwnAccount();
    return this.tx.run(async () => {
      const user = await this.users.findById(id);
      if (!user) throw userNotFound(id);
      if (user.role !== role) {
        await this.users.update(id, { role, updatedAt: this.clock.now() });
        await this.audit.record({ actorId: caller.userId, action: 'user.role.change', entityType: 'user', entityId: id, before: { role: user.role }, after: { role }, ip: meta.ip });
        user.role = role;
      }
      return toUserSummary(user);
    });
  }

  /** Disabling also signs the account out everywhere. */
  async setStatus(id: string, status: UserStatus, caller: Caller, meta: RequestMeta): Promise<UserSummary> {
    if (id === caller.userId) throw cannotChangeOwnAccount();
    return this.tx.run(async () => {
      const user = await this.users.findById(id);
      if (!user) throw userNotFound(id);
      if (user.status !== status) {
        const now = this.clock.now();
        await this.users.update(id, { status, updatedAt: now });
        if (status === 'disabled') await this.sessions.revokeAllForUser(id, 'account_disabled', now);
        await this.audit.record({ actorId: caller.userId, action: `user.status.${status}`, entityType: 'user', entityId: id, before: { status: user.status }, after: { status }, ip: meta.ip });
        user.status = status;
      }
      return toUserSummary(user);
    });
  }

  async revokeSessions(id: string, caller: Caller, meta: RequestMeta): Promise<void> {
    await this.tx.run(async () => {
      if (!(await this.users.findById(id))) throw userNotFound(id);
      const revoked = await this.sessions.revokeAllForUser(id, 'revoked_by_admin', this.clock.now());
      await this.audit.record({ actorId: caller.userId, action: 'user.sessions.revoke', entityType: 'user', entityId: id, after: { revoked }, ip: meta.ip });
    });
  }
}
