import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Contest, ContestSummary, Round } from '@reform-quiz/contracts';
import { type Caller, CurrentCaller, Public, Roles } from '../../common/auth/access.decorator';
import { ReqMeta, type RequestMeta } from '../../common/http/request-meta';
import { IntIdParams } from '../../common/validation/id-params';
import { ContestsService } from './contests.service';
import { ContestInputDto, RoundInputDto, UpdateContestDto, UpdateRoundDto } from './dto/contest-input.dto';

@ApiTags('contests')
@Controller()
export class ContestsController {
  constructor(private readonly contests: ContestsService) {}

  /** Published and closed contests for everyone; drafts too for the committee. */
  @Get('contests')
  @Public()
  list(@CurrentCaller() caller: Caller | undefined): Promise<ContestSummary[]> {
    return this.contests.list(caller);
  }

  @Get('contests/:id')
  @Public()
  get(@Param() { id }: IntIdParams, @CurrentCaller() caller: Caller | undefined): Promise<Contest> {
    return this.contests.get(id, caller);
  }

  @Post('contests')
  @Roles('organizer', 'admin')
  create(@Body() body: ContestInputDto, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<Contest> {
    return this.contests.create(body, caller, meta);
  }

  @Patch('contests/:id')
  @Roles('organizer', 'admin')
  update(@Param() { id }: IntIdParams, @Body() body: UpdateContestDto, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<Contest> {
    return this.contests.update(id, body, caller, meta);
  }

  /** Refused with CONTEST_NOT_PUBLISHABLE and the reasons when a round cannot work. */
  @Post('contests/:id/publish')
  @HttpCode(200)
  @Roles('organizer', 'admin')
  publish(@Param() { id }: IntIdParams, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<Contest> {
    return this.contests.transition(id, 'published', caller, meta);
  }

  @Post('contests/:id/close')
  @HttpCode(200)
  @Roles('organizer', 'admin')
  close(@Param() { id }: IntIdParams, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<Contest> {
    return this.contests.transition(id, 'closed', caller, meta);
  }

  @Post('contests/:id/archive')
  @HttpCode(200)
  @Roles('organizer', 'admin')
  archive(@Param() { id }: IntIdParams, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<Contest> {
    return this.contests.transition(id, 'archived', caller, meta);
  }

  @Post('contests/:id/rounds')
  @Roles('organizer', 'admin')
  addRound(@Param() { id }: IntIdParams, @Body() body: RoundInputDto, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<Round> {
    return this.contests.addRound(id, body, caller, meta);
  }

  @Patch('rounds/:id')
  @Roles('organizer', 'admin')
  updateRound(@Param() { id }: IntIdParams, @Body() body: UpdateRoundDto, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<Round> {
    return this.contests.updateRound(id, body, caller, meta);
  }

  /** Ends an open self-paced round now, e.g. to publish results early; attempts in progress end too. */
  @Post('rounds/:id/close')
  @HttpCode(200)
  @Roles('organizer', 'admin')
  closeRound(@Param() { id }: IntIdParams, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<Round> {
    return this.contests.closeRound(id, caller, meta);
  }

  @Delete('rounds/:id')
  @HttpCode(204)
  @Roles('organizer', 'admin')
  deleteRound(@Param() { id }: IntIdParams, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<void> {
    return this.contests.deleteRound(id, caller, meta);
  }
}
