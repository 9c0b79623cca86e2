import { ROLES, type ChangeRoleRequest, type Role } from '@reform-quiz/contracts';
import { IsIn } from 'class-validator';

export class ChangeRoleDto implements ChangeRoleRequest {
  @IsIn(ROLES)
  role!: Role;
}
