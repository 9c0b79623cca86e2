import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { createHash } from 'node:crypto';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { REDIS } from '../../common/redis/redis.module';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { tooManyRegistrations } from './auth.errors';

/**
 * Registrations per client address: generous enough for an office or a
 * commune desk that signs many people up behind one address, tight enough
 * that a script cannot mint accounts (or probe which phones are taken) by
 * the thousand. Every attempt that reaches the service counts, refused or
 * not. Counters live in Redis when there is one, shared by every API
 * process, with in-memory counters standing in while Redis is away.
 */
export const REGISTRATION_LIMIT = { perAddress: 30, windowSeconds: 10 * 60 } as const;

@Injectable()
export class RegistrationThrottle {
  private readonly perAddress: RateLimiterAbstract;

  constructor(@Inject(REDIS) redis: Redis | null, @Inject(APP_CONFIG) config: AppConfig) {
    // Counters belong to one deployment (one database): another deployment sharing the Redis server keeps its own.
    const deployment = createHash('sha256').update(JSON.stringify(config.database)).digest('hex').slice(0, 12);
    const options = { keyPrefix: `register_address:${deployment}`, points: REGISTRATION_LIMIT.perAddress, duration: REGISTRATION_LIMIT.windowSeconds };
    const memory = new RateLimiterMemory(options);
    this.perAddress = redis ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory }) : memory;
  }

  /** Counts one registration from this address; throws TOO_MANY_REGISTRATIONS (with Retry-After) past the limit. */
  async consume(address: string): Promise<void> {
    try {
      await this.perAddress.consume(address);
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) throw tooManyRegistrations(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)));
      throw refusal;
    }
  }
}
