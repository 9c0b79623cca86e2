import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AnswerAck, Attempt, AttemptSummary, RoundEligibility } from '@reform-quiz/contracts';
import { Authenticated, type Caller, CurrentCaller, Public } from '../../common/auth/access.decorator';
import { ReqMeta, type RequestMeta } from '../../common/http/request-meta';
import { IntIdParams, UuidParams } from '../../common/validation/id-params';
import { AttemptsService } from './attempts.service';
import { AnswerDto, AttemptAnswerParams, AttemptEventDto, SubmitDto } from './dto/answer.dto';

@ApiTags('attempts')
@Controller()
export class AttemptsController {
  constructor(private readonly attempts: AttemptsService) {}

  /** Whether the caller may take the round now, and why not. */
  @Get('rounds/:id/eligibility')
  @Public()
  eligibility(@Param() { id }: IntIdParams, @CurrentCaller() caller: Caller | undefined): Promise<RoundEligibility> {
    return this.attempts.eligibility(id, caller);
  }

  /** Starts an attempt, or resumes the one in progress: questions without keys, and the server's deadline. */
  @Post('rounds/:id/attempts')
  @HttpCode(200)
  @Authenticated()
  start(@Param() { id }: IntIdParams, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<Attempt> {
    return this.attempts.start(id, caller, meta);
  }

  @Get('attempts/:id')
  @Authenticated()
  get(@Param() { id }: UuidParams, @CurrentCaller() caller: Caller): Promise<Attempt> {
    return this.attempts.get(id, caller);
  }

  /** Saves one answer; the reply comes only once it is durably stored. Replays change nothing. */
  @Put('attempts/:id/answers/:questionId')
  @Authenticated()
  answer(@Param() { id, questionId }: AttemptAnswerParams, @Body() body: AnswerDto, @CurrentCaller() caller: Caller): Promise<AnswerAck> {
    return this.attempts.answer(id, questionId, body, caller);
  }

  @Post('attempts/:id/submit')
  @HttpCode(200)
  @Authenticated()
  submit(@Param() { id }: UuidParams, @Body() body: SubmitDto, @CurrentCaller() caller: Caller): Promise<Attempt> {
    return this.attempts.submit(id, body.prediction, caller);
  }

  /** What the page noticed during the attempt (`focus_lost` when the entrant left it), for the integrity checks. */
  @Post('attempts/:id/events')
  @HttpCode(204)
  @Authenticated()
  event(@Param() { id }: UuidParams, @Body() body: AttemptEventDto, @CurrentCaller() caller: Caller): Promise<void> {
    return this.attempts.recordEvent(id, body.kind, caller);
  }

  @Get('me/attempts')
  @Authenticated()
  history(@CurrentCaller() caller: Caller): Promise<AttemptSummary[]> {
    return this.attempts.history(caller);
  }
}
