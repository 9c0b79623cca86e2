import { Module } from '@nestjs/common';
import { QuestionsModule } from '../questions/questions.module';
import { ContestsController } from './contests.controller';
import { ContestsRepository } from './contests.repository';
import { ContestsService } from './contests.service';

@Module({
  imports: [QuestionsModule],
  controllers: [ContestsController],
  providers: [ContestsRepository, ContestsService],
  exports: [ContestsRepository, ContestsService],
})
export class ContestsModule {}
