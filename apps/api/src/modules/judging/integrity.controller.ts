import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { IntegrityFlag } from '@reform-quiz/contracts';
import { type Caller, CurrentCaller, Roles } from '../../common/auth/access.decorator';
import { ReqMeta, type RequestMeta } from '../../common/http/request-meta';
import { IntIdParams, UuidParams } from '../../common/validation/id-params';
import { DecideFlagDto, FlagListQuery } from './dto/judging.dto';
import { IntegrityService } from './integrity.service';

@ApiTags('judging')
@Controller()
export class IntegrityController {
  constructor(private readonly integrity: IntegrityService) {}

  /** Looks at the round's finished attempts for suspicious patterns; flags already raised are not raised again. */
  @Post('rounds/:id/flags/scan')
  @HttpCode(200)
  @Roles('judge', 'organizer', 'admin')
  async scan(@Param() { id }: IntIdParams): Promise<{ raised: number }> {
    return { raised: await this.integrity.scan(id) };
  }

  @Get('rounds/:id/flags')
  @Roles('judge', 'organizer', 'admin')
  list(@Param() { id }: IntIdParams, @Query() query: FlagListQuery): Promise<IntegrityFlag[]> {
    return this.integrity.list(id, query.status);
  }

  /** Dismiss, or uphold and disqualify the attempt or the entrant; the reason goes to the audit log. */
  @Post('flags/:id/decision')
  @HttpCode(200)
  @Roles('judge')
  decide(@Param() { id }: UuidParams, @Body() body: DecideFlagDto, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<IntegrityFlag> {
    return this.integrity.decide(id, body, caller, meta);
  }
}
