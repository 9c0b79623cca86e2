import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DependencyStatus, HealthResponse } from '@reform-quiz/contracts';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { REDIS } from '../../common/redis/redis.module';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Drain } from './drain.service';

const PROBE_TIMEOUT_MS = 1500;

async function probe(check: () => Promise<unknown>): Promise<{ status: DependencyStatus; latencyMs?: number }> {
  const started = performance.now();
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), PROBE_TIMEOUT_MS).unref()),
    ]);
    return { status: 'up', latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch {
    return { status: 'down' };
  }
}

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis | null,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly drain: Drain,
  ) {}

  async check(): Promise<HealthResponse> {
    const redisClient = this.redis;
    const [database, redis] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      redisClient ? probe(() => redisClient.ping()) : Promise.resolve({ status: 'disabled' as const }),
    ]);
    // A process that is shutting down reports itself unavailable, so the load balancer sends no more work its way.
    const ok = database.status === 'up' && redis.status !== 'down' && !this.drain.active;
    return {
      status: ok ? 'ok' : 'unavailable',
      serverNow: new Date(this.clock.now()).toISOString(),
      version: process.env['npm_package_version'] ?? '0.1.0',
      database: { ...database, driver: this.config.database.driver },
      redis,
    };
  }
}
