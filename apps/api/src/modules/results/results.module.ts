import { Module } from '@nestjs/common';
import { CertificatesModule } from '../certificates/certificates.module';
import { ContestsModule } from '../contests/contests.module';
import { LeaderboardModule } from '../leaderboard/leaderboard.module';
import { ResultsController } from './results.controller';
import { ResultsRepository } from './results.repository';
import { ResultsService } from './results.service';

@Module({
  imports: [ContestsModule, LeaderboardModule, CertificatesModule],
  controllers: [ResultsController],
  providers: [ResultsRepository, ResultsService],
  exports: [ResultsService, ResultsRepository],
})
export class ResultsModule {}
