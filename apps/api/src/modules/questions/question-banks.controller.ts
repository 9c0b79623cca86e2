import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { QuestionBank } from '@reform-quiz/contracts';
import { type Caller, CurrentCaller, Roles } from '../../common/auth/access.decorator';
import { ReqMeta, type RequestMeta } from '../../common/http/request-meta';
import { CreateBankDto } from './dto/create-bank.dto';
import { QuestionBanksService } from './question-banks.service';

@ApiTags('questions')
@Controller('question-banks')
export class QuestionBanksController {
  constructor(private readonly banks: QuestionBanksService) {}

  @Get()
  @Roles('organizer', 'admin', 'judge')
  list(): Promise<QuestionBank[]> {
    return this.banks.list();
  }

  @Post()
  @Roles('organizer', 'admin')
  create(@Body() body: CreateBankDto, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<QuestionBank> {
    return this.banks.create(body, caller, meta);
  }
}
