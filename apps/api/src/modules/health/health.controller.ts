import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { HealthResponse } from '@reform-quiz/contracts';
import type { FastifyReply } from 'fastify';
import { Public } from '../../common/auth/access.decorator';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /**
   * 200 when the database (and Redis, when configured) answer; 503 otherwise —
   * during an outage, and while the process drains for a shutdown — for load
   * balancers.
   */
  @Get()
  @Public()
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    const report = await this.health.check();
    void reply.status(report.status === 'ok' ? 200 : 503).header('Cache-Control', 'no-store');
    return report;
  }
}
