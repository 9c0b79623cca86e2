import { Module } from '@nestjs/common';
import { ContestsModule } from '../contests/contests.module';
import { LeaderboardController } from './leaderboard.controller';
import { LeaderboardRepository } from './leaderboard.repository';
import { LeaderboardService } from './leaderboard.service';
import { StatisticsService } from './statistics.service';

@Module({
  imports: [ContestsModule],
  controllers: [LeaderboardController],
  providers: [LeaderboardRepository, LeaderboardService, StatisticsService],
  exports: [LeaderboardService, StatisticsService],
})
export class LeaderboardModule {}
