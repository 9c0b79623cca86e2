import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Leaderboard, Statistics } from '@reform-quiz/contracts';
import { type Caller, CurrentCaller, Public } from '../../common/auth/access.decorator';
import { IntIdParams } from '../../common/validation/id-params';
import { LeaderboardQueryDto, StatisticsQuery } from './dto/leaderboard.query';
import { StatisticsService } from './statistics.service';
import { LeaderboardService } from './leaderboard.service';

@ApiTags('leaderboard')
@Controller()
export class LeaderboardController {
  constructor(
    private readonly leaderboards: LeaderboardService,
    private readonly stats: StatisticsService,
  ) {}

  /** Public ranking as the round's visibility allows; `category` gives one block's ranking. Signed-in entrants also get `me`. */
  @Get('rounds/:id/leaderboard')
  @Public()
  round(@Param() { id }: IntIdParams, @Query() query: LeaderboardQueryDto, @CurrentCaller() caller: Caller | undefined): Promise<Leaderboard> {
    return this.leaderboards.round(id, query, caller);
  }

  /** Public figures: attempts, entrants, share of perfect papers, participation per unit and per district, attempts per day (`roundId` for one round, `unitId` for one unit's subtree). */
  @Get('contests/:id/statistics')
  @Public()
  statistics(@Param() { id }: IntIdParams, @Query() query: StatisticsQuery): Promise<Statistics> {
    return this.stats.compute(id, query.roundId ?? null, query.unitId ?? null);
  }

  /** The contest ranking: each entrant's counted round scores summed over the ranked self-paced rounds. */
  @Get('contests/:id/leaderboard')
  @Public()
  contest(@Param() { id }: IntIdParams, @Query() query: LeaderboardQueryDto, @CurrentCaller() caller: Caller | undefined): Promise<Leaderboard> {
    return this.leaderboards.contest(id, query, caller);
  }
}
