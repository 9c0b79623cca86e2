import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Page, UserSummary } from '@reform-quiz/contracts';
import { type Caller, CurrentCaller, Roles } from '../../common/auth/access.decorator';
import { ReqMeta, type RequestMeta } from '../../common/http/request-meta';
import { UuidParams } from '../../common/validation/id-params';
import { ChangeRoleDto } from './dto/change-role.dto';
import { ListUsersQuery } from './dto/list-users.query';
import { UsersService } from './users.service';

@ApiTags('admin')
@Controller('admin/users')
@Roles('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(@Query() query: ListUsersQuery): Promise<Page<UserSummary>> {
    return this.users.list(query);
  }

  @Patch(':id/role')
  changeRole(@Param() { id }: UuidParams, @Body() body: ChangeRoleDto, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<UserSummary> {
    return this.users.changeRole(id, body.role, caller, meta);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  deactivate(@Param() { id }: UuidParams, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<UserSummary> {
    return this.users.setStatus(id, 'disabled', caller, meta);
  }

  @Post(':id/activate')
  @HttpCode(200)
  activate(@Param() { id }: UuidParams, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<UserSummary> {
    return this.users.setStatus(id, 'active', caller, meta);
  }

  /** Signs the account out on every device. */
  @Delete(':id/sessions')
  @HttpCode(204)
  revokeSessions(@Param() { id }: UuidParams, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<void> {
    return this.users.revokeSessions(id, caller, meta);
  }
}
