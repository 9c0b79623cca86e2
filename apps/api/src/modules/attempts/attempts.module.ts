import { Module } from '@nestjs/common';
import { ContestsModule } from '../contests/contests.module';
import { QuestionsModule } from '../questions/questions.module';
import { UsersModule } from '../users/users.module';
import { AnswerWriter } from './answer-writer.service';
import { AttemptEvents } from './attempt-events';
import { AttemptScorer } from './attempt-scorer.service';
import { AttemptSheets } from './attempt-sheets.service';
import { AttemptFinalizer } from './attempt-finalizer.service';
import { AttemptsController } from './attempts.controller';
import { AttemptsRepository } from './attempts.repository';
import { AttemptsService } from './attempts.service';

@Module({
  imports: [ContestsModule, QuestionsModule, UsersModule],
  controllers: [AttemptsController],
  providers: [AttemptsRepository, AttemptsService, AnswerWriter, AttemptFinalizer, AttemptEvents, AttemptScorer, AttemptSheets],
  exports: [AttemptsService, AttemptsRepository, AttemptFinalizer, AttemptEvents, AnswerWriter, AttemptScorer],
})
export class AttemptsModule {}
