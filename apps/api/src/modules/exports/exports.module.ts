import { Module } from '@nestjs/common';
import { LeaderboardModule } from '../leaderboard/leaderboard.module';
import { ResultsModule } from '../results/results.module';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

@Module({
  imports: [LeaderboardModule, ResultsModule],
  controllers: [ExportsController],
  providers: [ExportsService],
})
export class ExportsModule {}
