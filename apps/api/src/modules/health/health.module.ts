import { Module } from '@nestjs/common';
import { Drain } from './drain.service';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';
import { ShutdownGateway } from './shutdown.gateway';

@Module({ controllers: [HealthController], providers: [HealthService, Drain, ShutdownGateway], exports: [Drain] })
export class HealthModule {}
