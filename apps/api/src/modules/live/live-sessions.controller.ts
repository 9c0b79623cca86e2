import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CreateLiveSessionRequest, LiveSessionState } from '@reform-quiz/contracts';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, Max, Min } from 'class-validator';
import { type Caller, CurrentCaller, Public, Roles } from '../../common/auth/access.decorator';
import { ReqMeta, type RequestMeta } from '../../common/http/request-meta';
import { UuidParams } from '../../common/validation/id-params';
import { MAX_DB_INT } from '../../common/validation/validators';
import { LiveSessionsService } from './live-sessions.service';

class CreateLiveSessionDto implements CreateLiveSessionRequest {
  @IsDefined() @IsInt() @Min(1) @Max(MAX_DB_INT)
  roundId!: number;
}

class RoundQuery {
  @IsDefined() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_DB_INT)
  roundId!: number;
}

/** The host console's commands. Players and audiences join and answer over Socket.IO (`/live`). */
@ApiTags('live')
@Controller('live-sessions')
export class LiveSessionsController {
  constructor(private readonly live: LiveSessionsService) {}

  @Post()
  @Roles('organizer', 'admin')
  create(@Body() body: CreateLiveSessionDto, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<LiveSessionState> {
    return this.live.create(body.roundId, caller, meta);
  }

  /** The sessions of a live round, newest first: a host who reloads finds theirs here. */
  @Get()
  @Roles('organizer', 'admin')
  list(@Query() query: RoundQuery): Promise<LiveSessionState[]> {
    return this.live.list(query.roundId);
  }

  /** Public: the projector and late visitors read the current state by code. */
  @Get('by-code/:code')
  @Public()
  async byCode(@Param('code') code: string): Promise<LiveSessionState> {
    const session = await this.live.byCode(String(code).slice(0, 8));
    return this.live.get(session.id);
  }

  @Get(':id')
  @Roles('organizer', 'admin')
  get(@Param() { id }: UuidParams): Promise<LiveSessionState> {
    return this.live.get(id);
  }

  @Post(':id/next')
  @HttpCode(200)
  @Roles('organizer', 'admin')
  next(@Param() { id }: UuidParams, @CurrentCaller() caller: Caller): Promise<LiveSessionState> {
    return this.live.next(id, caller);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('organizer', 'admin')
  close(@Param() { id }: UuidParams, @CurrentCaller() caller: Caller): Promise<LiveSessionState> {
    return this.live.close(id, caller);
  }

  @Post(':id/reveal')
  @HttpCode(200)
  @Roles('organizer', 'admin')
  reveal(@Param() { id }: UuidParams, @CurrentCaller() caller: Caller): Promise<LiveSessionState> {
    return this.live.reveal(id, caller);
  }

  @Post(':id/finish')
  @HttpCode(200)
  @Roles('organizer', 'admin')
  finish(@Param() { id }: UuidParams, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<LiveSessionState> {
    return this.live.finish(id, caller, meta);
  }
}
