import { CATEGORIES, ROLES, USER_STATUSES, type Category, type Role, type UserListQuery, type UserStatus } from '@reform-quiz/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_DB_INT } from '../../../common/validation/validators';

export class ListUsersQuery implements UserListQuery {
  @IsOptional() @IsString() @MaxLength(100)
  q?: string;

  @IsOptional() @IsIn(ROLES)
  role?: Role;

  @IsOptional() @IsIn(USER_STATUSES)
  status?: UserStatus;

  @IsOptional() @IsIn(CATEGORIES)
  category?: Category;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_DB_INT)
  unitId?: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100_000)
  page?: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  pageSize?: number;
}
