import type { Category, IsoDateTime, PageQuery, Role } from './common';
import type { UnitOption } from './units';

export const USER_STATUSES = ['active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export interface UserSummary {
  id: string;
  fullName: string;
  role: Role;
  status: UserStatus;
  phone: string | null;
  email: string | null;
  category: Category | null;
  unit: UnitOption | null;
  createdAt: IsoDateTime;
}

export interface UserListQuery extends PageQuery {
  /** Name, phone or email; accent-insensitive. */
  q?: string;
  role?: Role;
  status?: UserStatus;
  category?: Category;
  unitId?: number;
}

export interface ChangeRoleRequest {
  role: Role;
}

export interface AuditEntry {
  id: number;
  at: IsoDateTime;
  actor: { id: string; fullName: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditListQuery extends PageQuery {
  entityType?: string;
  entityId?: string;
  actorId?: string;
}
