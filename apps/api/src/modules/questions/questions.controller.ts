import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Page, Question, QuestionCounts } from '@reform-quiz/contracts';
import type { FastifyReply } from 'fastify';
import { type Caller, CurrentCaller, Roles } from '../../common/auth/access.decorator';
import { ReqMeta, type RequestMeta } from '../../common/http/request-meta';
import { UuidParams } from '../../common/validation/id-params';
import { CreateQuestionDto, QuestionInputDto } from './dto/question-input.dto';
import { CountQuestionsQuery, ExportQuestionsQuery, ListQuestionsQuery } from './dto/list-questions.query';
import { OptionalCommentDto, ReviewQuestionDto } from './dto/review-question.dto';
import { QuestionImportService } from './question-import.service';
import { QuestionLifecycleService } from './question-lifecycle.service';
import { QuestionsService } from './questions.service';

/** The bank, for organizers (and admins); judges read it without the answer key. */
@ApiTags('questions')
@Controller('questions')
export class QuestionsController {
  constructor(
    private readonly questions: QuestionsService,
    private readonly lifecycle: QuestionLifecycleService,
    private readonly files: QuestionImportService,
  ) {}

  @Get()
  @Roles('organizer', 'admin', 'judge')
  list(@Query() query: ListQuestionsQuery, @CurrentCaller() caller: Caller): Promise<Page<Question>> {
    return this.questions.list(query, caller);
  }

  /** Questions per topic × difficulty (approved by default): what blueprints can draw. */
  @Get('counts')
  @Roles('organizer', 'admin', 'judge')
  counts(@Query() query: CountQuestionsQuery): Promise<QuestionCounts> {
    return this.questions.counts(query.bankId, query.status);
  }

  @Get('export')
  @Roles('organizer', 'admin')
  async export(@Query() query: ExportQuestionsQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer | string> {
    const { format, ...filter } = query;
    const file = await this.files.export(filter, format);
    void reply.header('Content-Type', file.contentType).header('Content-Disposition', `attachment; filename="${file.fileName}"`);
    return file.data;
  }

  @Get(':id')
  @Roles('organizer', 'admin', 'judge')
  get(@Param() { id }: UuidParams, @CurrentCaller() caller: Caller): Promise<Question> {
    return this.questions.get(id, caller);
  }

  @Get(':id/versions')
  @Roles('organizer', 'admin', 'judge')
  versions(@Param() { id }: UuidParams, @CurrentCaller() caller: Caller): Promise<Question[]> {
    return this.questions.versions(id, caller);
  }

  @Post()
  @Roles('organizer', 'admin')
  create(@Body() body: CreateQuestionDto, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<Question> {
    return this.questions.create(body, caller, meta);
  }

  @Put(':id')
  @Roles('organizer', 'admin')
  update(@Param() { id }: UuidParams, @Body() body: QuestionInputDto, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<Question> {
    return this.questions.update(id, body, caller, meta);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles('organizer', 'admin')
  submit(@Param() { id }: UuidParams, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<Question> {
    return this.lifecycle.submit(id, caller, meta);
  }

  @Post(':id/review')
  @HttpCode(200)
  @Roles('organizer', 'admin')
  review(@Param() { id }: UuidParams, @Body() body: ReviewQuestionDto, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<Question> {
    return this.lifecycle.review(id, body, caller, meta);
  }

  @Post(':id/retire')
  @HttpCode(200)
  @Roles('organizer', 'admin')
  retire(@Param() { id }: UuidParams, @Body() body: OptionalCommentDto, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<Question> {
    return this.lifecycle.retire(id, caller, meta, body.comment);
  }
}
