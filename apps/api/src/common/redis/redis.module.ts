import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Broadcast } from './broadcast';
import { RateLimiters } from './rate-limiters';
import { REDIS } from './redis.token';

export { REDIS };

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => this.redis?.disconnect());
  }
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Redis | null =>
        config.redisUrl
          ? new Redis(config.redisUrl, {
              // Fail commands fast while Redis is down instead of queueing them without bound.
              maxRetriesPerRequest: 2,
              enableOfflineQueue: true,
              connectTimeout: 2000,
              lazyConnect: false,
            })
          : null,
    },
    RedisCloser,
    RateLimiters,
    Broadcast,
  ],
  exports: [REDIS, RateLimiters, Broadcast],
})
export class RedisModule {}
