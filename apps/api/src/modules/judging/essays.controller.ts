import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { EssayToGrade } from '@reform-quiz/contracts';
import { type Caller, CurrentCaller, Roles } from '../../common/auth/access.decorator';
import { ReqMeta, type RequestMeta } from '../../common/http/request-meta';
import { IntIdParams } from '../../common/validation/id-params';
import { EssayParams, EssayQueueQuery, GradeEssayDto } from './dto/judging.dto';
import { EssaysService } from './essays.service';

@ApiTags('judging')
@Controller()
@Roles('judge')
export class EssaysController {
  constructor(private readonly essays: EssaysService) {}

  /** The round's essays without their authors; `pending=true` keeps those awaiting the caller. */
  @Get('rounds/:id/essays')
  queue(@Param() { id }: IntIdParams, @Query() query: EssayQueueQuery, @CurrentCaller() caller: Caller): Promise<EssayToGrade[]> {
    return this.essays.queue(id, caller, query.pending === 'true');
  }

  @Put('essays/:id/grade')
  grade(@Param() { id }: EssayParams, @Body() body: GradeEssayDto, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<EssayToGrade> {
    return this.essays.grade(id, body.score, body.comment, caller, meta);
  }
}
