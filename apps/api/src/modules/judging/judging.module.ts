import { Module } from '@nestjs/common';
import { AttemptsModule } from '../attempts/attempts.module';
import { ContestsModule } from '../contests/contests.module';
import { AppealsController } from './appeals.controller';
import { AppealsService } from './appeals.service';
import { EssaysController } from './essays.controller';
import { EssaysService } from './essays.service';
import { IntegrityController } from './integrity.controller';
import { IntegrityService } from './integrity.service';
import { ItemAnalysisService } from './item-analysis.service';
import { JudgingRepository } from './judging.repository';

/** The jury's work on a round: essays, integrity flags, appeals, item analysis. */
@Module({
  imports: [AttemptsModule, ContestsModule],
  controllers: [EssaysController, IntegrityController, AppealsController],
  providers: [JudgingRepository, EssaysService, IntegrityService, AppealsService, ItemAnalysisService],
  exports: [JudgingRepository],
})
export class JudgingModule {}
