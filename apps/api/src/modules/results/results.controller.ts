import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { PublishedResults, ResultSnapshot } from '@reform-quiz/contracts';
import type { FastifyReply } from 'fastify';
import { type Caller, CurrentCaller, Public, Roles } from '../../common/auth/access.decorator';
import { ReqMeta, type RequestMeta } from '../../common/http/request-meta';
import { IntIdParams, UuidParams } from '../../common/validation/id-params';
import { ApproveSnapshotDto, CreateSnapshotDto, SnapshotListQuery } from './dto/snapshot.dto';
import { ResultsService } from './results.service';

@ApiTags('results')
@Controller()
export class ResultsController {
  constructor(private readonly results: ResultsService) {}

  /** Freezes a closed round's (or the contest's) ranking with its prizes; the same content twice gives the same snapshot. */
  @Post('result-snapshots')
  @Roles('organizer', 'judge', 'admin')
  create(@Body() body: CreateSnapshotDto, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<ResultSnapshot> {
    return this.results.create(body.contestId, body.roundId ?? null, caller, meta);
  }

  /** Newest first; with `roundId` one round's, otherwise every scope of the contest. */
  @Get('result-snapshots')
  @Roles('organizer', 'judge', 'admin')
  list(@Query() query: SnapshotListQuery): Promise<ResultSnapshot[]> {
    return this.results.list(query.contestId, query.roundId);
  }

  @Get('result-snapshots/:id')
  @Roles('organizer', 'judge', 'admin')
  get(@Param() { id }: UuidParams): Promise<ResultSnapshot> {
    return this.results.get(id);
  }

  /** One approval per member of the jury. */
  @Post('result-snapshots/:id/approve')
  @HttpCode(200)
  @Roles('judge')
  approve(@Param() { id }: UuidParams, @Body() body: ApproveSnapshotDto, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<ResultSnapshot> {
    return this.results.approve(id, caller, meta, body.comment);
  }

  /** Makes an approved snapshot the public result and issues the winners' certificates. */
  @Post('result-snapshots/:id/publish')
  @HttpCode(200)
  @Roles('organizer', 'admin')
  publish(@Param() { id }: UuidParams, @CurrentCaller() caller: Caller, @ReqMeta() meta: RequestMeta): Promise<ResultSnapshot> {
    return this.results.publish(id, caller, meta);
  }

  /** Every winner's certificate of a published snapshot, one PDF each. */
  @Get('result-snapshots/:id/certificates.zip')
  @Roles('organizer', 'admin')
  async certificates(@Param() { id }: UuidParams, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const zip = await this.results.certificatesZip(id);
    void reply.header('Content-Type', 'application/zip').header('Content-Disposition', `attachment; filename="certificates-${id.slice(0, 8)}.zip"`);
    return zip;
  }

  /** The published result of a round: RESULTS_NOT_PUBLISHED until the jury has approved one. */
  @Get('rounds/:id/results')
  @Public()
  round(@Param() { id }: IntIdParams): Promise<PublishedResults> {
    return this.results.publishedRound(id);
  }

  /** The published result of the whole contest, with collective prizes. */
  @Get('contests/:id/results')
  @Public()
  contest(@Param() { id }: IntIdParams): Promise<PublishedResults> {
    return this.results.published(id, null);
  }
}
