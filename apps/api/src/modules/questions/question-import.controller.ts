import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { ImportReport } from '@reform-quiz/contracts';
import { IMPORT_LIMITS } from '@reform-quiz/question-formats';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Caller, CurrentCaller, Roles } from '../../common/auth/access.decorator';
import { AppError } from '../../common/errors/app-error';
import { uploadRefusal } from '../../common/http/json-only.guard';
import { ReqMeta, type RequestMeta } from '../../common/http/request-meta';
import { ImportQuestionsQuery } from './dto/import-questions.query';
import { QuestionImportService } from './question-import.service';
import { fileRequired } from './questions.errors';

@ApiTags('questions')
@Controller('questions/import')
@Roles('organizer', 'admin')
export class QuestionImportController {
  constructor(private readonly files: QuestionImportService) {}

  /** Multipart field `file`: xlsx, csv, GIFT or Aiken. `dryRun=true` (default) reports; `dryRun=false` commits all or nothing. */
  @Post()
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  async import(@Query() query: ImportQuestionsQuery, @Req() request: FastifyRequest, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<ImportReport> {
    if (!request.isMultipart()) throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the file as multipart/form-data in the field "file"');
    let part: Awaited<ReturnType<FastifyRequest['file']>>;
    let data: Buffer;
    try {
      part = await request.file({ limits: { fileSize: IMPORT_LIMITS.bytes, files: 1 } });
      if (!part || part.fieldname !== 'file') throw fileRequired();
      data = await part.toBuffer();
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
        throw new AppError(413, 'PAYLOAD_TOO_LARGE', `Import files are limited to ${IMPORT_LIMITS.bytes / 1024 / 1024} MB`);
      }
      throw uploadRefusal(error) ?? error;
    }
    return this.files.import({ name: part.filename, data }, query, caller, meta);
  }

  /** The Excel template: header row, worked examples and an instructions sheet. */
  @Get('template')
  async template(@Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer | string> {
    const file = await this.files.template();
    void reply.header('Content-Type', file.contentType).header('Content-Disposition', `attachment; filename="${file.fileName}"`);
    return file.data;
  }
}
