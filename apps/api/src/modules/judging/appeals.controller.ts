import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Appeal, ItemStatistics } from '@reform-quiz/contracts';
import { Authenticated, type Caller, CurrentCaller, Roles } from '../../common/auth/access.decorator';
import { ReqMeta, type RequestMeta } from '../../common/http/request-meta';
import { IntIdParams, UuidParams } from '../../common/validation/id-params';
import { AppealsService } from './appeals.service';
import { AppealListQuery, DecideAppealDto, FileAppealDto } from './dto/judging.dto';
import { ItemAnalysisService } from './item-analysis.service';

@ApiTags('judging')
@Controller()
export class AppealsController {
  constructor(
    private readonly appeals: AppealsService,
    private readonly items: ItemAnalysisService,
  ) {}

  /** An entrant appeals a question of their own paper, after the round closed and within its appeal window. */
  @Post('attempts/:id/appeals')
  @Authenticated()
  file(@Param() { id }: UuidParams, @Body() body: FileAppealDto, @CurrentCaller() caller: Caller): Promise<Appeal> {
    return this.appeals.file(id, body, caller);
  }

  @Get('attempts/:id/appeals')
  @Authenticated()
  mine(@Param() { id }: UuidParams, @CurrentCaller() caller: Caller): Promise<Appeal[]> {
    return this.appeals.forAttempt(id, caller);
  }

  @Get('rounds/:id/appeals')
  @Roles('judge', 'organizer', 'admin')
  list(@Param() { id }: IntIdParams, @Query() query: AppealListQuery): Promise<Appeal[]> {
    return this.appeals.forRound(id, query.status);
  }

  /** Reject, void the question (removed from every score or credited to all) or correct its key; the round is re-scored. */
  @Post('appeals/:id/decision')
  @HttpCode(200)
  @Roles('judge')
  decide(@Param() { id }: UuidParams, @Body() body: DecideAppealDto, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<Appeal> {
    return this.appeals.decide(id, body, caller, meta);
  }

  /** Facility, discrimination and option choices per question, once the round has closed. */
  @Get('rounds/:id/item-analysis')
  @Roles('judge', 'organizer', 'admin')
  itemAnalysis(@Param() { id }: IntIdParams): Promise<ItemStatistics[]> {
    return this.items.round(id);
  }
}
