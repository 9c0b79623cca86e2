import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../../common/auth/access.decorator';
import { IntIdParams, UuidParams } from '../../common/validation/id-params';
import { AuditExportQuery, ParticipationExportQuery } from './dto/exports.query';
import { type ExportFile, ExportsService } from './exports.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel workbooks for the secretariat: results, winners, participation, the audit log. */
@ApiTags('exports')
@ApiProduces(XLSX)
@Controller()
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  /** A snapshot's full ranking, a sheet per block, with every tie-break column and the content hash. */
  @Get('result-snapshots/:id/results.xlsx')
  @Roles('organizer', 'judge', 'admin')
  async results(@Param() { id }: UuidParams, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return send(reply, await this.exports.results(id));
  }

  /** A snapshot's prize winners with their contact details, and the collective prizes. */
  @Get('result-snapshots/:id/winners.xlsx')
  @Roles('organizer', 'judge', 'admin')
  async winners(@Param() { id }: UuidParams, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return send(reply, await this.exports.winners(id));
  }

  /** Participation per unit, per district and per day. */
  @Get('contests/:id/participation.xlsx')
  @Roles('organizer', 'judge', 'admin')
  async participation(@Param() { id }: IntIdParams, @Query() query: ParticipationExportQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return send(reply, await this.exports.participation(id, query.roundId ?? null, query.unitId ?? null));
  }

  /** The audit log, newest first, narrowed by entity type, actor and time. */
  @Get('admin/audit.xlsx')
  @Roles('admin')
  async audit(@Query() query: AuditExportQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return send(reply, await this.exports.audit(query));
  }
}

function send(reply: FastifyReply, file: ExportFile): Buffer {
  void reply.header('Content-Type', XLSX).header('Content-Disposition', `attachment; filename="${file.fileName}"`);
  return file.data;
}
