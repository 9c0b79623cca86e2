import { Module } from '@nestjs/common';
import { QuestionBanksController } from './question-banks.controller';
import { QuestionBanksService } from './question-banks.service';
import { QuestionImportController } from './question-import.controller';
import { QuestionImportService } from './question-import.service';
import { QuestionLifecycleService } from './question-lifecycle.service';
import { QuestionsController } from './questions.controller';
import { QuestionsRepository } from './questions.repository';
import { QuestionsService } from './questions.service';

@Module({
  // The import controller comes first so that /questions/import/… is not taken for a question id.
  controllers: [QuestionImportController, QuestionBanksController, QuestionsController],
  providers: [QuestionsRepository, QuestionsService, QuestionLifecycleService, QuestionBanksService, QuestionImportService],
  exports: [QuestionsRepository, QuestionBanksService, QuestionImportService],
})
export class QuestionsModule {}
