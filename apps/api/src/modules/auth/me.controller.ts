import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Profile } from '@reform-quiz/contracts';
import { Authenticated, type Caller, CurrentCaller } from '../../common/auth/access.decorator';
import { AuthService } from './auth.service';
import { ChangePasswordDto } from './dto/change-password.dto';

/** The signed-in account's own profile. Registration fields are locked after sign-up, as contests require. */
@ApiTags('auth')
@Controller('me')
@Authenticated()
export class MeController {
  constructor(private readonly auth: AuthService) {}

  @Get()
  profile(@CurrentCaller() caller: Caller): Promise<Profile> {
    return this.auth.profile(caller.userId);
  }

  @Post('password')
  @HttpCode(204)
  changePassword(@CurrentCaller() caller: Caller, @Body() body: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(caller, body.currentPassword, body.newPassword);
  }
}
